"""A firm typed in lower case in a cased recap is the company where none was kept
(company_lowbrand.py; the shape was counted on ac al bg, docs/extraction-history.md
"contact53").

The rule runs on the real spaCy doc; every sentence here is written for this file, none is
copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from debrief.extract.company_lowbrand import lower_brand
from debrief.models import Contact


def _doc(text: str):  # a spaCy Doc, loaded only for the tests that use it
    from debrief.extract.pipeline import extract_doc

    return extract_doc(text)


def test_a_coined_lower_case_firm_after_from_fills_the_company() -> None:
    doc = _doc(
        "Spoke with Renata Vos from quillhatch, Data Engineer, last Tuesday. She said "
        "quillhatch is tiny and everyone ships code."
    )
    found = lower_brand(doc, Contact("Renata Vos", "Data Engineer", None))
    assert found.company == "quillhatch"


def test_a_coined_firm_after_an_at_sign_fills_the_company() -> None:
    doc = _doc("Call w/ Tomas Lind, Staff SRE @ kelvanta. 40 min. He was great.")
    found = lower_brand(doc, Contact("Tomas Lind", "Staff SRE", None))
    assert found.company == "kelvanta"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "Met Renata Vos from home over video, Data Engineer. Kind and direct.",
            Contact("Renata Vos", "Data Engineer", None),
            id="an-english-word-names-nothing",
        ),
        pytest.param(
            "Renata Vos, Data Engineer, came from nonprofits before this. Nice chat.",
            Contact("Renata Vos", "Data Engineer", None),
            id="a-plural-names-nothing",
        ),
        pytest.param(
            "Renata Vos, Data Engineer at Quillhatch. She said quillhatch is tiny.",
            Contact("Renata Vos", "Data Engineer", "Quillhatch"),
            id="a-company-kept-stays",
        ),
        pytest.param(
            "Renata Vos is a Data Engineer. Her cousin works far away from quillhatch hq.",
            Contact("Renata Vos", "Data Engineer", None),
            id="not-said-beside-the-contact",
        ),
    ],
)
def test_guards(text: str, kept: Contact) -> None:
    assert lower_brand(_doc(text), kept) == kept


def test_through_the_pipeline_the_firm_is_filed() -> None:
    from tests.conftest import contact_of

    _name, _title, company = contact_of(
        "ok so I talked to Renata Vos from quillhatch, she is a data engineer. She said "
        "quillhatch hires juniors."
    )
    assert company == "quillhatch"
