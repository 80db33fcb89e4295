"""A role's duties told as what "you" do are typical_day (insights23, stop 31).

The lines are written for these tests: what a contact says of a job when she walks the
speaker through it in the generic "you" (a ship's purser, a court reporter, a park ranger),
and the shapes that look alike but say what the job takes, gives or how to move up (nothing
comes from the labelled corpus).
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("you board at six, you count the cash drawers, you file the crew manifests.", True),
        ("she said you sit in the courtroom, you type every word, you certify transcripts.", True),
        ("rangers patrol the trails, you show up at dawn, check the gates, log the cars.", True),
        ("you know everyone in town, you go to the harvest dance.", False),
        ("you need the license and you get a raise after a year.", False),
        ("you can shadow a ranger and you should ask for the winter season.", False),
        ("if you want to move up, you take the night desk and you learn the payroll.", False),
        ("you don't get promoted in place, you apply to another office.", False),
        ("she files the manifests and she counts the drawers.", False),
        ("you start on the night desk, move to days after two years, then lead.", False),
    ],
)
def test_role_duties_shapes(text: str, expected: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_duties import role_duties

    doc = load_nlp()(text)
    assert role_duties(doc, (0, len(doc))) is expected


RECAP = (
    "quick notes, talked to Ines Barros, she runs the apprentice program at a glass studio. "
    "the apprenticeship is three years, you sweep the hot shop, you gather glass for the "
    "gaffer, you pack the orders. "
    "later you move up to assistant and then gaffer if you stick with it. "
    "her advice was to take the summer intensive before applying."
)
ROUTINE = "you sweep the hot shop"


def _days() -> list[str]:
    from debrief.extract import extract

    return [i.text for i in extract(RECAP).insights if i.category == "typical_day"]


def test_the_routine_in_a_recap_is_typical_day(monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_refile as refile

    assert any(ROUTINE in text for text in _days())
    # without the rule the model files the programme's routine as advancement
    monkeypatch.setattr(refile, "role_duties", lambda doc, span: False)
    assert not any(ROUTINE in text for text in _days())
