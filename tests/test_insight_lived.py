"""The organisation living its stated values, or not, is mission_values (mission26, stop 32).

The recap is written for these tests: a career changer's typed notes after a call with a
grants officer at a community foundation, who says how far the foundation lives what it
claims, next to his likes, dislikes and one piece of advice (nothing comes from the labelled
corpus).
"""

from __future__ import annotations

import pytest
from conftest import refiled_as

from debrief.extract import extract

pytest.importorskip("spacy")

RECAP = (
    "Notes from my call with Tomasz Wierzbicki, grants officer at the Larchmont Community "
    "Foundation, maybe half an hour. "
    "He loves that the foundation actually walks the talk, the trustees gave up their own "
    "stipends. "
    "He told me to take the grant writing course seriously. "
    "He said Larchmont takes its equity pledge seriously in every grant round, which "
    "surprised me. "
    "He said the pace is slow and the pay is lower than at a bank. "
    "He hates the quarterly reporting. "
    "He likes that the board members actually read every site visit report. "
)
WALKS = "actually walks the talk"


def _filed(text: str) -> list[tuple[str, str]]:
    return [(i.category, i.text) for i in extract(text).insights]


def test_a_like_of_values_lived_is_mission_values(monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_refile as refile

    got = _filed(RECAP)
    assert [c for c, t in got if WALKS in t] == ["mission_values"]
    assert [c for c, t in got if "equity pledge" in t] == ["mission_values"]
    # the advice to take a course seriously, a dislike and a plain like stay as they are
    assert [c for c, t in got if "grant writing course" in t] == ["advice"]
    assert [c for c, t in got if "quarterly reporting" in t] == ["dislikes"]
    assert [c for c, t in got if "site visit report" in t] == ["likes"]
    # the shipped model (f7f7b2c) files the foundation walking the talk as a like, the retrain
    # on every development author (insights32) as mission_values itself: the rule is checked
    # on the shipped model's answer, whichever model runs
    walks = next(s for s in RECAP.split(". ") if WALKS in s) + "."
    assert refiled_as(walks, "likes") == "mission_values"
    monkeypatch.setattr(refile, "values_lived", lambda doc, span: False)
    assert refiled_as(walks, "likes") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said the co-op really lives it, they turned down a chain buyer.", True),
        ("He said the clinic does live up to its promise of same-day visits.", True),
        ("She said the mission is real, they open the pantry on Sundays too.", True),
        ("They pair every grant with a tenant board and it's not just marketing.", True),
        ("She said the regional office takes rider safety seriously.", True),
        ("He thinks they mean it when they say no one is turned away.", True),
        # an order to the speaker: "take ... seriously" with no subject
        ("She told me to take the licensing exam seriously.", False),
        # a person taking something seriously, and the passive of a candidate
        ("He said the payroll side is dull, which he takes seriously anyway.", False),
        ("You need the license to be taken seriously by the county.", False),
        ("She said the county takes you more seriously once you hold the license.", False),
        # the contact's own sincerity, and living somewhere
        ("She laughed but she meant it.", False),
        ("He lives in Tacoma with his two kids.", False),
        # "not just" before another noun, and "real" that is no stance on the mission
        ("He said to apply to the county roles, not just the state ones.", False),
        ("The mission work pays in real estate credits.", False),
        ("He likes that the mission stuff is real, the clinic never bills the uninsured.", True),
        # a like of the mission beside something else said real: a like and a mission line
        ("She loves the mission, patients first is real at the clinic.", False),
    ],
)
def test_values_lived_shapes(text: str, expected: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_lived import values_lived

    doc = load_nlp()(text)
    assert values_lived(doc, (0, len(doc))) is expected
