"""The contact's title said after "he's/she's" with no "the/a" before it: "<Name>, she's
manager of employee experience at <Org>", "he's director of ops there", "she is senior counsel
at <Org>", "he's head of growth". :mod:`~debrief.extract.title_later` reads a title only after
an opener ("she's the X"); without one the words after "is" may be anything ("she's great",
"he's head over heels"), so here the title must end on a title's head word and be followed by
what ends a title ("at", "there", a pause), and "of" runs it on ("director of ops")."""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.contact_title_first import title_words
from debrief.extract.lexicon import title_heads

#: Words that may follow a bare title, so that the head word is no adjective or idiom ("he's
#: head over heels", "she's lead on it" are refused).
_AFTER = {"at", "there", "for", "with", "in", "and", "now", "since", ",", ".", ";", "-"}
#: Words that may follow "of" in a title ("of people and culture", "of R&D").
_OF_JOINS = {"and", "&"}
#: Words said after "of" at most ("of US pricing and reimbursement strategy").
_OF_MOST = 5
#: Parts of speech a bare title's words may have: no adverb ("not", "never", "pretty").
_TITLE_POS = {"NOUN", "PROPN", "ADJ"}
#: The words a bare title has at most, before "of".
_MOST_WORDS = 4


def _of_part(doc: Doc, i: int) -> int:
    """Where "of X" starting at ``i`` ends: "of" then one to five nouns, adjectives, acronyms
    or "and/&" between them ("of employee experience", "of people and culture"); ``i`` when
    there is none ("of the team" is no part of a title)."""
    if i >= len(doc) or doc[i].lower_ != "of":
        return i
    end = i + 1
    while end < len(doc) and end - i <= _OF_MOST:
        t = doc[end]
        word = t.pos_ in {"NOUN", "PROPN", "ADJ"} and (t.is_alpha or "&" in t.text)
        if not (word or (t.lower_ in _OF_JOINS and end > i + 1)):
            break
        end += 1
    while end > i + 1 and doc[end - 1].lower_ in _OF_JOINS:
        end -= 1
    return end if end > i + 1 else i


def of_part_end(doc: Doc, i: int) -> int:
    """Where the "of X" of a title starting at ``i`` ends (``i`` when there is none)."""
    return _of_part(doc, i)


def with_of(doc: Doc, head_end: int, title: str) -> str:
    """``title`` (ending at ``head_end``) run on by the "of X" said right after it."""
    end = _of_part(doc, head_end)
    return title if end == head_end else title + " " + doc[head_end:end].text


def bare_title_at(doc: Doc, i: int) -> str | None:
    """The title said at ``i`` with no opener: one to four nouns or adjectives ending on a
    title's head word, then "of X" or a word that ends a title ("at", "there", a comma)."""
    heads = title_heads()
    for end in range(min(len(doc), i + _MOST_WORDS), i, -1):
        # the head word said last, not a filler after it ("kind of" makes "of" a filler)
        title = title_words(doc, i, end) if doc[end - 1].lower_ in heads else None
        if title is None or any(t.lower_ == "of" for t in doc[i:end]):  # "of" runs on below
            continue
        # the model tags "head" or "lead" a verb
        if any(t.pos_ not in _TITLE_POS for t in doc[i:end] if t.lower_ not in heads):
            return None
        after = doc[end].lower_ if end < len(doc) else "."
        if after == "of":
            return with_of(doc, end, title) if _of_part(doc, end) > end else None
        return title if after in _AFTER else None
    return None
