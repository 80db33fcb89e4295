"""People (`people47`) on lower-case notes: a lower-case honorific typed with its full stop
("mrs. okafor", which spaCy splits into "mrs" and ".") is filed with the name, as a cased
"Mrs. Okafor" is; a word with a slash ("w/") and a lower-case name ending on a group noun
("pantry staff") are no people; a lower-case given name filed alone takes the surname the
recap says right after it elsewhere. Real spaCy
(``en_core_web_sm``). Every recap is written for this file; none is copied from a labelled
corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.people_plain import no_name_shape

WHEN = datetime(2026, 12, 8, 18, 0)
OPENING = "call w/ lena ortiz, grant writer at ortiz writing co.\n"


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(text, WHEN).people_mentioned}


def test_a_lower_case_honorific_with_its_stop_stays_with_the_name() -> None:
    people = _people(
        OPENING + "- grants are feast or famine\ntodo\n"
        "- ask mrs. okafor (my old principal) if she knows anyone at the district\n"
    )
    assert "mrs. okafor" in people
    assert "okafor" not in people


def test_a_lower_case_doctor_said_as_a_referral_keeps_the_title() -> None:
    people = _people(
        "talked to lena ortiz, she's a grant writer at ortiz writing co. she said i should "
        "talk to dr. amadi about the board stuff."
    )
    assert "dr. amadi" in people


def test_a_slash_word_is_no_person() -> None:
    people = _people(OPENING + "- she said grants are feast or famine\n- 25 min\n")
    assert "w/" not in people


def test_a_lower_case_group_is_no_person() -> None:
    people = _people(
        "call w/ tessa lin, volunteer mgr at river bend food bank\n"
        "- trains volunteers + partner pantry staff (safety stuff)\n- loves it\n"
    )
    assert "pantry staff" not in people


def test_the_shapes_themselves() -> None:
    assert no_name_shape("w/")
    assert no_name_shape("kitchen crew")
    # a cased name ending on a surname that is also a group noun stays
    assert not no_name_shape("Dana House")
    assert not no_name_shape("dana okafor")


def test_a_lone_lower_case_given_name_takes_the_surname_said_earlier() -> None:
    people = _people(
        "talked to gus ferreira he runs receiving at coastline foods and he gave me the name "
        "of the night lead at our warehouse dale whitaker i'm going to call dale on friday"
    )
    assert "dale whitaker" in people
    assert "dale" not in people


def test_a_lone_given_name_before_an_english_word_stays_alone() -> None:
    people = _people(
        "talked to gus ferreira he runs receiving at coastline foods. tom said hi. he said "
        "to call tom about the forklift cert"
    )
    assert "tom" in people
    assert "tom said" not in people
