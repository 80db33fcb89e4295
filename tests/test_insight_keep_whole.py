"""A mission sentence keeps the clause the model reads as advancement (insights17): "they pay
them a living wage even though they grow slower", "... but headquarters holds the money, so
there is a tension there" go on about the mission, and the newer authors file the sentence as
one mission_values insight, where the clause rule cut the tail off as an extra advancement
insight (``insight_decide.KEEP_WHOLE``). A culture sentence's promotion clause is still cut
off: authors n..s file it as an advancement insight of its own.

All texts are written for these tests: a user recapping a call with someone at a growers'
co-op or a delivery firm, talking in long comma-spliced sentences, one point running into
the next.
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

OPENING = "I talked to Marisol Ortega, she manages grower relations at Valle Verde Co-op."
#: the keep-whole table before insights17, to show each text was cut before
BEFORE = {
    "culture": ["dislikes", "likes", "skills"],
    "mission_values": ["dislikes", "likes"],
    "typical_day": ["skills"],
}


def both(sentence: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The insights of the recap now, and with the keep-whole table before insights17."""
    from debrief.extract import load_nlp
    from debrief.extract.insight_decide import keep_table

    text = f"{OPENING} {sentence}"
    now = [(i.category, i.text) for i in extract(text).insights]
    component = load_nlp().get_pipe("debrief_insights_v3")
    saved = component.keep_whole
    try:
        component.keep_whole = keep_table(BEFORE)
        before = [(i.category, i.text) for i in extract(text).insights]
    finally:
        component.keep_whole = saved
    return now, before


@pytest.mark.parametrize(
    "sentence",
    [
        # the pay of the people the mission is about
        "On mission she said they hire their drivers from the neighbourhoods they deliver "
        "to, and they pay them union scale even though it means they grow slower.",
        # where the mission meets the money
        "About values, he said the co-op puts growers ahead of margins, the board is half "
        "farmers, but the bank still sets the budget, so there is some friction there.",
    ],
)
def test_a_mission_sentence_keeps_its_money_clause(sentence: str) -> None:
    now, before = both(sentence)
    assert now == [("mission_values", sentence)]
    # the clause rule alone cut an advancement insight out of its end
    assert any(c == "advancement" and sentence.endswith(t) for c, t in before)
    assert ("mission_values", sentence) not in before


def test_a_culture_sentence_still_gives_its_promotion_clause_away() -> None:
    """Authors n..s file "there's a ladder from ... to ..." after a culture remark as an
    advancement insight of its own (keeping it whole cost 8 matched insights there)."""
    sentence = (
        "She said the culture is slow but friendly, people stay for decades, and there's a "
        "clear ladder from field rep to buyer to regional manager."
    )
    now, _ = both(sentence)
    assert any(c == "culture" and t.startswith("She said the culture") for c, t in now)
    assert any(c == "advancement" and t.startswith("there's a clear ladder") for c, t in now)
