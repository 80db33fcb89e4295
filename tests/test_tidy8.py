"""What the last review and the last user month found and left (session 26, tidy8), each
through the `debrief` command. Real SQLite files; real spaCy for the recaps."""

from __future__ import annotations

import json
import shlex
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli

from debrief.names import UNSURE_BELOW
from debrief.store import Store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

MARIA = (
    "Just talked to Maria Lopez, a product manager at Stripe. She said the culture is"
    " collaborative. I will send her my portfolio by Friday."
)


def _mine(home: Path) -> int:
    return next(
        int(r["id"])
        for r in Store(home / "debrief.db").rows(
            "SELECT id FROM follow_ups WHERE kind IS NULL AND direction = 'mine'"
        )
    )


def test_follow_up_takes_a_past_due_date(home: Path) -> None:
    """`follow-up ID --due yesterday` was refused as unreadable (the date reader looked
    forward only) and "last friday" became the coming Friday: a follow-up recorded late
    is overdue, and the user must be able to say so. "friday" alone still looks forward."""
    assert run_cli("add", "--text", MARIA, "-y")[0] == 0
    fid = _mine(home)
    today = date.today()
    last_friday = today - timedelta(days=(today.weekday() - 4) % 7 or 7)
    for said, due in [
        ("yesterday", today - timedelta(days=1)),
        ("last friday", last_friday),
        ("3 days ago", today - timedelta(days=3)),
        ("2026-01-15", date(2026, 1, 15)),
        # forward, as before: said on a Friday, the next week's
        ("friday", today + timedelta(days=(4 - today.weekday()) % 7 or 7)),
        ("last friday", last_friday),
    ]:
        code, out, err = run_cli("follow-up", str(fid), "--due", said)
        assert code == 0 and f"(due {due.isoformat()})" in out, (said, out, err)
    code, out, _ = run_cli("todo")
    assert code == 0 and "overdue" in out


def test_dismiss_on_a_done_item_says_it_was_done(home: Path) -> None:
    """`dismiss` on an item already done answered "dismissed #N" and stamped it dismissed:
    it says what is true now (it was done; nothing changed) and exits 0, as `done` on a
    done item does; the item stays done, not dismissed, in `todo --all`."""
    assert run_cli("add", "--text", MARIA, "-y")[0] == 0
    fid = _mine(home)
    assert run_cli("done", str(fid))[0] == 0
    code, out, err = run_cli("dismiss", str(fid))
    assert code == 0, err
    assert "dismissed #" not in out
    assert f"#{fid} was already done on {date.today().isoformat()}, nothing changed" in out
    row = Store(home / "debrief.db").follow_up(fid)
    assert row["done_at"] and row["dismissed_at"] is None
    code, out, err = run_cli("dismiss", str(fid + 1))
    assert code == 0 and f"dismissed #{fid + 1}" in out, err
    code, out, err = run_cli("dismiss", str(fid + 1))
    assert code == 0 and f"#{fid + 1} was already dismissed on" in out, err


def _reach_outs(home: Path) -> list[str]:
    return [
        r["text"]
        for r in Store(home / "debrief.db").rows(
            "SELECT text FROM follow_ups WHERE kind = 'reach_out' ORDER BY id"
        )
    ]


def test_a_spoken_plan_to_reach_a_referral_by_pronoun_is_the_one_reach_out(home: Path) -> None:
    """ "talk to Marcus Bell, so I will email him by Friday" filed the dated email AND a
    generated "Reach out to Marcus Bell": the email is the plan for the person named last
    before it (same sentence, or the sentence before when the pronoun is not the
    contact's own). "email her my resume" after naming him is the contact's: the
    reach-out stays."""
    head = "Just talked to Maria Lopez, a product manager at Stripe. "
    same = head + "She said to talk to Marcus Bell, so I will email him by Friday."
    assert run_cli("add", "--text", same, "-y", "--when", "2026-12-01T10:00")[0] == 0
    before = head + "She said I should talk to Dana Kim on her team. I will email him soon."
    assert run_cli("add", "--text", before, "-y", "--when", "2026-12-02T10:00")[0] == 0
    code, out, err = run_cli("todo")
    assert code == 0, err
    # "by Friday" is the due date beside it in `todo` (qa67)
    assert "I will email him. " in out and "email him soon" in out
    assert _reach_outs(home) == []
    hers = (
        head + "She said I should talk to Ravi Shah on her team. I will email her my resume by"
        " Friday."
    )
    assert run_cli("add", "--text", hers, "-y", "--when", "2026-12-03T10:00")[0] == 0
    assert _reach_outs(home) == ["Reach out to Ravi Shah (suggested by Maria Lopez)"]


