"""`debrief add` end to end: real Whisper on the sample recaps, real spaCy, real SQLite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from debrief import pipeline
from debrief.ask.hybrid import missing_vectors
from debrief.ask.tips import search_with_tips
from debrief.cli import cli
from debrief.config import load_settings
from debrief.store import open_store
from tests.conftest import SAMPLE_AUDIO, sample_text, wer

#: Whisper runs on real audio here: `pytest -m "not slow"` leaves these out.
pytestmark = pytest.mark.slow

DEBRIEF = [sys.executable, "-m", "debrief.cli"]


def run(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DEBRIEF_HOME": str(home)}
    return subprocess.run(
        [*DEBRIEF, *args], env=env, input=stdin, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def filed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data home into which the console script has added all three sample recaps."""
    home = tmp_path_factory.mktemp("filed")
    result = run(home, "add", *map(str, SAMPLE_AUDIO.values()))
    assert result.returncode == 0, result.stderr
    return home


def listing(home: Path) -> list[dict]:
    return json.loads(run(home, "list", "--json").stdout)


def test_every_sample_is_filed_and_extracted(filed: Path) -> None:
    rows = listing(filed)
    assert len(rows) == 3
    assert {r["status"] for r in rows} == {"extracted"}
    recordings = sorted(p.suffix for p in (filed / "recordings").iterdir())
    assert recordings == [".flac", ".ogg", ".wav"]


@pytest.mark.parametrize("name", list(SAMPLE_AUDIO))
def test_transcripts_are_accurate(filed: Path, name: str) -> None:
    rows = {r["original_name"]: r for r in listing(filed)}
    shown = json.loads(
        run(filed, "show", str(rows[SAMPLE_AUDIO[name].name]["id"]), "--json").stdout
    )
    transcript = shown["transcript"]
    assert wer(sample_text(name), transcript["text"]) < 0.15, transcript["text"]
    # Segments carry increasing timestamps within the audio's duration.
    starts = [s["start"] for s in shown["segments"]]
    assert starts == sorted(starts) and shown["segments"][-1]["end"] <= shown["duration"] + 0.5
    # The settings used travel with the transcript.
    settings = transcript["settings"]
    assert settings["model"] == "tiny.en" and settings["engine"] == "faster-whisper"
    assert settings["vad"] is True and settings["compute_type"] == "int8"
    # Filed by the default: batched decoding of the VAD's chunks (pipelines/whisper.toml).
    assert settings["batch_size"] == 8 and settings["beam_size"] == 2


def test_search_finds_a_spoken_word(filed: Path) -> None:
    hits = json.loads(run(filed, "search", "budget", "--json").stdout)
    assert hits and hits[0]["contact"] == "Maria Lopez"
    assert "[budget]" in hits[0]["snippet"]
    assert (
        json.loads(run(filed, "search", "statistics", "--json").stdout)[0]["contact"]
        == "Priya Shah"
    )


def test_show_prints_metadata_insights_and_transcript(filed: Path) -> None:
    out = run(filed, "show", "1").stdout
    assert "Debrief #1" in out and "Transcript" in out and "Maria Lopez" in out


def test_same_audio_is_not_stored_twice(filed: Path) -> None:
    result = run(filed, "add", str(SAMPLE_AUDIO["recap-short-note"]))
    assert result.returncode == 0 and "already filed" in result.stdout
    assert len(listing(filed)) == 3
    assert len(list((filed / "recordings").iterdir())) == 3


def test_corrupt_file_is_one_line_and_leaves_nothing(filed: Path, tmp_path: Path) -> None:
    bad = tmp_path / "memo.m4a"
    bad.write_bytes(os.urandom(4096))
    before = (filed / "debrief.db").read_bytes()
    result = run(filed, "add", str(bad))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and str(bad) in result.stderr
    assert "Traceback" not in result.stderr
    assert len(listing(filed)) == 3 and len(list((filed / "recordings").iterdir())) == 3
    assert (filed / "debrief.db").read_bytes() == before


