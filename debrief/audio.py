"""Audio stage: decode any common format to 16 kHz mono float32 with PyAV, hash, and file it.

PyAV ships FFmpeg's libraries, so wav, flac, mp3, m4a/aac, ogg/opus and webm decode with
no ffmpeg program installed.
"""

from __future__ import annotations

import itertools
import os
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from debrief.durations import fmt_duration
from debrief.errors import AudioError

if TYPE_CHECKING:
    import numpy as np

SAMPLE_RATE = 16_000
AUDIO_EXTENSIONS = frozenset(
    {".wav", ".flac", ".mp3", ".m4a", ".aac", ".ogg", ".oga", ".opus", ".webm", ".mp4", ".wma"}
)
_CHUNK = 1 << 20
#: What the warning of a cut-off file filed adds to :func:`cut_short`'s words (a file whose
#: part held no speech fails instead, its error naming the cut: one message, qa62).
FILED_ANYWAY = "; filed what it holds (the file is kept as it is)"
#: A file holding this much less than its header states is cut off (:func:`cut_short`).
CUT_SECONDS = 0.5


def file_hash(path: Path) -> str:
    """SHA-256 of the file's bytes: the same audio added twice is recognised by it."""
    import hashlib

    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            while block := fh.read(_CHUNK):
                digest.update(block)
    except OSError as exc:
        raise AudioError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return digest.hexdigest()


def check_readable(path: Path) -> None:
    """Raise a one-line AudioError unless ``path`` is a readable, non-empty file."""
    if not path.exists():
        raise AudioError(f"{path}: no such file")
    if not path.is_file():
        raise AudioError(f"{path}: not a file")
    if not os.access(path, os.R_OK):
        raise AudioError(f"{path}: permission denied")
    if path.stat().st_size == 0:
        raise AudioError(f"{path}: empty file")


#: The longest recording debrief takes: 3 hours (a recap is minutes long; anything longer
#: is almost certainly a whole day's recording). Decoded, 3 hours is 691 MB of float32, so
#: decoding stays under 1 GB for any file; a longer one is refused before decoding with a
#: message that says to split it.
MAX_SECONDS = 3 * 3600

#: A duration unknown up front (a raw stream without one in its header) is decoded into a
#: buffer of this many seconds, grown by half as needed.
_FIRST_BUFFER_SECONDS = 600


def too_long(path: Path, seconds: float, max_seconds: float = MAX_SECONDS) -> AudioError:
    """The one-line error for a recording over the maximum length."""
    over = "over " if seconds > max_seconds else ""
    return AudioError(
        f"{path}: {over}{fmt_duration(seconds, words=True)} long; debrief takes recordings up"
        f" to {fmt_duration(max_seconds, words=True)}: split it into shorter files and add each"
    )


@dataclass(frozen=True)
class Decoded:
    """A decoded recording: its samples (:func:`decode`) and the length in seconds its
    header states, as FFmpeg read it (a FLAC's STREAMINFO; None when it states none), which
    :func:`cut_short` holds against what was decoded instead of reading the header again."""

    samples: np.ndarray
    stated: float | None


def decode(path: Path, max_seconds: float = MAX_SECONDS) -> np.ndarray:
    """Decode ``path`` to a 16 kHz mono float32 array in [-1, 1] (:func:`read`'s samples)."""
    return read(path, max_seconds).samples


