"""The contact's advice said as a bare imperative: "do a rotational program if you can",
"She did say one useful thing: put clearance status at the top, contractors pay for that",
"Keep the cover letter to 150 words.", "Advice - Say yes, even while teaching."

Every author writes down the contact's advice this way as well as reported ("she said to
..."), and files it as advice; the model, reading the words after the verb (a programme, a
pay, a teaching load), filed these under advancement, typical_day or dislikes: on v, w, y, z
and aa a fifth of the advice it filed under another category (insights19, stop 30).
:func:`bare_advice` is the test :mod:`insight_refile` applies to a candidate the model filed
under one of the descriptive categories (never to one filed as nothing: a bare imperative
filed as nothing is mostly the speaker's own note, "Email Marcus by Friday").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import lowers
from debrief.extract.insight_lemma import lemma
from debrief.extract.lexicon import cue_set, word_list

#: what may come before the imperative's verb ("And", "Also", an "Advice" heading)
_OPENERS = word_list("imperative_openers")
#: verbs of liking: "don't hate it", "don't mind the travel" said of the contact, no order
_FEELING = frozenset({"like", "love", "hate", "mind", "enjoy", "care", "dislike", "want"})
#: how far into a candidate a colon may introduce the advice ("one useful thing: put ...")
_COLON_REACH = 8
#: the dependencies of a verb that heads its own clause: the root, a clause joined to it, or
#: what a colon introduces (the parser hangs it on the noun before the colon)
_HEADS = frozenset({"ROOT", "conj", "ccomp", "parataxis"})
_AFTER_COLON = _HEADS | {"acl", "appos", "dep", "relcl"}


@cache
def _do_not() -> tuple[str, ...]:
    return tuple(sorted(word_list("imperative_do_not")))


def _opening(doc: Doc, k: int, e: int) -> Token | None:
    """The first word of ``doc[k:e]`` after spaces, punctuation and the openers; past "do
    not" / "don't", the verb after it."""
    while k < e and (doc[k].is_punct or doc[k].is_space or doc[k].lower_ in _OPENERS):
        k += 1
    do_not = cue_set(doc.vocab, _do_not())  # ``imperative_do_not`` (house41)
    if k < e and lowers(doc)[k] in do_not.by_first:
        k += do_not.match_at(doc, k, e)  # "don't take the first offer", "do not underestimate"
    return doc[k] if k < e else None


def _imperative(verb: Token | None, heads: frozenset[str]) -> bool:
    """Is ``verb`` a base-form verb without a subject or an auxiliary before it, heading a
    clause (its dependency in ``heads``)?"""
    if verb is None or verb.tag_ != "VB" or verb.pos_ != "VERB" or verb.lower_ == "let":
        return False  # "let's see": the speaker's own plan
    if lemma(verb) in _FEELING:
        return False  # "(she) don't hate it": a like or a dislike with its subject dropped
    if any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "expl"} and c.i < verb.i and c.lower_ != "do"
        for c in verb.children
    ):
        return False  # "you should ...": a subject or an auxiliary (but "don't") before it
    if verb.dep_ == "advcl" and not any(c.dep_ == "mark" for c in verb.children):
        # "Apply for the track, people move up in two years": no "if" or "when" before
        # it, the parser hangs the opening imperative on the next clause
        return True
    return verb.dep_ in heads


def bare_advice(doc: Doc, span: tuple[int, int]) -> bool:
    """Does ``span`` open with a bare imperative ("do a rotational program", "don't take the
    first offer"), or say one after a colon near its start ("one useful thing: put ...")?"""
    s, e = span
    if _imperative(_opening(doc, s, e), _HEADS):
        return True
    colon = next((k for k in range(s, min(e, s + _COLON_REACH)) if doc[k].text == ":"), None)
    return colon is not None and _imperative(_opening(doc, colon + 1, e), _AFTER_COLON)
