"""company42 through the real spaCy pipeline: an organisation kept as the contact's name, with
no company kept, is the company where the model files it as the contact's organisation or the
recap says it owning an organisation's part; a person's name, or one with an initial, stays."""

from __future__ import annotations

from datetime import datetime

from debrief.extract.company_asname import name_as_company
from debrief.extract.pipeline import extract_doc
from debrief.models import Contact

WHEN = datetime(2026, 12, 8, 18, 0)


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
