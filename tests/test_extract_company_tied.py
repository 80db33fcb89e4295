"""company29 through the real spaCy pipeline: where every place the settled company is said is
against it (the speaker's, another person's, the contact's past, a thing to look at), the
organisation the whole recap ties to the contact is the company."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.company_tied import _places, _reading
from debrief.extract.pipeline import extract_doc

WHEN = datetime(2026, 12, 8, 18, 0)


def test_advice_to_look_at_an_association_gives_way_to_the_heading() -> None:
    r = extract(
        "Corvane Bio - call w/ Nadia Perez (QA lead)\n"
        "- path: lab tech -> QA lead in 2021\n"
        "- weekly: audits, CAPAs, supplier reviews\n"
        "- he said look at ASQ / CQE cert\n"
        "TODO read up on CQE by Friday",
        WHEN,
    )
    assert r.contact.company == "Corvane Bio"


def test_the_speakers_way_to_the_contact_gives_way_to_the_employer() -> None:
    r = extract(
        "So, Brindle and Oak, the design studio, their art director is Kofi Mensah. I found "
        "him through the Type Directors Club listserv. He was a sign painter for years, then "
        "Brindle and Oak hired him. He loves the craft.",
        WHEN,
    )
    assert r.contact.company == "Brindle and Oak"


def test_a_company_said_once_for_the_contact_is_kept() -> None:
    r = extract(
        "Talked to Rhea Sol, she's a buyer at Tamsin Foods. She said look at Kestrel Markets "
        "too, they hire buyers.",
        WHEN,
    )
    assert r.contact.company == "Tamsin Foods"


def _read(text: str, org: str, own: set[str]) -> list[str]:
    doc = extract_doc(text, WHEN)
    return [_reading(doc, s, own) for s in _places(doc, org)]


def test_each_place_read_by_who_its_clause_is_about() -> None:
    own = {"omar", "reyes"}
    assert _read("Omar Reyes, he's a dispatcher at Halden Freight.", "Halden Freight", own) == [
        "for"
    ]
    assert _read("Omar Reyes is great. He said look at CXPA for a cert.", "CXPA", own) == [
        "against"
    ]
    assert _read(
        "Omar Reyes, dispatcher, referred by Tessa Grady (Corbel Logistics).",
        "Corbel Logistics",
        own,
    ) == ["against"]
    assert _read(
        "Omar Reyes. Path: AD at Ridgeway High then Canal Park High, now a dispatcher.",
        "Ridgeway High",
        own,
    ) == ["against"]
