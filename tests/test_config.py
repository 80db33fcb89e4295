"""Settings precedence: default < settings file < environment < flags."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from debrief.cli import cli
from debrief.config import load_settings, write_setting
from debrief.errors import ConfigError


def test_defaults_come_from_whisper_toml(home: Path) -> None:
    s = load_settings()
    assert (s.engine, s.model, s.language, s.beam_size, s.vad) == (
        "faster-whisper",
        "tiny.en",
        "en",
        2,
        True,
    )
    assert s.sources["model"] == "default"
    assert s.home == home
    assert s.effective_threads >= 1


def test_file_then_env_then_flag(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_setting(load_settings(), "beam_size", "2")
    write_setting(load_settings(), "language", "de")
    s = load_settings()
    assert s.beam_size == 2 and s.sources["beam_size"] == "file"
    monkeypatch.setenv("DEBRIEF_BEAM_SIZE", "3")
    s = load_settings()
    assert s.beam_size == 3 and s.sources["beam_size"] == "env"
    assert s.language == "de" and s.sources["language"] == "file"
    s = load_settings({"beam_size": 4, "model": None})
    assert s.beam_size == 4 and s.sources["beam_size"] == "flag"
    assert s.sources["model"] == "default"


@pytest.mark.parametrize(
    ("name", "value"), [("beam_size", "many"), ("engine", "whisper.cpp"), ("vad", "maybe")]
)
def test_invalid_values_are_one_line_errors(home: Path, name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        write_setting(load_settings(), name, value)


def test_broken_settings_file(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.toml").write_text("beam_size = = 3\n")
    result = CliRunner().invoke(cli, ["config"])
    assert result.exit_code == 1
    assert "cannot read settings file" in result.output
    assert "Traceback" not in result.output


def test_config_command_shows_sources(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEBRIEF_LANGUAGE", "en")
    runner = CliRunner()
    assert runner.invoke(cli, ["config", "set", "beam_size", "1"]).exit_code == 0
    result = runner.invoke(cli, ["config"])
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.output.splitlines() if line.strip()}
    assert lines["beam_size"].split()[1] == "1" and lines["beam_size"].endswith("file")
    assert lines["language"].endswith("env")
    assert lines["engine"].endswith("default")
    assert str(home) in lines["home"]
