"""The speaker's closing aside after a point (", which I don't want", ", which, honestly, sounds
fun", ", which, fair.") is cut off the insight (insights46, stop 44); the contact's own comment
("which she says is brutal"), a which-clause with a point after it ("which I have, and ...")
and a relative clause with no mark ("the course which I took") stay.

The recaps are written for these tests: a veterinary technician's notes after calls with
clinic and shelter staff (nothing comes from the labelled corpus).
"""

from __future__ import annotations

import pytest

from debrief.extract import extract, load_nlp
from debrief.extract.insight_aside import cut_asides
from debrief.models import Insight

pytest.importorskip("spacy")


def _cut(text: str) -> str:
    """The text of one insight spanning ``text``, after :func:`cut_asides`."""
    doc = load_nlp()(text)
    return cut_asides(doc, [Insight("culture", text, 0, len(text))])[0].text


@pytest.mark.parametrize(
    ("text", "point"),
    [
        (
            "The shelter moves people between sites every year, which I don't love.",
            "The shelter moves people between sites every year",
        ),
        (
            "Her mornings are surgery prep and restocking the crash carts, which, honestly, "
            "sounds calm.",
            "Her mornings are surgery prep and restocking the crash carts",
        ),
        (
            "He told me to stop apologising for the kennel years, which, fair.",
            "He told me to stop apologising for the kennel years",
        ),
        (
            "They close the clinic on Sundays for training which sounds great",
            "They close the clinic on Sundays for training",
        ),
        (
            "The board funds spay programs before anything else, which made me trust them.",
            "The board funds spay programs before anything else",
        ),
    ],
)
def test_closing_aside_is_cut(text: str, point: str) -> None:
    assert _cut(text) == point


@pytest.mark.parametrize(
    "text",
    [
        # the contact's own comment: as often filed as left
        "He hates the overnight emergency rotation, which he says is brutal.",
        # the which-clause is followed by more of the point
        "The key skill is reading bloodwork, which I have, and calm hands with scared dogs.",
        # no mark: a relative clause, not an aside
        "She recommended the dental course which I took last spring at the college.",
        # a reported point after it
        "They hire from the shelters, which honestly i didn't know she said they pay well.",
        # too little point before it
        "Mostly, which I liked.",
    ],
)
def test_not_an_aside(text: str) -> None:
    assert _cut(text) == text


def test_recap_files_the_point_without_the_aside() -> None:
    text = (
        "Talked with Priyanka Sethi, a practice manager at Northgate Animal Hospital. She said "
        "the clinic relocates its managers every two years, which I don't want. She told me "
        "the skill that matters most is scheduling surgeons, which I already do."
    )
    texts = [i.text for i in extract(text).insights]
    assert any(t.endswith("every two years") for t in texts), texts
    assert not any("which I" in t for t in texts), texts
