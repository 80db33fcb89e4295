"""The lemma the insight classifier reads for a word.

Decides one thing: which lemma stands for a token in the classifier's features and in every
insight rule that asks for a verb's lemma. en_core_web_sm gets a few of this domain's words
wrong ("hates" -> "hat", "loves" tagged AUX and left unlemmatised), and a rule that looks for
"hate" or "love" would miss them; fixing them here, once, keeps every reader consistent.
:func:`norm` also folds numbers to ``<num>``, so that "45 minutes" and "30 minutes" are one
feature.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Lemmas en_core_web_sm gets wrong in this domain ("hates" -> "hat"), by the wrong lemma.
LEMMA_FIXES = {("hat", "VERB"): "hate", ("hat", "AUX"): "hate", ("datum", "NOUN"): "data"}


#: Real auxiliaries; any other word the small model tags AUX is a verb it failed to lemmatise
#: ("She loves talking to customers": "loves" as an aux, lemma "loves").
_AUX_LEMMAS = frozenset(
    [
        "be",
        "have",
        "do",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "ought",
        "need",
        "dare",
        "get",
        "go",
        "use",
        "'s",
        "'re",
        "'m",
        "'ve",
        "'d",
        "'ll",
        "wo",
        "ca",
    ]
)


def lemma(tok: Token) -> str:
    """The lower-cased lemma, with known errors of the small model fixed."""
    lem = (tok.lemma_ or tok.lower_).lower()
    if tok.pos_ == "AUX" and tok.tag_ == "VBZ" and lem == tok.lower_ and lem not in _AUX_LEMMAS:
        lem = lem[:-1] if lem.endswith("s") and not lem.endswith("ss") else lem
    return LEMMA_FIXES.get((lem, tok.pos_), lem)


def norm(tok: Token) -> str:
    """The feature form of a word: ``<num>`` for a number ("45", "3rd"), else its lemma."""
    if tok.like_num or (not tok.is_alpha and any(ch.isdigit() for ch in tok.text)):
        return "<num>"
    return lemma(tok)
