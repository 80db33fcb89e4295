"""People (`people48`) on lower-case notes: a lower-case name set off by commas after the
noun phrase that says who the person is ("my welding instructor, tamsin, said"), as a lone
given name, two joined by "and", or a given name and a surname; a remark set off by commas
("..., so, anyway") stays no person. Real spaCy (``en_core_web_sm``). Every recap is written
for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)
OPENING = "talked to oren fischer, estimator at fischer roofing. "


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(text, WHEN).people_mentioned}


def test_a_lone_given_name_between_commas_after_who_they_are() -> None:
    people = _people(
        OPENING + "my welding instructor, tamsin, said he takes apprentices in spring. "
        "he said to get the osha card first."
    )
    assert "tamsin" in people


def test_a_given_name_after_a_phrase_with_a_preposition() -> None:
    people = _people(
        OPENING + "my neighbour from the allotment, ingeborg, knows him from church. "
        "he said bids are won on speed."
    )
    assert "ingeborg" in people


def test_two_given_names_joined_by_and() -> None:
    people = _people(
        OPENING + "then the two roofers, thiago and oksana, joined for a bit. "
        "he said the busy season is may to october."
    )
    assert "thiago" in people
    assert "oksana" in people


def test_a_full_name_closed_by_a_bracket() -> None:
    people = _people(
        OPENING + "he'll put me in touch with his old foreman at the union, "
        "ignacio ferreira (now at apex)."
    )
    assert "ignacio ferreira" in people


def test_a_remark_between_commas_is_no_person() -> None:
    people = _people(
        OPENING + "the pay is lower than the mill, so, anyway. the hours are better, ha, "
        "he laughed."
    )
    assert people == {}
