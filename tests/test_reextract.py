"""Re-extraction after the pipeline changes: stored transcripts, recorded versions."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from debrief.cli import cli
from debrief.config import load_settings
from debrief.extract import pipeline as extract_pipeline
from debrief.store import open_store

RECAP = (
    "Talked to Nadia Petrova, a nurse manager at Kaiser. She said the night shifts are hard. "
    "She loves mentoring new nurses. I need to send her my resume by Friday."
)


def versions(home: Path) -> list[str]:
    store = open_store(load_settings())
    return [r["pipeline_version"] for r in store.rows("SELECT pipeline_version FROM debriefs")]


def test_version_recorded_and_stale_reextracted(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["add", "--text", RECAP, "--when", "2026-11-18T10:00"]).exit_code == 0
    assert versions(home) == [extract_pipeline.PIPELINE_VERSION]
    # Nothing is stale yet.
    result = runner.invoke(cli, ["reextract", "--stale"])
    assert result.exit_code == 0 and "re-extracted 0" in result.output
    # A new pipeline version makes the stored debrief stale.
    monkeypatch.setattr(extract_pipeline, "PIPELINE_VERSION", "debrief-extract-next")
    result = runner.invoke(cli, ["reextract", "--stale"])
    assert result.exit_code == 0 and "re-extracted 1" in result.output, result.output
    assert versions(home) == ["debrief-extract-next"]
    store = open_store(load_settings())
    assert [f["due"] for f in store.follow_ups(1)] == ["2026-11-20"]


def test_reextract_keeps_user_corrections(home: Path) -> None:
    runner = CliRunner()
    runner.invoke(cli, ["add", "--text", RECAP, "--company", "Kaiser Permanente"])
    assert runner.invoke(cli, ["reextract", "1"]).exit_code == 0
    store = open_store(load_settings())
    assert store.get(1)["company"] == "Kaiser Permanente"


def test_reextract_errors_are_one_line(home: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["reextract", "42"])
    assert result.exit_code == 1 and "no debrief with id 42" in result.output
    result = runner.invoke(cli, ["reextract"])
    assert result.exit_code == 2 and "--all" in result.output
