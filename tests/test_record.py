"""debrief record: capture, crash safety and device errors, through the real audio stack.

No fakes for audio: each test runs the recorder in a fresh subprocess whose HOME holds an
``.asoundrc`` (tests/alsa.py) making ALSA's default capture device play a file or a paced FIFO
through libasound -> PortAudio -> sounddevice, exactly as a microphone would be read.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from tests.alsa import (
    CHUNK_FRAMES,
    RATE,
    PacedFeeder,
    alsa_home,
    env_for,
    espeak_raw,
    has_sound_cards,
    python_cmd,
    read_raw,
)

SPOKEN = (
    "I just spoke with Maria Lopez, a product manager at Acme Robotics. "
    "She said the culture is collaborative. I will send her a thank you note by Friday."
)

#: Runs record_to_file in a fresh process (PortAudio must initialise under the test HOME).
DRIVER = """
import json, sys
from debrief.config import load_settings
from debrief.errors import DebriefError
from debrief.record import record_to_file
kwargs = json.loads(sys.argv[1])
try:
    r = record_to_file(load_settings(), ui="plain", **kwargs)
except DebriefError as exc:
    print("ERROR:", exc, flush=True)
    sys.exit(1)
print("RESULT:" + json.dumps({"path": str(r.path), "sample_rate": r.sample_rate,
      "duration": r.duration, "overflows": r.overflows, "stopped_by": r.stopped_by,
      "frames": r.frames}), flush=True)
"""

DEVICES = """
import json
from debrief.errors import DebriefError
from debrief.record import list_input_devices
try:
    print(json.dumps(list_input_devices()))
except DebriefError as exc:
    print("ERROR:", exc)
