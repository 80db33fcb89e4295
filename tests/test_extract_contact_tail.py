"""A contact name read at the very end of a recap (a 1.21 bug, one recap of a..s: td-0016).

The company fallback looks for a correction ("no, sorry, the wrong one") in the six tokens
after the contact's name. When fewer than six tokens follow, it read one past the doc's end
(spaCy's E040), and the guard dropped the whole contact. The recap here is written for this
file: a lower-case spoken recap whose contact is introduced by rank, and whose last sentence
names someone else three tokens before the end.
"""

from __future__ import annotations

import logging
from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.names import company_key, person_key

WHEN = datetime(2026, 3, 20, 16, 50)

TEXT = (
    "chatted with a friend of my aunt, staff sergeant marcus bell, he's a medic at fort hood "
    "army hospital and he said the training is tough but worth it and he said to take anatomy "
    "seriously so i need to email my biology teacher mr. okafor tonight"
)


def test_a_name_near_the_end_keeps_the_contact(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="debrief.extract"):
        contact = extract(TEXT, WHEN).contact
    assert not [r for r in caplog.records if "skipped" in r.getMessage()]
    # before the fix the contact component fell back to nothing: no company either
    assert company_key(contact.company) == company_key("fort hood army hospital")


@pytest.mark.xfail(strict=True, reason="lower-case rank + name: the last name heard wins")
def test_the_contact_introduced_by_rank_is_named() -> None:
    assert person_key(extract(TEXT, WHEN).contact.name) == person_key("marcus bell")
