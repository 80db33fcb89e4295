"""How far a recap's capital letters can be trusted to mark proper names.

Typed recaps and most Whisper transcripts are cased: a capital marks a name or a sentence's
start. Two other kinds are common: all lower case (some Whisper runs, phone typing), and mixed
case, where a hurried typist or Whisper capitalises the names it knows and nothing else ("just
got off the phone with dana whitcomb ... talk to her colleague Marco Ruiz"). In both, a
lower-case word can be a name, so the rules read names from the tagger (PROPN) instead of from
capitals: :func:`lower_doc` and :func:`names_lower` say which kind a recap is, :func:`is_cap`
what a name word is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import load_lines, word_list
from debrief.names import company_key

#: words never part of a proper name, whatever their case (``pipelines/word_lists.toml``)
NOT_NAMES = word_list("not_names")

_UPPER_I = {"I", "I'm", "I'll", "I've", "I'd"}
_LOWER_I = {"i", "i'm", "i'll", "i've", "i'd", "im", "ive"}
#: the first word of the text and of each sentence after . ? !
_SENT_START = re.compile(r"(?:^|[.?!]\s+)[\"'(]*([A-Za-z][\w'’-]*)")


def lower_doc(doc: Doc) -> bool:
    """True when the recap has (almost) no capital letters: rules rely on PROPN tags and read
    organisations from lower-case words. Cached on the doc."""
    return _verdict(doc)[0]


def names_lower(doc: Doc) -> bool:
    """True when capitals do not mark the contact's name: a lower-case recap, or a mixed-case
    one where the speaker's "i" or most sentences start in lower case while some names are
    capitalised ("just got off the phone with dana whitcomb ... her colleague Marco Ruiz").
    Only the contact's name is read the lower-case way there: organisations and people keep
    the cased rules, since in such recaps capitalised words are still names and lower-case
    ones mostly are not. Cached on the doc."""
    lower, mixed = _verdict(doc)
    return lower or mixed


def _verdict(doc: Doc) -> tuple[bool, bool]:
    cached = doc.user_data.get("debrief_casing")
    if cached is None:
        cached = _casing(doc_text(doc))
        doc.user_data["debrief_casing"] = cached
    return cached


def _casing(text: str) -> tuple[bool, bool]:
    """(lower case, mixed case) for a recap's text."""
    alpha = [w for w in text.split() if w[:1].isalpha()]
    if len(alpha) < 8:
        return False, False
    caps = sum(1 for w in alpha if w[0].isupper() and w not in _UPPER_I)
    # a few capitals (an acronym, a name Whisper knew: 3 in 150 words) leave it lower-case
    if caps / len(alpha) < 0.03:
        return True, False
    bare = [w.strip(".,;:!?\"'()").replace("’", "'") for w in alpha]
    low_i = sum(1 for w in bare if w in _LOWER_I)
    up_i = sum(1 for w in bare if w in _UPPER_I)
    if low_i > up_i:
        return False, True  # "i said", "i'll send": a writer who does not capitalise "I"
    starts = _SENT_START.findall(text)
    lowered = sum(1 for w in starts if w[0].islower())
    # one sentence left lower-case is a slip; most of them is how the text is written
    return False, len(starts) >= 2 and lowered * 3 >= len(starts) * 2


def is_cap(tok: Token, lower_doc: bool = False) -> bool:
    """A token that can be part of a proper name ("Stripe", "PG", "3M", "DigitalOcean"); in a
    recap whose capitals are not reliable (``lower_doc``), one the tagger reads as PROPN."""
    text = tok.text
    if not text or tok.is_punct or tok.is_space or tok.lower_ in NOT_NAMES:
        return False
    if lower_doc:
        return tok.pos_ == "PROPN"
    if text[0].isupper():
        return True
    return text[0].isdigit() and any(c.isalpha() for c in text)


def may_be_cap(text: str) -> bool:
    """Whether :func:`is_cap` (of a cased recap) can hold for a token with this text: the
    text's own test, before a rule builds the Token for the others."""
    return text[:1].isupper() or text[:1].isdigit()


def initials(name: str) -> str:
    """The capitals that open a name's words, its small words aside ("Associated Builders and
    Contractors": "ABC"): what an acronym of the name would be."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def is_acronym(text: str) -> bool:
    """One to six letters, all capitals, no space ("PG", "3M", "AT&T"). Asked of nearly every
    token, so it stops at the first lower-case letter instead of listing the letters."""
    if " " in text:
        return False
    letters = 0
    for c in text:
        if c.isalpha():
            if not c.isupper():
                return False
            letters += 1
    return 0 < letters <= 6


@lru_cache(maxsize=1)
def _usual() -> dict[str, str]:
    return {company_key(n): n for n in load_lines("org_casing.txt")}


def usual_casing(name: str, text: str) -> str:
    """An organisation's name as it is usually written, when the recap gives it only in
    lower case: the recap's own capitalised spelling if it has one anywhere ("notion ...
    Notion's editor"), else that of a well-known organisation (``pipelines/org_casing.txt``:
    "at notion" -> "Notion"), else the name as said (an unknown organisation has no usual
    casing to restore)."""
    if not name or name != name.lower():
        return name
    pattern = r"(?<![\w-])" + r"\W+".join(re.escape(w) for w in name.split()) + r"(?![\w-])"
    for m in re.finditer(pattern, text, re.IGNORECASE):
        if m.group(0) != m.group(0).lower():
            return " ".join(m.group(0).split())
    return _usual().get(company_key(name), name)
