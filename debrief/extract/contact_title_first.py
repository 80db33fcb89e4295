"""The contact's title said first, before where they work and their name: "talked with, um,
the operations lead at Wren, the app company, Priscila Gonçalves". The intro parser reads a
title after the name, or right before it ("their ops lead, Camille", ``contact_title_around``);
here the organisation stands between the two, and often the rules did not find the name at
all (the model did), so this runs on the combined answer (:func:`~debrief.extract.
roles_combine.combine`) where neither side read a title."""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.doc_arrays import lowers, word_runs
from debrief.extract.lexicon import title_heads, word_list

#: Words a title said first is opened by ("with the operations lead at ...").
_OPENERS = {"the", "their", "a", "an"}
#: Words the user says before whom they talked with ("a call with the ...", "called the ...").
_CALLED_WITH = {"with", "to", "called", "phoned", "met", "interviewed"}
#: Words that place the title at its organisation ("the operations lead at Wren").
_PLACE_LINKS = {"at", "from"}
#: Words a title said first has at most.
_MOST_WORDS = 4


def first_said_at(doc: Doc, name: str) -> int | None:
    """Where the contact's name is first said: its words in a row, any casing."""
    starts = word_runs(lowers(doc), name.lower().split())
    return starts[0] if starts else None


def title_words(doc: Doc, lo: int, hi: int, heads: frozenset[str] | None = None) -> str | None:
    """``doc[lo:hi]`` as a title: one to four lower-case words (or a short acronym, "HR"),
    ending on a title's head word (``heads``, the title heads by default), no verb on the way
    but a participle ("learning") or a head word ("lead"); fillers ("um") left out."""
    fillers, heads = word_list("title_fillers"), heads or title_heads()
    words = [t for t in doc[lo:hi] if t.lower_ not in fillers]
    if not 0 < len(words) <= _MOST_WORDS or words[-1].lower_ not in heads:
        return None
    for t in words:
        short_acronym = t.is_upper and t.is_alpha and len(t) <= 4
        if not (t.is_alpha and (t.is_lower or short_acronym)):
            return None
        if (
            t.pos_ in {"VERB", "AUX", "PRON", "DET", "ADP"}
            and t.tag_ not in {"VBG", "VBN"}
            and t.lower_ not in heads  # the model tags "lead" of "operations lead" a verb
        ):
            return None
    return " ".join(t.text for t in words)


def title_before_org(doc: Doc, name: str | None) -> str | None:
    """'Talked with, um, the operations lead at Wren, the app company, Priscila Gonçalves',
    'Called the agronomist from the Farm Bureau's innovation program, Heather', 'my call with
    the Salesforce admin from Greenfield Community Foundation. Grace Oyelaran.': the title
    first, opened by "the"/"their"/"a" right after who the user talked with ("with", "to",
    "called"; fillers between), then "at"/"from" and an organisation (a capitalised word or
    "the"), then the name after a comma or full stop, within 22 words. Between the place and
    the name no verb or pronoun: a clause there ("the manager at Acme, she said, ...") may
    be about someone else."""
    at = first_said_at(doc, name) if name else None
    if at is None or at < 5:
        return None
    if doc[at - 1].text not in {",", "."}:
        return None
    fillers = word_list("title_fillers") - _OPENERS
    for k in range(max(1, at - 22), at - 3):
        if doc[k].lower_ not in _OPENERS:
            continue
        before = k - 1
        while before > 0 and doc[before].lower_ in fillers:
            before -= 1
        if doc[before].lower_ not in _CALLED_WITH:
            continue
        link = next(
            (
                m
                for m in range(k + 1, min(at, k + 2 + _MOST_WORDS))
                if doc[m].lower_ in _PLACE_LINKS
            ),
            None,
        )
        if link is None or link + 1 >= at:
            continue
        title = title_words(doc, k + 1, link)
        if title is None:
            continue
        place = doc[link + 1]
        if not (place.is_title or place.is_upper or place.lower_ == "the"):
            continue
        if any(t.pos_ in {"VERB", "AUX", "PRON"} for t in doc[link + 1 : at]):
            continue
        return title
    return None
