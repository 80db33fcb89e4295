"""The contact's name is a person and their company is not (``contact_plausible``).

The base model sometimes tags a heading's person as an organisation and the organisation as a
person ("Notes on <name>, <title>, <company>."), and the rules then file the two the other
way round. Each recap here is written for this file (none is copied from a labelled corpus)
and run through real spaCy and the shipped roles model, cased and lower case; the check
itself is also tested alone, above all that it needs evidence on both sides.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from debrief.extract.contact_plausible import no_person, org_filed_as_name, person_like, swapped
from debrief.models import Contact
from tests.conftest import casings, contact_of


@pytest.mark.parametrize(
    "text",
    casings(
        "Notes on Beatriz Almeida, lead instructional designer, Coursera. She started as a "
        "teacher and moved into course design after a masters.",
        mixed=False,
    ),
)
def test_a_heading_the_base_model_reads_backwards(text: str) -> None:
    # a user's typed heading: name, title, company set off by commas, then the story
    assert contact_of(text) == ("beatriz almeida", "lead instructional designer", "coursera")


@pytest.mark.parametrize(
    "text",
    casings(
        "Beatriz Almeida from Coursera, lead instructional designer. She taught middle "
        "school for six years first.",
        mixed=False,
    ),
)
def test_a_name_from_a_company_is_not_filed_as_the_company(text: str) -> None:
    # "NAME from COMPANY": the rules found no name and took the person for the company
    name, _, company = contact_of(text)
    assert (name, company) == ("beatriz almeida", "coursera")


@pytest.mark.parametrize(
    "text",
    casings(
        "Coursera call with Beatriz Almeida, she is a lead instructional designer there. "
        "She was a teacher before.",
    ),
)
def test_a_company_call_with_a_name(text: str) -> None:
    # "COMPANY call with NAME": already right at the head; the check must not turn it round
    name, _, company = contact_of(text)
    assert (name, company) == ("beatriz almeida", "coursera")


@pytest.mark.parametrize(
    "text",
    casings(
        "Notes on Tomas Reyes, senior planner, Metro Transit. He started as a bus driver.",
        mixed=False,
    ),
)
def test_the_same_shape_read_right_stays(text: str) -> None:
    assert contact_of(text) == ("tomas reyes", "senior planner", "metro transit")


def _marks(text: str, *labelled: tuple[str, str]) -> list[Span]:
    """Spans of the roles model on ``text``: (words, label) pairs, each found in it."""
    doc = spacy.blank("en")(text)
    words = [t.text for t in doc]
    out = []
    for phrase, label in labelled:
        part = phrase.split()
        at = next(i for i in range(len(words)) if words[i : i + len(part)] == part)
        out.append(Span(doc, at, at + len(part), label=label))
    return out


_HEADING = "Notes on Beatriz Almeida , designer , Coursera ."


def test_a_swap_needs_a_name_that_is_no_person_and_a_company_that_is_one() -> None:
    spans = _marks(_HEADING, ("Beatriz Almeida", "CONTACT_NAME"), ("Coursera", "CONTACT_ORG"))
    turned = swapped(Contact(name="Coursera", title="x", company="Beatriz Almeida"), spans)
    assert (turned.name, turned.company) == ("Beatriz Almeida", "Coursera")
    # a lower-case recap's pair too
    low = _marks(_HEADING.lower(), ("beatriz almeida", "CONTACT_NAME"))
    turned = swapped(Contact(name="coursera", company="beatriz almeida"), low)
    assert (turned.name, turned.company) == ("beatriz almeida", "coursera")


def test_no_swap_where_the_model_reads_the_pair_as_the_rules_do() -> None:
    # "Tomasz ... the Art Guild": a name the lists lack, an organisation opening on a given
    # name; the model marks the name as a person too
    text = "Talked to Tomasz , coordinator at the Art Guild ."
    spans = _marks(text, ("Tomasz", "CONTACT_NAME"), ("Art Guild", "CONTACT_NAME"))
    contact = Contact(name="Tomasz", company="Art Guild")
    assert swapped(contact, spans) == contact
    assert swapped(contact, []) == contact  # and no swap on the lists alone


@pytest.mark.parametrize(
    ("name", "company"),
    [
        # names the census lists lack are no evidence alone: the company is no person
        ("Oluwaseun Adebayo", "Morgan Stanley"),  # a well-known organisation shaped like one
        ("Nguyen Thi", "Harbor Robotics"),  # an organisation's head word
        ("Wanjiru Kamau", "Lakeside"),  # one word
        ("Xochitl", "Coursera"),  # no given name first
        # the name is a person by the lists: nothing to put right
        ("Maria Lopez", "Grace Hopper"),
    ],
)
def test_no_swap_without_evidence_on_both_sides(name: str, company: str) -> None:
    contact = Contact(name=name, company=company)
    # even where the model marks the "company" as the person
    spans = _marks(f"{company} , {name}", (company, "CONTACT_NAME"), (name, "CONTACT_ORG"))
    assert swapped(contact, spans) == contact


def test_the_evidence_words() -> None:
    assert no_person("Coursera") and no_person("Halden Robotics") and no_person("Wells Fargo")
    assert not no_person("Maria Lopez")
    assert person_like("Beatriz Almeida") and person_like("lena de vries")
    assert not person_like("Beatriz")  # one word is not enough without the model's mark
    assert not person_like("Jordan Health Partners")
    assert not person_like("Beatriz almeida")  # cased unlike: no name


def test_an_organisation_filed_as_the_name_gives_way_to_the_person_the_model_marks() -> None:
    # "Pinecrest Robotics, Maria Lindgren's group": the rules name the firm, no company
    text = "This one was Pinecrest Robotics , Maria Lindgren 's group ."
    spans = _marks(text, ("Pinecrest Robotics", "CONTACT_NAME"), ("Maria Lindgren", "CONTACT_NAME"))
    fixed = org_filed_as_name(Contact(name="Pinecrest Robotics", title="quality lead"), spans)
    assert (fixed.name, fixed.title, fixed.company) == (
        "Maria Lindgren",
        "quality lead",
        "Pinecrest Robotics",
    )
    # a name the lists lack is no organisation: nothing changes
    kept = Contact(name="Oluwaseun")
    assert (
        org_filed_as_name(
            kept, _marks("Oluwaseun , Maria Lindgren", ("Maria Lindgren", "CONTACT_NAME"))
        )
        == kept
    )
