"""The --category option's type: a category as `search`, `show` and `ask` print it.

The commands print "Typical day", "Mission & values", "Self-pitch"; typed back
(``--category "typical day"``, ``--category "Mission & values"``) they were refused for not
being ``typical_day`` or ``mission_values``. Any spacing, case and punctuation of a category's
name or of its printed label (an "and" for the "&") is that category; anything else is
refused as before, with the list.
"""

from __future__ import annotations

import re
from typing import Any

import click

from debrief.models import CATEGORIES, CATEGORY_LABELS


def _folded(text: str) -> str:
    words = re.findall(r"[a-z]+", text.lower())
    return "_".join(w for w in words if w != "and")


_BY_FOLDED = {_folded(k): k for k in CATEGORIES} | {
    _folded(label): k for k, label in CATEGORY_LABELS.items()
}


class CategoryChoice(click.Choice):
    """``click.Choice`` of the categories, reading the labels as printed too."""

    def __init__(self) -> None:
        super().__init__(list(CATEGORIES), case_sensitive=False)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str):
            value = _BY_FOLDED.get(_folded(value), value)
        return super().convert(value, param, ctx)
