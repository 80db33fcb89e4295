"""The speaker's step resumed after another's clause (`fu32`): ", and <verb>" after "she said
it closes ..." or "because she wants it ..." carries on the speaker's obligation, as a base
form cannot be a second verb of that finite clause. Through the real spaCy pipeline.

Every recap here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_HEAD = "Talked with Nora Fischer, a buyer at Harbor Foods, for twenty minutes. "


def _texts(text: str) -> list[str]:
    return [t for t, _ in _items(text)]


def test_a_step_after_her_clause_about_the_posting() -> None:
    text = _HEAD + (
        "So I want to apply to the night buyer posting, she said it closes October 9th, "
        "and send her a short note tomorrow."
    )
    assert _texts(text)[-1] == "send her a short note tomorrow."
    assert len(_texts(text)) == 2


def test_a_step_after_a_because_clause() -> None:
    text = _HEAD + (
        "I need to fix the dates on my resume before Friday because she wants it by then, "
        "and apply to the planner opening."
    )
    assert _texts(text) == [
        "I need to fix the dates on my resume before Friday",
        "apply to the planner opening.",
    ]


def test_her_own_steps_and_a_modal_clause_stay_hers() -> None:
    # no step of the speaker's before: her advice; a modal between: the base form may be his
    text = _HEAD + "She said it closes soon, and apply early. "
    text += "I should call Dev on Monday, he'll ask around, and email me the list."
    assert _texts(text) == ["I should call Dev on Monday"]
