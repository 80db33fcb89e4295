"""Headings said aloud: a note's "Advice:" as Whisper writes it.

A typed note's heading ends with a colon ("Advice: learn SQL") and
:func:`insight_headings.heading_label` reads it. Said aloud, the colon is a pause, and Whisper
writes the pause as the end of a sentence: the heading becomes a sentence of its own
("Advice. Learn SQL.", "Her advice? Learn SQL.", "Advice for me. Learn SQL.") or the last
words of the sentence before ("They pay for the certification, his advice. Learn SQL."), or
hears both pauses as commas ("The pay is low, advice, learn SQL."), or the colon alone as
a comma ("Likes, policy levers, ..."). The classifier then files the lone heading as an
insight of one word ("Advice.") and reads the words it names without it. Here the heading
names the words after it, as the typed heading names the words after its colon, and is
itself no insight.
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.doc_arrays import lowers
from debrief.extract.insight_headings import HEADING_OWNERS, heading_categories

Span = tuple[int, int]

#: the pause Whisper wrote where the typist's colon was
_STOPS = frozenset({".", "?", "!"})
#: said before a heading ("So, advice.", "Um, her advice?")
_FILLERS = frozenset({"um", "uh", "so", "and", "okay", "ok", ",", "-"})
#: a heading's audience after "for" ("Advice for me as a dietician.") is a few words, and
#: no statement: "Advice for new grads is to network." says the advice itself
_MAX_AUDIENCE = 8
_STATEMENT = frozenset({"is", "was", "are", "were", "'s"})
#: headings that are plain words after a comma too: the filler "like" ("the docs, like,
#: have each other's backs"), the pronoun "me" ("who they hired was, honestly, me.")
_PLAIN = frozenset({"like", "me"})


def heard_headings(doc: Doc, sentences: list[Span]) -> tuple[list[Span], dict[Span, str]]:
    """The sentences with a heading heard at a sentence's end cut off it and a sentence with
    a heading between commas cut in two at it, and the category each heading names, by the
    span it names (the words after it, or the sentence a heading and its comma open), plus
    ``"none"`` for a sentence that is a heading alone."""
    out: list[Span] = []
    heads: dict[int, str] = {}  # index in out -> the category its heading names
    named: dict[Span, str] = {}
    for s, e in sentences:
        alone = _alone(doc, s, e)
        if alone is not None:
            named[(s, e)] = "none"
            heads[len(out)] = alone
        elif (trailing := _trailing(doc, s, e)) is not None:
            heads[len(out)] = trailing[1]
            e = trailing[0]
        elif (inside := _between_commas(doc, s, e)) is not None:
            first, after, category = inside
            out.append((s, first))
            heads[len(out) - 1] = category
            s = after
        out.append((s, e))
        if alone is None and (opening := _opening_comma(doc, s, e)) is not None:
            named[(s, e)] = opening
    for k, category in heads.items():
        if k + 1 < len(out) and out[k + 1] not in named:
            named[out[k + 1]] = category
    return out, named


def _lookup(words: list[str]) -> str | None:
    """The category of a heading's words, its owner ("her", "the", "Jake's") dropped."""
    if words and words[0] in HEADING_OWNERS:
        words = words[1:]
    elif len(words) > 1 and words[1] == "'s":
        words = words[2:]
    return heading_categories().get(" ".join(words)) if words else None


def _after_comma(words: list[str]) -> str | None:
    """The category of a heading's words heard after a comma, unless they are plain words."""
    if not all(w.isalpha() for w in words) or (len(words) == 1 and words[0] in _PLAIN):
        return None
    return _lookup(words)


def _alone(doc: Doc, s: int, e: int) -> str | None:
    """The category of a sentence that is only a heading and Whisper's stop: "Advice.",
    "Her advice?", "Advice for me as a dietician.", "Quick background."."""
    if e - s < 2 or doc[e - 1].text not in _STOPS:
        return None
    k = s
    while k < e - 1 and doc[k].lower_ in _FILLERS:
        k += 1
    words = lowers(doc)[k : e - 1]
    if "for" in words:
        cut = words.index("for")
        audience = words[cut + 1 :]
        if not audience or len(audience) > _MAX_AUDIENCE or _STATEMENT & set(audience):
            return None
        words = words[:cut]
    if len(words) > 5 or not all(w.isalpha() or w == "'s" for w in words):
        return None
    return _lookup(words)


def _opening_comma(doc: Doc, s: int, e: int) -> str | None:
    """The category of a heading Whisper heard with a comma for its colon at a sentence's
    opening: a typed note's "Likes: policy levers, ..." said aloud is "Likes, policy levers,
    ...". The classifier reads most of them as the heading says, not all ("Likes, policy
    levers, one coverage decision ..." was filed as nothing, "Her path, pharmacy degree at
    UNN." too); a typed colon names its line (``heading_label``), and so does the comma
    heard for it. At most three words before the comma, at least three after it."""
    k = s
    while k < e and doc[k].lower_ in _FILLERS:
        k += 1
    comma = next((c for c in range(k + 1, min(k + 4, e)) if doc[c].text == ","), None)
    if comma is None or sum(1 for t in doc[comma + 1 : e] if t.is_alpha) < 3:
        return None
    return _after_comma([t.lower_ for t in doc[k:comma]])


def _trailing(doc: Doc, s: int, e: int) -> tuple[int, str] | None:
    """A heading Whisper heard as the end of the sentence before it, after a comma: "They
    pay for the certification, his advice." -> the comma's index and the category; at least
    three words stay before the comma."""
    if e - s < 6 or doc[e - 1].text not in _STOPS:
        return None
    for comma in range(e - 2, max(s, e - 5), -1):
        if doc[comma].text == ",":
            words = [t.lower_ for t in doc[comma + 1 : e - 1]]
            category = _after_comma(words)
            if category is None or sum(1 for t in doc[s:comma] if t.is_alpha) < 3:
                return None
            return comma, category
    return None


def _between_commas(doc: Doc, s: int, e: int) -> tuple[int, int, str] | None:
    """A heading Whisper heard between commas inside a sentence: "She said museum pay is
    tough, advice, get a museum studies certificate." -> the first comma's index, the index
    of the word after the heading's comma, and the category; at least three words on each
    side and a verb right after it."""
    # the cached lower-case words, not ``doc[k].text``: asked at every word of every sentence,
    # each index would build a Token; a word's lower form is "," or ":" only where its text
    # is (speed2)
    words = lowers(doc)
    for c1 in range(s + 3, e - 4):
        if words[c1] != ",":
            continue
        c2 = next((k for k in range(c1 + 2, min(c1 + 5, e)) if words[k] in {",", ":"}), None)
        if c2 is None or doc[c2 + 1].pos_ != "VERB":
            # a heading opens what it names with a verb ("advice, get ..."); a noun or "and"
            # after it is the next item of a list ("pay, culture, benefits and hours")
            continue
        category = _after_comma([t.lower_ for t in doc[c1 + 1 : c2]])
        alpha_before = sum(1 for t in doc[s:c1] if t.is_alpha)
        alpha_after = sum(1 for t in doc[c2 + 1 : e] if t.is_alpha)
        if category is not None and alpha_before >= 3 and alpha_after >= 3:
            return c1, c2 + 1, category
    return None
