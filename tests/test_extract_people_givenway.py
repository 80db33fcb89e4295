"""People mentioned (people39): the person the rules took for the contact, where the roles
combination named another contact, is a person mentioned when the roles model reads them as
one (:func:`debrief.extract.roles_people.given_way`): "talk to her old boss Lionel Baptiste",
which the rules filed as the contact and so as no person. Every name is written for this
file; none is copied from a labelled corpus."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.roles_people import given_way
from debrief.models import Person

WHEN = datetime(2026, 12, 8, 18, 0)


def test_rules_contact_given_way_is_a_person() -> None:
    model = [Person(name="Teodora Vance", relation="referral")]
    kept = given_way("Teodora", "Marguerite Lyle", model)
    assert [p.name for p in kept] == ["Teodora Vance"]
    assert kept[0].relation == "referral"


def test_rules_contact_in_full_given_way() -> None:
    model = [Person(name="Osric Plumb", relation="mentioned"), Person(name="Wen Ilori")]
    kept = given_way("Osric Plumb", "dana fenwick", model)
    assert [p.name for p in kept] == ["Osric Plumb"]


def test_same_contact_completed_is_no_other_person() -> None:
    # "Sunniva" (rules) and "Sunniva Haugland" (final) are one person: nothing comes back
    model = [Person(name="Sunniva Haugland")]
    assert given_way("Sunniva", "Sunniva Haugland", model) == []


def test_nothing_without_the_models_person() -> None:
    # the model does not read the rules' name as a person: the rules' judgement stands
    assert given_way("Hank Obradovich", "Liz Carrow", []) == []
    assert given_way(None, "Liz Carrow", [Person(name="Hank")]) == []


def test_final_contact_is_never_returned() -> None:
    model = [Person(name="Marguerite Lyle"), Person(name="Teodora Vance")]
    kept = given_way("Teodora", "Marguerite Lyle", model)
    assert [p.name for p in kept] == ["Teodora Vance"]


def test_plain_recap_people_unchanged() -> None:
    text = (
        "Call with Rosalind Achebe, a planner at Tarnwick Freight. She came up through "
        "dispatch. She said I should talk to her colleague Bastian Kroll on the rail team. "
        "I'll email Bastian by Friday."
    )
    ext = extract(text, WHEN)
    assert ext.contact.name == "Rosalind Achebe"
    assert [p.name for p in ext.people_mentioned] == ["Bastian Kroll"]
