"""A way into a field the contact points at is advice, not skills (insights24, stop 32).

The recap is written for these tests: a warehouse lead's typed recap after a call with a
fleet safety manager, who names the credentials that open doors into her side of the
business (nothing comes from the labelled corpus).
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

RECAP = (
    "Had a call with Dana Okafor, a fleet safety manager at Tern Freight, for half an hour. "
    "She said the Six Sigma yellow belt program is the best door into process improvement "
    "for people from the warehouse floor. "
    "She said SQL and a feel for lane pricing are what the analysts need. "
    "She said the DOT compliance certificate is the only route into her team. "
    "She said the safety coordinator job is the back door for people like me because we "
    "already know the forklift rules and the OSHA logs. "
    "She loves the puzzle of routing."
)
DOOR = "the Six Sigma yellow belt program is the best door"
ROUTE = "the DOT compliance certificate is the only route"


def _filed(text: str) -> list[tuple[str, str]]:
    return [(i.category, i.text) for i in extract(text).insights]


def test_a_way_in_is_advice_not_skills(monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_refile as refile

    got = _filed(RECAP)
    for phrase in (DOOR, ROUTE):
        assert [c for c, t in got if phrase in t] == ["advice"]
    # what the analysts need stays skills, and so does a back door opened by what the
    # speaker already knows
    assert any("lane pricing" in t for c, t in got if c == "skills")
    assert any("forklift rules" in t for c, t in got if c == "skills")
    # without the rule the model files both ways in as skills
    monkeypatch.setattr(refile, "entry_route", lambda doc, span: False)
    got = _filed(RECAP)
    assert any(DOOR in t for c, t in got if c == "skills")
    assert any(ROUTE in t for c, t in got if c == "skills")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said the night desk is the easiest door into the analytics team.", True),
        ("The fastest path is a bootcamp and then a help desk job.", True),
        ("He said the union apprenticeship is the only way in.", True),
        # "way" without "in": a manner, not a route
        ("She said the way she runs audits is strict.", False),
        # a door opened by what the speaker already knows: skills after all
        ("Claims is the side door for nurses because we already know the codes.", False),
        # a door that is no subject or complement of "be"
        ("He walked me to the door after the tour.", False),
    ],
)
def test_entry_route_shapes(text: str, expected: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_route import entry_route

    doc = load_nlp()(text)
    assert entry_route(doc, (0, len(doc))) is expected


def test_a_way_in_that_also_names_the_skills_is_left() -> None:
    """A line that gives the way in and then what the key skills are is skills too."""
    from debrief.extract import load_nlp
    from debrief.extract.insight_route import entry_route

    nlp = load_nlp()
    named = nlp("She said the guild is the way in, and the key skills are welding and layout.")
    assert entry_route(named, (0, len(named))) is False
    reason = nlp("He said the fastest path is IAM because they value patience over flashy skills.")
    assert entry_route(reason, (0, len(reason))) is True
