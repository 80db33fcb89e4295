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
