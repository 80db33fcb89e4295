"""What it takes, said after a purpose: "she said to get hired as a CRA you need a year as a
CRC", "he said to get into QA I need GMP and data integrity", "she said to go in-house you need
firm training first".

"said to" is the model's strongest evidence of reported advice ("she said to apply early"), so
it files these as advice; but here "to" opens a purpose ("[in order] to get hired") and the
clause after it is a requirement with its own subject, "you need" or "I need": format.md's
skills. On the development authors every candidate of this shape the model filed was gold
skills (dev, r, s, au) or a complaint (y: "to get one small change approved you need like five
sign-offs"), never advice (insights37, stop 41). :func:`purpose_requirement` is the test
:mod:`insight_refile` applies to a candidate the model filed as advice.

The pattern is a spaCy :class:`~spacy.matcher.Matcher` over the word lists ``purpose_*`` of
``pipelines/word_lists.toml``; it must open the candidate (a say verb among its first words),
so a requirement told in passing inside a longer piece of advice is left to the model.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import word_list

#: how far into the candidate its say verb may stand: "And she also said to ...", "He said ..."
_REACH = 4
#: what ends a clause: the purpose and the requirement are one clause, a comma between them only
_BREAKS = [",", ".", ";", ":", "?", "!", "(", ")", "—"]
#: words that join another clause: "she said to apply early because you need a referral" is an
#: order and its reason, not a purpose
_JOINS = ["because", "since", "cause", "'cause", "so", "and", "but", "or", "if", "when", "then"]


def _words(phrase: str) -> list[dict[str, Any]]:
    """One token pattern per word of ``phrase``."""
    return [{"LOWER": w} for w in phrase.split()]


def purpose_patterns() -> list[list[dict[str, Any]]]:
    """say verb, ("that"), "to", an aim (``purpose_aims``: "get hired", "get into", "go",
    "succeed"), up to six words without a break nor a joining word, (a comma), "you" or "I",
    then a need ("need", "have to", "'ve got to", ...). Not "told me to": an order told to the
    speaker ("she told me to take the exam, you need it anyway")."""
    say: list[dict[str, Any]] = [
        {"LOWER": {"IN": sorted(word_list("purpose_say_forms"))}},
        {"LOWER": "that", "OP": "?"},
        {"LOWER": "to"},
    ]
    between: list[dict[str, Any]] = [
        {"ORTH": {"NOT_IN": _BREAKS}, "LOWER": {"NOT_IN": _JOINS}, "OP": "{0,6}"},
        {"ORTH": ",", "OP": "?"},
        {"LOWER": {"IN": sorted(word_list("purpose_needers"))}},
    ]
    return [
        [*say, *_words(aim), *between, *_words(need)]
        for aim in sorted(word_list("purpose_aims"))
        for need in sorted(word_list("purpose_needs"))
    ]


@cache
def _matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    matcher.add("purpose_requirement", purpose_patterns())
    return matcher


def purpose_requirement(doc: Doc, span: tuple[int, int]) -> bool:
    """Does ``span`` open with a say verb whose "to" is a purpose, followed by what "you" or
    "I" need for it ("she said to get in you need to be comfortable presenting")?"""
    s, e = span
    if not _may_match(lowers(doc), s, e):
        return False
    return any(start <= _REACH for _label, start, _end in _matcher(doc.vocab)(doc[s:e]))


@cache
def _needed_words() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(word_list("purpose_say_forms")), frozenset(word_list("purpose_needers"))


def _may_match(lows: list[str], s: int, e: int) -> bool:
    """Words every match must have: a say verb within ``_REACH`` of the candidate's start,
    a "to" and a "you"/"I". Checked first because the matcher holds every aim times every
    need (hundreds of patterns) and most advice candidates lack one of them: without this
    test the matcher was about a third of the insight refiling time."""
    say, needers = _needed_words()
    window = lows[s:e]
    return (
        any(w in say for w in window[: _REACH + 1])
        and "to" in window
        and any(w in needers for w in window)
    )