def test_unreadable_and_missing_files(filed: Path, tmp_path: Path) -> None:
    result = run(filed, "add", str(tmp_path / "missing.wav"))
    assert result.returncode == 1 and "no such file" in result.stderr
    assert "Traceback" not in result.stderr


def write_wav(path: Path, samples: np.ndarray) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes((samples * 32767).astype("<i2").tobytes())
    return path


def test_silence_gives_a_clear_message_not_text(home: Path, tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    quiet = write_wav(tmp_path / "silence.wav", rng.normal(0, 0.0005, 16000 * 6))
    result = CliRunner().invoke(cli, ["add", str(quiet)])
    assert result.exit_code == 1
    assert "no speech detected" in result.output
    store = open_store(load_settings())
    (row,) = store.debriefs()
    assert row["status"] == "failed" and "no speech" in row["error"]
    assert store.transcript(row["id"]) is None  # nothing hallucinated was stored


def test_failed_transcription_is_kept_and_retried(home: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        cli, ["add", str(SAMPLE_AUDIO["recap-short-note"]), "--model", str(tmp_path / "no-model")]
    )
    assert result.exit_code == 1 and "not a CTranslate2 Whisper model" in result.output
    assert "debrief process" in result.output
    store = open_store(load_settings())
    (row,) = store.debriefs()
    assert row["status"] == "failed" and Path(store.get(row["id"])["audio_path"]).exists()
    result = runner.invoke(cli, ["process"])
    assert result.exit_code == 0, result.output
    assert store.get(row["id"])["status"] == "extracted"
    assert "Tom Baker" in result.output
    assert runner.invoke(cli, ["process"]).output.strip() == "nothing to process"


def test_no_socket_is_opened_while_adding(home: Path, socket_disabled: None) -> None:
    # Fresh model loads inside the guarded block: the engine, spaCy and embedding caches
    # are emptied, so Whisper, spaCy and the embedding model all load with sockets off.
    import os

    from debrief import embed
    from debrief.extract import pipeline as nlp_pipeline
    from debrief.transcribe import base

    base._cache.clear()
    nlp_pipeline._nlp = None
    embed._load.cache_clear()
    settings = load_settings()
    store = open_store(settings)
    result = pipeline.add_file(settings, store, SAMPLE_AUDIO["recap-short-note"])
    assert result.ok and result.status == "extracted"
    assert "Excel" in (result.transcript.text if result.transcript else "")
    # The embedding path: the insights were embedded at filing, a question is embedded
    # and answered, and onnxruntime's telemetry was switched off before it loaded.
    assert missing_vectors(store) == 0
    hits = search_with_tips(store, "what course should I take before applying")
    assert hits and hits[0]["similarity"] > 0
    assert os.environ["ORT_DISABLE_TELEMETRY"] == "1"


def test_text_recap_export_and_delete(home: Path) -> None:
    runner = CliRunner()
    text = "Talked to Ana Ruiz, a designer at Figma. She said the mentoring is excellent."
    result = runner.invoke(cli, ["add", "--text", text, "--when", "2026-11-20T17:30"])
    assert result.exit_code == 0, result.output
    exported = json.loads(runner.invoke(cli, ["export", "--format", "json"]).output)
    assert exported[0]["transcript"]["text"] == text
    assert exported[0]["recorded_at"] == "2026-11-20T17:30:00"
    markdown = runner.invoke(cli, ["export", "--format", "markdown"]).output
    assert "# debrief export" in markdown and "Ana Ruiz" in markdown
    out = home / "export.md"
    wrote = runner.invoke(cli, ["export", "--format", "markdown", "-o", str(out)])
    assert wrote.exit_code == 0, wrote.output
    assert "Ana Ruiz" in out.read_text(encoding="utf-8")
    assert out.stat().st_mode & 0o777 == 0o600  # personal notes: private like the database
    assert runner.invoke(cli, ["delete", "1"], input="n\n").output.strip().endswith("kept")
    assert runner.invoke(cli, ["delete", "1"], input="y\n").exit_code == 0
    assert runner.invoke(cli, ["list", "--json"]).output.strip() == "[]"
    assert runner.invoke(cli, ["show", "1"]).exit_code == 1


def test_delete_removes_the_audio(home: Path) -> None:
    settings = load_settings()
    store = open_store(settings)
    result = pipeline.add_file(settings, store, SAMPLE_AUDIO["recap-short-note"])
    audio_path = Path(store.get(result.debrief_id)["audio_path"])
    assert audio_path.exists()
    CliRunner().invoke(cli, ["delete", str(result.debrief_id), "--yes"])
    assert not audio_path.exists()


def test_every_command_has_an_example() -> None:
    for name, command in cli.commands.items():
        assert command.help and "Example" in command.help, name


@pytest.mark.parametrize("vad", [True, False])
def test_faster_whisper_says_nothing_to_silence(home: Path, vad: bool) -> None:
    from debrief.transcribe import get_engine

    engine = get_engine(load_settings({"vad": vad}))
    rng = np.random.default_rng(3)
    for audio in (
        np.zeros(5 * 16000, dtype=np.float32),  # digital silence: tiny.en says "You" to it
        (rng.standard_normal(5 * 16000) * 1e-3).astype(np.float32),  # quiet room hiss
    ):
        transcript = engine.transcribe(audio)
        assert transcript.is_empty and transcript.segments == [], transcript.text


def test_several_files_in_one_add_keep_going_past_a_bad_one(home: Path, tmp_path: Path) -> None:
    # add_files transcribes the next file while the previous one is extracted: each file's
    # own transcript and extraction must still land on its own debrief, in order.
    bad = tmp_path / "memo.m4a"
    bad.write_bytes(os.urandom(4096))
    result = run(
        home,
        "add",
        str(SAMPLE_AUDIO["recap-short-note"]),
        str(bad),
        str(SAMPLE_AUDIO["recap-maria-lopez"]),
    )
    assert result.returncode == 1
    assert result.stderr.count("error:") == 1 and str(bad) in result.stderr
    rows = {r["original_name"]: r for r in listing(home)}
    assert set(rows) == {"recap-short-note.ogg", "recap-maria-lopez.wav"}
    for name in ("recap-short-note", "recap-maria-lopez"):
        row = rows[SAMPLE_AUDIO[name].name]
        assert row["status"] == "extracted"
        shown = json.loads(run(home, "show", str(row["id"]), "--json").stdout)
        assert wer(sample_text(name), shown["transcript"]["text"]) < 0.15
    assert rows["recap-maria-lopez.wav"]["contact"] == "Maria Lopez"


def test_sequential_decoding_is_a_setting_that_transcribes(home: Path) -> None:
    # batch_size 0 decodes 30-second windows one after another (the default batches the
    # VAD's chunks); segments then carry Whisper's own timestamps.
    settings = load_settings({"batch_size": 0, "beam_size": 1})
    store = open_store(settings)
    result = pipeline.add_file(settings, store, SAMPLE_AUDIO["recap-short-note"])
    assert result.ok and result.transcript is not None
    assert "batch_size" not in result.transcript.settings
    assert result.transcript.settings["beam_size"] == 1
    assert wer(sample_text("recap-short-note"), result.transcript.text) < 0.15


def test_ctranslate2_threads_sleep_when_idle_unless_the_user_says_otherwise() -> None:
    # Spinning OpenMP threads took the CPU spaCy loads on (benchmarks/add.py); the policy
    # must be in the environment before CTranslate2 is imported, and a user's value wins.
    code = (
        "import os, debrief.transcribe.faster, faster_whisper, ctranslate2;"
        "print(os.environ['OMP_WAIT_POLICY'])"
    )
    for given, expected in ((None, "PASSIVE"), ("ACTIVE", "ACTIVE")):
        env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
        if given:
            env["OMP_WAIT_POLICY"] = given
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == expected
