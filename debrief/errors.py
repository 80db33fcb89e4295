"""Domain errors.

Every error a user can cause is a DebriefError; the CLI turns each into one line.
"""

from __future__ import annotations

import codecs
from typing import Any


class DebriefError(Exception):
    """Base class: a problem the user can act on. ``str(err)`` is the one-line message."""

    exit_code = 1


class BadValue(DebriefError):
    """A value typed on the command line that names nothing usable: an empty or unreadable
    date, a date out of range, two dates the wrong way round. A usage error, exit 2, as
    click's own, `search ""` and `review --week ""` are (qa70: `--since ""` and `--due`
    exited 1, so a script could not tell a typo from a failure)."""

    exit_code = 2


class ConfigError(DebriefError):
    """Invalid settings file, environment value or flag."""


class BadSetting(ConfigError, BadValue):
    """A setting's value typed to `debrief config set` that cannot be used: a usage error
    (exit 2); the same value read from the settings file or the environment is a
    :class:`ConfigError` (exit 1), the typed line being long gone."""


class AudioError(DebriefError):
    """Audio that cannot be read or decoded (corrupt, empty, not audio, unreadable)."""


class NoSpeechError(DebriefError):
    """Decodable audio in which no speech was found."""


def no_speech(error: str | None) -> bool:
    """Whether a debrief's stored error is a :class:`NoSpeechError`'s ("no speech detected
    in the recording"): a silent recording, which retrying cannot help. `add`'s next step
    and `process`'s queue both ask this."""
    return "no speech" in (error or "")


class TranscriptionError(DebriefError):
    """The speech-to-text engine failed or could not be loaded."""


class EngineUnavailable(TranscriptionError):
    """The chosen engine is not installed (an optional extra)."""


class ModelNotFound(TranscriptionError):
    """The named model path does not exist or is not a model of the engine."""


class ExtractionError(DebriefError):
    """The spaCy pipeline could not be loaded or could not process a text."""


class StoreError(DebriefError):
    """The knowledge base cannot be opened or written."""


class NotFound(DebriefError):
    """A debrief, company, person or follow-up that does not exist."""


class NoLongerFiled(NotFound):
    """An insight or follow-up id that was given once and whose item is gone (dropped,
    deleted with its call, not found again by re-extraction): not a typo (qa70)."""


class DeviceError(DebriefError):
    """A recording device problem: none present, busy, unplugged, invalid name, no PortAudio."""


# -- errors from outside the domain, in words the user can act on (issue 17.6) --------------
# The CLI's one edge asks :func:`explain` about any exception that is not a DebriefError;
# what it recognises becomes one line that says what to do, never "unexpected X".

#: SQLite's INTEGER range: ids beyond it cannot exist.
MAX_ID = 2**63 - 1


def _where(exc: OSError) -> str:
    return f"{exc.filename}: " if exc.filename else ""


def explain(exc: BaseException, db: Any = None) -> DebriefError | None:
    """A one-line :class:`DebriefError` for a known failure of the system underneath (disk
    full, file-size limit, read-only or missing paths, numbers out of range, text that is
    not UTF-8, out of memory), or None for anything else (a bug). ``db``: the knowledge
    base's path when the command opened it (a read-only file is then named)."""
    import errno
    import sqlite3

    if isinstance(exc, DebriefError):
        return exc
    if isinstance(exc, OverflowError) and "SQLite INTEGER" in str(exc):
        return NotFound(
            f"no such id: ids go up to {MAX_ID}; `debrief list` (debriefs) and "
            "`debrief todo` (follow-ups) show them"
        )
    if isinstance(exc, UnicodeError) and "surrogates" in str(exc):
        return DebriefError(not_utf8_message(exc))
    if isinstance(exc, MemoryError):
        return DebriefError(
            "out of memory; close other programs and try again (recordings up to 3 hours)"
        )
    if isinstance(exc, sqlite3.DatabaseError):
        return _explain_sqlite(str(exc), db)
    if isinstance(exc, OSError):
        where = _where(exc)
        messages = {
            errno.ENOSPC: "no space left on the device; free some space and run it again",
            errno.EDQUOT: "disk quota exceeded; free some space and run it again",
            errno.EFBIG: "file too large for this process's file-size limit (ulimit -f); "
            "raise the limit or free space, and run it again",
            errno.EISDIR: "is a directory; give a file name inside it",
            errno.EROFS: "on a read-only file system; choose a writable location",
            errno.EACCES: "permission denied; make it writable (chmod u+w) or choose "
            "another location",
            errno.EPERM: "not permitted; make it writable (chmod u+w) or choose another location",
            errno.EIO: "input/output error (a failing disk or a full device); free space, "
            "check the disk and run it again",
        }
        if exc.errno == errno.ENOENT and exc.filename:
            from pathlib import Path

            parent = Path(str(exc.filename)).parent
            if not parent.is_dir():
                return DebriefError(
                    f"{where}directory {parent} does not exist; create it first or choose "
                    "another location"
                )
            return DebriefError(f"{where}no such file; check the path")
        if exc.errno in messages:
            return DebriefError(f"{where}{messages[exc.errno]}")
    return None


