"""The speaker's words about the memo or the call itself, which open like an item but are none.

A recap often starts or pauses on a remark about the recording ("hold on let me get this
started", "Hold on, the dog's sniffing everything.", "ok I'm just going to talk.", "Typing
these up Sunday because ...", "Recording this on Presidents' Day") or names the call as a
typed heading ("Call yesterday evening with ...", "Call 40 minutes.", "Note after the call.",
"Brief one."). Read as a bare imperative ("Hold", "Call", "Note", "Brief") or as the speaker's
"I'm going to ..." they would be filed as follow-ups. The words come from the ``[asides]``
table of ``pipelines/followup_cues.toml``.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from debrief.extract.followup_cues import followup_cues
from debrief.extract.lexicon import PhraseSet, cue_set


@functools.cache
def _cues() -> dict[str, frozenset[str]]:
    table = followup_cues()["asides"]
    return {key: frozenset(words) for key, words in table.items()}


def _interjection(doc: Doc, start: int, end: int) -> bool:
    """'Hold on, ...', 'get this, I'm a truck driver ...': a spoken aside, not an order."""
    stop = _interjections(doc).end_at(doc, start, end)
    if stop is None:
        return False
    # "hold on to the offer letter" is a to-do; "hold on, ..." and "hold on let me" are not
    return stop == end or not doc[stop].is_alpha or doc[stop].lower_ in {"let", "i", "ok"}


def _interjections(doc: Doc) -> PhraseSet:
    """The interjections, built once per vocab (the longest said wins)."""
    return cue_set(doc.vocab, _interjection_words())


@functools.cache
def _interjection_words() -> tuple[str, ...]:
    return tuple(sorted(_cues()["interjections"]))


def _call_heading(doc: Doc, start: int, end: int) -> bool:
    """'Call yesterday with Haruto Sato, ...', 'Call 40 minutes.', 'Note after the call.',
    'Brief one.': the call named as a heading, when it was or how long, not a to-do ("Call
    Sam tomorrow", "Note the deadline" still are)."""
    cues = _cues()
    first = doc[start].lower_
    nxt = doc[start + 1] if start + 1 < end else None
    if nxt is None:
        return False
    if first in cues["call_nouns"]:
        if nxt.lower_ in cues["past_times"]:
            return True
        unit = doc[start + 2] if start + 2 < end else None
        return nxt.like_num and unit is not None and unit.lower_ in cues["length_units"]
    if first in cues["note_nouns"]:
        return nxt.lower_ in cues["note_preps"] and _mentions_call(doc, start + 2, end)
    return first in cues["length_adjectives"] and nxt.lower_ == "one"


def _mentions_call(doc: Doc, start: int, end: int) -> bool:
    """'Note after the call', 'Notes from the chat': the heading names the call itself."""
    nouns = _cues()["call_nouns"]
    return any(t.lower_ in nouns for t in doc[start : min(end, start + 4)])


def _making_memo(doc: Doc, verb: int, end: int) -> bool:
    """'I'm just going to talk.', 'I'll just log it.', 'i'm just noting stuff',
    'Typing these up Sunday', 'Recording this on ...': the speaker making this memo. Only with
    the memo as object or none, and nothing more to do in the clause ("I'll talk to Maria",
    "I'll record a video intro", "type these up and send them" stay)."""
    cues = _cues()
    rest = [t for t in doc[verb + 1 : end] if not t.is_space]
    # "I'm just going to talk." (not "I'll talk, um, to Dana")
    said = not rest or (rest[0].is_punct and rest[0].text not in {",", "-", "--"})
    if doc[verb].lower_ in cues["memo_speaking"]:
        return said
    if doc[verb].lower_ not in cues["memo_verbs"] or said:
        return False
    if rest[0].lower_ not in cues["memo_objects"] or rest[0].dep_ == "det":
        return False  # "I'll record this week's pitch": "this" determines something else
    return not any(t.lower_ in {"and", "then"} or t.pos_ == "VERB" for t in rest[1:])


def drop_asides(doc: Doc, found: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """The anchors ``(start, verb)`` of one sentence without those that open an aside about the
    memo or the call; each clause runs to the next anchor or the sentence's ``end``."""
    kept = []
    for n, (start, verb) in enumerate(found):
        stop = found[n + 1][0] if n + 1 < len(found) else end
        if (
            _interjection(doc, start, stop)
            or (start == verb and _call_heading(doc, start, stop))
            or _making_memo(doc, verb, stop)
        ):
            continue
        kept.append((start, verb))
    return kept
