"""contact31 with the real spaCy pipeline: a name kept that the recap says as an organisation
(described after it by an organisation noun, or part of a longer name said after "at", "from",
"with") gives way to the person the title is said with, or to no one (contact_orgname)."""

from __future__ import annotations

from datetime import datetime

from spacy.tokens import Doc, Span

from debrief.extract.contact_orgname import org_kept
from debrief.extract.pipeline import extract_doc
from debrief.extract.roles_spans import SPANS_KEY
from debrief.models import Contact

WHEN = datetime(2026, 12, 8, 18, 0)

APPOSED = (
    "Ashcombe Vale, the village, I talked to the parks director Ruth Delacourt for twenty "
    "minutes. Ruth said the budget is tight but she loves the summer camps. She said get the "
    "CPRP and send her a note next week."
)

RUN = (
    "uh the guy from Quarry Bend Energy, he's the site manager, I didn't get his name, the "
    "front desk put me through. he said they install batteries for farms and he likes the "
    "travel. call him back about the subcontract work on Monday."
)

SUBJECT = (
    "Called the Harlow Pines front office, Obinna Achebe, he's the practice manager. He said "
    "the hours are long and he likes the patients."
)

GIVEN = (
    "Met the bakery, Grace Wood, she's the head baker there. She said the early shifts are "
    "hard but she loves the work."
)


def _spans(doc: Doc) -> list[Span]:
    return list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []


def _kept(text: str, contact: Contact) -> Contact:
    doc = extract_doc(text, WHEN)
    return org_kept(doc, contact, _spans(doc), [], [])


def test_a_name_in_apposition_to_an_organisation_noun_gives_way_to_the_titles_person() -> None:
    got = _kept(APPOSED, Contact(name="Ashcombe Vale", title="parks director"))
    assert got.name == "Ruth Delacourt"
    assert got.company == "Ashcombe Vale"


def test_part_of_a_longer_name_said_after_from_is_no_name() -> None:
    got = _kept(RUN, Contact(name="Bend Energy", title="site manager"))
    assert got.name is None
    assert got.company == "Quarry Bend Energy"


def test_a_name_said_after_an_organisation_noun_is_kept() -> None:
    contact = Contact(name="Obinna Achebe", title="practice manager")
    assert _kept(SUBJECT, contact) == contact


def test_a_census_given_name_is_never_taken_for_an_organisation() -> None:
    contact = Contact(name="Grace Wood", title="head baker")
    assert _kept(GIVEN, contact) == contact
