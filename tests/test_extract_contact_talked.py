"""contact29 with the real spaCy pipeline: the contact is the person the recap talks with and
about (contact_who), where the name kept is said as an organisation's."""

from __future__ import annotations

from datetime import datetime

from spacy.tokens import Doc, Span

from debrief.extract.contact_who import talked_with
from debrief.extract.pipeline import extract_doc
from debrief.extract.roles_spans import SPANS_KEY
from debrief.models import Contact

WHEN = datetime(2026, 12, 8, 18, 0)

TEXT = (
    "ok this one was Gamefilm. guy named Warren Pettigrew, he's not a kid, he's forty. he "
    "coached two years, then went to Gamefilm in sales support. Warren said the quota is "
    "brutal but he likes the travel."
)


def _spans(doc: Doc) -> list[Span]:
    return list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []


def test_an_organisation_kept_as_the_name_gives_way_to_the_person_talked_with() -> None:
    doc = extract_doc(TEXT, WHEN)
    got = talked_with(doc, Contact(name="Gamefilm"), _spans(doc), [])
    assert got.name == "Warren Pettigrew"
    assert got.company == "Gamefilm"


def test_a_person_kept_as_the_name_stays() -> None:
    doc = extract_doc(TEXT, WHEN)
    kept = Contact(name="Warren Pettigrew", company="Gamefilm")
    assert talked_with(doc, kept, _spans(doc), []) == kept


def test_a_name_said_only_as_a_person_stays() -> None:
    doc = extract_doc(
        "talked to Oduya Kamanzi today, Oduya said the clinic is busy. Maria Lopez set it up, "
        "Maria said Oduya is the best.",
        WHEN,
    )
    kept = Contact(name="Oduya Kamanzi")
    assert talked_with(doc, kept, _spans(doc), []) == kept
