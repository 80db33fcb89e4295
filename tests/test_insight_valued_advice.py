"""Two lines outside writers draw that the insight model missed (stop 29): the contact's advice
reported as "he said to <do X>" where the model filed nothing, and what employers value in a
background ("my carpentry background is gold") filed as skills, not advice.

The recap is written for these tests (a career changer's typed recap after a call with an
estimator; nothing comes from the labelled corpus).
"""

from __future__ import annotations

import pytest
from conftest import refiled_as

from debrief.extract import extract

pytest.importorskip("spacy")

RECAP = (
    "Talked to Marcus Bell, a cost estimator at Halvorsen Builders, about forty minutes. "
    "He started as a framer and moved into estimating after he hurt his shoulder. "
    "Also, he said to join the ASPE chapter, they have a student rate. "
    "He said to read Estimating in Building Construction by Steven Peterson. "
    "He said my carpentry background is gold for estimating. "
    "He said to call his colleague Rosa Diaz about the opening. "
    "He hates bid day, it's chaos until five."
)
JOIN = "Also, he said to join the ASPE chapter, they have a student rate."
READ = "He said to read Estimating in Building Construction by Steven Peterson."
GOLD = "He said my carpentry background is gold for estimating."


def found(text: str) -> list[tuple[str, str]]:
    return [(i.category, i.text) for i in extract(text).insights]


def test_reported_advice_is_filed_where_the_model_files_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import debrief.extract.insight_refile as refile

    got = found(RECAP)
    # the two short advice sentences in a row may be filed as one insight (the same-category
    # continuation of spokenins13), so each is looked for inside an advice insight
    advice = [text for category, text in got if category == "advice"]
    assert any(JOIN in text for text in advice)
    assert any(READ in text for text in advice)
    # a referral to a person stays no insight
    assert not any("Rosa Diaz" in text for _, text in got)
    # the shipped model (f7f7b2c) files the reported advice as nothing, the retrain on every
    # development author (insights32) as advice itself: the rule is checked on the shipped
    # model's answer, whichever model runs
    assert refiled_as(JOIN, "none") == "advice"
    monkeypatch.setattr(refile, "reported_advice", lambda doc, span: False)
    assert refiled_as(JOIN, "none") is None


def test_what_employers_value_is_skills_not_advice(monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_refile as refile

    got = found(RECAP)
    assert ("skills", GOLD) in got
    assert not any(GOLD in text for category, text in got if category == "advice")
    # the shipped model (f7f7b2c) alone files it as advice (the speaker is named: "my
    # background"), the retrain on every development author (insights32) as skills itself
    assert refiled_as(GOLD, "advice") == "skills"
    monkeypatch.setattr(refile, "valued_background", lambda doc, span: False)
    assert refiled_as(GOLD, "advice") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said to read Asking by a fundraiser he admires.", True),
        ("She suggested I shadow a night shift at the plant.", True),
        ("She said read the handbook first.", True),
        ("He said to talk to his manager about the opening.", False),
        ("She said to email her next week.", False),
        ("She said to look up her old teammate Priya Nair at the county.", False),
        ("He said to look up the state licensing rules.", True),
        ("She said I'll like it there.", False),
        ("I said to myself, just apply.", False),
    ],
)
def test_reported_advice_shapes(text: str, expected: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_reported import reported_advice

    doc = load_nlp()(text)
    assert reported_advice(doc, (0, len(doc))) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said my welding background is a real asset for inspection work.", True),
        ("He thinks the QA experience is a big head start.", True),
        ("They'd love someone who has run a warehouse floor.", True),
        ("The agency really values people with field experience.", True),
        ("She loves people who show up early.", False),
        ("My background is in accounting.", False),
        ("Her experience there was rough, but she stayed.", False),
    ],
)
def test_valued_background_shapes(text: str, expected: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_valued import valued_background

    doc = load_nlp()(text)
    assert valued_background(doc, (0, len(doc))) is expected


# what employers value, said beside an order to the speaker (a verb without a subject): the
# authors file the sentence as the order's advice, the value its reason (insights35, stop 39;
# insight_worth's reading of an order, insight_order). A "should" beside the value is left to
# the rule: the authors split it. Invented sentences, none from the labelled corpus.
ORDERED = [
    "He said clinics always want people with billing experience, so get the coding course done.",
    "She said my forklift background is a real plus, take the OSHA class first though.",
    "He said distributors need people with shop floor experience, call their regional office.",
]


@pytest.mark.parametrize("text", ORDERED)
def test_valued_background_beside_an_order_stays_advice(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import debrief.extract.insight_valued as valued

    # the model's advice is kept, and nothing else is made skills by the value in it
    assert refiled_as(text, "advice") is None
    assert refiled_as(text, "mission_values") is None
    monkeypatch.setattr(valued, "an_order", lambda doc, s, e: False)
    assert refiled_as(text, "advice") == "skills"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They'd love someone who has run a warehouse floor, so apply there first.", False),
        ("She said my welding background is an asset, and I should say so.", True),
        ("They'd love someone who has run a warehouse floor.", True),
    ],
)
def test_valued_background_with_an_order(text: str, expected: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_valued import valued_background

    doc = load_nlp()(text)
    assert valued_background(doc, (0, len(doc))) is expected
