"""company42 through the real spaCy pipeline: the contact's company said whole where its inner
"for"/"to" cut it, and an organisation kept as the name made the company; a title before
"for", a sentence's opening words and a person kept as the name stay as they were."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.company_asname import name_as_company
from debrief.extract.company_whole import name_before, whole_company
from debrief.extract.pipeline import extract_doc
from debrief.models import Contact

WHEN = datetime(2026, 12, 8, 18, 0)


def test_the_words_before_an_inner_for_start_the_name() -> None:
    doc = extract_doc(
        "Recap. Volunteer coordinator, Shelter for Families of North Dayton. Name, Ruth "
        "Abernathy. She came from retail.",
        WHEN,
    )
    assert name_before(doc, "Families of North Dayton") == "Shelter for Families of North Dayton"


def test_an_inner_to_after_with_starts_the_name() -> None:
    doc = extract_doc(
        "Notes. Marcus Ode, career coach with Bridges to Careers, the free program for vets. "
        "He was Navy, then logistics.",
        WHEN,
    )
    assert whole_company(doc, "Careers") == "Bridges to Careers"


def test_a_title_before_for_is_not_the_name() -> None:
    doc = extract_doc(
        "Talked with Dana Reyes, she is Senior Manager for Tallow Foods in Ohio.",
        WHEN,
    )
    assert name_before(doc, "Tallow Foods") is None
    assert whole_company(doc, "Tallow Foods") == "Tallow Foods"


def test_words_before_to_that_open_a_sentence_are_no_name() -> None:
    doc = extract_doc(
        "Talked with Priya Nair, buyer at Rowan Mills. Thanks to Rowan Mills she moved here.",
        WHEN,
    )
    assert whole_company(doc, "Rowan Mills") == "Rowan Mills"


def test_an_organisation_the_model_files_leaves_the_name() -> None:
    doc = extract_doc(
        "I never wrote down her name, but the head of product at that tiny logistics startup, "
        "Parcelwise, the one out of Denver. We talked half an hour.",
        WHEN,
    )
    kept = Contact(name="Parcelwise", title="head of product", company=None)
    settled = name_as_company(doc, kept, "Parcelwise", [], [])
    assert (settled.name, settled.company) == (None, "Parcelwise")


def test_an_acronym_owning_a_part_is_an_organisation() -> None:
    doc = extract_doc(
        "So, KTL Werke's service center, talked with a trainer there. She said the travel is hard.",
        WHEN,
    )
    kept = Contact(name="KTL Werke", title="trainer", company=None)
    assert name_as_company(doc, kept, None, [], []).company == "KTL Werke"


def test_a_person_kept_as_the_name_stays() -> None:
    doc = extract_doc(
        "Talked with Grace Holloway, a nurse manager. Grace Holloway's clinic team is small.",
        WHEN,
    )
    kept = Contact(name="Grace Holloway", title="nurse manager", company=None)
    initialled = Contact(name="J. Okafor", title="nurse manager", company=None)
    assert name_as_company(doc, initialled, "J. Okafor", [], []) == initialled
    assert name_as_company(doc, kept, "Grace Holloway", [], []) == kept


def test_the_pipeline_keeps_a_name_with_an_inner_for_whole() -> None:
    out = extract(
        "Uh, recap. Outreach lead, Meals for Seniors of Greater Fairview. Name, Colin Marsh. "
        "He came from banking. He loves the delivery days.",
        WHEN,
    )
    assert out.contact.company == "Meals for Seniors of Greater Fairview"
