"""company28 through the real spaCy pipeline: the organisation a recap opens on as the call's
topic is the contact's company where no rule found one, and an opening about something else (an
event, the speaker's own employer, a place) is not."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.company_topic import topic_company
from debrief.extract.pipeline import extract_doc
from debrief.models import Contact

WHEN = datetime(2026, 12, 8, 18, 0)


def test_a_heading_opening_on_the_organisation() -> None:
    r = extract(
        "Brindlewood (people team). Tomasz Okoye, Head of People. 30 min video call.\n"
        "- started in payroll, moved into people ops after the company doubled",
        WHEN,
    )
    assert r.contact.company == "Brindlewood"


def test_a_spoken_opening_this_one_was() -> None:
    r = extract(
        "ok this one was Quillfeather Labs. guy named Darnell Obi, he's an account manager, "
        "covers the midwest schools. we talked for twenty minutes while he was driving.",
        WHEN,
    )
    assert r.contact.company == "Quillfeather Labs"


def test_an_opening_topic_with_a_description_after_it() -> None:
    r = extract(
        "so, Marrowfield, the credit union, I just had half an hour with their research lead, "
        "Ines, Ines Albarran. she moved over from survey work years ago.",
        WHEN,
    )
    assert r.contact.company == "Marrowfield"


def test_only_where_no_company_was_found() -> None:
    doc = extract_doc(
        "Quillfeather call. Talked to Darnell Obi, a sales rep at Tandem Works.", WHEN
    )
    found = Contact(name="Darnell Obi", title="sales rep", company="Tandem Works")
    assert topic_company(doc, found).company == "Tandem Works"
    bare = Contact(name="Darnell Obi", title="sales rep", company=None)
    assert topic_company(doc, bare).company == "Quillfeather"


def test_an_event_opening_is_no_employer() -> None:
    doc = extract_doc(
        "The Rotary lunch ran long. Then a call with Darnell Obi, he does sales, twenty minutes.",
        WHEN,
    )
    bare = Contact(name="Darnell Obi", title=None, company=None)
    assert topic_company(doc, bare).company is None


def test_the_speakers_own_employer_and_a_mid_sentence_run_are_no_topic() -> None:
    doc = extract_doc(
        "After my Brackenridge shift, I talked to Darnell Obi, he does sales, twenty minutes.",
        WHEN,
    )
    bare = Contact(name="Darnell Obi", title=None, company=None)
    assert topic_company(doc, bare).company is None


def test_a_place_said_first_is_no_topic() -> None:
    # a listed city, and a name the base model tags a place with nothing saying it is an
    # organisation, are left
    bare = Contact(name="Darnell Obi", title=None, company=None)
    doc = extract_doc("Toronto, coffee with Darnell Obi, he does sales, twenty minutes.", WHEN)
    assert topic_company(doc, bare).company is None
    doc = extract_doc("ok this one was Quillfeather. guy named Darnell Obi, sales.", WHEN)
    assert topic_company(doc, bare).company is None


def test_a_run_tagged_a_place_described_as_an_organisation() -> None:
    r = extract(
        "so, West Kellan, the little private school up north. spoke with the registrar, "
        "Allison Brandt, twenty minutes.",
        WHEN,
    )
    assert r.contact.company == "West Kellan"


def test_a_field_label_is_no_topic() -> None:
    bare = Contact(name="Darnell Obi", title=None, company=None)
    doc = extract_doc("Summary: short call, twenty minutes.\nDarnell Obi, sales.", WHEN)
    assert topic_company(doc, bare).company is None
