"""Audio stage: decode any common format to 16 kHz mono float32 with PyAV, hash, and file it.

PyAV ships FFmpeg's libraries, so wav, flac, mp3, m4a/aac, ogg/opus and webm decode with
no ffmpeg program installed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from debrief.errors import AudioError

if TYPE_CHECKING:
    import numpy as np

SAMPLE_RATE = 16_000
AUDIO_EXTENSIONS = frozenset(
    {".wav", ".flac", ".mp3", ".m4a", ".aac", ".ogg", ".oga", ".opus", ".webm", ".mp4", ".wma"}
)
_CHUNK = 1 << 20


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


def decode(path: Path) -> np.ndarray:
    """Decode ``path`` to a 16 kHz mono float32 array in [-1, 1].

    Raises :class:`AudioError` naming the file for anything that is not decodable audio.
    """
    check_readable(path)
    # Imported here: commands that only read the knowledge base never pay for them.
    import av
    import numpy as np

    chunks: list[np.ndarray] = []
    try:
        with av.open(str(path), mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise AudioError(f"{path}: no audio stream (not an audio file?)")
            stream = container.streams.audio[0]
            resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray().reshape(-1))
            for out in resampler.resample(None):  # flush the resampler's tail
                chunks.append(out.to_ndarray().reshape(-1))
    except AudioError:
        raise
    except (av.error.FFmpegError, ValueError, OSError, IndexError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc).split(":")[0].strip()
        reason = reason or type(exc).__name__
        raise AudioError(f"{path}: not readable as audio ({reason})") from None
    if not chunks:
        raise AudioError(f"{path}: contains no audio samples")
    audio = np.concatenate(chunks).astype(np.float32, copy=False)
    if audio.size == 0:
        raise AudioError(f"{path}: contains no audio samples")
    if not np.isfinite(audio).all():
        raise AudioError(f"{path}: audio contains invalid samples")
    return audio


def store_copy(src: Path, recordings_dir: Path, digest: str) -> Path:
    """Copy ``src`` into ``recordings/`` as ``<hash><ext>``, atomically (temp file + rename).

    The knowledge base then never depends on the original staying where it was.
    """
    import shutil
    import tempfile

    recordings_dir.mkdir(parents=True, exist_ok=True)
    suffix = src.suffix.lower() if src.suffix.lower() in AUDIO_EXTENSIONS else ".audio"
    dest = recordings_dir / f"{digest[:16]}{suffix}"
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
    """Loudness of ``audio`` in dBFS (-inf for digital silence)."""
    if audio.size == 0:
        return float("-inf")
    import numpy as np

    rms = float(np.sqrt(np.mean(np.square(audio, dtype=np.float64))))
    return 20 * np.log10(rms) if rms > 0 else float("-inf")
