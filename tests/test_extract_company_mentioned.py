"""The contact's company where no rule read one: the organisation said in the recap's opening
or the contact's own sentence (company_mentioned.py; the shapes were counted on ag ai au ba bf
bk s, docs/extraction-history.md "contact49").

The rule runs on the real spaCy doc and the contact stage's organisations; every sentence here
is written for this file, none is copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from debrief.extract.company_mentioned import _name_cut, mentioned_company
from debrief.models import Contact
from tests.conftest import contact_of


def _doc(text: str):  # a spaCy Doc, loaded only for the tests that use it
    from debrief.extract.pipeline import extract_doc

    return extract_doc(text)


def test_a_trial_unit_s_phase_is_passed_over_for_the_organisation_after_it() -> None:
    # no rule reads "at the Phase Three unit at <Org>": the organisation in the contact's
    # sentence that is no phase is the company
    text = (
        "Rafael Duarte, he's a research coordinator, the role I want, at the Phase Two unit "
        "at Bellmont Clinical Institute. He did ICU nights before that."
    )
    assert contact_of(text) == (
        "rafael duarte",
        "research coordinator",
        "bellmont clinical institute",
    )


def test_the_call_s_subject_in_the_opening_is_the_company() -> None:
    doc = _doc(
        "alright, driving home, um, recap of the Ogilvy call. Lena Marsh, she's an account "
        "supervisor in their Boston office."
    )
    found = mentioned_company(doc, Contact("Lena Marsh", "account supervisor", None), [])
    assert found.company == "Ogilvy"


def test_a_company_already_filed_is_kept() -> None:
    doc = _doc("recap of the Ogilvy call. Lena Marsh, she's an account supervisor.")
    kept = Contact("Lena Marsh", "account supervisor", "Saatchi")
    assert mentioned_company(doc, kept, []) == kept


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        pytest.param(
            "Talked to Lucia Romero today, she was a nurse at Kingsley Memorial Hospital for "
            "ten years. Now she consults.",
            Contact("Lucia Romero", None, None),
            id="said-as-their-past",
        ),
        pytest.param(
            "Recap. talked to the intake coordinator, Minh, didn't catch the surname, he said "
            "it quick, Tran or Trinh. Twenty minutes.",
            Contact("Minh", "intake coordinator", None),
            id="a-surname-said-unsure",
        ),
    ],
)
def test_no_organisation_is_taken_from_the_past_or_an_unsure_surname(
    text: str, contact: Contact
) -> None:
    assert mentioned_company(_doc(text), contact, []).company is None


def test_the_organisation_run_on_from_the_name_loses_the_name() -> None:
    contact = Contact("Teodor Balan", "data engineering lead", None)
    assert _name_cut("Teodor Balan Cinderfield Analytics", contact) == "Cinderfield Analytics"
    assert _name_cut("Cinderfield Analytics", contact) == "Cinderfield Analytics"
    # a one-word name is not cut: "Teodor Cinderfield" may be the firm's own name
    assert _name_cut("Teodor Cinderfield", Contact("Teodor", None, None)) == "Teodor Cinderfield"


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        pytest.param(
            "long day after my shift at Brackenridge Dental. Called Owen Tate later, he's a "
            "claims analyst, twenty minutes.",
            Contact("Owen Tate", "claims analyst", None),
            id="the-opening-s-organisation-not-the-call-s-subject",
        ),
        pytest.param(
            "Called Owen Tate, he's a claims analyst, I know him through our pastor at "
            "Grace Fellowship.",
            Contact("Owen Tate", "claims analyst", None),
            id="the-speaker-s-own-after-our",
        ),
    ],
)
def test_the_speaker_s_own_organisation_is_no_company(text: str, contact: Contact) -> None:
    assert mentioned_company(_doc(text), contact, []).company is None


def test_an_organisation_also_read_as_a_person_is_not_taken() -> None:
    doc = _doc("recap of the Ogilvy call. Lena Marsh, she's an account supervisor.")
    contact = Contact("Lena Marsh", "account supervisor", None)
    assert mentioned_company(doc, contact, [], ["Ogilvy"]).company is None


def test_a_contact_said_to_work_on_their_own_gets_no_company() -> None:
    doc = _doc(
        "Spoke with Priya Nair, a freelance copywriter who writes for Halcyon Foods mostly. "
        "She has been on her own six years."
    )
    contact = Contact("Priya Nair", "copywriter", None)
    assert mentioned_company(doc, contact, []).company is None
