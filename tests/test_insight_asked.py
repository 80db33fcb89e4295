"""Typed question-and-answer notes ("Q: Frustrations? A: ...") and a heading alone on its line
("**skills**", "Likes/dislikes:"): the question and the bare heading name what follows and are
no insights; a typed bullet is never joined onto the one before it (insights41, stop 42). Real
spaCy and the shipped insight model; every text is written for these tests: a career
changer's call with a bakery's production manager.
"""

from __future__ import annotations

import pytest

from debrief.extract import extract, load_nlp
from debrief.extract.insight_asked import asked_answers, question_category
from debrief.extract.insight_bare import bare_heading
from debrief.extract.insight_sentences import sentence_spans

pytest.importorskip("spacy")

OPENING = "Call with Tomasz Wren, production manager at Crumb & Co Bakeries. About 25 minutes.\n\n"
ASKED = (
    "Q: How did you get started? A: He started on the night shift mixing dough and worked up to "
    "line lead in four years.\n"
    "Q: What is hard? A: Flour prices that jump every quarter and ovens older than he is.\n"
    "Q: What's the week like?\n"
    "A: Planning runs on Monday, then audits and supplier calls for the rest of the week.\n"
)


def categorised(text: str) -> list[tuple[str, str]]:
    return [(i.category, i.text) for i in extract(text).insights]


def test_a_question_is_no_insight_and_names_its_answer() -> None:
    got = categorised(OPENING + ASKED)
    assert not [text for _, text in got if "?" in text or text.startswith(("Q:", "A:"))]
    assert (
        "dislikes",
        "Flour prices that jump every quarter and ovens older than he is.",
    ) in got
    assert (
        "typical_day",
        "Planning runs on Monday, then audits and supplier calls for the rest of the week.",
    ) in got


def test_the_question_names_its_category_topic_first() -> None:
    assert question_category("What's the week like?") == "typical_day"
    assert question_category("What do you like least?") == "dislikes"
    assert question_category("What don\u2019t you like?") == "dislikes"
    assert question_category("Likes?") == "likes"
    assert question_category("How do people move up?") == "advancement"
    assert question_category("Who?") is None


def test_a_quarter_is_no_question() -> None:
    doc = load_nlp()("Q3: sales beat the plan by a tenth. A: lot of it came from wholesale.\n")
    sentences = sentence_spans(doc)
    assert asked_answers(doc, sentences, {}) == (sentences, {})


def test_a_heading_alone_on_its_line_is_no_insight() -> None:
    text = OPENING + (
        "**skills**\n- reading a production schedule, food safety basics, forklift ticket\n"
        "Likes/dislikes:\n- he loves the smell of the first bake at 4am\n"
    )
    got = categorised(text)
    assert not [text for _, text in got if text.strip("*:").lower() in {"skills", "likes/dislikes"}]
    assert bare_heading("Likes/dislikes:") and bare_heading("## Day-to-day")
    assert not bare_heading("Likes the early starts")


def test_each_typed_bullet_of_one_topic_is_an_insight() -> None:
    # two bullets of one topic: the same-category join glued the second onto the first
    text = OPENING + (
        "Day-to-day\n"
        "* mornings on the floor, checking proofing on every rack\n"
        "* afternoons are meetings with sales and the plant manager\n\n"
        "Culture: small, loud, kind.\n"
    )
    got = categorised(text)
    assert ("typical_day", "* afternoons are meetings with sales and the plant manager") in got
    assert ("typical_day", "* mornings on the floor, checking proofing on every rack") in got
