"""Issue 17.5: decoding streams into float32 with bounded memory; a stated maximum length.

A real 2-hour FLAC (5 s of tone, then silence; sox, ~0.4 MB) is decoded by real PyAV in a
child process whose address space is capped at 1 GiB with `prlimit --as`. Before, decoding
kept a list of pieces and joined them (twice the audio) and the loudness check squared the
whole recording in float64 (twice again): the child ran out of memory.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from debrief import audio
from debrief.errors import AudioError

ROOT = Path(__file__).resolve().parent.parent
GIB = 1 << 30

pytestmark = pytest.mark.skipif(
    not (shutil.which("sox") and shutil.which("prlimit")),
    reason="needs sox and prlimit (scripts/setup.sh --dev installs sox; prlimit is util-linux)",
)


@pytest.fixture(scope="module")
def two_hours(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("long") / "two-hours.flac"
    subprocess.run(
        [
            "sox",
            "-D",
            "-n",
            "-r",
            "16000",
            "-c",
            "1",
            "-b",
            "16",
            str(path),
            "synth",
            "5",
            "sine",
            "440",
            "pad",
            "0",
            "7195",
        ],
        check=True,
        timeout=300,
    )
    return path


CHILD = """
import sys
from pathlib import Path
from debrief import audio
samples = audio.decode(Path(sys.argv[1]))
print(samples.dtype, len(samples) / audio.SAMPLE_RATE, audio.is_silent(samples))
"""


def test_two_hours_decode_within_1_gib(two_hours: Path) -> None:
    result = subprocess.run(
        ["prlimit", f"--as={GIB}", sys.executable, "-c", CHILD, str(two_hours)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["float32", "7200.0", "False"]


def test_over_the_maximum_is_refused_from_the_header(two_hours: Path) -> None:
    with pytest.raises(AudioError) as err:
        audio.decode(two_hours, max_seconds=3600)
    message = str(err.value)
    assert "\n" not in message and str(two_hours) in message
    assert "2 h 00 min long" in message and "up to 1 h 00 min" in message
    assert "split it" in message


def test_over_the_maximum_is_refused_while_decoding(
    two_hours: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A stream whose header states no length (raw streams, some recorders): the header
    # probe is switched off here to reach the guard in the decoding loop.
    monkeypatch.setattr(audio, "_stated_seconds", lambda container, stream: None)
    with pytest.raises(AudioError, match=r"over 1 h 00 min long; .* split it"):
        audio.decode(two_hours, max_seconds=3600)


def test_the_maximum_is_stated() -> None:
    assert audio.MAX_SECONDS == 3 * 3600
    assert "3 hours" in (ROOT / "README.md").read_text()
