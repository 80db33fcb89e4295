"""Wording every renderer shares: dates as the user reads them (durations: debrief.durations)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

#: A text format's drawing of one kind: ``(data, **options) -> str``.
TextRenderer = Callable[..., str]


def lazy(module: str, name: str, *, options: bool = True) -> TextRenderer:
    """The renderer ``module.name``, imported on first use (the CLI starts fast), given the
    render options, or the data alone when ``options`` is false."""

    def draw(data: Any, **kwargs: Any) -> str:
        function = getattr(importlib.import_module(module), name)
        return str(function(data, **kwargs) if options else function(data))

    draw.__name__ = name
    return draw


def day(value: str | None) -> str:
    """The date part of a stored ISO timestamp, ``-`` when there is none."""
    return (value or "")[:10] or "-"


def when(value: str) -> str:
    """A stored ISO timestamp with a space instead of the ``T``."""
    return value.replace("T", " ")


def search_hint(query: str, filters: dict[str, Any] | None = None, ask: bool = False) -> str:
    """What to try after a search found nothing (``filters``: the flags given, by name)."""
    filters = {k: v for k, v in (filters or {}).items() if v}
    tips = []
    if len(query.split()) > 1:
        tips.append("fewer words")
    elif query.strip():
        tips.append("another word (promote finds promotion)")
    if filters:
        tips.append("dropping " + ", ".join(f"--{k}" for k in filters))
    topic = _topic_named(query)
    if topic and "category" not in filters:  # "culture": the topic's own list (qa57)
        tips.insert(0, f"`debrief search --category {topic}` (all filed under it)")
    company = filters.get("company") or "NAME"
    tips.append(f"`debrief company {company}`")
    if ask:
        tips.append(f"`debrief ask {query.strip() or 'QUESTION'!r}`")
    return "try " + ", ".join(tips[:-1]) + (" or " if len(tips) > 1 else "") + tips[-1]


def _topic_named(query: str) -> str | None:
    """The category a search's words are the name of ("culture", "career path", "Mission &
    values", "mission_values"), else None: a word search for it finds the insights that
    say the word, not all those filed under it."""
    from debrief.models import CATEGORY_LABELS

    said = " ".join(query.lower().replace("_", " ").replace("&", "and").split())
    for key, label in CATEGORY_LABELS.items():
        if said in {key.replace("_", " "), " ".join(label.lower().replace("&", "and").split())}:
            return key
    return None


def follow_up_line(f: dict[str, Any]) -> str:
    """``  [x] #12 Email James (due 2026-11-09)``: a follow-up, done ones ticked, dismissed
    ones marked so (``[-] ... (dismissed)``: not done, and never coming back)."""
    due = f" (due {f['due']})" if f.get("due") else ""
    if f.get("dismissed_at"):
        return f"  [-] #{f['id']} {f['text']}{due} (dismissed)"
    mark = "x" if f.get("done_at") else " "
    met = f.get("spoken_since")  # the user's step to reach a referral called since
    if met and not f.get("done_at"):
        due += (
            f" (spoken with {met['name']} since: call #{met['debrief_id']};"
            f" done? `debrief done {f['id']}`)"
        )
    return f"  [{mark}] #{f['id']} {f['text']}{due}"


def closest_note(query: str, name: str, exact: bool) -> str:
    """ "  (closest match for 'strype')" after the name found when the name typed was not
    the one on file; nothing when it was, or when every word typed is a word of it ("colm"
    for Colm Byrne, "larkspur" for Larkspur Health: a lookup that matched several names
    stops and lists them, so one found by its own words is no guess; "omalley" is a word of
    O'Malley & Sons as its key has it)."""
    from debrief.names import person_key

    typed = person_key(query).split()
    if exact or (typed and set(typed) <= set(person_key(name).split())):
        return ""
    return f"  (closest match for {query.strip()!r})"
