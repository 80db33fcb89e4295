"""company38 through the real spaCy pipeline: the organisation a recap opens on as the call's
topic wins over a company kept from a later, weaker word (a unit after the title, a place
word), and not over one said before it, one the contact's title places them at, or where the
topic is one word alone."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.company_topic_first import topic_first
from debrief.extract.pipeline import extract_doc
from debrief.models import Contact

WHEN = datetime(2026, 12, 8, 18, 0)


def test_a_heading_topic_over_a_unit_after_the_title() -> None:
    r = extract(
        "Corvane Systems, Tulsa - call notes\nTomasz Okafor, Manager, Plant Safety. 45 min.\n"
        "BLUF: plant work is steady.",
        WHEN,
    )
    assert r.contact.company == "Corvane Systems"


def test_a_spoken_topic_over_a_later_word() -> None:
    r = extract(
        "Okay, Ridgeway Fleet Group, small contractor right outside the gate in Tulsa, they do "
        "fleet repair. Talked to Tomasz Okafor, shop lead.",
        WHEN,
    )
    assert r.contact.company == "Ridgeway Fleet Group"


def test_a_company_the_title_places_them_at_stays() -> None:
    doc = extract_doc(
        "Quillfeather Labs call. Talked to Darnell Obi, a sales rep at Tandem Works.", WHEN
    )
    kept = Contact(name="Darnell Obi", title="sales rep", company="Tandem Works")
    assert topic_first(doc, kept).company == "Tandem Works"


def test_a_company_said_before_the_topic_stays() -> None:
    doc = extract_doc(
        "Tandem Works. Quillfeather Labs call. Talked to Darnell Obi, twenty minutes.", WHEN
    )
    kept = Contact(name="Darnell Obi", title=None, company="Tandem Works")
    assert topic_first(doc, kept).company == "Tandem Works"


def test_a_one_word_topic_does_not_win() -> None:
    doc = extract_doc(
        "Dispatch - call notes\nDarnell Obi, planner. Tandem Works, twenty minutes.", WHEN
    )
    kept = Contact(name="Darnell Obi", title="planner", company="Tandem Works")
    assert topic_first(doc, kept).company == "Tandem Works"
