"""People mentioned, pipeline 1.22: a referral cue followed by its own person does not reach
back to a name said before it; the speaker's plan to contact someone "she mentioned" is a
referral; "she named X" (a verb) is no person cue, "a guy named X" is; cues of four and five
words ("introduced to me by", "put me in touch with"); firms named after people ("Robert
Half") are organisations; "Cal State Fullerton" is a school; "my shop's safety guy, X";
"ask for X"; "Darlene Two Feathers"; a rank before a full name; an organisation's first
words said again ("Harbor Lane"), "Peace Corps Malawi", a tool in a list of skills; "and I
should call him" split off by the parser. Real spaCy (``en_core_web_sm``).

Each shape is tried cased, mixed (lower-case sentences, the names capitalised) and all lower
case where it applies (``casings``). Every sentence is written for this file; none is copied
from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import casings

from debrief.extract import extract
from debrief.names import company_key, person_key

WHEN = datetime(2026, 12, 8, 18, 0)

_OPENING = "Call with Tomasz Wolny, a buyer at Fenwick Foods. "


def _people(text: str) -> dict[str, str]:
    return {person_key(p.name): p.relation for p in extract(text, WHEN).people_mentioned}


def _companies(text: str) -> set[str]:
    return {company_key(c) for c in extract(text, WHEN).companies_mentioned}


# ------------------------------------------------- a cue followed by its own person


@pytest.mark.parametrize(
    "text",
    casings(
        _OPENING + "He talked about his old manager Greta Lindahl who retired last year, and "
        "he'll introduce me to Rafael Ortiz in logistics.",
        lower_fails=True,
    ),
)
def test_cue_with_its_own_person_leaves_the_name_before(text: str) -> None:
    # a user recapping two names in one sentence: one only mentioned, then the introduction
    people = _people(text)
    assert people.get("greta lindahl") == "mentioned"
    assert people.get("rafael ortiz") == "referral"


def test_cue_after_a_name_with_no_person_of_its_own_still_refers_back() -> None:
    # "X is hiring, and he said I should reach out to him": the cue is about X
    people = _people(
        _OPENING + "His colleague Bram Hoekstra is hiring, and he said I should reach out to him."
    )
    assert people == {"bram hoekstra": "referral"}


# ------------------------------------- the speaker's plan for someone the contact named


@pytest.mark.parametrize(
    "text",
    casings(
        "Had coffee with Priyanka Shah, a claims manager at Larchmont Mutual. She said "
        "adjusters move into underwriting all the time. I'll email the underwriting lead she "
        "mentioned, Owen Birch, on Friday.",
        lower_fails=True,
    ),
)
def test_plan_to_contact_someone_she_mentioned_is_a_referral(text: str) -> None:
    assert _people(text) == {"owen birch": "referral"}


def test_plan_to_contact_the_people_she_named_is_a_referral() -> None:
    people = _people(
        "Call with Ruth Adeyemi from Kestrel Labs. I'm going to message the two people she "
        "named, Lars Jensen at Tidewell and Mara Quist who runs their hiring, next week."
    )
    assert people == {"lars jensen": "referral", "mara quist": "referral"}


def test_a_second_plan_of_the_speaker_is_still_no_referral() -> None:
    # "and thank X": the speaker's own second verb, not the contact naming anyone
    people = _people(
        _OPENING + "His old colleague Dana Ferris runs the warehouse now. I'll email the "
        "coordinator, Lucia Brandt, and thank Dana tomorrow."
    )
    assert people.get("dana ferris") == "mentioned"


# ------------------------------------------------ "she named X" against "a guy named X"


def test_she_named_schools_and_a_firm_names_no_person() -> None:
    text = (
        "Call with Odile Marchetti, a producer at Fernway Studios. She said to freelance "
        "first, and named Chapman and Cal State Fullerton as good programs. She also named "
        "Sharpline Communications as one that hires."
    )
    assert _people(text) == {}
    assert "sharpline communications" in _companies(text)


@pytest.mark.parametrize(
    "text",
    casings(
        "Call with Odile Marchetti, a producer at Fernway Studios. There is a recruiter named "
        "Lia Moss who runs their podcast desk.",
    ),
)
def test_a_noun_named_x_is_still_a_person(text: str) -> None:
    assert _people(text) == {"lia moss": "mentioned"}


def test_an_analyst_there_named_x_is_a_person() -> None:
    people = _people(
        "Talked to Imre Kovacs from Quillfield about sales ops. His teammate, an analyst there "
        "named Sabine Roth, built their dashboards."
    )
    assert "sabine roth" in people


# ------------------------------------------------------ cues of four and five words


@pytest.mark.parametrize(
    "text",
    casings(
        "Talked with Anton Veselov, controller at Birchwood Health. He got introduced to me "
        "by Greta from my pottery class. He said he would put me in touch with Ilse at the "
        "county.",
        lower_fails=True,
    ),
)
def test_long_cues_name_people(text: str) -> None:
    assert _people(text) == {"greta": "mentioned", "ilse": "referral"}


# ------------------------------------------------------- firms named after people


@pytest.mark.parametrize(
    "text",
    casings(
        "Call with Dorothea Vance, a senior auditor at the State Comptroller. She said get "
        "public sector experience through a temp agency, so I'll call Robert Half on Monday. "
        "She used to be a realtor with Keller Williams.",
        mixed=False,
        lower_fails=True,
    ),
)
def test_firms_named_after_people_are_organisations(text: str) -> None:
    assert _people(text) == {}
    assert {"robert half", "keller williams"} <= _companies(text)


def test_a_person_cue_before_a_firm_name_keeps_the_person() -> None:
    people = _people(
        "Call with Dorothea Vance, a senior auditor at the State Comptroller. Her old boss "
        "Edward Jones retired last spring."
    )
    assert people == {"edward jones": "mentioned"}


# ------------------------------------------- a role with its owner's possessive before it


@pytest.mark.parametrize(
    "text",
    casings(
        "Call with Ilka Berg, a welding inspector at Norsk Steel. I'll ask my shop's safety "
        "guy, Dmitri, if I can shadow him next week.",
        lower_fails=True,
    ),
)
def test_my_shops_safety_guy_names_a_person(text: str) -> None:
    assert _people(text) == {"dmitri": "mentioned"}
    assert "dmitri" not in _companies(text)


# --------------------------------------------------------------------- "ask for X"


@pytest.mark.parametrize(
    "text",
    casings(
        "Call with Ilka Berg, a welding inspector at Norsk Steel. She said come to the open "
        "house and ask for Talia Morgan, their training lead.",
    ),
)
def test_ask_for_x_is_a_referral(text: str) -> None:
    assert _people(text) == {"talia morgan": "referral"}


def test_ask_for_a_thing_names_no_one() -> None:
    text = "Call with Ilka Berg, a welding inspector at Norsk Steel. She said to ask for a raise."
    assert _people(text) == {}


# --------------------------------------------------- a number word inside a surname


@pytest.mark.parametrize(
    "text",
    casings(
        "Call with Ilka Berg, a grants officer at the Plains Bison Council. She said her "
        "colleague Darlene Two Feathers runs the youth program.",
        lower_fails=True,
    ),
)
def test_a_number_word_inside_a_name(text: str) -> None:
    assert _people(text) == {"darlene two feathers": "mentioned"}


# ------------------------------------------------------------ ranks before a name


def test_a_rank_before_a_full_name_or_a_surname_is_dropped() -> None:
    # before a surname alone too since people41 (test_extract_people_rankalone.py)
    people = _people(
        "Call with Ilka Berg, a nurse at Fort Bliss. My old chief, Senior Chief Rob Dalton, "
        "knew her. Also ask Sergeant Major Pruitt for a letter. Captain Hollis set it up."
    )
    assert set(people) == {"rob dalton", "pruitt", "hollis"}


# ------------------------------------------ pieces of organisations, tools in a list


@pytest.mark.parametrize(
    "text",
    casings(
        "Call with Tevita Moala from Harbor Lane Credit Union, a branch manager. He said "
        "Harbor Lane says members first and mostly means it.",
    ),
)
def test_an_organisations_first_words_said_again_are_no_person(text: str) -> None:
    assert _people(text) == {}


def test_a_service_name_continued_by_a_country_is_no_person() -> None:
    people = _people(
        "Talked with Eduardo Ruiz, a project lead at Builders Abroad. He was Peace Corps "
        "Malawi, water and sanitation, then did a masters."
    )
    assert people == {}


def test_a_tool_in_a_list_of_skills_is_no_person() -> None:
    people = _people(
        "Call with Marit Olsen, a pen tester at Redfjord Security. Skills: Linux, Active "
        "Directory, scripting, and writing for executives."
    )
    assert people == {}


# ----------------------------------- a run-on "and I should call him" the parser split off


@pytest.mark.parametrize(
    "text",
    casings(
        "Talked with Odette Laroche from the state parks office. She said her old deputy, "
        "Bastien Roy, is still there and I should call him.",
    ),
)
def test_and_i_should_call_him_after_a_name_is_a_referral(text: str) -> None:
    assert _people(text) == {"bastien roy": "referral"}


def test_a_run_on_about_someone_else_leaves_the_name_before() -> None:
    # the run-on's cue counts only with "him"/"her"/"them" after it, a person said before
    people = _people(
        "Talked with Odette Laroche from the state parks office. She said her old deputy, "
        "Bastien Roy, is still there and I should call Mirela Costa first."
    )
    assert people.get("bastien roy") == "mentioned"
