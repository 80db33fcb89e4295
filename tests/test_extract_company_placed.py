"""The contact's company where neither answer found one but the recap says it beside the name
(company_placed.py; the shape was found on recaps y and n..s, "company16").

Where the rules and the roles model both miss it depends on the models' quirks on a whole
recap, so the rule is run here on real spaCy docs of the whole pipeline with the company
cleared, as the combination hands it over; and end to end, a place after "from" stays no
company. Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.company_placed import _said_as, placed_company, usable_company
from debrief.models import Contact
from debrief.names import company_key
from tests.conftest import contact_of


def _placed(text: str, name: str, title: str | None = None) -> str:
    from debrief.extract.pipeline import extract_doc

    doc = extract_doc(text, datetime(2026, 12, 9, 17, 0))
    return company_key(placed_company(doc, Contact(name=name, title=title)).company)


@pytest.mark.parametrize(
    ("text", "name", "company"),
    [
        pytest.param(
            # a one-breath lower-case memo: the firm said after "from" is tagged only where
            # the speaker comes back to it
            "so this is the call with ilse marquardt from brevolt the one tomas connected me "
            "to she is field application engineer there we talked maybe twenty minutes she "
            "started as a test technician and then she took a sales job at brevolt with lower "
            "pay she told me to learn python and i will send her my resume by friday",
            "ilse marquardt",
            "brevolt",
            id="lower-from-tagged-later",
        ),
        pytest.param(
            # typed: the agency owns an office right after "from the"
            "Coffee with Priyanka Raghunathan from the FAA's office of runway safety, she's a "
            "safety analyst. She said the work is slow but it matters. Next step: send her my "
            "writing sample by Thursday.",
            "Priyanka Raghunathan",
            "faa",
            id="from-the-agency-s-office",
        ),
        pytest.param(
            # the longest organisation said there, not its first word
            "Radek from Novak Gear and Spring, he's the plant manager now. We talked for half "
            "an hour. I'll email him my resume tomorrow.",
            "Radek",
            "novak gear and spring",
            id="longest-name",
        ),
    ],
)
def test_an_organisation_said_beside_the_name_is_the_company(
    text: str, name: str, company: str
) -> None:
    # compared as keys: "and" and "&" key alike since qa56 (m017)
    assert _placed(text, name) == company_key(company)


def test_an_untagged_firm_after_the_title_is_the_company() -> None:
    # a one-person practice no tagger marks, said after the title with "at"
    text = (
        "Talked with Marit Solberg today, principal at Solberg Lydteknikk, which is her own "
        "two-person studio. She said clients pay for judgement, not hours."
    )
    assert _placed(text, "Marit Solberg", "principal") == "solberg lydteknikk"
    # a colleague's first name owning the studio is no organisation
    text = "Talked with Marit Solberg today, principal at Ingrid's studio, she said work is slow."
    assert _placed(text, "Marit Solberg", "principal") == ""


def test_nothing_is_placed_without_an_organisation_beside_the_name() -> None:
    # an organisation said elsewhere, and a place after "from": neither is placed
    text = (
        "Call with Tobias Wengert from Denver today. He's a freelance sound designer. He "
        "used to do trailers for Pixel Harbor Studios before going out on his own."
    )
    assert _placed(text, "Tobias Wengert") == ""
    found = contact_of(text)
    assert found[0] == "tobias wengert"
    assert found[2] != "denver"


def test_the_organisation_s_words_are_compared_as_said() -> None:
    assert _said_as("the NTSB.") == "ntsb"
    assert _said_as("Brevolt") == "brevolt"
    # the contact's own surname is no company of theirs ("Marquardt" of "Ilse Marquardt")
    assert not usable_company("Marquardt", "Ilse Marquardt")
    assert usable_company("Marquardt Optics", "Ilse Marquardt")
    assert not usable_company("office of a design firm", "Ilse Marquardt")