def read(path: Path, max_seconds: float = MAX_SECONDS) -> Decoded:
    """Decode ``path`` to a 16 kHz mono float32 array in [-1, 1], with the length its
    header states.

    Streams: each decoded block (a codec frame, a few thousand samples) is resampled to
    float32 and copied straight into one buffer sized from the container's duration, so
    memory is the result plus a block (no list of pieces joined at the end, no float64).
    A file longer than ``max_seconds`` (:data:`MAX_SECONDS`) raises :class:`AudioError`,
    from its header when it states a duration, else as soon as decoding passes the limit.

    Raises :class:`AudioError` naming the file for anything that is not decodable audio.
    """
    check_readable(path)
    # Imported here: commands that only read the knowledge base never pay for them.
    import av
    import numpy as np

    limit = int(max_seconds * SAMPLE_RATE)
    try:
        with av.open(str(path), mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise AudioError(f"{path}: not readable as audio (no audio stream)")
            stream = container.streams.audio[0]
            stated = _stated_seconds(container, stream)
            if stated is not None and stated > max_seconds + 1:
                raise too_long(path, stated, max_seconds)
            # Room for the stated length plus a little (resampler rounding, headers that
            # understate); never more than the limit allows.
            guess = stated + 2 if stated else _FIRST_BUFFER_SECONDS
            buffer = np.empty(min(int(guess * SAMPLE_RATE), limit + 1), dtype=np.float32)
            filled = 0
            resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
            # One frame at a time; the final None flushes the resampler's tail.
            frames = _until_cut(container.decode(stream), stated, lambda: filled)
            for frame in itertools.chain(frames, [None]):
                for out in resampler.resample(frame):
                    block = out.to_ndarray().reshape(-1)
                    if not np.isfinite(block).all():
                        raise AudioError(f"{path}: audio contains invalid samples")
                    if filled + block.size > buffer.size:
                        if filled + block.size > limit:
                            raise too_long(path, (filled + block.size) / SAMPLE_RATE, max_seconds)
                        grown = max(filled + block.size, int(buffer.size * 1.5))
                        buffer = np.resize(buffer, min(grown, limit + 1))
                    buffer[filled : filled + block.size] = block
                    filled += block.size
    except AudioError:
        raise
    except (av.error.FFmpegError, ValueError, OSError, IndexError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc).split(":")[0].strip()
        reason = reason or type(exc).__name__
        raise AudioError(f"{path}: not readable as audio ({reason})") from None
    if filled == 0:
        raise AudioError(f"{path}: contains no audio samples")
    return Decoded(buffer[:filled], stated)


def _until_cut(frames: Iterator[Any], stated: float | None, filled: Callable[[], int]) -> Any:
    """``frames`` up to a file's cut-off end: a FLAC copied in part ends in half a frame,
    which FFmpeg refuses as invalid data. When the header stated more than was decoded by
    then, what came before is kept (:func:`cut_short` says so when filing); a file that
    fails before any audio, or once all it stated is there, is not readable as before."""
    import av

    while True:
        try:
            frame = next(frames)
        except StopIteration:
            return
        except av.error.InvalidDataError:
            held = filled() / SAMPLE_RATE
            if held and stated and stated - held >= CUT_SECONDS:
                return
            raise
        yield frame


def _stated_seconds(container: Any, stream: Any) -> float | None:
    """The length the file's header states, if it states one."""
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    if container.duration:
        return float(container.duration) / 1_000_000  # AV_TIME_BASE
    return None


def copy_path(src: Path, recordings_dir: Path, digest: str) -> Path:
    """Where :func:`store_copy` puts ``src``'s copy: ``recordings/<hash><ext>``."""
    suffix = src.suffix.lower() if src.suffix.lower() in AUDIO_EXTENSIONS else ".audio"
    return recordings_dir / f"{digest[:16]}{suffix}"


def store_copy(src: Path, recordings_dir: Path, digest: str) -> Path:
    """Copy ``src`` into ``recordings/`` as ``<hash><ext>``, atomically (temp file + rename).

    The knowledge base then never depends on the original staying where it was.
    """
    import shutil
    import tempfile

    recordings_dir.mkdir(parents=True, exist_ok=True)
    dest = copy_path(src, recordings_dir, digest)
    if dest.exists() and file_hash(dest) == digest:
        return dest
    fd, tmp = tempfile.mkstemp(prefix=".incoming-", dir=recordings_dir)
    try:
        with os.fdopen(fd, "wb") as out, src.open("rb") as inp:
            shutil.copyfileobj(inp, out, _CHUNK)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dest


#: Below this loudness audio is treated as digital silence: Whisper is not run on it
#: (tiny.en answers "You" to all-zero audio).
SILENCE_DBFS = -70.0


def is_silent(audio: np.ndarray) -> bool:
    """True for empty audio or audio quieter than :data:`SILENCE_DBFS`."""
    return rms_dbfs(audio) <= SILENCE_DBFS


def rms_dbfs(audio: np.ndarray) -> float:
    """Loudness of ``audio`` in dBFS (-inf for digital silence).

    Summed in float64 a minute at a time: squaring a long recording in float64 in one go
    would double its memory (issue 17.5)."""
    if audio.size == 0:
        return float("-inf")
    import numpy as np

    step = 60 * SAMPLE_RATE
    total = sum(
        float(np.dot(block, block.astype(np.float64)))
        for block in (audio[i : i + step] for i in range(0, audio.size, step))
    )
    rms = (total / audio.size) ** 0.5
    return 20 * np.log10(rms) if rms > 0 else float("-inf")


def cut_short(path: Path, held: float | None = None, stated: float | None = None) -> str | None:
    """One line when ``path`` holds less audio than its container states, else None: a
    WAV whose header states more than the file holds, a FLAC whose STREAMINFO states more
    (``stated``: :attr:`Decoded.stated`, as decoding read it) than the ``held`` seconds
    decoded from it, an Ogg (Vorbis, Opus) that ends
    before its stream does (a last page cut in half or no end-of-stream page): a copy or a
    recorder stopped mid-write. FFmpeg decodes what is there without a word, so the
    missing part went unnoticed."""
    try:
        with path.open("rb") as fh:
            head = fh.read(12)
            if head[:4] == b"fLaC":
                if stated is None or held is None or stated - held < CUT_SECONDS:
                    return None
                return _cut_line(path, stated, held)
            if head[:4] == b"OggS":
                fh.seek(0)
                return _ogg_cut(path, fh, held)
            return _wav_cut(path, fh, head)
    except (OSError, struct.error):
        return None


def _cut_line(path: Path, stated: float, there: float) -> str:
    return (
        f"{path.name} is cut off: its header says {fmt_duration(stated)} of"
        f" audio, the file holds {fmt_duration(there)}"
    )


def _wav_cut(path: Path, fh: BinaryIO, head: bytes) -> str | None:
    """:func:`cut_short` for a WAV: its data chunk's size against the bytes there."""
    if len(head) < 12 or head[:4] not in (b"RIFF", b"RF64") or head[8:12] != b"WAVE":
        return None
    byte_rate = 0
    while chunk := fh.read(8):
        if len(chunk) < 8:
            return None
        kind, size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
        if kind == b"fmt ":
            fmt = fh.read(size + (size & 1))
            byte_rate = struct.unpack("<I", fmt[8:12])[0] if len(fmt) >= 12 else 0
        elif kind == b"data":
            held = path.stat().st_size - fh.tell()
            if not byte_rate or size in (0, 0xFFFFFFFF) or held >= size:
                return None  # a streaming writer's "unknown" size, or all there
            stated, there = size / byte_rate, max(held, 0) / byte_rate
            if stated - there < CUT_SECONDS:
                return None
            return _cut_line(path, stated, there)
        else:
            fh.seek(size + (size & 1), os.SEEK_CUR)
    return None


def _ogg_cut(path: Path, fh: BinaryIO, held: float | None) -> str | None:
    """:func:`cut_short` for an Ogg: a last page shorter than its header states, or no
    page marked end-of-stream (every complete Ogg stream ends with one)."""
    size, ended = path.stat().st_size, False
    while (head := fh.read(27))[:4] == b"OggS":
        table = fh.read(head[26]) if len(head) == 27 else b""
        end = fh.tell() + sum(table)
        if len(head) < 27 or len(table) < head[26] or end > size:
            ended = False  # the last page's header states more than the file holds
            break
        ended = bool(head[5] & 0x04)
        fh.seek(end)
    if ended:
        return None
    there = f" at {fmt_duration(held)}" if held else ""
    return f"{path.name} is cut off: it stops{there}, before its Ogg stream's end"
