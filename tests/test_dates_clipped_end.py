"""A clipped weekday that is also a word ("sat", "sun") ending a typed step is its day: "redo
my headline Sat", "send the form sun". Not after a pronoun, an article or a capitalised word
("where I sat", "enjoy the sun", "email Amy Sun").

Every phrase here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from debrief.extract.dates import resolve_due

_TUESDAY = date(2026, 9, 1)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("redo my headline Sat", date(2026, 9, 5)),
        ("send the form sun", date(2026, 9, 6)),
        ("look at the county board sat.", date(2026, 9, 5)),
        ("where I sat", None),
        ("we sat", None),
        ("enjoy the sun", None),
        ("email Amy Sun", None),
        ("sun", None),
    ],
)
def test_a_clipped_weekday_ending_a_step(phrase: str, expected: date | None) -> None:
    assert resolve_due(phrase, _TUESDAY) == expected
