"""The spoken contact, third pass (spoken46), read with the real spaCy pipeline.

- a span the roles model marks as the contact's name, said right after "on" / "in" (the
  street or district of the contact's office, "a studio on Dundas West"), gives way to the
  rules' name;
- a model title whose first word the tagger reads as a verb is still a title when that word
  is a gerund naming the work of a title head said right after it ("accrediting
  specialist"); a title running on into a clause is not;
- a firm's name of two words joined by "and" (Whisper's word for a typed "&"), marked whole by
  the roles model, is kept whole, not cut to its first word.

The wordings are written for these tests in the shape of Whisper transcripts.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract, extract_doc
from debrief.extract.company_joined import joined_name
from debrief.extract.contact_placed_name import name_at_place
from debrief.extract.roles_spans import SPANS_KEY
from debrief.extract.roles_title import title_like

WHEN = datetime(2026, 6, 3, 16, 10)

STUDIO = (
    "Niamh Gallagher, brand strategist, Harrow and Finch studio on Dundas West, 12 people, "
    "4th of May, 40 men, coffee near their office. Background, she studied fine art."
)


def test_a_name_said_after_on_is_a_place() -> None:
    doc = extract_doc(STUDIO, WHEN, spoken=True)
    spans = list(doc.spans[SPANS_KEY])
    assert any(s.label_ == "CONTACT_NAME" and s.text == "Dundas West" for s in spans)
    assert name_at_place("Dundas West", "Niamh Gallagher", spans)
    # the person the model marks is no place, and with no rules' name the model's stands
    assert not name_at_place("Niamh Gallagher", "Dundas West", spans)
    assert not name_at_place("Dundas West", None, spans)


ACCREDITING = (
    "Okay, this one came through my cousin. Her friend, her name was Maya Lindqvist. She "
    "does accrediting at Harbourline Logistics, accrediting specialist. Um, 25 minutes maybe. "
    "She started in retail."
)


def test_a_gerund_before_a_title_head_is_part_of_the_title() -> None:
    doc = extract_doc(ACCREDITING, WHEN, spoken=True)
    spans = [s for s in doc.spans[SPANS_KEY] if s.label_ == "CONTACT_TITLE"]
    title = "accrediting specialist"
    assert any(s.text == title and s[0].tag_ == "VBG" for s in spans)
    assert title_like(title, spans)
    assert extract(ACCREDITING, WHEN, True).contact.title == title


def test_a_gerund_starting_a_clause_is_no_title() -> None:
    doc = extract_doc("She is a landscaper wondering about environmental science.", WHEN)
    span = doc.char_span(9, 57)
    assert span is not None and span.text == "landscaper wondering about environmental science"
    assert not title_like(span.text, [span])


SALT = (
    "Okay, so that was Owen Price. He's design lead at Salt and Cedar back home in Leeds. We "
    "were at school together. He started in print."
)


def test_a_name_joined_by_and_is_kept_whole() -> None:
    assert extract(SALT, WHEN, True).contact.company == "Salt and Cedar"
    assert joined_name("Salt", "Salt and Cedar")
    # two firms, or a firm and a lower-case phrase, are not one name
    assert not joined_name("Salt", "Salt and Cedar Kiln Works")
    assert not joined_name("Salt", "Salt and the others")
    assert not joined_name("Salt", "Salt Cedar")
