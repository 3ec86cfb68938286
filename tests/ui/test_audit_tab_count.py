"""The audit viewer's first screen counts up to a cap (« more than … entries », fast on a
million rows on PostgreSQL); scrolled to its end, the list counts further and grows."""

from __future__ import annotations

import pytest
from sqlalchemy import func, insert, select

from incubator_app.models import AuditEntry
from incubator_app.ui.administration.audit_tab import AuditTab

pytestmark = pytest.mark.ui


def test_more_than_the_cap_then_the_list_grows_as_one_scrolls(context, qtbot) -> None:
    with context.db.session() as s:
        s.execute(
            insert(AuditEntry),
            [{"user_login": "bench", "entity": "cohort", "entity_id": n, "action": "update"}
             for n in range(40)],
        )  # fmt: skip
        s.commit()
        total = s.scalar(select(func.count()).select_from(AuditEntry))
    tab = AuditTab(context)
    tab.count_cap = 5
    qtbot.addWidget(tab)
    tab.resize(1100, 500)
    tab.show()
    tab.reload()
    assert tab.model.rowCount() == 6
    assert tab.count.text() == "more than 5 entries"
    tab.table.scrollToBottom()  # the view asks for more (Qt's fetchMore): counts up to 50
    qtbot.waitUntil(lambda: tab.model.rowCount() == total)
    assert tab.count.text() == f"{total} entries"
    assert tab.model.row_at(total - 1) is not None
    assert not tab.model.canFetchMore()