def test_the_summary_after_add_lists_a_repeated_insight_once(home: Path) -> None:
    """The summary after `add` (``Store.as_filed``) repeated ``save_extraction``'s filtering
    without its word-for-word dedupe: it said "Culture 2" for one filed insight. One
    function files and summarises now."""
    said = "She said the culture is very collaborative and kind."
    text = f"Just talked to Maria Lopez at Stripe. {said} Her advice was to ship early. {said}"
    code, out, err = run_cli("add", "--text", text, "-y")
    assert code == 0, err
    assert "Culture 1," in out and "Culture 2" not in out
    assert len(Store(home / "debrief.db").insights(1)) == 2


def test_a_sentence_said_again_with_a_word_misheard_is_filed_once(home: Path) -> None:
    """Long spoken memos filed one insight twice: Whisper repeats a sentence with a word
    misheard ("each other" / "each order") and only word-for-word repeats were caught. A
    later insight of the same recap at token F1 >= 0.75 to an earlier one is that one said
    again; its opposite ("is not great") is not. Dropping the first drops its repeat too."""
    said = "She said the engineering culture is very collaborative and everyone helps each"
    text = (
        "Just talked to Maria Lopez, a product manager at Stripe. "
        f"{said} other. Her advice was to ship small projects early. {said} order."
        " She said the pay is great. She started in support six years ago."
        " She said the pay is not great."
    )
    code, _, err = run_cli("add", "--text", text, "-y")
    assert code == 0, err
    filed = [i["text"] for i in Store(home / "debrief.db").insights(1)]
    assert f"{said} other." in filed and f"{said} order." not in filed
    # (a sentence between the two: two short sentences of one category in a row are one
    # insight since pipeline 1.24, which would hide whether the opposite is kept)
    assert "She said the pay is great." in filed and "She said the pay is not great." in filed
    assert len(filed) == 5
    first = next(i["id"] for i in Store(home / "debrief.db").insights(1) if "other" in i["text"])
    assert run_cli("insight", str(first), "--drop")[0] == 0
    assert run_cli("reextract", "1")[0] == 0
    filed = [i["text"] for i in Store(home / "debrief.db").insights(1)]
    assert not any("engineering culture" in t for t in filed) and len(filed) == 4


@pytest.mark.slow
def test_a_misheard_company_is_flagged_as_the_referral_is(home: Path) -> None:
    """The demo sample's contact works at Stripe; tiny.en hears the name unsure (it wrote
    "tribe", p=0.22, in an earlier install; "Stripe", p=0.58, with ctranslate2 4.8.5 and
    faster-whisper 1.2.1). `show` flagged the misheard referral ("James Ken") but not the
    company: the contact's company is flagged the same way when it is not on file and the
    recap is spoken, with the command that fixes it; the fix clears it, through `reextract`
    too. Whatever tiny.en spells, the user's spelling ("Stripe Payments" here, a name
    Whisper cannot have written) wins."""
    code, out, err = run_cli("add", str(SAMPLES / "recap-maria-lopez.wav"), "--yes")
    assert code == 0, err
    shown = _show(1)
    (firm,) = [u for u in shown["unsure_names"] if u["role"] == "company"]
    assert firm["name"] == shown["company"] and firm["probability"] < UNSURE_BELOW
    assert firm["fix"] == f'debrief rename company "{firm["name"]}" "RIGHT SPELLING"'
    assert [u["role"] for u in shown["unsure_names"]] == ["company", "referral"]
    line = f'company heard as "{firm["name"]}" (unsure of the spelling): {firm["fix"]}'
    assert line in " ".join(out.split())
    code, out, _ = run_cli("show", "1")
    assert line in " ".join(out.split())
    argv = shlex.split(firm["fix"])
    assert run_cli(*argv[1:-1], "Stripe Payments")[0] == 0
    for step in ((), ("reextract", "1")):
        if step:
            assert run_cli(*step)[0] == 0
        shown = _show(1)
        assert shown["company"] == "Stripe Payments"
        assert [u["role"] for u in shown["unsure_names"]] == ["referral"]


def test_a_typed_or_given_company_is_not_flagged(home: Path) -> None:
    """Only a spoken recap's company can be misheard: a typed one flags nothing."""
    code, out, err = run_cli("add", "--yes", "--text", "Just talked to Mia Covac at Fgma.")
    assert code == 0, err
    assert "unsure" not in out and _show(1)["unsure_names"] == []


def _show(debrief_id: int) -> dict[str, Any]:
    code, out, err = run_cli("show", str(debrief_id), "--json")
    assert code == 0, err
    return dict(json.loads(out))
