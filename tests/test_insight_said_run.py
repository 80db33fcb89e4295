"""A reported point run on in a dictated sentence with no stop and no joining word ("... if you
ask she told me to shadow a nurse", "... the clinic downtown she said the hardest part is the
charting") is offered as a clause of its own (insights45, stop 44); a say verb inside a
relative clause ("the course he said was free") or after a joining word is not.

The sentences are written for these tests: a pharmacy technician dictating notes after calls
with hospital staff (nothing comes from the labelled corpus).
"""

from __future__ import annotations

import pytest

from debrief.extract import load_nlp
from debrief.extract.insight_said_run import reported_run_on
from debrief.extract.insight_segment import clause_spans

pytest.importorskip("spacy")


def clauses(text: str) -> list[str]:
    doc = load_nlp()(text)
    return [doc[a:b].text for a, b in clause_spans(doc, 0, len(doc))]


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "she got her license in ohio then moved to the clinic downtown she said the "
            "hardest part is the charting",
            "she said the hardest part is the charting",
        ),
        (
            "they pay for certifications if you ask she told me to shadow a nurse for a day",
            "she told me to shadow a nurse for a day",
        ),
        (
            "he covers three units on the night shift now he said my retail years count for a lot",
            "he said my retail years count for a lot",
        ),
    ],
)
def test_a_run_on_reported_point_is_cut(text: str, right: str) -> None:
    got = clauses(text)
    assert got[-1] == right


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause: the say verb's object is the noun before it
        "the course he said was free turned out to cost two hundred dollars",
        # a pronoun subject before: "she said he said"
        "she runs the infusion pharmacy and i said she told me about the opening",
        # "that" after a say verb is a complementizer: "she said that he told me"
        "the pharmacist in charge mentioned that he told me about the residency",
        # too little before it to be a statement of its own
        "so anyway she said the pharmacy is hiring",
    ],
)
def test_no_cut_without_a_new_point(text: str) -> None:
    doc = load_nlp()(text)
    words = [t.lower_ for t in doc]
    assert not any(
        reported_run_on(doc, 0, i, len(doc))
        for i in range(1, len(doc))
        if words[i] in {"he", "she"}
    )
