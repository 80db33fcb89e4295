"""A user's session (QA, stop 35): each defect found, as the `debrief` command shows it.
Real SQLite files and real spaCy; the recaps are typed, in the tester's own words."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli

#: A first call: the contact offers an introduction to a colleague, and something else.
FIRST = (
    "Just got off a call with Lena Hoffmann, an engineering manager at Shopify. She said the"
    " platform team cares a lot about on-call experience. She offered to introduce me to Raj"
    " Patel, who leads recruiting for engineering. She'll send me the team's interview guide."
)
#: The call with the colleague she introduced, the next day.
SECOND = (
    "Talked with Raj Patel, a technical recruiter at Shopify, whom Lena introduced me to."
    " He said interviews are four rounds, including a pair programming session."
)
INTRO = "She offered to introduce me to Raj Patel"
GUIDE = "interview guide"


def _todo(*extra: str) -> str:
    code, out, err = run_cli("todo", *extra)
    assert code == 0, err
    return out


def _open(text: str, out: str) -> bool:
    return any(text in line and " done " not in line for line in out.splitlines())


def test_an_introduction_offered_is_kept_by_the_call_with_that_person(home: Path) -> None:
    """Lena offered to introduce the user to Raj Patel; after the call with Raj, `todo`,
    `prep` and `company` still listed the introduction as owed (the reach-out to Raj was
    closed by that call, the offer was not). The call with Raj closes it, across
    `reextract`; her other offer stays open; deleting Raj's call reopens it."""
    code, _, err = run_cli("add", "-y", "--text", FIRST, "--when", "2026-12-03T10:00")
    assert code == 0, err
    out = _todo()
    assert _open(INTRO, out) and _open(GUIDE, out), out

    code, _, err = run_cli("add", "-y", "--text", SECOND, "--when", "2026-12-04T15:00")
    assert code == 0, err
    out = _todo()
    assert INTRO not in out, out
    assert _open(GUIDE, out), out  # not an introduction: still owed
    closed = next(ln for ln in _todo("--all").splitlines() if INTRO in ln)
    assert "done 2026-12-04" in closed, closed
    code, prep, err = run_cli("prep", "Lena Hoffmann")
    assert code == 0, err
    offered = prep.split("They offered", 1)[1].split("Referral chain", 1)[0]
    assert INTRO not in offered and GUIDE in offered, prep

    code, _, err = run_cli("reextract", "--all")
    assert code == 0, err
    assert INTRO not in _todo()

    code, _, err = run_cli("delete", "2", "-y")
    assert code == 0, err
    assert _open(INTRO, _todo()), _todo()  # no call with Raj any more: owed again
