"""What a job, a posting or a programme asks of a candidate is a skills insight.

Real spaCy and the shipped insight model; every recap here is written for these tests: a
school bus driver's notes after a call with a transit planner about moving into scheduling.
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

OPENING = "Talked with Renata Oduya, transit planner at Lakeshore Metro, for half an hour. "


@pytest.mark.parametrize(
    ("sentence", "required"),
    [
        ("She said the scheduler roles want two years of dispatch.", True),
        ("Most planning postings require a GIS certificate now.", True),
        ("The apprenticeship programs look for people who already drive.", True),
        # the reason given for advice, not a requirement on its own
        ("She said to learn Trapeze because every agency asks for it.", False),
        # the contact's or the speaker's own wanting
        ("She wants me to send her my route sheets.", False),
        ("I want a job with weekends off.", False),
        # an opening, not what a job asks of anyone
        ("They want someone for the night desk.", False),
    ],
)
def test_which_sentences_say_what_a_job_asks(sentence: str, required: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_required import job_requirement

    doc = load_nlp()(sentence)
    assert job_requirement(doc, (0, len(doc))) is required


def test_a_job_requirement_after_a_word_on_promotion_is_filed_as_skills() -> None:
    # the sentence opens on promotions (advancement); its second clause is what a posting
    # asks of a candidate
    text = (
        OPENING + "She started as a driver herself and moved into planning after ten years. "
        "Promotions are slow there, and every supervisor posting wants five years in the seat. "
        "She loves seeing a new route full of riders."
    )
    found = [(i.category, i.text) for i in extract(text).insights]
    skills = [t for c, t in found if c == "skills"]
    assert any("supervisor posting wants five years" in t for t in skills), found
    assert not any("Promotions" in t for t in skills), found
    assert any(c == "likes" and "new route" in t for c, t in found), found


def test_a_requirement_is_refiled_from_dislikes_only_as_a_clause_of_another_sentence() -> None:
    # insights33: the retrained model reads a requirement cut from its sentence as dislikes;
    # the clause is refiled when its sentence is not a dislike, a dislike sentence stays one
    from debrief.extract import load_nlp
    from debrief.extract.insight_model import LABEL_INDEX
    from debrief.extract.insight_refile import refiled

    dislikes, advancement = LABEL_INDEX["dislikes"], LABEL_INDEX["advancement"]
    doc = load_nlp()("Every supervisor posting wants five years in the seat.")
    span = (0, len(doc))
    assert refiled(doc, span, dislikes, advancement, False) == LABEL_INDEX["skills"]
    assert refiled(doc, span, dislikes, dislikes, False) is None

    text = OPENING + "She hates that every supervisor posting wants five years in the seat."
    found = [(i.category, i.text) for i in extract(text).insights]
    assert [c for c, _ in found] == ["dislikes"], found
