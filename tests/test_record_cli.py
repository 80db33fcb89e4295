"""`debrief record` and `debrief devices` as commands, through the same real audio stack as
tests/test_record.py (ALSA file and FIFO devices under the test HOME, no fakes)."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import soundfile as sf

from tests.alsa import (
    CHUNK_FRAMES,
    RATE,
    PacedFeeder,
    alsa_home,
    env_for,
    has_sound_cards,
    read_raw,
    sample_raw,
)
from tests.test_record import (
    speech_frames_in,
    speech_offset,
    spoken_raw,
    wait_for,
)

__all__ = ["spoken_raw"]  # a fixture shared with tests/test_record.py


# -- `debrief record` / `debrief devices`, the commands ------------------------------------------

DEBRIEF = [sys.executable, "-m", "debrief.cli"]


def debrief(
    home: Path, data: Path, *args: str, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*DEBRIEF, *args],
        env=env_for(home, data),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def maria_raw(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled Maria Lopez recap (46 s of speech) as the microphone's raw audio."""
    return sample_raw("recap-maria-lopez", tmp_path_factory.mktemp("maria") / "maria.raw")


@pytest.fixture(scope="module")
def short_raw(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled 13 s recap of a chat with Tom Baker from Deloitte."""
    return sample_raw("recap-short-note", tmp_path_factory.mktemp("short") / "short.raw")


def test_record_command_files_a_searchable_debrief(tmp_path: Path, maria_raw: Path) -> None:
    home = alsa_home(tmp_path / "h", maria_raw)
    data = tmp_path / "d"
    proc = debrief(home, data, "record", "--stop-on-silence", "1.5", "--yes")
    assert proc.returncode == 0, proc.stderr
    # the summary: contact and company, insights by category, follow-ups, not covered
    assert "Maria Lopez" in proc.stdout and "Stripe" in proc.stdout
    assert "insights:" in proc.stdout and "follow-up:" in proc.stdout and "due 20" in proc.stdout
    assert "not covered" in proc.stdout or "every question category covered" in proc.stdout
    assert "Stopped after 1.5 s of silence." in proc.stderr
    rows = json.loads(debrief(home, data, "list", "--json").stdout)
    assert len(rows) == 1 and rows[0]["status"] == "extracted"
    assert rows[0]["contact"] == "Maria Lopez" and rows[0]["company"] == "Stripe"
    assert rows[0]["source"] == "recording"
    hits = json.loads(debrief(home, data, "search", "promotions", "--json").stdout)
    assert hits and hits[0]["debrief_id"] == rows[0]["id"]
    shown = json.loads(debrief(home, data, "show", str(rows[0]["id"]), "--json").stdout)
    wav = Path(shown["audio_path"])
    assert wav.parent == data / "recordings" and wav.name.startswith("rec-")
    assert abs(sf.info(wav).duration - len(read_raw(maria_raw)) / RATE - 1.5) < 0.5


def test_devices_command(tmp_path: Path, spoken_raw: Path) -> None:
    home = alsa_home(tmp_path / "h", spoken_raw)
    proc = debrief(home, tmp_path / "d", "devices")
    assert proc.returncode == 0 and "default" in proc.stdout and "16000 Hz" in proc.stdout
    listed = json.loads(debrief(home, tmp_path / "d", "devices", "--json").stdout)
    assert [d["name"] for d in listed if d["is_default"]] == ["default"]


def test_record_command_device_errors_are_one_line(tmp_path: Path, spoken_raw: Path) -> None:
    home = alsa_home(tmp_path / "h", spoken_raw)
    proc = debrief(home, tmp_path / "d", "record", "--device", "nope", "--yes")
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        "error: --device 'nope': no input device name contains it; "
        "run `debrief devices` to see the input devices"
    ]
    if not has_sound_cards():
        empty = alsa_home(tmp_path / "e", None)
        proc = debrief(empty, tmp_path / "d", "record", "--yes")
        assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1
        assert proc.stderr.startswith("error: no audio input device found")


def test_record_prompt_corrects_contact_and_company(tmp_path: Path, short_raw: Path) -> None:
    """On a terminal (a pty here) one line confirms or corrects what was detected."""
    import pty

    home = alsa_home(tmp_path / "h", short_raw)
    data = tmp_path / "d"
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [*DEBRIEF, "record", "--stop-on-silence", "1.5"],
        env=env_for(home, data),
        stdin=follower,
        stdout=follower,
        stderr=follower,
        close_fds=True,
    )
    os.close(follower)
    seen = b""

    def expect(text: bytes, timeout: float = 300) -> None:
        nonlocal seen
        deadline = time.monotonic() + timeout
        while text not in seen:
            if time.monotonic() > deadline or proc.poll() is not None:
                raise AssertionError(f"never saw {text!r} in:\n{seen.decode(errors='replace')}")
            if select.select([leader], [], [], 0.1)[0]:
                try:
                    seen += os.read(leader, 4096)
                except OSError:
                    break

    try:
        expect(b"Who was the call with?", 60)  # asked before recording (tests/test_who.py)
        os.write(leader, b"\n")  # Enter: not said, extraction finds the contact
        expect(b"Tom Baker / ")  # contact / title / company, one line
        expect(b"> ")
        os.write(leader, b"Thomas Baker\n")  # the first part only: title, company kept
        expect(b"corrected: Thomas Baker", 60)
        proc.wait(60)
    finally:
        proc.kill()
        os.close(leader)
    assert proc.returncode == 0
    rows = json.loads(debrief(home, data, "list", "--json").stdout)
    assert rows[0]["contact"] == "Thomas Baker" and rows[0]["company"] == "Deloitte"


@pytest.mark.slow  # transcribes the recovered recording with Whisper
def test_sigkilled_recording_is_recovered_by_the_next_command_and_transcribed(
    tmp_path: Path, maria_raw: Path
) -> None:
    source = read_raw(maria_raw)
    feeder = PacedFeeder(tmp_path / "mic.fifo", source)
    home = alsa_home(tmp_path / "h", feeder.fifo)
    data = tmp_path / "d"
    rec_dir = data / "recordings"
    proc = subprocess.Popen(
        [*DEBRIEF, "record", "--yes"],
        env=env_for(home, data),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for(lambda: list(rec_dir.glob("*.partial.wav")), 60)
        feeder.go()
        partial = next(rec_dir.glob("*.partial.wav"))
        # Killed once 12 s of the speech are on disk ("...after three years."), not once 12 s
        # were fed into the pipe (a recorder slowed by a loaded machine reads it late).
        on_disk = 12 * RATE
        wait_for(lambda: speech_frames_in(partial, source) >= on_disk, 120)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        wait_for(lambda: feeder.audio_frames_read is not None, 10)  # its next write: EPIPE
    finally:
        proc.kill()
        feeder.close()
    read = feeder.audio_frames_read  # what the recorder had taken from the device
    assert read is not None and read >= on_disk
    assert list(rec_dir.glob("*.partial.wav"))
    # The next command, whichever it is, recovers the recording; process transcribes it.
    out = debrief(home, data, "process")
    assert out.returncode == 0, out.stderr
    assert "recovered an interrupted recording as #1" in out.stderr
    assert not list(rec_dir.glob("*.partial.wav"))
    rows = json.loads(debrief(home, data, "list", "--json").stdout)
    assert len(rows) == 1 and rows[0]["status"] == "extracted", rows
    shown = json.loads(debrief(home, data, "show", str(rows[0]["id"]), "--json").stdout)
    text = shown["transcript"]["text"].lower()
    assert "maria lopez" in text and "product manager" in text and "customer support" in text
    audio, _ = sf.read(shown["audio_path"], dtype="int16")
    spoken = len(audio) - speech_offset(audio, source)
    # All that was on disk at the kill, and at most a second (plus a block in flight) less
    # than the recorder had read.
    assert on_disk <= spoken <= read <= spoken + RATE + CHUNK_FRAMES, (on_disk, spoken, read)


@pytest.mark.parametrize(
    "mode",
    ["--no-live", "--live"],
)
def test_sigterm_during_record_keeps_the_recording_pending(
    tmp_path: Path, spoken_raw: Path, mode: str
) -> None:
    feeder = PacedFeeder(tmp_path / "mic.fifo", read_raw(spoken_raw))
    home = alsa_home(tmp_path / "h", feeder.fifo)
    data = tmp_path / "d"
    proc = subprocess.Popen(
        [*DEBRIEF, "record", "--yes", mode],
        env=env_for(home, data),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(lambda: list((data / "recordings").glob("*.partial.wav")), 60)
        feeder.go()
        wait_for(lambda: feeder.audio_frames_sent >= 2 * RATE, 30)
        proc.terminate()
        _out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
        feeder.close()
    assert proc.returncode == 143, err
    assert "run `debrief process`" in err
    rows = json.loads(debrief(home, data, "list", "--json").stdout)
    assert len(rows) == 1 and rows[0]["status"] == "pending"
