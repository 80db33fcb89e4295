"""The contact's company cut to the form the recap says again on its own
(company_repeated.py): Whisper glues a division, an office or a place onto the organisation's
name ("at Zalando Public Sector", "at Shopify and Ottawa", "in the Lisbon Office of Bain"),
and the recap later says the organisation by its name alone. Study: docs/speech-history.md,
"Contact, spoken: the company said again shorter".

Every recap here is written for this file in a transcript's shape (Whisper's capitals on the
glued words, its commas, no paragraph breaks); none is copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from tests.conftest import contact_of


@pytest.mark.parametrize(
    ("text", "company"),
    [
        pytest.param(
            # a division glued on, the organisation said alone two sentences later
            "So, the call with Marguerite Osei, who's a customer engineer at Zalando Public "
            "Sector in Berlin. She was a teacher before, then Zalando hired her on the data "
            "team. She said the week is mostly workshops with clients.",
            "zalando",
            id="division-glued-said-again-alone",
        ),
        pytest.param(
            # "in" heard as "and": the city glued on with "and"
            "Okay recap for Tobias Lindqvist. He's a backend lead at Shopify and Ottawa. He "
            "joined Shopify four years ago from a bank, and he said the culture is very async.",
            "shopify",
            id="place-after-and-said-again-alone",
        ),
        pytest.param(
            # an office of the organisation before its name
            "Debrief on my chat with Ines Carvalho, a manager in the Lisbon Office of Bain. "
            "She did an engineering degree and then joined Bain right after, eight years now.",
            "bain",
            id="office-of-said-again-alone",
        ),
    ],
)
def test_company_cut_to_the_form_said_again(text: str, company: str) -> None:
    assert contact_of(text)[2] == company


@pytest.mark.parametrize(
    ("text", "company"),
    [
        pytest.param(
            # the organisation's own word dropped would be wrong: "Construction" is its name
            "Talked to Wendell Price, he's a site superintendent at Halvorsen Construction. "
            "He started at Halvorsen as a laborer out of high school.",
            "halvorsen construction",
            id="own-name-word-kept",
        ),
        pytest.param(
            # a city glued on bare is the studio's name as writers give it, though the firm is
            # said again alone
            "Okay so that was Yusuf Demir, he's a level designer at Ubisoft Toronto, he came "
            "from modding, and he said Ubisoft as a whole is huge but the studio feels small.",
            "ubisoft toronto",
            id="bare-place-kept",
        ),
        pytest.param(
            # the full name said twice: nothing to cut, though the short form is said too
            "Notes on Ayodele Banjo, a program officer at Meridian Public Sector. Meridian "
            "Public Sector funds city data work, and Meridian as a whole is mostly consulting.",
            "meridian public sector",
            id="full-name-said-twice-kept",
        ),
        pytest.param(
            # the division is never said apart from it: no evidence to cut on
            "So I spoke with Camille Roux, a solutions architect at Datadog Public Sector, "
            "based in Virginia. She was a sysadmin for the navy before this.",
            "datadog public sector",
            id="short-form-never-said-alone-kept",
        ),
    ],
)
def test_company_kept_whole(text: str, company: str) -> None:
    assert contact_of(text)[2] == company
