"""Dictated run-ons without a full stop: a pronoun right after a pseudo-cleft's copula opens
its complement, not a new sentence ("what she enjoys is she ..."), and "what <pronoun> <verb>
... is" after a noun opens a new point (insights47, stop 45). Real spaCy and the shipped insight
model; every text is written for these tests: a barista's call with a roastery's head roaster.
"""

from __future__ import annotations

import pytest

from debrief.extract import extract, load_nlp
from debrief.extract.insight_sentences import sentence_spans

pytest.importorskip("spacy")

RUN_ON = (
    "spoke with lena hart she is head roaster at copperline coffee. she said mornings are "
    "cupping sessions and green bean orders and then she basically lives next to the drum "
    "roaster and the batch logs what she enjoys is she still gets to taste every lot before "
    "it ships what she dislikes is the summer heat when the roastery hits ninety degrees "
    "she said get the Q grader license first"
)


def sentences(text: str) -> list[str]:
    doc = load_nlp()(text)
    return [doc[s:e].text for s, e in sentence_spans(doc)]


def test_a_pronoun_after_a_cleft_copula_stays_in_its_sentence() -> None:
    got = sentences(RUN_ON)
    assert not [s for s in got if s.endswith((" is", " was"))]
    assert any(s.startswith("what she enjoys is she still gets") for s in got)


def test_what_she_likes_is_opens_a_new_point_after_a_noun() -> None:
    got = sentences(RUN_ON)
    assert any(s.endswith("the drum roaster and the batch logs") for s in got)
    assert any(s.startswith("what she dislikes is the summer heat") for s in got)


def test_the_like_and_the_dislike_are_filed_apart() -> None:
    got = [(i.category, i.text) for i in extract(RUN_ON).insights]
    likes = [t for c, t in got if c == "likes"]
    dislikes = [t for c, t in got if c == "dislikes"]
    assert any(t.startswith("what she enjoys is") and "summer" not in t for t in likes)
    assert any(t.startswith("what she dislikes is") for t in dislikes)


def test_what_after_a_pronoun_object_is_no_new_point() -> None:
    doc = load_nlp()(
        "she told me what she wants in a new hire is curiosity and patience and she said "
        "the roasting crew is only four people so everyone covers shipping on fridays and "
        "the cafe shifts on the weekend when somebody is out sick"
    )
    got = [doc[s:e].text for s, e in sentence_spans(doc)]
    assert not [s for s in got if s.startswith("what she wants")]


def test_a_copula_that_closed_its_clause_still_ends_the_sentence() -> None:
    got = sentences(
        "she said roasters want people who have worked a bar because we know what a good "
        "shot is she told me to take the SCA brewing course and read the roaster's "
        "companion which everyone on her crew has read twice over the last two years"
    )
    assert any(s.startswith("she told me to take the SCA brewing course") for s in got)
