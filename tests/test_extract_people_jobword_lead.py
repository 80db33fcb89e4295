"""A job word said before a full name ("Chef ...") is no part of the name: the person is filed
under the name alone, through the real pipeline.

The recaps are written for these tests.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 3, 2, 18, 0)


def names(text: str) -> set[str]:
    return {p.name for p in extract(text, WHEN).people_mentioned}


def test_chef_before_a_full_name_is_left_out() -> None:
    got = names(
        "Had coffee with Priya Nandakumar, sous chef at Halden House. She said to reach out "
        "to Chef Tomasz Wolanski at the Ridgeway hotel, he is hiring line cooks."
    )
    assert "Tomasz Wolanski" in got
    assert not any(n.startswith("Chef") for n in got)


def test_chef_before_an_unusual_full_name_is_left_out() -> None:
    got = names(
        "Spoke with Ilse Vantongeren, pastry lead at Crumb & Kettle. She said Chef Oyvind "
        "Talbrecht-Nkemelu runs the hiring for the new bakery."
    )
    assert "Oyvind Talbrecht-Nkemelu" in got
    assert not any(n.startswith("Chef") for n in got)
