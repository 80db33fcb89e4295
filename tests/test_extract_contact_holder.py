"""contact30 with the real spaCy pipeline: the person the contact's title is said with is the
contact where the name kept is a go-between, a referral or said with the other pronoun
(contact_holder); a recap that never got the contact's name keeps no go-between as it."""

from __future__ import annotations

from datetime import datetime

from spacy.tokens import Doc, Span

from debrief.extract.contact_holder import (
    go_between_relation,
    person_shaped,
    title_holder,
    unnamed_contact,
)
from debrief.extract.pipeline import extract, extract_doc
from debrief.extract.roles_spans import SPANS_KEY
from debrief.models import Contact

WHEN = datetime(2026, 12, 8, 18, 0)

HANDED = (
    "so Marcus Webb, my old roommate from college, he's at this startup Tidewave Analytics now "
    "and he got me on with his manager, Priyanka Desai, she's the head of data science. we "
    "talked for half an hour. she said the team is six people and she likes the pace. she "
    "said learn dbt and she thinks my thesis is a good story. she hates the on-call weeks, "
    "she said they are rough. send Priyanka my resume by Friday and thank Marcus."
)

REFERRAL = (
    "called the bakery person today rosa at golden crust bakehouse she's the production "
    "manager there and she started as a dishwasher. she said the early shifts are brutal "
    "but she loves it. she said i should talk to her friend tobias brennecke at millstone "
    "because they're hiring so text tobias this week"
)

OWN = (
    "Talked with Priya Raman today, she's a senior product manager at Asana. Her colleague "
    "Tom Becker, the design director, might chat with me too. She said the roadmap work is "
    "the fun part and she thinks I should learn SQL."
)

UNNAMED = (
    "so that was the plant manager at Corbett Foods, and I never caught his name, Father "
    "Tom set it up and just said my buddy at Corbett. we talked twenty minutes. he's been "
    "there ten years. he said the night shift is hard. he loves the people."
)


def _spans(doc: Doc) -> list[Span]:
    return list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []


def test_the_person_handed_on_to_with_the_title_is_the_contact() -> None:
    got = extract(HANDED, WHEN)
    assert got.contact.name == "Priyanka Desai"
    assert ("Marcus Webb", "mentioned") in [(p.name, p.relation) for p in got.people_mentioned]


def test_a_referral_taken_for_the_contact_gives_way_to_the_person_with_the_title() -> None:
    doc = extract_doc(REFERRAL, WHEN)
    kept = Contact(name="tobias brennecke", title="production manager")
    assert title_holder(doc, kept, _spans(doc), []).name == "rosa"


def test_the_contacts_colleague_never_takes_the_contacts_title() -> None:
    doc = extract_doc(OWN, WHEN)
    kept = Contact(name="Priya Raman", title="senior product manager", company="Asana")
    assert title_holder(doc, kept, _spans(doc), []) == kept
    assert extract(OWN, WHEN).contact.name == "Priya Raman"


def test_a_title_said_beside_another_person_alone_changes_nothing() -> None:
    doc = extract_doc(OWN, WHEN)
    # the title said beside Tom Becker, but Priya Raman is no go-between: she stays
    kept = Contact(name="Priya Raman", title="design director")
    assert title_holder(doc, kept, _spans(doc), []) == kept


def test_a_contact_never_named_keeps_no_go_between_as_the_name() -> None:
    doc = extract_doc(UNNAMED, WHEN)
    assert unnamed_contact(doc, Contact(name="Tom", title="plant manager")).name is None
    got = extract(UNNAMED, WHEN)
    assert got.contact.name is None
    assert "Tom" in {p.name.split()[-1] for p in got.people_mentioned}


def test_a_named_contact_after_a_last_name_missed_stays() -> None:
    text = (
        "Talked with Dana at Corbett Foods, I didn't catch her last name, Father Tom set it "
        "up. She's the plant manager. She said the night shift is hard."
    )
    doc = extract_doc(text, WHEN)
    kept = Contact(name="Dana", title="plant manager")
    assert unnamed_contact(doc, kept) == kept


def test_the_go_between_is_mentioned_and_a_referral_said_after_the_contact_a_referral() -> None:
    doc = extract_doc(REFERRAL, WHEN)
    assert go_between_relation(doc, "tobias brennecke", "rosa") == "referral"
    handed = extract_doc(HANDED, WHEN)
    assert go_between_relation(handed, "Marcus Webb", "Priyanka Desai") == "mentioned"


def test_a_word_dropped_as_the_name_is_no_person() -> None:
    assert person_shaped("Tom Becker")
    assert not person_shaped("hygienists")
