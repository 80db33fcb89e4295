"""The contact's shapes read in pipeline 1.19 (found by a user, and on recaps-n/o).

Each shape is run cased, lower case and mixed case (names capitalised, sentence starts and the
speaker's words lower case) through real spaCy and the shipped roles model (``extract``).
Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.extract.casing import usual_casing
from debrief.names import company_key, person_key
from tests.conftest import casings as _three
from tests.conftest import contact_of

WHEN = datetime(2026, 12, 9, 17, 0)


@pytest.mark.parametrize(
    "text", _three("Talked to Lena Park of Acme Robotics. She said to learn ROS first.")
)
def test_name_of_company(text: str) -> None:
    # "<name> of <organisation>": the organisation no rule knew is where the contact works
    ex = extract(text, WHEN)
    assert person_key(ex.contact.name) == "lena park"
    assert company_key(ex.contact.company) == "acme robotics"
    assert "acme robotics" in {company_key(c) for c in ex.companies_mentioned}


@pytest.mark.parametrize(
    "text",
    [
        "Talked to Lena Park of Denver. She said to learn ROS first.",
        "talked to lena park of course, she said to learn ros first.",
    ],
)
def test_a_place_or_a_phrase_after_of_is_no_company(text: str) -> None:
    assert extract(text, WHEN).contact.company is None


@pytest.mark.parametrize(
    "text", _three("Met Raj Patel today, a manager at Deloitte. He said to network early.")
)
def test_an_opening_verb_then_the_name(text: str) -> None:
    # lower case: the tagger reads "raj" as an adverb; a name it does read follows
    ex = extract(text, WHEN)
    assert person_key(ex.contact.name) == "raj patel"
    assert company_key(ex.contact.company) == "deloitte"


def test_an_adverb_after_the_cue_is_no_name() -> None:
    text = "that was honestly great, she is a nurse at mercy health. she said to shadow someone."
    assert extract(text, WHEN).contact.name is None


@pytest.mark.parametrize(
    "text",
    [
        "talked to hana ito, a product manager at notion. she said to ship small things.",
        "Talked to Hana Ito, a product manager at notion. She said to ship small things.",
    ],
)
def test_a_known_organisation_takes_its_usual_casing(text: str) -> None:
    ex = extract(text, WHEN)
    assert ex.contact.company == "Notion"
    assert "Notion" in ex.companies_mentioned and "notion" not in ex.companies_mentioned


def test_an_unknown_organisation_stays_as_said() -> None:
    text = "talked to hana ito, a product manager at tidewell goods. she said to ship small things."
    assert extract(text, WHEN).contact.company == "tidewell goods"


def test_the_recaps_own_capitals_win() -> None:
    assert usual_casing("notion", "at notion, and Notion's editor") == "Notion"
    assert usual_casing("acme robotics", "acme robotics ... ACME Robotics") == "ACME Robotics"
    assert usual_casing("deloitte", "at deloitte") == "Deloitte"
    assert usual_casing("Deloitte", "at deloitte") == "Deloitte"
    assert usual_casing("tidewell goods", "at tidewell goods") == "tidewell goods"


@pytest.mark.parametrize(
    "text",
    _three(
        "Notes. Wiremu Tane, a paraplanner at Kauri & Fern Wealth, a small shop. He does the "
        "spreadsheets."
    ),
)
def test_the_organisation_after_the_title(text: str) -> None:
    # neither the rules nor the model place the contact; the title is followed by "at <Org>"
    assert contact_of(text)[1:] == ("paraplanner", company_key("Kauri & Fern Wealth"))


@pytest.mark.parametrize(
    "text",
    _three(
        "So about my call with Priya from the Tacoma Rainiers front office, Priya Raman, i "
        "think her title is ticket operations lead, she did sports management at Gonzaga and "
        "then interned with two teams before Tacoma kept her.",
    ),
)
def test_an_organisation_said_much_later_is_no_correction(text: str) -> None:
    # the model's "Tacoma Rainiers" stands: "Gonzaga", far on in the run-on sentence, is
    # where she studied, not a correction of where she works
    assert contact_of(text) == ("priya raman", "ticket operations lead", "tacoma rainiers")


@pytest.mark.parametrize(
    "text",
    _three(
        "Talked to Ines Moreau, a curator at the Ridgefield Children's Science Center. She "
        "loves school groups."
    ),
)
def test_an_owner_that_is_no_organisation_is_part_of_the_name(text: str) -> None:
    assert contact_of(text)[2] == company_key("Ridgefield Children's Science Center")


@pytest.mark.parametrize(
    "text",
    _three(
        "Recap. A man from Fernwood Credit Union, he asked me not to use his name, he's a "
        "fraud analyst. He said the alerts never stop."
    ),
)
def test_someone_from_an_organisation_without_a_name(text: str) -> None:
    assert contact_of(text) == ("", "fraud analyst", "fernwood credit union")


@pytest.mark.parametrize(
    "text",
    _three(
        "So, hygiene call two. The panelist from the job fair, Thandiwe Mokoena, she's the "
        "clinic manager at Lakeside Dental. She said to get my license first."
    ),
)
def test_a_name_set_off_by_commas_with_a_clause_about_them(text: str) -> None:
    assert contact_of(text) == ("thandiwe mokoena", "clinic manager", "lakeside dental")


@pytest.mark.parametrize(
    "text",
    _three("Talked to Ruth Abara, she's a baker at Grainhouse Co-op. She loves the mornings."),
)
def test_a_hyphenated_last_word_of_the_company(text: str) -> None:
    assert contact_of(text)[2] == company_key("Grainhouse Co-op")


@pytest.mark.parametrize(
    "text",
    _three("Talked to Mister Okafor, he's the training director at IBEW Local 112. He said hi."),
)
def test_a_number_that_belongs_to_the_organisation(text: str) -> None:
    assert contact_of(text) == ("okafor", "training director", "ibew local 112")


def test_a_form_of_address_alone_is_no_name() -> None:
    # the model marks "Fr" and "Matteo Ricci" as two names: the first is a form of address
    text = "Talked to Fr. Matteo Ricci, who is the pastor at St. Brendan's. He ran a campaign."
    assert contact_of(text)[0] == "matteo ricci"


@pytest.mark.parametrize(
    "text",
    _three(
        "Spoke with Ana Ruiz. She's a lens engineer at Keller Optics in Tempe. Sorry, not "
        "Tempe, Mesa. She was a machinist before."
    ),
)
def test_a_correction_of_the_place_keeps_the_company(text: str) -> None:
    # "not Tempe": the correction takes back the place, not the company
    assert contact_of(text)[2] == "keller optics"


@pytest.mark.parametrize(
    "text",
    _three(
        "Met Omar Haddad, a test engineer at Brightline Semiconductors in Tempe. Sorry, "
        "it's not Tempe, it's Mesa. He said to learn LabVIEW."
    ),
)
def test_a_restated_correction_of_the_place_keeps_the_company(text: str) -> None:
    # "it's not Tempe": the words that restate a correction ("it's") come before what it
    # takes back too, and what it takes back is the place, so the company stays
    assert contact_of(text)[2] == "brightline semiconductors"


def test_a_correction_that_takes_back_the_company() -> None:
    text = "Talked to Ana Ruiz, she's a planner at Stripe, no sorry, not Stripe, Square. Hi."
    assert contact_of(text)[2] == "square"
