"""Five small frictions a QA user found (session 24, ux6), each as the `debrief` command
shows it. Real spaCy for the typed recaps, real SQLite files."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from conftest import add_text, run_cli

from debrief.config import load_settings
from debrief.store import open_store

SOFIA = (
    "Just talked to Sofia Brennan, a technical recruiter at Figma. She said the culture is"
    " collaborative and most teams are hybrid. Her advice was to apply through a referral."
    " She suggested I reach out to Priyanka Rao, a design manager at Figma."
)
PRIYANKA = (
    "Just talked to Priyanka Rao, a design manager at Figma. She said design critiques are"
    " weekly and the team values clear writing."
)


def test_person_points_a_referral_not_called_yet_to_prep(home: Path) -> None:
    """`debrief person priyanka` ended at "no debrief with them yet": a dead end."""
    add_text(SOFIA, "2026-12-01T10:00")
    code, out, err = run_cli("person", "priyanka")
    assert code == 0, err
    assert "no debrief with them yet" in out
    assert 'debrief prep "Priyanka Rao"' in out
    # and the command it names works
    code, out, err = run_cli("prep", "Priyanka Rao")
    assert code == 0, err
    assert "Priyanka Rao" in out
    # once called, no pointer to a call still to come
    add_text(PRIYANKA, "2026-12-03T10:00")
    _, out, _ = run_cli("person", "priyanka")
    assert "debrief prep" not in out


def test_search_by_a_referral_not_called_yet_says_so(home: Path) -> None:
    """`search --person priyanka` said "no contact matching" for a referral on file."""
    add_text(SOFIA, "2026-12-01T10:00")
    for args in (("search", "--person", "priyanka"), ("search", "hybrid", "--person", "priyanka")):
        code, out, err = run_cli(*args)
        assert code == 1
        assert "no contact matching" not in err
        assert "Priyanka Rao is on file as a referral (suggested by Sofia Brennan)" in err
        assert "no call with them is filed yet" in err
        assert len(err.strip().splitlines()) == 1
    # a name nobody mentioned keeps the plain error
    code, _, err = run_cli("search", "--person", "zzqxw")
    assert code == 1 and "no contact matching 'zzqxw'" in err
    # and a contact is searched as before
    code, out, err = run_cli("search", "--person", "sofia")
    assert code == 0, err
    assert "hybrid" in out


def test_thanks_note_does_not_promise_a_call_already_filed(home: Path) -> None:
    """The note for Sofia's call said "I will" reach out to Priyanka after that call was
    filed; it now says it happened."""
    add_text(SOFIA, "2026-12-01T10:00")
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert "suggesting I reach out to Priyanka Rao; I will." in out
    add_text(PRIYANKA, "2026-12-03T10:00")
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert "I will" not in out
    assert "suggesting I reach out to Priyanka Rao; I have since spoken with Priyanka." in out


def test_process_summary_says_what_failed_and_what_to_run(home: Path) -> None:
    """The summary said "fix the cause" without the cause or the command; and the next step
    was said twice, after the error and again, reworded, in the summary (tidy7)."""
    settings = load_settings()
    store = open_store(settings)
    gone = settings.recordings_dir / "moved-away.wav"
    store.create_debrief(
        source="audio", recorded_at=datetime(2026, 11, 18, 9), audio_path=gone, audio_hash="h"
    )
    store.close()
    code, out, err = run_cli("process")
    assert code == 1
    assert "fix the cause" not in out
    assert "moved-away.wav" in err  # the error is said as it happens
    assert (out + err).count("`debrief process`") == 1
    assert (out + err).count("`debrief delete 1`") == 1
    # One recording that failed: its error line says what to run, and no summary repeats
    # it (qa58); several get the summary (tests/test_process_isolation.py).
    assert "processed" not in out
    assert "`debrief process` retries it" in err and "`debrief delete 1`" in err


def test_config_set_refuses_a_negative_value_in_one_line(home: Path) -> None:
    """`config set stay_in_touch_days -3` gave click's "No such option: -3"."""
    for extra in ((), ("--person", "Sofia Brennan")):
        code, out, err = run_cli("config", "set", "stay_in_touch_days", "-3", *extra)
        assert code == 2
        assert "No such option" not in err + out
        assert err.strip() == (
            "error: stay_in_touch_days cannot be negative (-3); give a number of days, e.g. 60"
        )
    assert not (home / "settings.toml").exists()  # nothing saved
    code, out, err = run_cli("config", "set", "stay_in_touch_days", "60")
    assert code == 0, err
    assert "stay_in_touch_days = 60" in out


def test_thanks_note_does_not_claim_a_call_from_before_the_referral(home: Path) -> None:
    """A call with Priyanka filed weeks before Sofia referred her made Sofia's note say "I
    have since spoken with Priyanka" (qa37 saw it, qa38): only a call after the referral
    is "since", as for the reach-out item, which stays open."""
    add_text(PRIYANKA, "2026-11-02T10:00")
    add_text(SOFIA, "2026-12-01T10:00")
    code, out, err = run_cli("draft", "thanks", "2")
    assert code == 0, err
    assert "since spoken" not in out
    assert "suggesting I reach out to Priyanka Rao; I will." in out
    code, out, err = run_cli("todo")
    assert code == 0, err
    assert "Priyanka Rao" in out
    # a call after the referral still turns the promise into what happened
    add_text(PRIYANKA, "2026-12-04T10:00")
    code, out, err = run_cli("draft", "thanks", "2")
    assert code == 0, err
    assert "I have since spoken with Priyanka." in out


@pytest.mark.usefixtures("filed_soon_after")
def test_a_call_after_the_referral_tells_the_referrer_though_met_before(home: Path) -> None:
    """Priyanka called in November, referred by Sofia in December, called again: that call
    closed Sofia's reach-out but owed no "tell Sofia how it went", because only a first call
    ever with Priyanka did (qa38). The first call after the referral does now, once."""
    add_text(PRIYANKA, "2026-11-02T10:00")
    add_text(SOFIA, "2026-12-01T10:00")
    add_text(PRIYANKA, "2026-12-04T10:00")
    add_text(PRIYANKA, "2026-12-05T10:00")
    code, out, err = run_cli("todo")
    assert code == 0, err
    assert out.count("Tell Sofia Brennan how it went with Priyanka Rao") == 1
    assert "debrief #3" in next(ln for ln in out.splitlines() if "Tell Sofia" in ln)
    assert "Reach out to Priyanka Rao" not in out
    # and `people` names that call as the one that contacted her, not the November one
    code, out, err = run_cli("people", "--json")
    assert code == 0, err
    (ref,) = [r for r in json.loads(out)["referrals"] if r["name"] == "Priyanka Rao"]
    assert (ref["contacted_in"], ref["contacted_on"][:10]) == (3, "2026-12-04")
