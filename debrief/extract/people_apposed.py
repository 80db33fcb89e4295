"""A name in lower case set off by commas after the noun phrase that says who it is.

Notes typed in lower case name people in apposition ("my steward, beatriz, said ...", "my
friend from the community college, luis, works there", "the two dispatchers, chen and abdul,
jumped in", "her old manager at the agency, pilar rojas (tidewater)"). The tagger reads a
lower-case given name as a common noun there, no person cue stands right before it (a comma
does), and nothing after it need be a person's verb, so the other lower-case rules miss it;
the labels of the development authors file every such lone given name (7 of 7, on c; people48).

What is read: a comma, right after a noun phrase that opens on a possessive or an article
("my", "her", "the", "an") and holds no verb nor punctuation, then one lower-case census given
name (or two joined by "and"), or a census given name and a surname of note, closed by a
comma, a bracket, a full stop or "at"/"from". A lone given name must be no English word (the
lemmatizer's index and stop words: "so", "ha", "tiny" are census given names too), so a
remark set off by commas ("..., so, yeah") is no name; a surname after it must be none either.
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.doc_arrays import texts
from debrief.extract.lexicon import non_name_words
from debrief.extract.people_plain import SURNAME_SHARE
from debrief.names_spelling import lexicon

#: what opens the noun phrase the name is set against ("my steward", "the two dispatchers")
_OPENERS = {"my", "our", "her", "his", "their", "the", "a", "an"}
#: the longest noun phrase read back from the comma ("my friend from the community college")
_REACH = 7
#: what may close the apposition after the name
_CLOSERS = {",", "(", ".", ";", "at", "from"}
#: what may not stand in the noun phrase: a verb says a clause, not who someone is
_CLAUSE_POS = {"VERB", "AUX", "PUNCT", "PRON", "SCONJ", "CCONJ"}


def apposed_names(doc: Doc, common: set[str], never: set[str]) -> list[tuple[int, int]]:
    """The (start, end) of each lower-case name set off by commas after a noun phrase that
    says who the person is (see the module's docstring)."""
    out: list[tuple[int, int]] = []
    # the commas found on the cached strings: iterating the doc built a Token for every word
    # of the recap, twice a recap (speed2)
    for c, word in enumerate(texts(doc)):
        if word != "," or c == 0:
            continue
        if not _after_noun_phrase(doc, c):
            continue
        i = c + 1
        first = _name_at(doc, i, common, never)
        if first is None:
            continue
        e = first
        names = [(i, first)]
        # "chen and abdul,": two given names joined by "and"
        if e + 1 < len(doc) and doc[e].lower_ == "and":
            second = _name_at(doc, e + 1, common, never)
            if second is not None:
                names.append((e + 1, second))
                e = second
        if e < len(doc) and doc[e].lower_ not in _CLOSERS:
            continue
        out.extend(names)
    return out


def _after_noun_phrase(doc: Doc, comma: int) -> bool:
    """Whether the tokens before ``comma`` are a noun phrase, ending on a noun, that opens on
    a possessive or an article within ``_REACH`` tokens ("my chef", "the ED of my org")."""
    last = doc[comma - 1]
    if last.pos_ not in {"NOUN", "PROPN"} or not last.is_lower:
        return False
    opened = False
    for k in range(comma - 1, max(-1, comma - 1 - _REACH), -1):
        tok = doc[k]
        if tok.lower_ in _OPENERS:
            opened = True
            # "my friend from the community college": an opener after a preposition may
            # open the phrase's complement; the phrase's own opener is further back
            if k == 0 or doc[k - 1].pos_ != "ADP":
                return True
            continue
        if tok.pos_ in _CLAUSE_POS:
            # "intro me to her old manager at the agency": the clause starts before the
            # preposition, the opener after it opened the phrase
            return opened
    return opened


def _name_at(doc: Doc, i: int, common: set[str], never: set[str]) -> int | None:
    """The end of a lower-case name at ``i``: a census given name with a surname of note
    after it ("pilar rojas": a given name that is an English word too is a name when a
    surname follows), or a lone census given name that is no English word ("beatriz");
    None if no name starts at ``i``."""
    if i >= len(doc):
        return None
    tok = doc[i]
    text = tok.text
    if (
        not (text.islower() and text.isalpha() and len(text) >= 3)
        or tok.is_stop
        or text in common
        or text in never
        or text not in lexicon().given
    ):
        return None
    nxt = i + 1
    if (
        nxt < len(doc)
        and _name_word(doc[nxt].text, common, never)
        and lexicon().surnames.get(doc[nxt].text, 0.0) >= SURNAME_SHARE
    ):
        return nxt + 1
    return nxt if _name_word(text, common, never) else None


def _name_word(text: str, common: set[str], never: set[str]) -> bool:
    """A lower-case word of letters, three or more, that is no English word, no common noun of
    the people cues and no time word."""
    return (
        text.islower()
        and text.isalpha()
        and len(text) >= 3
        and text not in common
        and text not in never
        and text not in non_name_words()
    )