def _explain_sqlite(reason: str, db: Any = None) -> DebriefError:
    lowered = reason.lower()
    import os

    if ("readonly" in lowered or "read-only" in lowered) and db and not os.access(db, os.W_OK):
        # the file itself is read-only: "make the data home writable" sent the user to
        # chmod the folder, which changes nothing (qa61)
        return StoreError(
            f"the knowledge base {db} is read-only; make it writable (chmod u+w {db}) and run"
            " it again (nothing was changed)"
        )
    kept = "(what was stored before is unchanged; `debrief process` finishes anything half-filed)"
    if "full" in lowered or "disk i/o" in lowered:
        return StoreError(
            f"the knowledge base cannot be written ({reason}): the disk is full or a "
            f"file-size limit (ulimit -f) was reached; free space and run it again {kept}"
        )
    if "readonly" in lowered or "read-only" in lowered:
        return StoreError(
            f"the knowledge base is read-only ({reason}); make the data home writable "
            "(chmod u+w) and run it again"
        )
    if "locked" in lowered or "busy" in lowered:
        return StoreError(
            f"the knowledge base is busy ({reason}): another debrief command is writing; "
            "run it again in a moment"
        )
    if "malformed" in lowered or "not a database" in lowered:
        return StoreError(
            f"the knowledge base file is damaged ({reason}); restore debrief.db from a backup"
        )
    return StoreError(f"the knowledge base reported an error ({reason}); run it again {kept}")


def not_utf8_message(exc: UnicodeError | None = None, text: str | None = None) -> str:
    """The one line for text that is not valid UTF-8 (undecodable bytes reach Python as
    lone surrogates)."""
    where = ""
    if text is not None:
        bad = next((i for i, ch in enumerate(text) if 0xD800 <= ord(ch) <= 0xDFFF), None)
        if bad is not None:
            where = f" (an undecodable byte at character {bad + 1})"
    elif isinstance(exc, UnicodeEncodeError):
        where = f" (an undecodable byte at character {exc.start + 1})"
    return (
        f"the recap text is not valid UTF-8{where}; save it as UTF-8 and add it again "
        "(e.g. `iconv -t UTF-8 notes.txt > notes-utf8.txt`, then --text-file notes-utf8.txt)"
    )


def require_utf8(text: str) -> None:
    """Raise a one-line DebriefError for text with undecodable bytes, before anything is
    stored (SQLite would refuse it half way)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise DebriefError(not_utf8_message(text=text)) from None


def decode_text(data: bytes) -> str:
    """A typed recap file's text: UTF-8, or UTF-16 or UTF-8 with the byte-order mark an
    editor writes (Windows Notepad's "Unicode"); the mark itself is no part of the recap.
    Anything else is one line saying where the first byte that is no UTF-8 is (qa57: it
    said "cannot read ('utf-8' codec can't decode byte 0xff in position 0: ...)")."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _utf16_text(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DebriefError(
            f"not valid UTF-8 (an undecodable byte at byte {exc.start + 1}); save it as UTF-8"
            " and add it again (e.g. `iconv -t UTF-8 notes.txt > notes-utf8.txt`)"
        ) from None


#: A UTF-16 recap (English: the extraction reads English) is mostly Latin letters, digits,
#: spaces and punctuation; bytes that are no text after a byte-order mark read as CJK and
#: control characters instead (qa67: four bytes of junk were filed as a recap of two).
_UTF16_PLAIN = 0.5


def _utf16_text(data: bytes) -> str:
    """The text of a file that opens with a UTF-16 byte-order mark, or one line saying it is
    not text: bytes that do not decode, a control character, or too little of it Latin."""
    import unicodedata

    not_text = (
        "not text: it opens with a UTF-16 byte-order mark, but what follows reads as no"
        " words; save the recap as UTF-8 text and add it again"
    )
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        raise DebriefError(not_text) from None
    if not text.strip():
        return text  # said as any empty recap is ("nothing filed")
    if any(
        unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs") and ch not in "\t\n\r\f\v"
        for ch in text
    ):
        raise DebriefError(not_text)
    plain = sum(1 for ch in text if ord(ch) < 0x250 or unicodedata.category(ch)[0] in "PZ")
    if plain < _UTF16_PLAIN * len(text):
        raise DebriefError(not_text)
    return text
