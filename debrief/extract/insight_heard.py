"""Headings said aloud: a note's "Advice:" as Whisper writes it.

A typed note's heading ends with a colon ("Advice: learn SQL") and
:func:`insight_segment.heading_label` reads it. Said aloud, the colon is a pause, and Whisper
writes the pause as the end of a sentence: the heading becomes a sentence of its own
("Advice. Learn SQL.", "Her advice? Learn SQL.", "Advice for me. Learn SQL.") or the last
words of the sentence before ("They pay for the certification, his advice. Learn SQL.").
The classifier then files the lone heading as an insight of one word ("Advice.") and reads
the sentence it names without it. Here the heading names the sentence after it, as the typed
heading names the words after its colon, and is itself no insight.
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.insight_segment import _HEADING_OWNERS, _headings

Span = tuple[int, int]

#: the pause Whisper wrote where the typist's colon was
_STOPS = frozenset({".", "?", "!"})
#: said before a heading ("So, advice.", "Um, her advice?")
_FILLERS = frozenset({"um", "uh", "so", "and", "okay", "ok", ",", "-"})
#: a heading's audience after "for" ("Advice for me as a dietician.") is a few words, and
#: no statement: "Advice for new grads is to network." says the advice itself
_MAX_AUDIENCE = 8
_STATEMENT = frozenset({"is", "was", "are", "were", "'s"})


def heard_headings(doc: Doc, sentences: list[Span]) -> tuple[list[Span], dict[Span, str]]:
    """The sentences with a heading heard at a sentence's end cut off it, and the category
    each heading names, by the span it names (the next sentence), plus ``"none"`` for a
    sentence that is a heading alone."""
    out = list(sentences)
    heads: dict[int, str] = {}  # sentence index -> the category its heading names
    named: dict[Span, str] = {}
    for k, (s, e) in enumerate(sentences):
        alone = _alone(doc, s, e)
        if alone is not None:
            named[(s, e)] = "none"
            heads[k] = alone
        elif (trailing := _trailing(doc, s, e)) is not None:
            out[k] = (s, trailing[0])
            heads[k] = trailing[1]
    for k, category in heads.items():
        if k + 1 < len(out) and out[k + 1] not in named:
            named[out[k + 1]] = category
    return out, named


def _lookup(words: list[str]) -> str | None:
    """The category of a heading's words, its owner ("her", "the", "Jake's") dropped."""
    if words and words[0] in _HEADING_OWNERS:
        words = words[1:]
    elif len(words) > 1 and words[1] == "'s":
        words = words[2:]
    return _headings().get(" ".join(words)) if words else None


def _alone(doc: Doc, s: int, e: int) -> str | None:
    """The category of a sentence that is only a heading and Whisper's stop: "Advice.",
    "Her advice?", "Advice for me as a dietician.", "Quick background."."""
    if e - s < 2 or doc[e - 1].text not in _STOPS:
        return None
    k = s
    while k < e - 1 and doc[k].lower_ in _FILLERS:
        k += 1
    words = [t.lower_ for t in doc[k : e - 1]]
    if "for" in words:
        cut = words.index("for")
        audience = words[cut + 1 :]
        if not audience or len(audience) > _MAX_AUDIENCE or _STATEMENT & set(audience):
            return None
        words = words[:cut]
    if len(words) > 5 or not all(w.isalpha() or w == "'s" for w in words):
        return None
    return _lookup(words)


def _trailing(doc: Doc, s: int, e: int) -> tuple[int, str] | None:
    """A heading Whisper heard as the end of the sentence before it, after a comma: "They
    pay for the certification, his advice." -> the comma's index and the category; at least
    three words stay before the comma."""
    if e - s < 6 or doc[e - 1].text not in _STOPS:
        return None
    for comma in range(e - 2, max(s, e - 5), -1):
        if doc[comma].text == ",":
            words = [t.lower_ for t in doc[comma + 1 : e - 1]]
            # "me" ends a sentence as a plain pronoun too: "... who they hired was, well, me."
            plain = not all(w.isalpha() for w in words) or words == ["me"]
            category = None if plain else _lookup(words)
            if category is None or sum(1 for t in doc[s:comma] if t.is_alpha) < 3:
                return None
            return comma, category
    return None
