"""Every token's text, lower-case text, lemma and punctuation flag, and the doc's joined text,
read from the doc's arrays once per doc and kept on ``doc.user_data``; the test whether a
recap is English at all, kept the same way.

The rules read these at nearly every token, and ``doc[i].lower_`` or ``doc.text`` builds a
Token (or joins every word) again at each access; these read the arrays once (speed and
house rounds). Cut out of :mod:`debrief.extract.lexicon` (house56), which keeps the cue
files and the phrase sets; nothing here reads a file.
"""

from __future__ import annotations

from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_STOP, LEMMA, LOWER, ORTH, SPACY
from spacy.tokens import Doc

#: ``doc.user_data`` key of :func:`doc_text`.
TEXT = "debrief_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc: spaCy joins every token's text again on each access
    (a Token built per word, about a tenth of a millisecond on a 300-word recap), and the
    components read it a dozen times a recap. A doc's text never changes (a retokenizer
    keeps it). Joined from the ORTH and SPACY arrays, as spaCy joins each token's
    ``text_with_ws``, without building the tokens."""
    cached = doc.user_data.get(TEXT)
    if cached is None:
        strings = doc.vocab.strings
        cached = (
            "".join(
                strings[orth] + " " if space else strings[orth]
                for orth, space in doc.to_array([ORTH, SPACY]).tolist()
            )
            if len(doc)
            else doc.text
        )
        doc.user_data[TEXT] = cached
    return cached


#: ``doc.user_data`` key of :func:`lowers`.
LOWERS = "debrief_lowers"


def _strings_once(doc: Doc, key: str, attr: int) -> list[str]:
    """Every token's string attribute ``attr`` (LOWER, ORTH, LEMMA) read from the doc's array
    once and kept on ``doc.user_data[key]``; read again when the doc's length changed (a
    retokenised doc)."""
    cached = doc.user_data.get(key)
    if cached is None or len(cached) != len(doc):
        strings = doc.vocab.strings
        cached = [strings[h] for h in doc.to_array(attr).tolist()] if len(doc) else []
        doc.user_data[key] = cached
    return cached


def lowers(doc: Doc) -> list[str]:
    """Every token's lower-case text, read once per doc: the cue phrases are matched at
    nearly every token by many components, and ``doc[i].lower_`` builds a Token each time
    (a third of a millisecond per pass over a 300-word recap)."""
    return _strings_once(doc, LOWERS, LOWER)


def word_runs(lows: list[str], words: list[str]) -> list[int]:
    """Where ``words`` are said in a row in ``lows`` (a doc's :func:`lowers`, or any
    lower-case word list): the start of each run. How the rules find a name said again,
    any casing ("Priya Raman" in "... priya raman said ...")."""
    n = len(words)
    return [i for i in range(len(lows) - n + 1) if lows[i : i + n] == words]


#: ``doc.user_data`` key of :func:`texts`.
TEXTS = "debrief_texts"


def texts(doc: Doc) -> list[str]:
    """Every token's text (``tok.text``), read once per doc as :func:`lowers` reads the
    lower-case words."""
    return _strings_once(doc, TEXTS, ORTH)


def before_on_line(doc: Doc, k: int) -> int:
    """The index of the nearest token before ``doc[k]`` that is no space or tab on its line:
    a line-break token, another word, or -1 at the text's start. ``doc[k]`` opens a line where
    that index is -1 or holds a line break (a typed note's bullet, heading or "Q:")."""
    j = k - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    return j


#: ``doc.user_data`` key of :func:`puncts`.
PUNCTS = "debrief_puncts"


def puncts(doc: Doc) -> list[int]:
    """Every token's ``is_punct`` flag (1 or 0), read once per doc: to count a span's words
    before building its Tokens."""
    cached = doc.user_data.get(PUNCTS)
    if cached is None or len(cached) != len(doc):
        cached = doc.to_array(IS_PUNCT).tolist() if len(doc) else []
        doc.user_data[PUNCTS] = cached
    return cached


#: ``doc.user_data`` key of :func:`lemmas`.
LEMMAS = "debrief_lemmas"


def lemmas(doc: Doc) -> list[str]:
    """Every token's lemma (``tok.lemma_``), read once per doc as :func:`lowers` reads the
    lower-case words: for a word-first check before a rule builds the Token."""
    return _strings_once(doc, LEMMAS, LEMMA)


def looks_english(doc: Doc) -> bool:
    """False for text that is clearly not English (few English function words)."""
    cached = doc.user_data.get("debrief_english")
    if cached is not None:
        return bool(cached)
    # each word's flags read from the arrays, no Token built (``is_alpha``, ``is_stop``)
    flags = doc.to_array([IS_ALPHA, IS_STOP])[:400].tolist() if len(doc) else []
    alpha = [stop for is_alpha, stop in flags if is_alpha]
    # terse English notes have few function words too, so only judge longer texts
    verdict = len(alpha) < 20 or sum(alpha) / len(alpha) >= 0.15
    doc.user_data["debrief_english"] = verdict
    return verdict
