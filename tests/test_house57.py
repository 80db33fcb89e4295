"""house57: seams held shut.

- every reader of a ``pipelines/`` TOML file it only reads takes the one shared parse,
  :func:`debrief.config.cue_file`, instead of a cached loader of its own around
  :func:`debrief.config.pipeline_toml` written again in each module;
- `review --week ""` is a bad value as every other one (:class:`debrief.errors.BadValue`,
  exit 2, the one error line), not click's usage error with its "see `debrief help`" tail;
- ``roles_restated`` writes its separators once;
- `dismiss` takes the ids loop it shares with `done` from a module below both commands
  (``cli/follow_up_ids.py``), not from `done`'s module inside its function; ``review/fmt``
  imports the period's week label at its head.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from debrief.config import cue_file, pipeline_toml
from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.followup_cues import followup_cues
from debrief.extract.lexicon import load_toml
from debrief.extract.people_cues import people_cues
from tests.conftest import ROOT, run_cli


def test_the_cue_readers_share_one_parse() -> None:
    assert people_cues() is cue_file("people_cues.toml")
    assert followup_cues() is cue_file("followup_cues.toml")
    assert contact_patterns() is cue_file("contact_patterns.toml")
    assert load_toml("word_lists.toml") is cue_file("word_lists.toml")
    assert cue_file("thanks.toml") == pipeline_toml("thanks.toml")


def _cached(node: ast.FunctionDef) -> bool:
    for dec in node.decorator_list:
        target = dec.func if isinstance(dec, ast.Call) else dec
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        if name in {"cache", "lru_cache"}:
            return True
    return False


def test_no_module_caches_a_pipeline_file_of_its_own() -> None:
    """A cached function that does no more than return :func:`pipeline_toml` of a file is
    :func:`cue_file` written again."""
    again = []
    for path in sorted((ROOT / "debrief").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                not isinstance(node, ast.FunctionDef)
                or not _cached(node)
                or node.name == "cue_file"
            ):
                continue
            body = [s for s in node.body if not isinstance(s, ast.Expr)]  # the docstring
            if (
                len(body) == 1
                and isinstance(body[0], ast.Return)
                and isinstance(body[0].value, ast.Call)
                and getattr(body[0].value.func, "id", "") in {"pipeline_toml", "load_toml"}
            ):
                again.append(f"{path.relative_to(ROOT)}: {node.name}")
    assert again == []


@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_week_is_a_bad_value_as_the_others_are(home: Path, value: str) -> None:
    code, out, err = run_cli("review", "--week", value)
    assert (code, out) == (2, "")
    assert err == "error: --week is empty; give 2026-W48, a day like 2026-11-30, or last\n"
    other, _, said = run_cli("review", "--week", "2026-W60")  # a week no year has
    assert other == code and said.startswith("error: --week") and "debrief help" not in said


@pytest.mark.parametrize("gap", [", ", " \u2014 ", "\u2014", " \u2013 ", " - ", " -- "])
def test_a_name_restated_after_each_separator(gap: str) -> None:
    """roles_restated reads one list of separators: the fuller form after each is the name,
    and a name kept whole with a spaced dash between its two forms is the second form."""
    from debrief.extract.pipeline import load_base
    from debrief.extract.roles_restated import restated_name

    doc = load_base()(f"Called Nando{gap}Fernando Quispe, who runs the depot.")
    assert restated_name(doc, "Nando") == "Fernando Quispe"
    kept = f"Nando{gap}Fernando Quispe"
    spaced_dash = gap in (" \u2014 ", " \u2013 ", " - ")
    assert restated_name(doc, kept) == ("Fernando Quispe" if spaced_dash else kept)


def _function_imports(module: str) -> set[str]:
    """The modules ``module`` (a dotted name under ``debrief``) imports inside a function."""
    path = ROOT.joinpath(*module.split(".")).with_suffix(".py")
    out: set[str] = set()
    for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(fn):
                if isinstance(node, ast.ImportFrom) and node.module:
                    out.add(node.module)
    return out


def test_the_shared_helpers_are_imported_from_below() -> None:
    from debrief.cli import between, follow_up_ids, reviewing

    assert between.each_follow_up is reviewing.each_follow_up is follow_up_ids.each_follow_up
    assert "debrief.cli.reviewing" not in _function_imports("debrief.cli.between")
    assert "debrief.review.period" not in _function_imports("debrief.review.fmt")
