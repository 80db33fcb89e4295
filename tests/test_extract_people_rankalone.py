"""A military rank before a surname alone is no part of the name filed (people41), through
the real pipeline.

Every development author who writes "Colonel X" or "Sergeant Major X" files the person as
"X" (s, z, ax; none keeps the rank), as every author does where a rank stands before a full
name and where it is written as its abbreviation (people_ranks.py). The courtesy titles and
the forms of address ("Dr.", "Ms.", "Coach") are not ranks and stay before a surname alone.
The sentences are written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.names import person_key

WHEN = datetime(2026, 12, 8, 18, 0)


def _people(text: str) -> set[str]:
    return {person_key(p.name) for p in extract(text, WHEN).people_mentioned}


def test_a_rank_before_a_surname_alone_is_left_out() -> None:
    people = _people(
        "Call with Dana Whitfield, ops manager at Keel Freight. She said the night shift is "
        "the hard part. To do: ask Colonel Marsh if the depot hires planners, and thank "
        "Captain Oyelowo for the intro by Friday."
    )
    assert {"marsh", "oyelowo"} <= people
    assert not any(p.startswith(("colonel", "captain")) for p in people)


def test_a_courtesy_title_before_a_surname_alone_stays() -> None:
    people = _people(
        "Call with Omar Diaz, a planner at Rook Logistics. Dr. Weisberg introduced us and "
        "Coach Delgado knows him from the league."
    )
    assert {"dr weisberg", "coach delgado"} <= people
