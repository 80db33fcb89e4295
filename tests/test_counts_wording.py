"""Counts said in words ("1 debrief", "2 calls"), not "1 debriefs" or "1 call(s)": the
`debrief` commands' own output (`reextract`, `export -o`, `company`), through the CLI with
real spaCy and a real SQLite file. Recaps written for this file."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from debrief.cli import cli

ONE = (
    "Talked to Oren Vasquez, a quality engineer at Halden Robotics. He said the audits are "
    "tedious but he loves the test rigs. I should send him my capstone report by Friday."
)
TWO = (
    "Second call at Halden Robotics, with Mirela Stan, a hiring manager there. She said "
    "they promote from within every spring. I'll email her my portfolio on Monday."
)


def test_one_debrief_is_said_in_the_singular(home: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["add", "--text", ONE, "--when", "2026-11-18T10:00"]).exit_code == 0
    result = runner.invoke(cli, ["reextract", "--all"])
    assert result.exit_code == 0, result.output
    assert "re-extracted 1 debrief with" in result.output
    assert "debriefs" not in result.output
    out = tmp_path / "all.md"
    result = runner.invoke(cli, ["export", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote 1 debrief to" in result.output


def test_a_company_page_counts_each_contact_s_calls_in_words(home: Path) -> None:
    runner = CliRunner()
    for text, when in ((ONE, "2026-11-18T10:00"), (TWO, "2026-11-20T16:00")):
        assert runner.invoke(cli, ["add", "--text", text, "--when", when]).exit_code == 0
    result = runner.invoke(cli, ["company", "Halden Robotics"])
    assert result.exit_code == 0, result.output
    assert "call(s)" not in result.output
    assert "2 calls with 2 contacts" in result.output
    assert "1 call, last" in result.output
