"""Crash recovery: make leftover partial recordings whole again.

A recording is written as ``rec-<stamp>.partial.wav`` while it runs (see :mod:`.capture`); its
WAV header only gets the right sizes when the file is closed. After a crash or SIGKILL the
header still says "no data", so most decoders see an empty file. :func:`repair_partials`
recomputes the RIFF and data sizes from the file length (dropping a trailing half frame),
renames the file to its final name and returns it so the caller files it as a pending debrief.
Nothing is ever deleted. A partial still locked by a live recorder (``flock``) is left alone.
"""

from __future__ import annotations

import fcntl
import logging
import os
import struct
import time
from pathlib import Path

log = logging.getLogger(__name__)

PARTIAL_SUFFIX = ".partial.wav"
DAMAGED_SUFFIX = ".damaged"
_FRESH_SECONDS = 60


def final_name(partial: Path) -> Path:
    """``rec-X.partial.wav`` -> ``rec-X.wav``."""
    return partial.with_name(partial.name[: -len(PARTIAL_SUFFIX)] + ".wav")


def publish(src: Path, dest: Path) -> Path:
    """Rename ``src`` to ``dest``, or ``dest-2.wav``... when taken: nothing is overwritten."""
    stem, suffix = dest.stem, dest.suffix
    candidate, n = dest, 1
    while candidate.exists():
        n += 1
        candidate = dest.with_name(f"{stem}-{n}{suffix}")
    os.rename(src, candidate)
    fsync_dir(candidate.parent)
    return candidate


def fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class NotRepairable(Exception):
    pass


def fix_wav_header(fd: int, truncate: bool = True) -> int:
    """Rewrite the RIFF and data sizes of the WAV open on ``fd`` from the file length; return
    the number of whole frames. With ``truncate``, a trailing half frame is cut off."""
    size = os.fstat(fd).st_size
    head = os.pread(fd, min(size, 1 << 16), 0)
    if len(head) < 12 or head[:4] not in (b"RIFF", b"RIFX") or head[8:12] != b"WAVE":
        raise NotRepairable("no WAV header")
    endian = "<" if head[:4] == b"RIFF" else ">"
    pos, block_align = 12, 0
    while pos + 8 <= len(head):
        chunk_id = head[pos : pos + 4]
        (chunk_size,) = struct.unpack(endian + "I", head[pos + 4 : pos + 8])
        if chunk_id == b"fmt ":
            if pos + 8 + 16 > len(head):
                raise NotRepairable("truncated fmt chunk")
            block_align = struct.unpack(endian + "H", head[pos + 20 : pos + 22])[0]
        elif chunk_id == b"data":
            if block_align <= 0:
                raise NotRepairable("data chunk before fmt chunk")
            data_start = pos + 8
            frames = max(0, size - data_start) // block_align
            data_size = min(frames * block_align, 0xFFFFFFFF - data_start)
            data_size -= data_size % block_align
            end = data_start + data_size
            if truncate and end < size:
                os.ftruncate(fd, end)  # drop a half-written frame
            os.pwrite(fd, struct.pack(endian + "I", data_size), pos + 4)
            os.pwrite(fd, struct.pack(endian + "I", end - 8), 4)
            return data_size // block_align
        pos += 8 + chunk_size + (chunk_size & 1)
    raise NotRepairable("no data chunk")


def repair_partial(path: Path) -> Path | None:
    """Repair one partial recording; return its final path, or None if it is still being
    recorded (locked) or holds no audio. Unreadable files are renamed ``*.damaged``, kept."""
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.debug("%s is being recorded; left alone", path)
            return None
        try:
            frames = fix_wav_header(fd)
            os.fsync(fd)
        except NotRepairable as exc:
            if time.time() - os.fstat(fd).st_mtime < _FRESH_SECONDS:
                return None  # a recorder may be between creating and locking it
            damaged = publish(path, path.with_name(path.name + DAMAGED_SUFFIX))
            log.warning("%s cannot be repaired (%s); kept as %s", path.name, exc, damaged.name)
            return None
        dest = publish(path, final_name(path))
        if frames == 0:
            log.info("%s held no audio; kept as %s", path.name, dest.name)
            return None
        log.info("recovered interrupted recording %s (%d frames)", dest.name, frames)
        return dest
    finally:
        os.close(fd)  # releases the lock


def repair_partials(recordings_dir: Path) -> list[Path]:
    """Repair every leftover ``*.partial.wav`` in ``recordings_dir`` not being recorded right
    now; return the recovered recordings (final paths, oldest first) that hold audio."""
    recordings_dir = Path(recordings_dir)
    if not recordings_dir.is_dir():
        return []
    out = []
    for path in sorted(recordings_dir.glob("*" + PARTIAL_SUFFIX)):
        try:
            fixed = repair_partial(path)
        except OSError as exc:
            log.warning("cannot repair %s: %s", path, exc)
            continue
        if fixed is not None:
            out.append(fixed)
    return out