"""


def run_driver(
    home: Path, data: Path, timeout: float = 60, stdin: int | None = subprocess.DEVNULL, **kwargs
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*python_cmd(DRIVER), json.dumps(kwargs)],
        env=env_for(home, data),
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def result_of(proc: subprocess.CompletedProcess[str]) -> dict:
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT:"):
            return json.loads(line[len("RESULT:") :])
    raise AssertionError(f"no result\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}")


def error_of(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("ERROR:")]
    assert len(lines) == 1, proc.stdout + proc.stderr
    return lines[0][len("ERROR: ") :]


@pytest.fixture(scope="module")
def spoken_raw(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return espeak_raw(SPOKEN, tmp_path_factory.mktemp("speech") / "spoken.raw")


def speech_offset(recorded: np.ndarray, source: np.ndarray) -> int:
    """Where ``source`` starts in ``recorded`` (the paced device plays silence before it)."""
    first = int(np.flatnonzero(source)[0])
    return int(np.flatnonzero(recorded)[0]) - first


# -- devices ---------------------------------------------------------------------------------


def test_devices_lists_the_alsa_file_device(tmp_path: Path, spoken_raw: Path) -> None:
    home = alsa_home(tmp_path / "h", spoken_raw)
    out = subprocess.run(
        python_cmd(DEVICES),
        env=env_for(home, tmp_path / "d"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    devices = json.loads(out.stdout)
    default = [d for d in devices if d["is_default"]]
    assert len(default) == 1 and default[0]["name"] == "default"
    assert default[0]["channels"] >= 1 and default[0]["default_rate"] > 0


# -- recording ---------------------------------------------------------------------------------


def test_spoken_sample_recorded_to_wav(tmp_path: Path, spoken_raw: Path) -> None:
    home = alsa_home(tmp_path / "h", spoken_raw)
    data = tmp_path / "d"
    proc = run_driver(home, data, stop_on_silence=1.5)
    result = result_of(proc)
    path = Path(result["path"])
    assert path.parent == data / "recordings"
    assert path.name.startswith("rec-") and path.name.endswith(".wav")
    assert not list((data / "recordings").glob("*.partial.wav"))
    assert result["sample_rate"] == RATE and result["stopped_by"] == "silence"
    assert result["overflows"] == 0
    audio, rate = sf.read(path, dtype="int16")
    assert rate == RATE and sf.info(path).subtype == "PCM_16"
    source = read_raw(spoken_raw)
    # The unpaced file device starts at the first sample: the WAV holds the speech bit-exactly,
    # then about 1.5 s of the device's near-silence before the silence stop.
    assert np.array_equal(audio[: len(source)], source)
    tail = (len(audio) - len(source)) / RATE
    assert 0 < tail < 3.0
    assert len(audio) == result["frames"]
    assert os.stat(path).st_mode & 0o777 == 0o600


def test_max_minutes_stops_at_exact_length(tmp_path: Path, spoken_raw: Path) -> None:
    home = alsa_home(tmp_path / "h", spoken_raw)
    proc = run_driver(home, tmp_path / "d", max_minutes=0.05)
    result = result_of(proc)
    assert result["stopped_by"] == "max_minutes"
    assert sf.info(result["path"]).frames == 3 * RATE
    assert "maximum length" in proc.stderr


def test_enter_stops_a_paced_recording(tmp_path: Path, spoken_raw: Path) -> None:
    source = read_raw(spoken_raw)
    feeder = PacedFeeder(tmp_path / "mic.fifo", source)
    home = alsa_home(tmp_path / "h", feeder.fifo)
    data = tmp_path / "d"
    proc = subprocess.Popen(
        [*python_cmd(DRIVER), "{}"],
        env=env_for(home, data),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(lambda: list((data / "recordings").glob("*.partial.wav")), 30)
        feeder.go()
        partial = next((data / "recordings").glob("*.partial.wav"))
        # Enter once the recorder has read all the speech (it is on disk), not a while
        # after the feeder wrote it into the pipe: on a loaded machine the read lags.
        wait_for(lambda: holds_all_of(partial, source), 60)
        out, err = proc.communicate("\n", timeout=30)
    finally:
        proc.kill()
        feeder.close()
    result = result_of(subprocess.CompletedProcess([], proc.returncode, out, err))
    assert result["stopped_by"] == "enter"
    audio, _ = sf.read(result["path"], dtype="int16")
    off = speech_offset(audio, source)
    assert off >= 0 and np.array_equal(audio[off : off + len(source)], source)


def holds_all_of(partial: Path, source: np.ndarray) -> bool:
    """Whether the recording being written (``partial``, a 44-byte WAV header then mono
    16-bit samples) already holds the whole of ``source`` after its leading silence."""
    data = partial.read_bytes()[44:]
    recorded = np.frombuffer(data[: len(data) // 2 * 2], dtype="<i2")
    if not recorded.any():
        return False
    return len(recorded) - speech_offset(recorded, source) >= len(source)


def speech_frames_in(partial: Path, source: np.ndarray) -> int:
    """How many frames of ``source`` the recording being written (``partial``) holds so far,
    after its leading silence: what the recorder has put on disk."""
    data = partial.read_bytes()[44:]
    recorded = np.frombuffer(data[: len(data) // 2 * 2], dtype="<i2")
    if not recorded.any():
        return 0
    return len(recorded) - speech_offset(recorded, source)


def wait_for(predicate, timeout: float) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.02)


# -- crash safety ------------------------------------------------------------------------------


def test_sigkill_mid_recording_keeps_all_but_the_last_second(
    tmp_path: Path, spoken_raw: Path
) -> None:
    from debrief.audio import decode
    from debrief.record.recover import repair_partials

    source = np.tile(read_raw(spoken_raw), 3)  # ~26 s of speech
    feeder = PacedFeeder(tmp_path / "mic.fifo", source)
    home = alsa_home(tmp_path / "h", feeder.fifo)
    data = tmp_path / "d"
    rec_dir = data / "recordings"
    proc = subprocess.Popen(
        [*python_cmd(DRIVER), "{}"],
        env=env_for(home, data),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(lambda: list(rec_dir.glob("*.partial.wav")), 30)
        feeder.go()
        partial = next(rec_dir.glob("*.partial.wav"))
        wait_for(lambda: speech_frames_in(partial, source) > 4 * RATE, 60)
        # The partial is locked by the live recorder: recovery must leave it alone.
        assert repair_partials(rec_dir) == [] and partial.exists()
        # Kill once a known amount is on disk (not after a sleep, nor at a count fed into the
        # pipe): 6.37 s, not a whole number of blocks nor of syncs.
        on_disk = int(6.37 * RATE)
        wait_for(lambda: speech_frames_in(partial, source) >= on_disk, 60)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        wait_for(lambda: feeder.audio_frames_read is not None, 10)  # its next write: EPIPE
    finally:
        proc.kill()
        feeder.close()
    assert proc.returncode == -signal.SIGKILL
    assert partial.exists() and not list(rec_dir.glob("rec-*[0-9].wav"))
    # What the recorder had taken from the device when it died (not what was fed into the
    # pipe, which runs up to 2 s ahead of a recorder slowed by a loaded machine).
    read = feeder.audio_frames_read
    assert read is not None and read >= on_disk

    # The header is rewritten at every sync, so even the unrepaired partial reads, less at
    # most one second.
    assert sf.info(partial).frames >= read - RATE - CHUNK_FRAMES

    recovered = repair_partials(rec_dir)
    assert len(recovered) == 1
    fixed = recovered[0]
    assert fixed.name == partial.name.replace(".partial.wav", ".wav") and not partial.exists()
    audio, rate = sf.read(fixed, dtype="int16")
    assert rate == RATE
    off = speech_offset(audio, source)
    speech = audio[off:]
    # Everything that reached the disk is the speech, bit-exact and in order...
    assert len(speech) >= on_disk and np.array_equal(speech, source[: len(speech)])
    # ...nothing the recorder never read, and at most one second (plus one block in flight)
    # of what it read is missing.
    lost = (read - len(speech)) / RATE
    assert 0 <= lost <= 1.0 + CHUNK_FRAMES / RATE, lost
    # Every decoder reads the repaired file.
    decoded = decode(fixed)
    assert abs(len(decoded) - len(audio)) <= RATE // 100
    assert sf.info(fixed).frames == len(audio)
    # Running recovery again finds nothing; the file is never deleted.
    assert repair_partials(rec_dir) == [] and fixed.exists()


def test_device_that_stops_delivering_ends_the_recording(tmp_path: Path, spoken_raw: Path) -> None:
    source = read_raw(spoken_raw)
    feeder = PacedFeeder(tmp_path / "mic.fifo", source)
    home = alsa_home(tmp_path / "h", feeder.fifo)
    data = tmp_path / "d"
    proc = subprocess.Popen(
        [*python_cmd(DRIVER), "{}"],
        env=env_for(home, data),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(lambda: list((data / "recordings").glob("*.partial.wav")), 30)
        feeder.go()
        wait_for(lambda: feeder.audio_frames_sent >= 3 * RATE, 30)
        sent = feeder.audio_frames_sent
        feeder.pause()  # the device goes quiet without an error, like a pulled USB cable
        # Not noticing at all fails here (the timeout); no wall-clock bound is asserted, the
        # stall is the recorder's own STALL_SECONDS rule, named in its message below.
        wait_for(lambda: "stopped delivering audio" in _peek(proc), 20)
        feeder.close()  # let the hung PortAudio read return so the process can exit
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
        feeder.close()
    result = result_of(subprocess.CompletedProcess([], proc.returncode, out, err))
    assert result["stopped_by"] == "device_stalled"
    from debrief.record.capture import STALL_SECONDS

    assert f"for over {STALL_SECONDS:g} s" in _peeked.get(proc.pid, "") + out + err
    # Stopping at a short gap before the device went quiet would cut the speech: every
    # frame sent before the pause is in the file, in order.
    audio, _ = sf.read(result["path"], dtype="int16")
    off = speech_offset(audio, source)
    assert np.array_equal(audio[off : off + sent], source[:sent])


_peeked: dict[int, str] = {}


def _peek(proc: subprocess.Popen[str]) -> str:
    """stderr so far, without blocking (the recorder prints its stop message there)."""
    assert proc.stderr is not None
    buf = _peeked.setdefault(proc.pid, "")
    while select.select([proc.stderr], [], [], 0)[0]:
        chunk = os.read(proc.stderr.fileno(), 4096).decode()
        if not chunk:
            break
        buf += chunk
    _peeked[proc.pid] = buf
    return buf


# -- errors --------------------------------------------------------------------------------------


@pytest.mark.skipif(has_sound_cards(), reason="this machine has sound cards ALSA would list")
def test_no_input_device(tmp_path: Path) -> None:
    home = alsa_home(tmp_path / "h", None)
    proc = run_driver(home, tmp_path / "d")
    message = error_of(proc)
    assert message.startswith("no audio input device found")
    assert "debrief devices" in message and "\n" not in message
    assert not (tmp_path / "d" / "recordings").exists() or not any(
        (tmp_path / "d" / "recordings").iterdir()
    )


@pytest.mark.parametrize(
    ("device", "expected"),
    [
        ("99", "--device 99: no input device has that index"),
        ("no-such-mic", "--device 'no-such-mic': no input device name contains it"),
    ],
)
def test_invalid_device(tmp_path: Path, spoken_raw: Path, device: str, expected: str) -> None:
    home = alsa_home(tmp_path / "h", spoken_raw)
    proc = run_driver(home, tmp_path / "d", device=device)
    message = error_of(proc)
    assert message.startswith(expected) and "debrief devices" in message


def test_portaudio_missing_names_the_package(tmp_path: Path) -> None:
    # The one fake: libportaudio2 cannot be uninstalled inside a test, so the subprocess makes
    # the library lookup fail exactly as it does when the package is absent (sounddevice then
    # raises OSError at import).
    code = (
        "import ctypes.util; ctypes.util.find_library = lambda name: None\n"
        "from debrief.errors import DeviceError\n"
        "from debrief.record import list_input_devices\n"
        "try:\n    list_input_devices()\nexcept DeviceError as exc:\n    print(exc)\n"
    )
    out = subprocess.run(
        python_cmd(code),
        env=env_for(tmp_path, tmp_path / "d"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "libportaudio2" in out.stdout and "apt-get install libportaudio2" in out.stdout


@pytest.mark.parametrize(
    ("sig", "reason"), [(signal.SIGINT, "interrupt"), (signal.SIGTERM, "terminate")]
)
def test_ctrl_c_and_sigterm_stop_cleanly(
    tmp_path: Path, spoken_raw: Path, sig: int, reason: str
) -> None:
    source = read_raw(spoken_raw)
    feeder = PacedFeeder(tmp_path / "mic.fifo", source)
    home = alsa_home(tmp_path / "h", feeder.fifo)
    data = tmp_path / "d"
    proc = subprocess.Popen(
        [*python_cmd(DRIVER), "{}"],
        env=env_for(home, data),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(lambda: list((data / "recordings").glob("*.partial.wav")), 30)
        feeder.go()
        wait_for(lambda: feeder.audio_frames_sent >= 2 * RATE, 30)
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
        feeder.close()
    result = result_of(subprocess.CompletedProcess([], proc.returncode, out, err))
    assert proc.returncode == 0 and result["stopped_by"] == reason
    assert not list((data / "recordings").glob("*.partial.wav"))
    assert sf.info(result["path"]).frames == result["frames"] > 2 * RATE


# -- repair, on files a crash leaves behind --------------------------------------------------


def _crashed_partial(directory: Path, frames: int, extra_bytes: int = 0) -> Path:
    """A WAV as a SIGKILL leaves it: header written at open (sizes 0), data appended after."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "rec-20261120-173000.partial.wav"
    tone = (np.sin(np.arange(frames) * 2 * np.pi * 440 / RATE) * 8000).astype(np.int16)
    with sf.SoundFile(path, "w", samplerate=RATE, channels=1, subtype="PCM_16", format="WAV"):
        pass  # header only, as at the start of a recording
    with path.open("ab") as fh:
        fh.write(tone.tobytes() + b"\x01" * extra_bytes)
    return path


