"""The contact's title said in a sentence of its own after the name, where the intro parser
reads none: "Dominic Fairweather, Roz's coworker ... He's the science digital curriculum
coordinator, so ...", "she's at Summit Ridge Credit Union she's the digital banking manager",
"He's, um, their only data analyst", "his title is like operations manager". The intro reads a
title beside the name or in the two sentences after it, and only in its own shapes; this runs
on the combined answer (:func:`~debrief.extract.roles_combine.combine`) where neither the
rules nor the model kept a title, and reads the first "he's/she's the X" or "his/her title is
X" after the name, or the title with no opener ("she's manager of X at <Org>",
:mod:`~debrief.extract.title_bare`)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from debrief.extract.contact_title_first import first_said_at, title_words
from debrief.extract.lexicon import cue_set, word_list
from debrief.extract.title_bare import bare_title_at, with_of
from debrief.extract.title_tied import said_heads

#: The contact said as the subject ("she's the ...", "he is their ...").
_SUBJECTS = {"he", "she"}
#: "is" after the subject, spelt or clipped.
_BE = {"'s", "’s", "is", "s"}
#: Words that open the title after "is" ("the", "their only").
_OPENERS = {"the", "their", "a", "an", "our", "its"}
#: Words between "is" and the opener, or the opener and the title ("now", "only", "um").
_BETWEEN = {"now", "currently", "actually", "only", "like", "basically", "um", "uh", ","}
#: "title is" after "his"/"her".
_TITLE_IS = ["title", "is"]
#: Words a title said later has at most.
_MOST_WORDS = 4


def _name_end(doc: Doc, name: str) -> int | None:
    """Where the contact's name (or its first word, "Jo") is first said ends."""
    for said_as in (name, " ".join(name.split()[:1])):
        at = first_said_at(doc, said_as)
        if at is not None:
            return at + len(said_as.split())
    return None


def _skip(doc: Doc, i: int, words: set[str] | frozenset[str]) -> int:
    """The first place from ``i`` whose word is none of ``words``."""
    while i < len(doc) and doc[i].lower_ in words:
        i += 1
    return i


def title_run(doc: Doc, i: int) -> tuple[int, str] | None:
    """The title that starts at ``i`` and the token it ends before: one to four words ending
    on a title's head word, not run on into a noun ("the owner stuff") (here and
    title_corrected)."""
    heads = said_heads()
    for end in range(min(len(doc), i + _MOST_WORDS), i, -1):
        if doc[end - 1].lower_ not in heads:
            continue
        if end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN"} and doc[end].is_alpha:
            return None
        title = title_words(doc, i, end, heads)
        return (end, title) if title else None
    return None


def _title_from(doc: Doc, i: int) -> str | None:
    """The title that starts at ``i`` (:func:`title_run`), with its "of <unit>" said after."""
    run = title_run(doc, i)
    return with_of(doc, run[0], run[1]) if run else None


@cache
def _title_is() -> tuple[str, ...]:
    return tuple(sorted(word_list("title_is_cues")))


def title_said_later(doc: Doc, name: str | None) -> str | None:
    """The contact's title from the first "he's/she's (now) the|their|a X" or "his/her title
    is (um, like) X" after the name is said. Before the name the pronoun may be anyone;
    a person named between the name and the pronoun may be whom it stands for, so the search
    stops at them."""
    if not name:
        return None
    start = _name_end(doc, name)
    if start is None:
        return None
    own = set(name.lower().split())
    fillers = word_list("title_fillers") | _BETWEEN
    # "his/her title is" (``title_is_cues``), found once by the per-doc phrase matcher (house41)
    title_is = {s for s, _ in cue_set(doc.vocab, _title_is()).find(doc, start, len(doc))}
    for i in range(start, len(doc) - 2):
        t = doc[i]
        if t.ent_type_ == "PERSON" and t.lower_ not in own:
            return None
        if i in title_is:
            j = _skip(doc, i + 3, fillers)
            return _title_from(doc, j)
        if t.lower_ in _SUBJECTS and doc[i + 1].lower_ in _BE:
            j = _skip(doc, i + 2, _BETWEEN)
            if j < len(doc) and doc[j].lower_ in _OPENERS:
                title = _title_from(doc, _skip(doc, j + 1, _BETWEEN))
                if title:
                    return title
            elif j < len(doc):
                title = bare_title_at(doc, j)
                if title:
                    return title
    return None
