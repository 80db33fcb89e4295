"""Where the project's shared material is: the judge, the dev set, speak.py.

That material (``shared/``: ``tools/score_extraction.py``, ``tools/speak.py``,
``corpus/dev.jsonl``...) is not part of the repository. It lies beside the checkout
(``../shared``), or, when this checkout is a git worktree placed elsewhere, beside the main
checkout (found through git's common dir); ``$DEBRIEF_SHARED`` names it outright. The
benchmarks, scripts and the test suite look it up here, in one place, so none of them carries
the path of one machine.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def candidates() -> list[Path]:
    """The folders that may be ``shared/``, in the order they are tried: ``$DEBRIEF_SHARED``,
    ``shared/`` beside this checkout, ``shared/`` beside the main checkout (this one being a
    git worktree placed elsewhere)."""
    out = [Path(env)] if (env := os.environ.get("DEBRIEF_SHARED", "")) else []
    out.append(ROOT.parent / "shared")
    try:
        common = subprocess.run(
            ["git", "rev-parse", "--path-format=absolute", "--git-common-dir"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        ).stdout.strip()
    except OSError:  # no git: an exported copy is only ever beside its shared/
        common = ""
    if common:
        out.append(Path(common).parent.parent / "shared")
    return out


def shared_file(*parts: str) -> Path | None:
    """``shared/<parts...>`` in the first candidate folder that has it, or None."""
    for folder in candidates():
        path = folder.joinpath(*parts)
        if path.is_file():
            return path
    return None
