"""house56: the seams house55 named, held shut.

- ``pipelines/followup_cues.toml`` and ``pipelines/contact_patterns.toml`` are parsed once a
  process (``extract/followup_cues.py``, ``extract/contact_patterns.py``) and no module of
  ``debrief.extract`` parses either again;
- ``extract/people_held.py`` imports nothing of ``extract/people.py`` (the two imported each
  other: the held-back judging is the extractor's own now, ``PeopleExtractor._held``).
"""

from __future__ import annotations

import ast
from pathlib import Path

from debrief.config import pipeline_toml
from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.followup_cues import followup_cues
from tests.conftest import ROOT

_HOMES = {"followup_cues.py", "contact_patterns.py"}


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Each module of ``debrief`` and the modules of ``debrief`` it imports anywhere in its
    text (``TYPE_CHECKING`` blocks and imports inside functions included)."""
    paths = sorted((ROOT / "debrief").rglob("*.py"))
    known = {_module(p) for p in paths}
    graph: dict[str, set[str]] = {}
    for path in paths:
        here = _module(path)
        out = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [f"{node.module}.{a.name}" for a in node.names] + [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            out |= {n for n in names if n in known and n != here}
        graph[here] = out
    return graph


def test_the_cue_files_are_parsed_once_and_as_written() -> None:
    assert followup_cues() is followup_cues()
    assert contact_patterns() is contact_patterns()
    assert followup_cues() == pipeline_toml("followup_cues.toml")
    assert contact_patterns() == pipeline_toml("contact_patterns.toml")


def test_no_extract_module_parses_the_cue_files_again() -> None:
    again = []
    for path in sorted((ROOT / "debrief" / "extract").glob("*.py")):
        if path.name in _HOMES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value in {"followup_cues.toml", "contact_patterns.toml"}
            ):
                again.append(f"{path.name}: {node.args[0].value}")
    assert again == []


def test_people_held_takes_nothing_of_the_people_stage() -> None:
    assert "debrief.extract.people" not in _imports()["debrief.extract.people_held"]
