"""People (`people40`): an organisation the answer files as a company is no person too ("call
Pinehollow" of Pinehollow Advisory Group), unless the recap says the name as a person's
("Dana Hartwell, who founded" Dana Hartwell Consulting); a short form of a full name's given
name is that person ("Stan" beside "Stanley Wojcik"); a given name with the surname's initial
is the contact ("Zoe P."); a town after "from" is no person where the context after it is the
person's before it ("Deacon Hollis from Reynoldsburg set it up"). Real spaCy
(``en_core_web_sm``). Every recap is written for this file; none is copied from a labelled
corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.people_firmname import _opens_company
from debrief.extract.people_fold import fold_short_forms, short_form_of
from debrief.extract.roles_people import same_person
from debrief.models import Person

WHEN = datetime(2026, 12, 8, 18, 0)


def _people(text: str) -> set[str]:
    return {p.name for p in extract(text, WHEN).people_mentioned}


def test_a_name_that_opens_a_company_kept_is_no_person() -> None:
    assert _opens_company("Kent", "Kent State University")
    assert _opens_company("Motion Supply", "Motion Supply")
    # risk side: an owner's possessive or a run-on bracket is no firm's name going on
    assert not _opens_company("rebecca", "rebecca's team")
    assert not _opens_company("Chidi Okafor", "Chidi Okafor (Intact Insurance")
    assert not _opens_company("Ken", "Kent State University")


def _extract_people_and_companies(text: str) -> tuple[set[str], list[str]]:
    e = extract(text, WHEN)
    return {p.name for p in e.people_mentioned}, e.companies_mentioned


def test_a_firm_called_by_its_first_word_is_no_person() -> None:
    people, companies = _extract_people_and_companies(
        "Talked with Imani Brooks, a partner at Pinehollow Advisory Group, a proxy fight "
        "shop. When a board gets a nasty letter they call Pinehollow. She joined "
        "Pinehollow in 2016."
    )
    assert "Pinehollow" not in people
    assert "Pinehollow Advisory Group" in companies


def test_a_person_said_as_one_stays_though_a_firm_bears_the_name() -> None:
    # risk side: ", who" and "said" say a person, whatever Dana Hartwell Consulting is
    people, companies = _extract_people_and_companies(
        "Met Priya Shah, an analyst at Dana Hartwell Consulting. She said I should talk to "
        "Dana Hartwell, who founded the firm, and Dana Hartwell said she is hiring."
    )
    assert "Dana Hartwell" in people
    assert "Dana Hartwell Consulting" in companies


def test_a_short_form_of_a_given_name_is_that_person() -> None:
    assert short_form_of(["stan"], ["stanley", "wojcik"])
    assert short_form_of(["teo"], ["teodoro", "marquez"])
    assert not short_form_of(["dan"], ["dave", "ortiz"])
    assert not short_form_of(["al"], ["alberto", "ruiz"])
    folded = fold_short_forms(
        [Person(name="Stanley Wojcik"), Person(name="Stan", relation="referral")]
    )
    assert folded == [Person(name="Stanley Wojcik", relation="referral")]


def test_a_short_form_said_after_the_full_name_is_folded() -> None:
    people = _people(
        "Call with Ruth Adler, who runs the food pantry at St. Brendan's. Her colleague "
        "Stanley Wojcik handles the volunteers. She told me to email Stan about Saturday "
        "shifts."
    )
    assert "Stan" not in people
    assert "Stanley Wojcik" in people


def test_two_people_whose_given_names_only_share_letters_stay_two() -> None:
    # risk side: "Dan" is no short form of "Dave"
    folded = fold_short_forms([Person(name="Dave Ortiz"), Person(name="Dan")])
    assert [p.name for p in folded] == ["Dave Ortiz", "Dan"]


def test_the_surname_initial_is_the_contact_again() -> None:
    assert same_person("zoe p", "zoe papadopoulos")
    assert not same_person("zoe k", "zoe papadopoulos")
    assert not same_person("zara p", "zoe papadopoulos")


def test_a_town_after_from_is_no_person_where_the_context_is_the_persons() -> None:
    people = _people(
        "Spoke with Dana Ruiz, events manager at Metro Parks. Deacon Hollis from "
        "Reynoldsburg set it up, they sing in the same choir."
    )
    assert "Reynoldsburg" not in people


def test_a_given_name_after_from_with_a_persons_context_stays() -> None:
    # risk side: a given name said after "from" with ", who" after it is a person
    people = _people(
        "Spoke with Dana Ruiz, events manager at Metro Parks. She heard about me from "
        "Marisol, who runs the pantry on Elm."
    )
    assert "Marisol" in people
