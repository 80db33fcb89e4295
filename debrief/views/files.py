"""Writing a rendered page to a file the user named (`debrief export -o`, `review -o`):
private (0600) and whole or not at all.
"""

from __future__ import annotations

import os
from pathlib import Path

from debrief.errors import DebriefError


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path``; a new file is created 0600 (it holds personal notes).

    A file is written whole or not at all (a temporary file beside it, then renamed over
    it): qa66's `debrief export -o last-week.md` that met a full disk (or `ulimit -f`) had
    already truncated the export there before, a backup, and left 64 KB of the new one.
    What is not a regular file (a directory, /dev/stdout, a pipe) is written in place, so
    its own error is said and a device is never replaced by a file."""
    import errno
    import stat
    import tempfile

    try:
        mode: int | None = os.stat(path).st_mode
    except OSError:
        mode = None  # a new file (or a path whose error the write below says)
    if mode is not None and not stat.S_ISREG(mode):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        return
    target = Path(os.path.realpath(path))  # a link's file is replaced, the link kept
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)  # 0600
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if mode is not None:  # an existing file keeps its mode
            os.chmod(tmp, stat.S_IMODE(mode))
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:  # said of the user's path, not of the temporary file
        if exc.errno == errno.ENOENT and target.parent.is_dir():
            # qa67: a folder that takes no new files (/proc, /sys) said "no such file; check
            # the path" of a file the user meant to create
            raise DebriefError(
                f"{path}: cannot create a file in {target.parent}; choose another location"
            ) from None
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