def test_repair_fixes_header_and_drops_half_frame(tmp_path: Path) -> None:
    from debrief.audio import decode
    from debrief.record.recover import repair_partials

    rec_dir = tmp_path / "recordings"
    partial = _crashed_partial(rec_dir, frames=3 * RATE + 7, extra_bytes=1)
    assert sf.info(partial).frames == 0  # unrepaired, decoders see nothing
    (fixed,) = repair_partials(rec_dir)
    assert fixed == rec_dir / "rec-20261120-173000.wav" and not partial.exists()
    assert sf.info(fixed).frames == 3 * RATE + 7
    assert abs(len(decode(fixed)) - (3 * RATE + 7)) <= RATE // 100


def test_repair_leaves_locked_partials_and_keeps_unreadable_ones(tmp_path: Path) -> None:
    import fcntl

    from debrief.record.recover import repair_partials

    rec_dir = tmp_path / "recordings"
    live = _crashed_partial(rec_dir, frames=RATE)
    fd = os.open(live, os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        assert repair_partials(rec_dir) == [] and live.exists()
    finally:
        os.close(fd)
    garbage = rec_dir / "rec-20261120-180000.partial.wav"
    garbage.write_bytes(b"not a wav at all")
    old = time.time() - 3600
    os.utime(garbage, (old, old))
    empty = _crashed_partial(tmp_path / "other", frames=0)
    recovered = repair_partials(rec_dir)
    assert [p.name for p in recovered] == ["rec-20261120-173000.wav"]
    assert (rec_dir / "rec-20261120-180000.partial.wav.damaged").read_bytes() == b"not a wav at all"
    assert repair_partials(tmp_path / "other") == []  # nothing recorded: not queued...
    assert (tmp_path / "other" / "rec-20261120-173000.wav").exists()  # ...but kept
    assert not empty.exists()
