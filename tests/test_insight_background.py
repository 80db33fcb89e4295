"""The contact's past role, told where the recap introduces the contact, is career_path
(insight_background; docs/extraction-history.md, "insights36").

The recaps are written for these tests (nothing comes from the labelled corpus).
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

INTRO = (
    "Talked with Marta Olsen, she's the plant manager at Brightwater Dairy and before that "
    "she was a high school chemistry teacher for nine years. "
    "She said the night shift is where you learn the line. "
    "She loves the people on the floor but hates the audits."
)
INTRO_PAST = "before that she was a high school chemistry teacher for nine years"

RELATIVE = (
    "I talked to the clinic director, Owen Park, who was a physical therapist and then a "
    "hospital administrator. "
    "He said most of his week is budget meetings and hiring. "
    "He likes that he still sees patients on Fridays."
)
RELATIVE_PAST = "who was a physical therapist and then a hospital administrator"

ALONE = (
    "Call with Priya Raman from Cobalt Freight, she runs their customs team. "
    "She was a middle school band teacher until 2019. "
    "She said the job is mostly paperwork and phone calls with brokers."
)
ALONE_PAST = "She was a middle school band teacher until 2019."
FRAGMENT = ALONE.replace(ALONE_PAST, "Former hospital pharmacist.")


def career(text: str) -> list[str]:
    return [i.text for i in extract(text).insights if i.category == "career_path"]


@pytest.mark.parametrize(
    ("recap", "past"),
    [
        (INTRO, INTRO_PAST),
        (RELATIVE, RELATIVE_PAST),
        (ALONE, ALONE_PAST),
        (FRAGMENT, "Former hospital pharmacist."),
    ],
    ids=["after-and-before-that", "relative-clause", "own-sentence", "fragment"],
)
def test_the_contacts_past_role_is_career_path_without_the_introduction(
    recap: str, past: str
) -> None:
    found = career(recap)
    assert any(past in text for text in found), found
    # the introduction ("Talked with ...", "she's the plant manager") is not part of it
    assert not any(text.startswith(("Talked", "I talked", "Call with")) for text in found)


def test_without_the_rule_the_past_role_is_filed_as_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import debrief.extract.insight_run as run
    import debrief.extract.insight_segment as segment

    monkeypatch.setattr(run, "past_role", lambda doc, s, e: False)
    monkeypatch.setattr(segment, "background_cuts", lambda doc, s, e: [])
    assert not any(INTRO_PAST in text for text in career(INTRO))


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from debrief.extract.pipeline import load_nlp

    return load_nlp()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was a flight nurse for six years.", True),
        ("He used to be a welder at the shipyard.", True),
        ("Former county planner.", True),
        ("Retired Coast Guard, twenty years.", True),
        ("Retired Marine, now in logistics.", True),
        ("Former Staff Sergeant Dana Kowalczyk-Reyes, we served together.", False),
        ("who was a reporter and then an editor", True),
        ("And before that she worked in billing for a dental office.", True),
        # the speaker's own story, an organisation, no role, the present
        ("I was a paralegal for three years.", False),
        ("They were a tiny startup back then.", False),
        ("He was the one who hired the whole team.", False),
        ("She was very honest about the pay.", False),
        ("She is a nurse manager at the county.", False),
        ("She wasn't his manager at the plant.", False),
    ],
)
def test_past_role(nlp, text: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    from debrief.extract.insight_background import past_role

    doc = nlp(text)
    assert past_role(doc, 0, len(doc)) is expected


def test_background_cuts_only_inside_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    from debrief.extract.insight_background import background_cuts

    doc = nlp("Met Ana Silva, she's a charge nurse at Mercy and she used to be a paramedic.")
    cuts = background_cuts(doc, 0, len(doc))
    # the past role runs to the sentence's end: no clause of its own opens after it
    assert [doc[a:b].text for a, b in cuts] == ["she used to be a paramedic."]
    doc = nlp(
        "Met Ana Silva, who was a paramedic for years, and she said the job is mostly paperwork."
    )
    assert [doc[a:b].text for a, b in background_cuts(doc, 0, len(doc))] == [
        "who was a paramedic for years"
    ]
    # a sentence that opens on the past role is its own candidate already: no cut
    doc = nlp("She used to be a paramedic in the city for years.")
    assert background_cuts(doc, 0, len(doc)) == []


def test_one_career_story_a_recap() -> None:
    from debrief.extract.insight_background import unfiled_past

    past = [(10, 20)]
    # no path filed elsewhere: the past role is filed
    assert unfiled_past(past, []) == past
    # the model files the contact's path in another sentence: the introduction's past role
    # is an aside
    assert unfiled_past(past, [(40, 55)]) == []
    # ... unless the path goes on right after it ("He was a trucker too! Ten years, then ...")
    assert unfiled_past(past, [(21, 35)]) == past
    # a path filed over the past role itself (its sentence) is no other story
    assert unfiled_past(past, [(5, 25)]) == past
