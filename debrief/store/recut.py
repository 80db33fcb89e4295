"""A user's fix of an extracted item found again when a new pipeline cuts it differently.

The corrections of items extraction files anew each time (an insight moved to another
category or dropped, a follow-up dropped: ``user_fields.item``) are keyed by the text the
pipeline gave the item, and found again word for word or said again with a word misheard
(:func:`debrief.store.user_fields.near_duplicate`). A pipeline upgrade (``debrief
reextract --all``) reads the same transcript but may cut it otherwise: a clause becomes
its whole sentence ("He enjoys the messy data problems" -> "... problems but dislikes the
long meetings."), a follow-up loses its frame ("I should read the blog before next week."
-> "read the blog"). The token F1 of those is far under the near-duplicate bar, so the
insight the user moved went back to its old category and the follow-up they dropped came
back (qa68). Both texts are cuts of one transcript: when the words of one run unbroken
inside the other, they are the same statement cut differently, and the fix holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from debrief.names import words

#: The fewest words the shorter of two cuts must have to be taken for the same item: two or
#: fewer ("the team", "next week") run inside too many other statements.
RECUT_MIN_WORDS = 3

T = TypeVar("T")


def _run_inside(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is an unbroken run of ``long``'s words."""
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def shared_words(a: str, b: str) -> int:
    """How many words two cuts of one text share when one runs unbroken inside the other
    (the shorter's length), else 0; a shorter cut of under :data:`RECUT_MIN_WORDS` words
    counts 0."""
    wa, wb = words(a), words(b)
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) < RECUT_MIN_WORDS or not _run_inside(short, long):
        return 0
    return len(short)


def recut_fix(
    fixes: dict[tuple[str, str], Any], kinds: Iterable[str], text: str
) -> tuple[str, str] | None:
    """The key of the user's fix (one of ``kinds``) of an item ``text`` is a new cut of:
    of several, the one sharing the most words (a sentence now filed whole that holds a
    clause the user moved and one they dropped takes the fix of its larger part)."""
    wanted = set(kinds)
    return _most_shared((key for key in fixes if key[0] in wanted), text, lambda key: key[1])


def recut_ids(old: dict[str, int], texts: list[str]) -> list[int | None]:
    """The id each of a call's newly filed insight ``texts`` keeps from ``old`` (the text
    each insight was filed with before -> its id), None for a new one. The same text keeps
    its id first; then a text that is a new cut of an old one's statement (one runs unbroken
    inside the other) takes that one's id, the one sharing the most words, each id once: so
    an `insight 12` typed from a `show` before `reextract` still names the same statement."""
    left = dict(old)
    ids: list[int | None] = [left.pop(text, None) for text in texts]
    for n, text in enumerate(texts):
        if ids[n] is not None:
            continue
        best = _most_shared(left, text, lambda was: was)
        if best is not None:
            ids[n] = left.pop(best)
    return ids


def _most_shared(items: Iterable[T], text: str, cut: Callable[[T], str]) -> T | None:
    """The first of ``items`` whose ``cut`` shares the most words with ``text`` as another
    cut of it (:func:`shared_words`), else None."""
    best: T | None = None
    most = 0
    for item in items:
        if (shared := shared_words(cut(item), text)) > most:
            best, most = item, shared
    return best
