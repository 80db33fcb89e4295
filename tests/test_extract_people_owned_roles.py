"""People mentioned (`people29`): the owner of a role noun that introduces people ("Bettina's
manager", "Oriana's referral") is a person, as the owner of "boss" or
"cousin" already was (``possessed_roles`` of ``pipelines/people_cues.toml``), unless a common
noun right after the role makes it a modifier ("Amazon's referral program"). Real spaCy
(``en_core_web_sm``); every recap is written for this file.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)


def _names(text: str) -> set[str]:
    return {p.name for p in extract(text, WHEN).people_mentioned}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a warehouse clerk's recap: the one who set the call up, named by her manager
        (
            "Talked to Carmen Ruiz, a buyer at Delmonte Foods. Bettina's manager set it up. "
            "She said to apply.",
            "Bettina",
        ),
        # a career changer found the contact through a friend's referral
        (
            "Talked to Carmen Ruiz at Delmonte Foods. Oriana's referral got me the call. "
            "She said the night shift pays more.",
            "Oriana",
        ),
    ],
)
def test_the_owner_of_a_role_noun_is_a_person(text: str, person: str) -> None:
    assert person in _names(text)


def test_a_role_noun_before_a_common_noun_is_a_modifier() -> None:
    names = _names(
        "Talked to Carmen Ruiz at Delmonte Foods. She said Amazon's referral program pays well."
    )
    assert "Amazon" not in names
