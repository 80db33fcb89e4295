"""The contact's name shapes read in stop 29 (found on recaps-v, recaps-y and recaps-z).

A lower-case opening that names the contact in one breath ("ok recap NAME NAME NAME shes a
...", "recap real quick NAME NAME TITLE at ..."; contact_opening.py), and a name said in two
parts with a pause between them (contact_parts.py), and a typed heading's title the roles
model files as an organisation (roles_title.labelled_org), run through real spaCy and the
shipped roles model. Every sentence here is written for this file; none is copied from a labelled
corpus.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from debrief.extract.contact_opening import _a_title, opening_contact
from debrief.extract.contact_parts import two_part_name
from debrief.extract.pipeline import load_nlp
from debrief.extract.roles_title import labelled_org
from debrief.models import Contact
from tests.conftest import contact_of


def test_three_name_words_before_the_pronoun_are_the_whole_name() -> None:
    # a dictated opening: the third name word is no less the name than the first two
    name, title, _company = contact_of(
        "ok recap marisol quintana teague shes a warehouse operations analyst at frostline "
        "cold storage she said the night shift is where you learn the building fast and that "
        "i should get my forklift card renewed before i apply"
    )
    assert name == "marisol quintana teague"
    assert title == "warehouse operations analyst"


def test_a_title_said_straight_after_the_name_is_the_title_not_a_later_one() -> None:
    # no copula, no comma: the title runs on from the name, and a role mentioned later
    # ("a planner slot opening") is not theirs
    name, title, _company = contact_of(
        "recap real quick tomas ferreira regional account manager at kestrel pumps we talked "
        "twenty minutes he said theres a planner slot opening in march and i should apply "
        "early he came up through the service side"
    )
    assert (name, title) == ("tomas ferreira", "regional account manager")


def test_a_title_word_is_not_taken_into_the_name() -> None:
    name, title, _company = contact_of(
        "ok so call with anand raghavan senior data engineer at brightwell forty minutes he "
        "was a mechanical engineer before and took an online course to switch"
    )
    assert name == "anand raghavan"
    assert title == "senior data engineer"


def test_a_rank_before_the_name_and_the_surname_said_twice_leave_the_name() -> None:
    # "major retired dwyer helen dwyer": the rank and the surname alone come first
    name, _title, _company = contact_of(
        "ok recap call with major retired dwyer helen dwyer she was my company commander "
        "years ago and now shes a site director at a depot contractor she said keep the "
        "resume to two pages"
    )
    assert name == "helen dwyer"


@pytest.mark.parametrize(
    "text",
    [
        # cased: the rules read the name from its capitals, this rule stays out
        "Recap: call with Dana Ortiz, a buyer at Lakeline Foods. She said learn SAP.",
        # no name after the cue: a description is not a name
        "recap of the hiring panel at northwind three people all engineers they said apply",
        # three words, then a time word: not the opening's shape
        "talked to grace church folks today about volunteering with the food bank",
    ],
)
def test_other_openings_give_no_name(text: str) -> None:
    assert opening_contact(load_nlp()(text), Contact()) == Contact()


def test_a_name_made_of_title_words_is_a_title() -> None:
    assert _a_title(["account", "executive"])
    assert not _a_title(["dmitri", "volkov"])
    assert not _a_title([])


# ------------------------------------------------------------ a name said in two parts
# (contact_parts.py; the shapes of recaps-v and recaps-z)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the surname after a hesitation, hyphenated
        (
            "Okay. Recap for Odalys, uh, Brandt-Okonjo, she's an inventory planner at Tessel "
            "Foods. She said planners who can read a P&L get promoted.",
            "odalys brandt okonjo",
        ),
        # the surname given as the "last name"
        (
            "The man's name is Teodor, last name Varga. He runs the tool crib at Hollin "
            "Aerospace and said to learn the ERP before applying.",
            "teodor varga",
        ),
        # a rank and the surname first, the first name after a pause
        (
            "Recap. Called Major Pruitt, um, Delphine, to talk through the two offers. She "
            "said pick the one with the better boss.",
            "delphine pruitt",
        ),
        # a form of address and the surname, the first name in brackets
        (
            "Recap: spoke with Mr. Okonkwo (Festus) today, he's the plant manager at Ridgeway "
            "Castings. He said apply through the veterans program.",
            "festus okonkwo",
        ),
    ],
)
def test_a_name_said_in_two_parts_is_joined(text: str, expected: str) -> None:
    name, _title, _company = contact_of(text)
    assert name == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a list of people has no pause between two names
        ("Talked to Priya, Marcus and Jo about the night shift. Priya said apply now.", "Priya"),
        # a second full name after the pause is another person
        ("Recap for Liesel, uh, Tamsin Rowe set it up. Liesel runs payroll.", "Liesel"),
        # a bracket holding more than a name
        ("Quick notes. Kwabena (SkillBridge lead there) said start now.", "Kwabena"),
        # a part the speaker is not sure of
        ("The guy was Anselm, last name Drury I think, a buyer at Kell Foods.", "Anselm"),
    ],
)
def test_other_names_near_the_contact_are_not_joined(text: str, name: str) -> None:
    assert two_part_name(load_nlp()(text), name) == name


# ------------------------------------------------------------ a title the model files as an org
# (roles_title.labelled_org; a typed heading "NAME, TITLE, ORGANISATION" on recaps-w and -z)


def _org_spans(text: str, *phrases: str) -> list[Span]:
    doc = load_nlp().make_doc(text)
    spans = []
    for phrase in phrases:
        start = text.index(phrase)
        span = doc.char_span(start, start + len(phrase), label="CONTACT_ORG")
        assert span is not None
        spans.append(span)
    return spans


def test_the_rules_title_the_model_marks_as_an_organisation_stands() -> None:
    text = "Call w/ Ilse Marquardt, Quality Manager, Brenner Valves. 30 min."
    spans = _org_spans(text, "Quality Manager", "Brenner Valves")
    assert labelled_org("Quality Manager", spans)


@pytest.mark.parametrize(
    ("rule", "phrase"),
    [
        # the model's organisation only holds the title: not the same words
        ("Manager", "Quality Manager"),
        # a "title" without a title's head word is no title the check vouches for
        ("Brenner Valves", "Brenner Valves"),
    ],
)
def test_other_organisations_do_not_vouch_for_the_title(rule: str, phrase: str) -> None:
    text = "Call w/ Ilse Marquardt, Quality Manager, Brenner Valves. 30 min."
    assert not labelled_org(rule, _org_spans(text, phrase))
    assert not labelled_org(None, _org_spans(text, phrase))
