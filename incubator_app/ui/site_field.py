"""The site of a service, room or event in its dialog, and the site filter of a list. Both
exist only in a network of two active sites or more: a single office never reads "site"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from incubator_app.services.actor import Actor
from incubator_app.services.sites.members import site_choices, sites_of
from incubator_app.services.sites.scope import default_site
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneurs.labels import ChoiceCombo

_NOT_READ = object()


def network_label() -> str:
    return QCoreApplication.translate("Sites", "Whole network")


class SiteCombo(ChoiceCombo):
    """A record's site: "Whole network" (shared by every site) or one of the person's sites.
    `site_id` left out: a new record, which gets the person's own site (their first)."""

    def __init__(
        self,
        context: AppContext,
        site_id: int | None | object = _NOT_READ,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("siteChoice")
        self.setAccessibleName(QCoreApplication.translate("Sites", "Site"))
        actor: Actor = context.actor
        keep = site_id if isinstance(site_id, int) else None
        with context.db.session() as session:
            choices = site_choices(session, actor, keep=keep)
            if site_id is _NOT_READ:
                site_id = default_site(session, actor)
        self.shown = bool(choices)
        self.add(network_label(), None)
        for choice_id, name in choices:
            self.add(name, choice_id)
        self.set_value(site_id)
        self.setVisible(self.shown)


def fill_site_filter(combo: ChoiceCombo, context: AppContext) -> None:
    """A list's site filter: first "all (my) sites", then the sites this person may pick;
    hidden on an install of fewer than two sites. Keeps the site picked."""
    actor = context.actor
    with context.db.session() as session:
        choices = site_choices(session, actor)
        everywhere = sites_of(session, actor) is None
    picked = combo.value()
    combo.blockSignals(True)
    combo.clear_choices()
    combo.add(
        QCoreApplication.translate("Sites", "All sites")
        if everywhere
        else QCoreApplication.translate("Sites", "All my sites")
    )
    for site_id, name in choices:
        combo.add(name, site_id)
    combo.set_value(picked)
    combo.blockSignals(False)
    combo.setVisible(bool(choices))
