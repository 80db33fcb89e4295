"""The audio stage on real files: every common format decodes, bad input fails cleanly."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from debrief.audio import SAMPLE_RATE, decode, file_hash, store_copy, too_long
from debrief.durations import fmt_duration
from debrief.errors import AudioError
from tests.conftest import SAMPLE_AUDIO

SOURCE = SAMPLE_AUDIO["recap-short-note"]


def encode(src: np.ndarray, path: Path, codec: str, rate: int, layout: str = "mono") -> Path:
    """Write ``src`` (16 kHz mono float) with PyAV in another container/codec/rate."""
    with av.open(str(path), "w") as out:
        stream = out.add_stream(codec, rate=rate, layout=layout)
        resampler = av.AudioResampler(format=stream.format.name, layout=layout, rate=rate)
        frame = av.AudioFrame.from_ndarray(src.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = SAMPLE_RATE
        # Encoders such as AAC want frames of exactly their frame size.
        fifo = av.AudioFifo()
        for f in resampler.resample(frame) + resampler.resample(None):
            fifo.write(f)
        size = stream.codec_context.frame_size or 1024
        while (chunk := fifo.read(size, partial=True)) is not None:
            for packet in stream.encode(chunk):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


@pytest.mark.parametrize(
    ("suffix", "codec", "rate", "layout"),
    [
        (".wav", "pcm_s16le", 44100, "stereo"),
        (".flac", "flac", 22050, "mono"),
        (".mp3", "libmp3lame", 44100, "stereo"),
        (".m4a", "aac", 48000, "mono"),
        (".ogg", "libopus", 48000, "mono"),
        (".webm", "libopus", 48000, "stereo"),
    ],
)
def test_common_formats_decode_to_16k_mono(
    tmp_path: Path, suffix: str, codec: str, rate: int, layout: str
) -> None:
    reference = decode(SOURCE)
    path = encode(reference, tmp_path / f"memo{suffix}", codec, rate, layout)
    audio = decode(path)
    assert audio.dtype == np.float32 and audio.ndim == 1
    # Same length within codec padding (a few frames), same loudness within 2 dB.
    assert abs(len(audio) - len(reference)) / SAMPLE_RATE < 0.2
    rms = lambda a: 20 * np.log10(np.sqrt(np.mean(a**2)))  # noqa: E731
    assert abs(rms(audio) - rms(reference)) < 2.0
    assert np.abs(audio).max() <= 1.0 + 1e-6


def test_sample_durations() -> None:
    assert abs(len(decode(SOURCE)) / SAMPLE_RATE - 12.57) < 0.1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"this is a text file, not audio\n" * 20, "not readable as audio"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(range(256)) * 4, "not readable as audio"),
    ],
)
def test_bad_files_are_named_in_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "memo.wav"
    path.write_bytes(content)
    with pytest.raises(AudioError) as err:
        decode(path)
    assert str(path) in str(err.value) and message in str(err.value)
    assert "\n" not in str(err.value)


def test_truncated_mp3(tmp_path: Path) -> None:
    full = encode(decode(SOURCE), tmp_path / "full.mp3", "libmp3lame", 44100)
    cut = tmp_path / "cut.mp3"
    cut.write_bytes(full.read_bytes()[:300])
    # A truncated file either decodes what is there or fails with a one-line error.
    try:
        audio = decode(cut)
    except AudioError as exc:
        assert str(cut) in str(exc)
    else:
        assert len(audio) < SAMPLE_RATE * 2


def test_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(AudioError, match="no such file"):
        decode(tmp_path / "nope.wav")
    with pytest.raises(AudioError, match="not a file"):
        decode(tmp_path)


def test_store_copy_is_private_and_idempotent(tmp_path: Path) -> None:
    digest = file_hash(SOURCE)
    first = store_copy(SOURCE, tmp_path / "recordings", digest)
    again = store_copy(SOURCE, tmp_path / "recordings", digest)
    assert first == again and first.read_bytes() == SOURCE.read_bytes()
    assert first.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in (tmp_path / "recordings").iterdir()] == [first.name]


@pytest.mark.parametrize(
    ("seconds", "clock", "words"),
    [
        (None, "-", "-"),
        (0, "0:00", "0 min 00 s"),
        (4.6, "0:05", "0 min 05 s"),
        (65, "1:05", "1 min 05 s"),
        (3599.6, "1:00:00", "1 h 00 min"),
        (2 * 3600 + 5 * 60 + 9, "2:05:09", "2 h 05 min"),
    ],
)
def test_one_duration_format(seconds: float | None, clock: str, words: str) -> None:
    """One formatter for every length the user reads (issue 15): the list and show, the
    recording clock, and (in words) the too-long error."""
    assert fmt_duration(seconds) == clock
    assert fmt_duration(seconds, words=True) == words
    if seconds:
        assert f"{fmt_duration(seconds, words=True)} long" in str(too_long(Path("x.ogg"), seconds))
