"""Which person is the contact (stop 28, found on recaps-n..s): the combination of the rules
and the roles model kept another person of the recap as the contact.

- who introduced the speaker ("my aunt Rosa's friend, Priyanka ...", "Tomas Berg set it up")
  was kept, and the contact was filed as a person mentioned: the contact is the other name
  the roles model marks, and the introducer is a person mentioned;
- someone the contact told the speaker to reach out to was taken from the model, where the
  rules named the contact: a referral is not the contact.

Run through real spaCy and the shipped roles model. Every sentence here is written for this
file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.names import person_key
from tests.conftest import contact_of

_WHEN = datetime(2026, 12, 9, 17, 0)


def _people(text: str) -> dict[str, str]:
    return {person_key(p.name): p.relation for p in extract(text, _WHEN).people_mentioned}


@pytest.mark.parametrize(
    ("text", "name", "introducer"),
    [
        (
            "Notes. Pastor Abernathy's friend, Lucinda Moreau, volunteer coordinator at "
            "Eastgate Food Bank. About forty minutes. She started as a volunteer and was hired "
            "after two years. She loves the Saturday crews and hates the grant reports.",
            "lucinda moreau",
            "pastor abernathy",
        ),
        (
            "Alright, this was Griselda's cousin, Tobias Lindqvist. Griselda Ortiz introduced us "
            "at a barbecue. Tobias is a process engineer at Northfield Foods. He said the "
            "night shifts were rough at first but he likes the problem solving.",
            "tobias lindqvist",
            "griselda ortiz",
        ),
        (
            "Hmm, the call with Omar's colleague. Omar Haddad set it up, so thanks Omar. Her "
            "name's Beatrix Volkova, a hydrologist at Clearwater Basin Trust. She spends half "
            "her week in the field and wishes she had learned Python sooner.",
            "beatrix volkova",
            "omar haddad",
        ),
    ],
)
def test_the_introducer_is_not_the_contact(text: str, name: str, introducer: str) -> None:
    assert contact_of(text)[0] == name
    people = _people(text)
    assert name not in people  # the contact is not a person mentioned too
    assert people.get(introducer) == "mentioned"


def test_a_referral_in_a_run_on_recap_is_not_the_contact() -> None:
    # an unpunctuated recap: the roles model took the person the contact pointed to
    text = (
        "ok so the Trackman guy from the Ironbirds ops group Tevita Langford called me back "
        "and we talked for an hour he started as a bat boy and now he's the video "
        "coordinator there and he said to reach out to Marisela Duarte at Baseball "
        "Prospectus community stuff"
    )
    assert contact_of(text)[0] == "tevita langford"
    assert _people(text).get("marisela duarte") == "referral"


def test_the_contacts_partner_is_not_the_contact() -> None:
    # a two-person shop: the contact named first, then "her partner <Name>"; the roles model
    # took the partner for the contact
    text = (
        "From Juniper & Thistle, the letterpress shop, Rachel. She's one of the two owners, "
        "her and her partner Leopold Asante. They print wedding invitations and do logos for "
        "cafes. Rachel trained as a bookbinder first. She hates the slow winters but loves "
        "picking her own jobs. She said to get a portfolio site up before anything else."
    )
    assert contact_of(text)[0] == "rachel"
    assert _people(text).get("leopold asante") == "mentioned"


def test_an_organisation_kept_as_the_name_gives_way_to_the_person() -> None:
    # the recap opens on the shop's name after "the call with", then names the person: the
    # rules and the model both took the shop for the name
    text = (
        "The call with Nowak Machine was great. Monica Nowak, she's the founder's niece "
        "and runs the CNC floor now. She studied mechanical engineering and came back when "
        "her uncle needed help. She loves the problem solving and hates the quoting."
    )
    assert contact_of(text)[0] == "monica nowak"


def test_a_name_the_census_lists_lack_stays_the_contact() -> None:
    # no word of the name is in the census lists, but it is no English word either: still
    # the contact, not the person who introduced the speaker
    text = (
        "Talked to the logistics manager at Brightwater Freight, Tadesse Gebremariam. I was "
        "introduced by my old teacher, Mrs. Linda Hargrove. He ran a warehouse in Addis "
        "before moving here and says cold chain experience is the way in."
    )
    assert contact_of(text)[0] == "tadesse gebremariam"
