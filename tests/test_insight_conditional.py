"""What a move would take, said by the speaker as "I'd need ...", is skills, not the speaker's
plan (insights27, stop 33).

The recap is written for these tests: a line cook's spoken-style recap after a call with a
food-safety auditor, where the cook repeats in the first person what the auditor said the job
would ask of them (nothing comes from the labelled corpus).
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

RECAP = (
    "Just got off a call with Marisol Vega, she's a food safety auditor at Greenline "
    "Assurance. She loves that no two kitchens are alike. "
    "She said line cooks make sharp auditors because we spot shortcuts, but I'd need to learn "
    "the audit software, SafetyChain mostly, and get comfortable writing findings. "
    "She told me the county lets you shadow for a month, and I would need a HACCP "
    "certificate before anyone sends me out alone. "
    "I'd need a car for the rural routes. "
    "I need to send her my resume by Thursday."
)
SOFTWARE = "I'd need to learn the audit software"
HACCP = "I would need a HACCP certificate"


def _filed(text: str) -> list[tuple[str, str]]:
    return [(i.category, i.text) for i in extract(text).insights]


def test_what_the_speaker_would_need_is_skills(monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_run as run
    import debrief.extract.insight_segment as segment

    got = _filed(RECAP)
    for phrase in (SOFTWARE, HACCP):
        assert [c for c, t in got if phrase in t] == ["skills"]
    # the speaker's real next step stays out of the insights (a follow-up), and so does a
    # need the speaker says on their own, not inside what the contact said
    assert not any("resume" in t or "a car" in t for _c, t in got)
    # without the rule the plan rule files neither line as skills (nor is the "but I'd need"
    # clause kept with the verdict before it: that is insight_gap's, skills30)
    monkeypatch.setattr(run, "would_need", lambda doc, span: False)
    monkeypatch.setattr(segment, "reported_gap", lambda doc, s, i, j: False)
    got = _filed(RECAP)
    assert not any(SOFTWARE in t or HACCP in t for c, t in got if c == "skills")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said I'd need a commercial driver's license for that route.", True),
        ("He said the pay is fine but I would need to learn Revit first.", True),
        ("She told me we'd need the state board exam before the interview.", True),
        # a sentence opened at "but" is read with the one before it
        ("He said the welding transfers. But I'd need the AWS cert.", True),
        # not inside what someone else said: left to the plan rule
        ("I'd need a commercial driver's license for that route.", False),
        # no "would": the speaker's own step
        ("She said the job is busy, and I need to learn Excel this week.", False),
        # "have to": no plan to the plan rule, left to the model
        ("She said I'd have to pass the state board exam first.", False),
        # a plan said beside the condition
        ("She said I'll hear back Monday since I'd need his sign-off.", False),
        # someone else's need
        ("She said she'd need a replacement by March.", False),
    ],
)
def test_would_need_shapes(text: str, expected: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_conditional import would_need

    doc = load_nlp()(text)
    assert would_need(doc, (0, len(doc))) is expected
