"""A date said again, or corrected, after an item: the item's deadline, not an item of its own.

Spoken recaps restate or correct a deadline after the item has been said, often in a clause
that looks like a new item: "I'll send her the packet next week, um, let's say by Friday the
29th", "I'd send her the project by Thursday, um, actually Friday, no, I'll do Monday", "I'm
going to draft it by next Friday, no, the Friday after, the sixteenth... wait, the
thirteenth", or a typed "I promised her my notes. Do that by Friday." Split off, the
restatement becomes a false item and the real item keeps the first (wrong) date or none. A
clause that holds nothing but a date and the words of restating it (the ``[restated]`` table of
``pipelines/followup_cues.toml``), said right after an item, folds into that item: the item
runs on to the date, and the date said last wins ("by next Wednesday, no wait, by December
first": the correction wins).
"""

from __future__ import annotations

import functools
import re
from datetime import date

from spacy.tokens import Doc

from debrief.extract.dates import due_date, find_dates, vocab
from debrief.extract.doc_arrays import doc_text
from debrief.extract.followup_cues import followup_cues
from debrief.extract.followups_tokens import anchor_date
from debrief.models import FollowUp

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")


@functools.cache
def _cues() -> dict[str, frozenset[str]]:
    table = followup_cues()["restated"]
    cues = {key: frozenset(words) for key, words in table.items()}
    # a day said bare before its correction ("the sixteenth... wait, the thirteenth") is no
    # date of its own to the date grammar, but still only a date
    cues["words"] = cues["words"] | frozenset(vocab().ordinals)
    return cues


def _restatement(text: str, anchor: date) -> int | None:
    """Where the date of a restating clause ends in ``text`` (the clause's own text), when the
    clause is only a date and restating words ("let's say by Friday the 29th", "I'll do
    Monday", "the sixteenth... wait, the thirteenth", "Do that by Friday"); else None. What
    follows the date after a comma is the reason ("..., I need time") and may be anything."""
    dates = [d for d in find_dates(text, anchor) if d.value is not None]
    if not dates:
        return None
    # the last date said before the clause's first comma after a date
    last = dates[0]
    for d in dates[1:]:
        if "," in text[last.end : d.start] and not _corrects(text[last.end : d.start]):
            break
        last = d
    head = text[: last.end].lower()
    for d in dates:
        if d.end <= last.end:
            head = head.replace(d.text.lower(), " ")
    words = {w for w in _WORD.findall(head) if not _DAY_NUMBER.fullmatch(w)}
    if not words <= _cues()["words"]:
        return None
    tail = text[last.end :].lstrip()
    if tail and tail[0] not in ",.;!?-" and not tail.startswith("..."):
        return None  # "Monday morning meeting with Sam": the date opens something else
    return last.end


def _corrects(gap: str) -> bool:
    """A correction word between two dates: both belong to the same restatement."""
    return bool(set(_WORD.findall(gap.lower())) & _cues()["corrections"])


def fold_restated(doc: Doc, items: list[FollowUp]) -> list[FollowUp]:
    """``items`` with each restated or corrected date folded into the item before it.

    The restating clause must come right after that item (nothing between them but
    punctuation and fillers such as "um" or "no"). Without a correction word ("no", "wait",
    "actually", "let's say", ...) in the gap or the clause, it only gives a date to an item
    that had none ("I promised her my notes. Do that by Friday."): a dated item followed by
    "I'll do that by June 15th" is two notes."""
    if len(items) < 2:
        return items
    text = doc_text(doc)
    anchor = anchor_date(doc)
    cues = _cues()
    out: list[FollowUp] = [items[0]]
    for item in items[1:]:
        prev = out[-1]
        if prev.start is None or prev.end is None or item.start is None:
            out.append(item)
            continue
        gap = text[prev.end : item.start]
        gap_words = set(_WORD.findall(gap.lower()))
        stop = _restatement(item.text, anchor) if gap_words <= cues["fillers"] else None
        if stop is None or len(gap) > 40:
            out.append(item)
            continue
        said = set(_WORD.findall((prev.text[-30:] + " " + gap + " " + item.text[:stop]).lower()))
        if prev.due is not None and not said & cues["corrections"]:
            out.append(item)
            continue
        due = due_date(item.text[:stop], anchor)
        if due is None:
            out.append(item)  # "will do that next week" sets no deadline to carry over
            continue
        # the date said last wins: the restatement is the speaker's final word
        end = item.start + stop
        out[-1] = FollowUp(
            text=text[prev.start : end].strip(), due=due.isoformat(), start=prev.start, end=end
        )
    return out
