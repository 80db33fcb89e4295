"""Themes: what recurs across contacts (skills and topics), compared by lemma.

A theme is a term (:mod:`debrief.store.terms`: the one rule, shared with the company view
and the prep sheet) named by two or more contacts however each put it: "promotions" and
"promotion" are one theme.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from debrief.store.terms import (
    THEME_CATEGORIES,
    cached_terms,
    name_keys,
    shared_terms,
    term_label,
)

if TYPE_CHECKING:
    from debrief.store import Store


@dataclass
class Theme:
    """A term named by more than one contact."""

    key: str  # lemma form, lowercase: the comparison key
    label: str  # the most common way it was said
    contacts: list[str] = field(default_factory=list)  # display names, in call order
    insights: list[int] = field(default_factory=list)  # insight ids

    @property
    def count(self) -> int:
        return len(self.contacts)


def find_themes(
    store: Store,
    insights: Sequence[dict[str, Any]],
    min_contacts: int = 2,
    on_compute: Callable[[int], None] | None = None,
) -> list[Theme]:
    """Terms of ``insights`` (dicts with id, text, category, person, contact) named by at
    least ``min_contacts`` different people, most widely named first.

    ``person`` identifies the contact (two calls with the same person count once);
    ``contact`` is the display name.
    """
    chosen = [i for i in insights if i["category"] in THEME_CATEGORIES]
    terms = cached_terms(store, [(i["id"], i["text"]) for i in chosen], on_compute)
    people: dict[str, dict[str, str]] = defaultdict(dict)  # key -> person -> display name
    said: dict[str, list[str]] = defaultdict(list)
    ids: dict[str, list[int]] = defaultdict(list)
    for ins in chosen:
        for key, surface in terms.get(ins["id"], []):
            people[key].setdefault(ins["person"], ins["contact"])
            said[key].append(surface)
            ids[key].append(ins["id"])
    themes = [
        Theme(
            key=key,
            label=term_label(said[key]),
            contacts=list(people[key].values()),
            insights=ids[key],
        )
        for key in shared_terms(people, min_contacts, name_keys(store))
    ]
    themes.sort(key=lambda t: (-t.count, -len(t.insights), t.key))
    return themes
