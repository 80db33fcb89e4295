"""Undated remarks with nothing to do in them, for debrief_followups_v1.

A recap is spoken or typed as it comes, and the speaker's passing words take an action item's
shape: "I'll look it up.", "I'll check later.", "I will check, Marcus.", "I gotta ask that.",
"gotta go", "Follow up", "ask around". Past its verb such an item holds no thing, person or
date, only "it", "that", "later" or a particle: nothing a reader of the list could act on, and
the development labels keep none of them (fu22 counted 8 such false items on v..ac and n..s,
and no labelled follow-up of this shape on a..s, v..ac or dev). An item that says what
("check her last name", "I'll look up that course"), whom ("I'll call him.", "thank her") or
when ("I'll do it tonight") stays, and so does one after a date said in its sentence ("next
one is May twelfth, I'll go": it goes to that event).

An undated item said as what the speaker *would* do ("..., and I'd keep my card and my pension
hours", "pay is lower than industry, like I'd take a cut.") weighs a job, it is no step; when the
speaker's promise or saying verb comes before it in its sentence ("I promised my wife I'd look
at the scholarship stuff", "I told her I'd send my sample") it is one (labelled so on p and h).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from debrief.extract.dates import find_dates
from debrief.extract.doc_arrays import doc_text
from debrief.extract.followups_tokens import anchor_date
from debrief.models import FollowUp

#: "..., Marcus." at the end: a name said to someone, not the item's object.
_VOCATIVE = re.compile(r",\s*[A-Z][a-z]+[.!?]*\s*$")
#: digits count as words: "COR 222" (a course's number after a list label) names a thing
_WORDS = re.compile(r"[a-z0-9']+")
#: The speaker, the modals and the fillers before the item's verb.
_LEAD = frozenset(
    {
        "i",
        "i'll",
        "ill",
        "i'm",
        "im",
        "will",
        "should",
        "must",
        "need",
        "to",
        "have",
        "got",
        "gotta",
        "gonna",
        "going",
        "can",
        "also",
        "just",
        "so",
        "and",
        "um",
        "uh",
        "maybe",
        "probably",
    }
)
#: An item opening on "I'd" / "I would" (not "I'd like to", a wish that may be a plan).
_WOULD = re.compile(r"\s*(?:[Ii]['’]d|id|[Ii] would)\s+(?!like\b|love\b)")
#: Words after "I" before an "I'd" that make it a promise: "I told her I'd ...".
_PROMISES = frozenset(
    {"said", "told", "promised", "agreed", "offered", "swore", "say", "tell", "promise"}
)
#: All an empty remark holds after its verb: a pronoun for what was just said, a particle.
_EMPTY = frozenset({"it", "that", "this", "later", "up", "around", "out", "again", "too"})


def empty_remark(text: str) -> bool:
    """The item's words past its verb are only ``_EMPTY`` words, or none at all."""
    words = _WORDS.findall(_VOCATIVE.sub("", text).lower())
    k = 0
    while k < len(words) and words[k] in _LEAD:
        k += 1
    return k < len(words) and all(w in _EMPTY for w in words[k + 1 :])


def _said_before(doc: Doc, item: FollowUp) -> str | None:
    """The words of the item's sentence before the item (None when it cannot be placed)."""
    if item.start is None or item.end is None:
        return None
    span = doc.char_span(item.start, item.end, alignment_mode="expand")
    if span is None:
        return None
    return doc_text(doc)[span[0].sent.start_char : item.start]


def _unpromised_would(doc: Doc, item: FollowUp) -> bool:
    """An "I'd ..." item with no promise or saying verb before it in its sentence."""
    if not _WOULD.match(item.text):
        return False
    said = _said_before(doc, item)
    if said is None:
        return False
    words = _WORDS.findall(said.lower())
    # the speaker's own promise ("I told her I'd"), not the contact's "he said ..., I'd ..."
    return not any(w in _PROMISES and k and words[k - 1] == "i" for k, w in enumerate(words))


def _date_before(doc: Doc, item: FollowUp) -> bool:
    """Its sentence names a date before the item: the remark points back at that event. (A
    date after it belongs to the next item: "Follow up, I need to send ... by Friday".)"""
    said = _said_before(doc, item)
    return said is None or bool(find_dates(said, anchor_date(doc)))  # None: keep the item


def drop_empty_remarks(doc: Doc, items: list[FollowUp]) -> list[FollowUp]:
    """The items less the undated ones with nothing to do in them and the undated "I'd"
    ones (the words first: the sentence is looked at only for those few)."""
    return [
        f
        for f in items
        if f.due is not None
        or ((not empty_remark(f.text) or _date_before(doc, f)) and not _unpromised_would(doc, f))
    ]
