"""Extraction does not depend on the order debrief's modules are first imported in.

An engineer reported (stop 32) that a fresh process importing
``debrief.extract.insight_refile`` before ``debrief.extract`` filed one recap's insights
differently (a like alone, where the usual order gave a like plus a mission_values line).
Each order runs here in its own fresh interpreter, where nothing of debrief is imported yet,
on recaps in the user's shape that draw on the refiling rules (a like of the work beside the
organisation living its values, a plain account of its business, the contact's reported
advice), and the two extractions must be the same, character for character.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

#: a job seeker's typed notes after a call: a like, the organisation living its values, the
#: contact's advice and a plan of the speaker's own
RECAPS = [
    "Just spoke with Priya Raman, program lead at Greenline Transit Trust. She loves the "
    "variety, no two weeks look alike. She loves that the trust actually walks the talk, "
    "the directors took the same pay cut as the drivers. She said to read the regional "
    "transit plan before I apply. I need to send her my resume by Thursday.",
    "Call with Tomas Berg, a grants officer at Harbor Literacy Fund, about twenty minutes. "
    "He likes the small team. He said the mission is real, they run free evening classes "
    "for adults in four languages. The pay is modest but steady.",
]

PROBE = textwrap.dedent(
    """
    import importlib, json, sys
    from dataclasses import asdict
    from datetime import datetime
    for name in {first!r}:
        importlib.import_module(name)
    from debrief.extract import extract
    out = []
    for text in json.loads(sys.stdin.read()):
        got = extract(text, datetime(2026, 12, 1, 9))
        out.append(asdict(got))
    print(json.dumps(out, sort_keys=True, default=str))
    """
)


def extracted_after(
    first: list[str], recaps: list[str] | None = None, hash_seed: str = "0"
) -> list[dict[str, object]]:
    """The extractions of ``recaps`` (:data:`RECAPS` by default) in a fresh interpreter that
    imports ``first`` before ``debrief.extract``, with string hashing seeded by
    ``hash_seed``."""
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(first=first)],
        input=json.dumps(RECAPS if recaps is None else recaps),
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONHASHSEED": hash_seed},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def test_importing_the_refiling_rules_first_changes_nothing() -> None:
    usual = extracted_after([])
    refile_first = extracted_after(["debrief.extract.insight_refile"])
    rules_first = extracted_after(
        ["debrief.extract.insight_lived", "debrief.extract.lexicon", "debrief.extract.insights"]
    )
    assert refile_first == usual
    assert rules_first == usual
    # the recaps do reach the rules in question: each files a like and a mission_values line,
    # and the first one's "walks the talk" line is filed differently with insight_lived's
    # rule switched off (checked by hand: a module patching it, imported first, fails this)
    for got in usual:
        categories = {i["category"] for i in got["insights"]}  # type: ignore[index]
        assert {"likes", "mission_values"} <= categories, got
