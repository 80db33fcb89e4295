"""What qa65 met using debrief as a job seeker over a week: six calls (two at one company,
a referral then called, one filed days late, one from audio), then what a user does between
calls. Each through the `debrief` command with the real pipeline; the wordings are the
tester's."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import add_text, run_cli

REFERRING = (
    "Met Ilse Brandauer, a staff analyst at Quarrywell, over coffee. She said the analysts"
    " there pick their own projects. She suggested I talk to Tobiah Renwick on the pricing"
    " team."
)
#: The referral's own call, naming the referrer back: read as a referral of this call.
REFERRED = (
    "Just got off a call with Tobiah Renwick, pricing manager at Quarrywell, who Ilse"
    " pointed me to. He said pricing work is mostly spreadsheets and negotiation."
)


def _todo() -> list[str]:
    code, out, err = run_cli("todo", "--json")
    assert code == 0, err
    return [t["text"] for t in json.loads(out)]


def _people() -> dict:
    code, out, err = run_cli("people", "--json")
    assert code == 0, err
    return json.loads(out)


def _assert_referrer_is_no_referral(referred_call: str) -> None:
    assert not [t for t in _todo() if "Reach out to Ilse" in t], _todo()
    code, out, err = run_cli("people")
    assert code == 0, err
    assert "every referral contacted" in out, out
    code, out, _ = run_cli("draft", "thanks", referred_call)
    assert "Ilse" not in out, out
    code, out, _ = run_cli("prep", "Quarrywell")
    chain = out.split("Referral chain", 1)[1]
    assert "Tobiah Renwick → Ilse" not in chain, chain
    assert "Ilse Brandauer → Tobiah Renwick" in chain, chain


def test_the_referrer_named_in_the_referrals_call_is_no_new_referral(home: Path) -> None:
    """Omar's recap said "who Dana pointed me to": Dana, called the day before and the one
    who named Omar, was filed as Omar's referral: `todo` owed "Reach out to Dana Whitfield
    (suggested by Omar...; spoke before)", `people` and `review` listed her as not yet
    contacted, `prep` drew the chain both ways and the thank-you note to Omar thanked him
    for suggesting Dana."""
    add_text(REFERRING, "2026-11-30T10:00")
    add_text(REFERRED, "2026-12-01T15:00")
    _assert_referrer_is_no_referral("2")
    assert "Tell Ilse Brandauer how it went with Tobiah Renwick" in _todo()
    code, _, err = run_cli("reextract", "--all")
    assert code == 0, err
    _assert_referrer_is_no_referral("2")


def test_the_referring_call_filed_after_the_referrals_call(home: Path) -> None:
    """The referring call filed late (an old memo typed up after the next call): the name
    said back in the referral's call stops being a referral then too."""
    add_text(REFERRED, "2026-12-01T15:00")
    add_text(REFERRING, "2026-11-30T10:00")
    _assert_referrer_is_no_referral("1")
