"""The contact's name as the speaker corrects it: a nickname or a misspoken name said first,
then the full name after a correction or restatement cue.

"Big Mike, well Michael Oyelaran, he runs ...", "she said call her Dee, full name Deandra
Holloway", "rachel, no, raquel, raquel dos santos": the rules and the roles model keep the
first form (the one the intro gives), and :mod:`.contact_fullname` completes a name only from a
fuller form that starts with it. Here the words right after a mention of the contact's name
decide: a comma or a dash, a cue of correction or restatement ("well", "no", "sorry", "I
mean", "actually", "full name", "real name"), then a name of one to three words, which
replaces the first form. A correction cue ("well", "no", "sorry", "I mean", "actually")
replaces it with any such name; a restatement cue ("full name") only with a longer one. In a
lower-case recap the first word must be a census given name or a word the model takes for a
person's ("bea, no idea of her last name" stays "bea"). The kind is in three development
authors (docs/extraction-history.md, "contact28").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import org_or_title_heads
from debrief.names_spelling import lexicon

#: a comma or dash, the cue, an optional comma, colon or "is": what follows is the name
_CUE = re.compile(
    r"\s*[,\u2014\u2013-]+\s*(?P<cue>well|no|sorry|i mean|actually|wait|"
    r"(?:full|real|whole) name(?:'s|\s+is|:)?)"
    r"(?:\s*[,:]?\s+(?:no|sorry|wait|i mean|actually)\b)*\s*[,:]?\s+",
    re.IGNORECASE,
)
#: cues that say the first form was wrong: a one-word name after them still replaces it
_CORRECTIONS = {"no", "sorry", "i mean", "well", "actually", "wait"}
#: words a name never holds, besides stop words and title or organisation heads
_NOT_NAME = {"um", "uh", "like", "yeah", "ok", "okay", "wait", "sorry"}


def _name_word(t: Token, cased: bool) -> bool:
    """A word of a person's name: alphabetic (a hyphen inside is kept), no stop word, no title
    or organisation head; capitalised when the recap writes names capitalised."""
    word = t.text.replace("-", "")
    if not word.isalpha() or t.is_stop or t.lower_ in _NOT_NAME:
        return False
    if t.lower_ in org_or_title_heads():
        return False
    if cased:
        return t.text[:1].isupper()
    # a lower-case recap: a census given name or a word the model takes for a person's
    return t.ent_type_ == "PERSON" or t.lower_ in lexicon().given


def _name_from(doc: Doc, start: int, cased: bool) -> list[Token]:
    """The name's words from token ``start`` (up to three; "raquel, raquel dos santos": a
    word said again with more after it gives the longer run)."""
    words: list[Token] = []
    i = start
    while i < len(doc) and len(words) < 3 and _name_word(doc[i], cased):
        words.append(doc[i])
        i += 1
    if (
        len(words) == 1
        and i + 1 < len(doc)
        and doc[i].text == ","
        and doc[i + 1].lower_ == words[0].lower_
    ):
        again = _name_from(doc, i + 1, cased)
        if len(again) > 1:
            return again
    return words


def corrected_name(doc: Doc, name: str | None) -> str | None:
    """``name`` replaced by the name a correction or restatement right after it gives, else
    unchanged (module doc)."""
    if not name or len(name.split()) > 2:
        return name
    text = doc_text(doc)
    cased = name[:1].isupper()
    ends: list[int] = []
    at = text.find(name)  # the name as the recap writes it (str.find: a regex costs 0.05 ms)
    while at >= 0 and len(ends) < 3:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
            ends.append(end)
        at = text.find(name, end)
    for end in ends:
        cue = _CUE.match(text, end)
        if cue is None:
            continue
        # built only where a cue follows the name: a Token per word costs about 0.1 ms a recap
        i = next((t.i for t in doc if t.idx == cue.end()), None)
        if i is None:
            continue
        words = _name_from(doc, i, cased)
        if not words:
            continue
        new = " ".join(t.text for t in words)
        if new.lower() == name.lower():
            continue
        correction = cue.group("cue").lower() in _CORRECTIONS
        if correction or len(words) > len(name.split()):
            return new
    return name
