"""A contact named after an opening meeting verb the tagger glued into a proper-noun run
(contact40, stop 38): "Met Odile Brannick, head of planning at Sorrel Freight. She told me to
talk to Kwame Ashby ..." filed the referral as the contact, because the small model tags
"Met" as a proper noun and no PERSON there, and the roles model marked only the referral as
a name. A person the rules read with the contact's title and company beside them, which the
model marks as the contact's title too, outranks a person the rules file as a referral.

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
    ("text", "contact", "referral"),
    [
        (
            "Met Odile Brannick, head of planning at Sorrel Freight. She told me to talk to "
            "Kwame Ashby at Tidewell Ports. I will email Kwame by Friday.",
            ("odile brannick", "head of planning", "sorrel freight"),
            "kwame ashby",
        ),
        (
            "Met Ysolde Fenwright, grants manager at Copperleaf Trust. She said to reach out "
            "to Tobias Renholm at Marrow Bay Council. I'll write to Tobias on Monday.",
            ("ysolde fenwright", "grants manager", "copperleaf trust"),
            "tobias renholm",
        ),
    ],
)
def test_a_referral_does_not_outrank_the_titled_opening_name(
    text: str, contact: tuple[str, str, str], referral: str
) -> None:
    assert contact_of(text) == contact
    assert _people(text).get(referral) == "referral"


def test_met_with_reads_the_same_contact() -> None:
    # the control: "Met with" is a cue the rules and the model both read
    text = (
        "Met with Odile Brannick, head of planning at Sorrel Freight. She told me to talk to "
        "Kwame Ashby at Tidewell Ports. I will email Kwame by Friday."
    )
    assert contact_of(text)[0] == "odile brannick"
    assert _people(text).get("kwame ashby") == "referral"
