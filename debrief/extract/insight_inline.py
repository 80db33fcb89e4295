"""Headings said inside a sentence: a note's "Likes:" read aloud with no pause Whisper heard.

Decides where a typed note's headings stand when the recap was read or dictated aloud and
Whisper wrote no stop for the colon: "... lots of Slack likes, speed, shipping stuff nurses
use dislikes constant reprioritizing ... culture." (:mod:`insight_heard` reads the headings
Whisper did hear as a pause: a sentence of its own, a sentence's end, between two commas
before a verb). Unheard, the heading sits inside one long sentence that runs two or three of
the note's points together, and the classifier files the whole under one category, or under
the heading's word itself ("skills, financial acumen" made a dislike a skill). Spoken recaps
of five development authors lose 47 insights this way (a, b, ao, ap, at; spoken39 in
docs/extraction-history.md, "spoken39: a note's headings said inside a sentence").

A word of the heading table (``pipelines/insight_headings.toml``; "gripes" read as its
"dislikes") is read as a heading here only on evidence from the whole recap: the recap says
headings of two categories or more inside its sentences, in a heading's place
(:func:`_placed`: not after a determiner, a pronoun, a preposition, an adverb, an adjective
before a noun heading or a name before a verb heading; not before "of", "and", "is", a
colon, ...) and set off by a comma or a stop on one side (:func:`_paused`), and types none
with the colon a typist gives it. Prose
uses these words as words ("she likes the pace", "the team culture is", "people skills"); one
heading in a recap is no note. Typed, 3 of the 3,288 development recaps pass the test
(lower-case dictated notes; the two measured, z-18 and ax-19, are right now), no untouched
one. The sentence is cut at each such heading, the heading left out; the words after it are
named its category, as a heard heading names them (a heading ending its sentence names the
next one).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import lowers
from debrief.extract.insight_headings import heading_categories

Span = tuple[int, int]

#: the single-word headings read inside a sentence: the table's, less the words that are
#: plain words in a heading's place ("like", "me", "day", "work", "path", ...)
_INLINE = frozenset(
    {
        "likes",
        "loves",
        "dislikes",
        "hates",
        "gripes",
        "advice",
        "skills",
        "culture",
        "advancement",
        "growth",
        "mission",
    }
)
#: before a heading's place: what makes the word part of the clause before it ("the
#: culture", "his advice", "she likes", "really loves", "of growth", "is mission")
_BOUND_BEFORE = frozenset({"DET", "PRON", "ADP", "AUX", "PART", "NUM", "SCONJ", "CCONJ", "ADV"})
#: the verbs of the table: a name before them is their subject ("Tony loves game day")
_VERBS = frozenset({"likes", "loves", "dislikes", "hates", "gripes"})
#: after a heading's place: what makes the word the start of a phrase of the clause
_BOUND_AFTER = frozenset({"of", "and", "or", "'s", "is", "was", "are", "were", ":", "-", "to"})
_PAUSES = frozenset({".", "?", "!", ","})
#: said before a sentence's first word
_FILLERS = frozenset({"um", "uh", "so", "and", "okay", "ok", "oh"})


def _placed(doc: Doc, i: int, s: int, e: int) -> bool:
    """Is token ``i`` (a heading word) in a heading's place within the sentence ``s:e``: not
    bound to the words before it (a determiner, a pronoun, a preposition, an adverb; an
    adjective before a noun heading, a name before a verb one) nor to the word after it?"""
    tok: Token = doc[i]
    if i > s:
        prev = doc[i - 1]
        if prev.text != "," and (
            prev.pos_ in _BOUND_BEFORE
            or prev.lower_ in _INLINE
            or (prev.pos_ == "ADJ" and tok.lower_ not in _VERBS)
            or (prev.pos_ == "PROPN" and tok.lower_ in _VERBS)
        ):
            return False
    if i + 1 >= e:
        return True
    nxt = doc[i + 1]
    if tok.lower_ in _VERBS and doc[i - 1].text == "," and not nxt.is_punct:
        return False  # "loves the kids, hates the hours": a second stance, said as one
    return nxt.lower_ not in _BOUND_AFTER


def _first_word(doc: Doc, s: int, e: int) -> int:
    k = s
    while k < e and (doc[k].is_punct or doc[k].lower_ in _FILLERS):
        k += 1
    return k


def inline_positions(doc: Doc, sentences: list[Span]) -> list[tuple[int, str]]:
    """Each heading said inside a sentence, as (token index, category), when the recap says
    headings of two categories or more inside its sentences, in a heading's place and set
    off by a pause, and types none with a colon; else nothing. A heading opening a sentence
    is :mod:`insight_heard`'s and no evidence here: typists open sentences with "Skills,
    ..." and then write "knife skills, baking" or "a mobility culture, lots of ..." (ac,
    and an untouched author's recap, changed when it counted: spoken39)."""
    words = lowers(doc)  # read once per doc: no Token built for the words that are no heading
    hits = [i for i, w in enumerate(words) if w in _INLINE]
    if not hits:
        return []
    starts = [s for s, _ in sentences]
    table = heading_categories()
    found: list[tuple[int, str]] = []
    said: set[str] = set()
    for i in hits:
        k = bisect_right(starts, i) - 1
        if k < 0 or i >= sentences[k][1]:
            continue  # between the sentences (a heading heard alone, cut off)
        s, e = sentences[k]
        if i + 1 < len(doc) and words[i + 1] == ":":
            return []  # a typed note: its headings have their colons
        if i <= _first_word(doc, s, e):
            continue  # a sentence's opening word: insight_heard's ("Likes, ...")
        if _placed(doc, i, s, e) and _paused(doc, i, e):
            category = "dislikes" if words[i] == "gripes" else table[words[i]]
            found.append((i, category))
            said.add(category)
    return found if len(said) >= 2 else []


def _paused(doc: Doc, i: int, e: int) -> bool:
    """Is the heading word at ``i`` set off by a comma or a stop on one side ("slack likes,
    speed", "..., culture, small office", "... every quarter culture.")? A word run into the
    clause on both sides ("team culture is", "GIS skills for") is read as the plain word."""
    return doc[i - 1].text == "," or i + 1 >= e or doc[i + 1].text in _PAUSES


def inline_headings(
    doc: Doc, sentences: list[Span], named: dict[Span, str]
) -> tuple[list[Span], dict[Span, str]]:
    """The sentences cut at each heading said inside one, and ``named`` with the category each
    heading names added by the span it names (the words after it up to the next heading or
    the sentence's end; a heading ending its sentence names the next sentence)."""
    heads = inline_positions(doc, sentences)
    if not heads:
        return sentences, named
    at = dict(heads)
    out: list[Span] = []
    named = dict(named)
    pending: str | None = None  # a heading that ended the sentence before
    for s, e in sentences:
        inside = [i for i in range(s, e) if i in at]
        if not inside:
            out.append((s, e))
            if pending is not None and (s, e) not in named:
                named[(s, e)] = pending
            pending = None
            continue
        a = s
        category = pending
        for i in inside:
            if i > a:
                out.append((a, i))
                if category is not None:
                    named.setdefault((a, i), category)
            category = at[i]
            a = i + 1
            while a < e and doc[a].text == ",":
                a += 1
        pending = None
        rest = [t for t in doc[a:e] if not t.is_punct]
        if rest:
            out.append((a, e))
            named.setdefault((a, e), category)  # type: ignore[arg-type]
        else:
            pending = category
    return out, named
