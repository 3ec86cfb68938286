"""The values step of the import: closest entries for the values a file names its own way, clear
versus unclear suggestions, value maps applied and remembered for the next file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from factories import count, make_actor, make_coach

from incubator_app.errors import PermissionDenied, ValidationError
from incubator_app.models import AuditEntry, Discipline, EducationLevel, Entrepreneur, Gender
from incubator_app.services.administration.reference_lists import create_discipline
from incubator_app.services.administration.setup import DEFAULT_DISCIPLINES
from incubator_app.services.entrepreneurs.cohorts import create_cohort
from incubator_app.services.entrepreneurs.import_suggestions import (
    CLEAR_MARGIN,
    CLEAR_SCORE,
    Entry,
    Suggestion,
    is_clear,
    normalise,
    suggest,
)
from incubator_app.services.entrepreneurs.import_value_file import load_value_map_file
from incubator_app.services.entrepreneurs.import_value_step import (
    NEW_ENTRY,
    auto_values,
    collect_unknown_values,
    remembered_values,
    value_entries,
    values_step,
)
from incubator_app.services.entrepreneurs.importing import (
    ImportRejected,
    check_import,
    guess_mapping,
    import_entrepreneurs,
    read_import_file,
)

pytestmark = pytest.mark.core

CORPUS = Path(__file__).parent.parent / "data" / "import"
DISCIPLINES = [Entry(str(i), label, code) for i, (code, label) in enumerate(DEFAULT_DISCIPLINES)]


def _labels(suggestions) -> list[str]:
    return [str(s.entry.label) for s in suggestions]


@pytest.fixture
def lists(session, admin) -> None:
    for code, label in DEFAULT_DISCIPLINES:
        create_discipline(session, code=code, label=label, actor=admin)


def _unknown(session, admin, name: str):
    table = read_import_file(CORPUS / name)
    mapping = guess_mapping(table.header)
    return table, mapping, collect_unknown_values(session, table, mapping, actor=admin)


# -- suggestions ---------------------------------------------------------------------------------


def test_normalised_text_ignores_accents_case_punctuation_and_small_words() -> None:
    assert normalise("Livre, littérature") == "livre litterature"
    assert normalise("  AUDIOVISUEL et  Cinéma ") == "audiovisuel cinema"
    assert normalise("Demandeur d’emploi") == "demandeur emploi"
    assert normalise("DE") == "de"  # a value made only of small words keeps them


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Livre, littérature", "Livre et édition"),
        ("Cinéma, audiovisuel", "Audiovisuel et cinéma"),
        ("cinema & AUDIOVISUEL", "Audiovisuel et cinéma"),
        ("Audiovisuel-cinéma", "Audiovisuel et cinéma"),
        ("Théâtre", "Spectacle vivant"),
        ("Musiques actuelles", "Musique"),
        ("Metiers d art", "Métiers d'art"),
        ("Patrimoine et musées", "Patrimoine"),
    ],
)
def test_clear_best_suggestion(text, best) -> None:
    ranked = suggest(text, DISCIPLINES, field="discipline")
    assert _labels(ranked)[0] == best
    assert is_clear(ranked), ranked


def test_a_value_naming_two_entries_is_unclear_and_offers_both_first() -> None:
    ranked = suggest("Arts visuels, arts numériques", DISCIPLINES, field="discipline")
    assert set(_labels(ranked)[:2]) == {"Arts visuels", "Création numérique"}
    assert ranked[0].score == ranked[1].score
    assert not is_clear(ranked)
    # Without the synonym table too: its parts name two different entries.
    ranked = suggest("Musique / patrimoine", DISCIPLINES)
    assert set(_labels(ranked)[:2]) == {"Musique", "Patrimoine"}
    assert not is_clear(ranked)


def test_nothing_close_means_no_suggestion() -> None:
    assert suggest("Jonglage sous-marin", DISCIPLINES, field="discipline") == []
    assert not is_clear([])


def test_suggestions_are_ordered_best_first_and_ties_keep_the_list_order() -> None:
    ranked = suggest("Arts", DISCIPLINES)
    scores = [s.score for s in ranked]
    assert scores == sorted(scores, reverse=True)
    tied = [s for s in ranked if s.score == ranked[0].score]
    positions = [DISCIPLINES.index(s.entry) for s in tied]
    assert positions == sorted(positions)


def test_clear_means_good_enough_and_far_enough_ahead() -> None:
    a, b = Entry("1", "A"), Entry("2", "B")
    assert (CLEAR_SCORE, CLEAR_MARGIN) == (80.0, 15.0)
    assert is_clear([Suggestion(a, 80)])
    assert not is_clear([Suggestion(a, 79.9)])
    assert is_clear([Suggestion(a, 95), Suggestion(b, 80)])  # exactly the margin
    assert not is_clear([Suggestion(a, 95), Suggestion(b, 80.1)])
    assert not is_clear([Suggestion(a, 100), Suggestion(b, 100)])


def test_synonyms_name_entries_by_code_so_a_renamed_label_still_matches() -> None:
    renamed = [
        Entry(e.value, "Édition" if e.code == "livre_edition" else e.label, e.code)
        for e in DISCIPLINES
    ]
    ranked = suggest("Livre, littérature", renamed, field="discipline")
    assert _labels(ranked)[0] == "Édition" and is_clear(ranked)
    # The entry is gone from the list: the synonym names nothing, nothing is invented.
    without = [e for e in DISCIPLINES if e.code != "livre_edition"]
    assert "Livre et édition" not in _labels(suggest("Livre, littérature", without))


def test_a_synonym_outranks_a_resemblance(session) -> None:
    levels = value_entries(session, "education_level")
    ranked = suggest("Master 2", levels, field="education_level")
    assert ranked[0].entry.value == "bac_5" and is_clear(ranked)
    seekers = value_entries(session, "job_seeker")
    for text in ("DE", "Demandeur d'emploi", "Inscrit France Travail"):
        ranked = suggest(text, seekers, field="job_seeker")
        assert ranked[0].entry.value == "true" and is_clear(ranked), text


# -- the values of real files --------------------------------------------------------------------


def test_unknown_values_of_the_excel_csv(session, admin, lists) -> None:
    _table, _mapping, unknown = _unknown(session, admin, "excel_fr_vocabulary.csv")
    found = [(u.field, u.column, u.text, u.count, u.rows) for u in unknown]
    assert found == [
        ("discipline", "Domaine artistique", "Livre, littérature", 3, (2, 3, 5)),
        ("education_level", "Niveau de formation", "Master 2", 1, (4,)),
        ("job_seeker", "Demandeur d'emploi", "DE", 1, (3,)),
        ("job_seeker", "Demandeur d'emploi", "Demandeur d'emploi", 1, (4,)),
    ]
    # Mme, F, Femme, M., Bac+2, BTS, Licence, Oui, Non, X, oui, 1, 0 are understood already.
    assert all(u.clear and not u.has_remembered for u in unknown)
    values, unclear = auto_values(unknown)
    assert unclear == []
    livre = session.query(Discipline).filter_by(code="livre_edition").one()
    assert values["discipline"] == {"Livre, littérature": str(livre.id)}
    assert values["education_level"] == {"Master 2": "bac_5"}


def test_unknown_values_of_the_partner_workbook(session, admin, lists) -> None:
    _table, _mapping, unknown = _unknown(session, admin, "partner_export_vocabulary.xlsx")
    by_text = {u.text: u for u in unknown}
    assert list(by_text) == ["Cinéma, audiovisuel", "Arts visuels, arts numériques", "DE",
                             "Demandeur d'emploi"]  # fmt: skip
    assert by_text["Cinéma, audiovisuel"].rows == (4, 6)  # a title above the header
    ambiguous = by_text["Arts visuels, arts numériques"]
    assert not ambiguous.clear
    _values, unclear = auto_values(unknown)
    assert unclear == [ambiguous]


def test_a_value_map_is_applied_then_remembered_for_the_next_file(session, admin, lists) -> None:
    table, mapping, unknown = _unknown(session, admin, "excel_fr_vocabulary.csv")
    with pytest.raises(ImportRejected, match="Livre, littérature is not a known Discipline"):
        import_entrepreneurs(session, table, mapping, actor=admin)
    assert count(session, Entrepreneur) == 0
    values, _unclear = auto_values(unknown)
    report = import_entrepreneurs(session, table, mapping, actor=admin, values=values)
    assert report.created == 4
    sophie = session.query(Entrepreneur).filter_by(last_name="Lemaire").one()
    assert session.get(Discipline, sophie.discipline_id).label == "Livre et édition"
    assert (sophie.gender, sophie.education_level) == (Gender.FEMALE, EducationLevel.BAC_2)
    assert (sophie.job_seeker, sophie.social_minima, sophie.priority_district) == (
        True,
        True,
        None,
    )
    yasmina = session.query(Entrepreneur).filter_by(last_name="Benali").one()
    assert (yasmina.job_seeker, yasmina.social_minima, yasmina.priority_district) == (
        True,
        True,
        True,
    )
    etienne = session.query(Entrepreneur).filter_by(last_name="Giraud").one()
    assert (etienne.gender, etienne.education_level) == (Gender.MALE, EducationLevel.BAC_5)
    remembered = session.query(AuditEntry).filter_by(entity="import_value").all()
    assert len(remembered) == 4 and remembered[0].user_login == "admin"
    assert remembered[0].changes["label"] == "Livre et édition"
    # The next file: the same values are settled, nothing is recorded twice.
    _t, _m, again = _unknown(session, admin, "partner_export_vocabulary.xlsx")
    seekers = [u for u in again if u.field == "job_seeker"]
    assert [(u.text, u.has_remembered, u.remembered) for u in seekers] == [
        ("DE", True, "true"),
        ("Demandeur d'emploi", True, "true"),
    ]
    assert remembered_values(session)["job_seeker"] == {"DE": "true", "Demandeur d'emploi": "true"}


def test_leaving_a_value_empty_and_retiring_an_entry(session, admin, lists) -> None:
    table, mapping, unknown = _unknown(session, admin, "partner_export_vocabulary.xlsx")
    values, _unclear = auto_values(unknown)
    values["discipline"]["Arts visuels, arts numériques"] = None  # leave empty
    assert import_entrepreneurs(session, table, mapping, actor=admin, values=values).created == 4
    assert session.query(Entrepreneur).filter_by(last_name="DUPONT").one().discipline_id is None
    assert remembered_values(session)["discipline"]["Arts visuels, arts numériques"] is None
    # A remembered entry that was retired is forgotten: the value is asked again.
    cinema = session.query(Discipline).filter_by(code="audiovisuel").one()
    cinema.active = False
    session.commit()
    assert "Cinéma, audiovisuel" not in remembered_values(session)["discipline"]
    _t, _m, again = _unknown(session, admin, "partner_export_vocabulary.xlsx")
    asked = {u.text: u.has_remembered for u in again if u.field == "discipline"}
    assert asked == {"Cinéma, audiovisuel": False, "Arts visuels, arts numériques": True}


def test_coaches_and_cohorts_are_lists_too(session, admin, tmp_path) -> None:
    make_coach(session, "Élodie Bernard")
    make_coach(session, "Marc Aubert")
    spring = create_cohort(session, name="Promotion printemps 2026", start_date=date(2026, 3, 2),
                           actor=admin)  # fmt: skip
    create_cohort(session, name="Promotion automne 2026", start_date=date(2026, 9, 7), actor=admin)
    path = tmp_path / "coachs.csv"
    path.write_text(
        "Nom;Prénom;Accompagnateur;Promo\r\n"
        "A;B;Bernard Elodie;Promo printemps 2026\r\n"
        "C;D;M. Aubert;2026\r\n",
        "utf-8",
    )
    table = read_import_file(path)
    mapping = guess_mapping(table.header)
    unknown = collect_unknown_values(session, table, mapping, actor=admin)
    best = {u.text: (_labels(u.suggestions)[:1], u.clear) for u in unknown}
    assert best == {
        "Bernard Elodie": (["Élodie Bernard"], True),  # word order
        "M. Aubert": (["Marc Aubert"], True),
        "Promo printemps 2026": (["Promotion printemps 2026"], True),
        "2026": (["Promotion automne 2026"], False),  # both cohorts look alike: ask
    }
    values, _unclear = auto_values(unknown)
    values["cohort"]["2026"] = None
    assert import_entrepreneurs(session, table, mapping, actor=admin, values=values).created == 2
    assert session.query(Entrepreneur).filter_by(last_name="A").one().cohort_id == spring.id


# -- value map files -----------------------------------------------------------------------------


def _map_file(tmp_path: Path, data) -> Path:
    path = tmp_path / "valeurs.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_value_map_file_by_field_or_column_and_by_label_or_code(
    session, admin, lists, tmp_path
) -> None:
    table = read_import_file(CORPUS / "excel_fr_vocabulary.csv")
    mapping = guess_mapping(table.header)
    path = _map_file(
        tmp_path,
        {
            "Domaine artistique": {"Livre, littérature": "livre ET édition"},
            "education_level": {"Master 2": "Bac+5"},
            "job_seeker": {"DE": "oui", "Demandeur d'emploi": None},
        },
    )
    values = load_value_map_file(session, path, table.header, mapping)
    livre = session.query(Discipline).filter_by(code="livre_edition").one()
    assert values == {
        "discipline": {"Livre, littérature": str(livre.id)},
        "education_level": {"Master 2": "bac_5"},
        "job_seeker": {"DE": "true", "Demandeur d'emploi": None},
    }


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (None, "Cannot read"),
        ("{pas du json", "is not valid JSON"),
        ('["discipline"]', "must hold an object such as"),
        ({"discipline": {"Livre": 3}}, "must hold an object such as"),
        ({"Remarques": {"x": "y"}}, "Remarques is not a column with a list of values"),
        ({"discipline": {"Livre, littérature": "Littérature"}}, "Littérature is not in the list"),
        ({"gender": {"Mx": "Personne"}}, "Personne is not in the list"),
    ],
)
def test_bad_value_map_files_are_refused_by_name(
    session, admin, lists, tmp_path, data, expected
) -> None:
    table = read_import_file(CORPUS / "excel_fr_vocabulary.csv")
    path = tmp_path / "absent.json" if data is None else _map_file(tmp_path, data)
    with pytest.raises(ValidationError, match=expected):
        load_value_map_file(session, path, table.header, guess_mapping(table.header))


# -- adding a value to its list ------------------------------------------------------------------


def test_a_value_is_added_to_the_list_of_disciplines_by_the_import(session, admin, lists) -> None:
    table, mapping, unknown = _unknown(session, admin, "partner_export_vocabulary.xlsx")
    assert values_step(session, table, mapping, actor=admin).creatable == {"discipline"}
    values, _unclear = auto_values(unknown)
    values["discipline"]["Arts visuels, arts numériques"] = NEW_ENTRY
    assert check_import(session, table, mapping, actor=admin, values=values).ok
    assert count(session, Discipline) == len(DEFAULT_DISCIPLINES)  # the dry run adds nothing
    assert import_entrepreneurs(session, table, mapping, actor=admin, values=values).created == 4
    added = session.query(Discipline).filter_by(label="Arts visuels, arts numériques").one()
    assert (added.code, added.position, added.active) == (
        "arts_visuels_arts_numeriques",
        len(DEFAULT_DISCIPLINES),
        True,
    )
    dupont = session.query(Entrepreneur).filter_by(last_name="DUPONT").one()
    assert dupont.discipline_id == added.id
    audit = session.query(AuditEntry).filter_by(entity="discipline", entity_id=added.id).one()
    assert audit.action == "create" and audit.changes["from"] == "import"
    assert audit.user_login == "admin"
    assert remembered_values(session)["discipline"]["Arts visuels, arts numériques"] == str(
        added.id
    )
    # It is in the list now: the next file names it directly.
    _t, _m, again = _unknown(session, admin, "partner_export_vocabulary.xlsx")
    assert [u.text for u in again if u.field == "discipline"] == ["Cinéma, audiovisuel"]


def test_who_may_add_to_a_list_and_to_which_lists(session, admin, lists) -> None:
    staff = make_actor(session, "staff")  # staff and admins manage the reference lists
    table, mapping, unknown = _unknown(session, staff, "partner_export_vocabulary.xlsx")
    assert values_step(session, table, mapping, actor=staff).creatable == {"discipline"}
    values, _unclear = auto_values(unknown)
    values["discipline"]["Arts visuels, arts numériques"] = NEW_ENTRY
    coach = make_actor(session, "coach")  # may not import at all
    with pytest.raises(PermissionDenied):
        values_step(session, table, mapping, actor=coach)
    with pytest.raises(PermissionDenied):
        import_entrepreneurs(session, table, mapping, actor=coach, values=values)
    values["job_seeker"] = {"DE": NEW_ENTRY}  # an enumeration has no list to add to
    with pytest.raises(ValidationError, match="cannot be added to this list"):
        import_entrepreneurs(session, table, mapping, actor=staff, values=values)
    assert count(session, Entrepreneur) == 0
    assert count(session, Discipline) == len(DEFAULT_DISCIPLINES)
