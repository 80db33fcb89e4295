"""qa51, a user's between-calls jobs: what they tripped on, end to end through the CLI."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli


def test_a_usage_mistake_is_one_error_line_naming_the_help(home: Path) -> None:
    """`debrief draft thanks` without the call's id printed click's three lines (Usage,
    Try '... --help', Error): every other debrief error is one line."""
    for args, said, where in (
        (("draft", "thanks"), "Missing argument 'DEBRIEF_ID'", "debrief help draft thanks"),
        (("todo", "--by-persn"), "No such option '--by-persn'", "debrief help todo"),
        (("prep",), "Missing argument", "debrief help prep"),
    ):
        code, out, err = run_cli(*args)
        assert code == 2, (args, err)
        lines = [line for line in err.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("error: "), (args, err)
        assert said in err and where in err, (args, err)
        assert "Usage:" not in err + out


def test_a_group_given_no_command_still_shows_its_help(home: Path) -> None:
    _code, out, err = run_cli("draft")
    assert "thanks" in out + err and "Usage:" in out + err


def test_stay_in_touch_for_someone_only_referred_says_why_not(home: Path) -> None:
    """`config set stay_in_touch_days 20 --person NAME` for a referral never called said "no
    contact named ...; see `debrief people`", and `people` lists them: the line says why."""
    code, _, err = run_cli(
        "add",
        "-y",
        "--text",
        "Had a call with Odile Brannick, head of planning at Sorrel Freight. She said rail"
        " planners learn most on the night desk. She suggested I talk to Kwame Ashby at"
        " Tidewell Ports.",
        "--when",
        "2026-11-20T10:00",
    )
    assert code == 0, err
    code, _, err = run_cli("config", "set", "stay_in_touch_days", "20", "--person", "Kwame Ashby")
    assert code == 1
    assert [line for line in err.splitlines() if line.strip()] == [
        "error: Kwame Ashby has no call yet (only named in one); stay in touch counts from"
        " your last call with someone, so set it after you talk"
    ], err
    code, out, err = run_cli("config", "set", "stay_in_touch_days", "20", "--person", "Odile")
    assert code == 0 and "Odile Brannick" in out, err
