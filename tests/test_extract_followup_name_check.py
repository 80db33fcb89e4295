"""A check of the contact's name said in passing in the opening sentences is no step
(``followups_name_check``), through the real spaCy pipeline; the same check said among the
steps is one.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_MIDDLE = (
    " She came over from a hospital billing office six years ago. She likes the small team and"
    " dislikes the month-end crunch. She said the certificate matters more than the degree."
)


def test_a_passing_check_of_the_name_is_no_step() -> None:
    text = (
        "Spoke with Dana Okafor, or Okafar, I need to check the spelling, she runs claims at"
        " Verity Mutual." + _MIDDLE + " Next steps: email her the deck by Friday."
    )
    assert _items(text) == [("email her the deck by Friday.", "2026-09-04")]


def test_the_check_said_among_the_steps_stays() -> None:
    text = (
        "Spoke with Dana, the claims lead at Verity Mutual." + _MIDDLE + " So I need to check"
        " her last name and sign up for the billing course."
    )
    got = [t for t, _ in _items(text)]
    assert any("check her last name" in t for t in got)


def test_a_check_with_a_thing_of_its_own_stays() -> None:
    text = (
        "Spoke with Dana Okafor, I need to check the posting for the deadline, she runs claims"
        " at Verity Mutual." + _MIDDLE
    )
    got = [t for t, _ in _items(text)]
    assert any("check the posting for the deadline" in t for t in got)
