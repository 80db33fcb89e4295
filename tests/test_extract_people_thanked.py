"""People mentioned (`people29`): the one a thank-you note is sent to is a person ("a thank-you
note to Hollis for the intro"), as "thank Hollis" already made one (``before`` of
``pipelines/people_cues.toml``); a "thanks" said right after a name in a lower-case recap
ends it ("tell bruna thanks", ``strip_trailing``). The contact thanked is still no other
person. Real spaCy (``en_core_web_sm``); every recap is written for this file.
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
        (
            "Talked to Carmen Ruiz at Delmonte Foods. She said to get my forklift card. "
            "Write a thank-you note to Hollis for the intro.",
            "Hollis",
        ),
        (
            "talked to carmen ruiz at delmonte foods. she said to get my forklift card. "
            "also tell bruna thanks for the intro",
            "bruna",
        ),
    ],
)
def test_the_one_a_thank_you_goes_to_is_a_person(text: str, person: str) -> None:
    assert person in _names(text)


def test_the_contact_thanked_is_no_other_person() -> None:
    names = _names(
        "Talked to Carmen Ruiz at Delmonte Foods. She said to get my forklift card. "
        "Send Carmen a thank you tonight."
    )
    assert not any("Carmen" in n for n in names)
