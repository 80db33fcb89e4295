"""The package's shape: imports go one way, and reading commands start without the models.

Imports are read from the source (``ast``), lazy ones inside functions included: a lazy
import that goes the wrong way is still a dependency the wrong way.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.kb_seed import stripe_kb

PACKAGE = ROOT / "debrief"

#: Higher layers may import lower ones, never the reverse (README: Layout).
LAYERS: list[set[str]] = [
    {"cli", "browse_site"},
    {"recording", "views", "browse"},
    {"pipeline", "prefetch"},  # prefetch: the model loads that overlap filing
    {"ask"},  # search by meaning over the store and the embedding model
    {"audio", "transcribe", "extract", "store", "review", "record", "longtext", "embed", "minilm"},
    {
        "models",
        "errors",
        "config",
        "engines",
        "names",
        "names_spelling",
        "who_said",
        "durations",
        "date_words",  # the words of spoken dates: extract and ask.when read them
        "date_year",  # the year after a month and day (fu40)
        "date_calendar",  # which calendar day a date said names (house51)
        "date_resolver",  # extract/dates.py for the reading commands, without spaCy
        "",
    },
]


def _unit(module: str) -> str:
    """The top-level unit of ``debrief.x.y`` (``x``), ``""`` for ``debrief`` itself."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _layer(unit: str) -> int:
    for n, units in enumerate(LAYERS):
        if unit in units:
            return n
    raise AssertionError(f"debrief.{unit} is in no layer of tests/test_layout.py")


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _top_level(body: list[ast.stmt]) -> list[ast.stmt]:
    """The statements run on import: not function bodies, not ``if TYPE_CHECKING:``."""
    out: list[ast.stmt] = []
    for node in body:
        if isinstance(node, ast.If):
            if not (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"):
                out += _top_level(node.body) + _top_level(node.orelse)
        elif isinstance(node, ast.Try):
            out += _top_level(node.body) + _top_level(node.orelse) + _top_level(node.finalbody)
            for handler in node.handlers:
                out += _top_level(handler.body)
        else:
            out.append(node)
    return out


def _imports(path: Path, lazy: bool = True) -> set[str]:
    """Every ``debrief.*`` module ``path`` imports: at module level, and with ``lazy`` also
    inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree) if lazy else _top_level(tree.body):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "debrief")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            if module.split(".")[0] != "debrief":
                continue
            found.add(module)
            for alias in node.names:  # `from debrief import pipeline` imports a module
                if (ROOT / Path(*module.split("."), alias.name)).exists() or (
                    ROOT / Path(*module.split("."), alias.name + ".py")
                ).exists():
                    found.add(f"{module}.{alias.name}")
    return found


def _graph(lazy: bool = True) -> dict[str, set[str]]:
    return {_module_name(p): _imports(p, lazy) for p in sorted(PACKAGE.rglob("*.py"))}


def test_units_import_one_way() -> None:
    wrong = []
    for module, imported in _graph().items():
        for target in imported:
            here, there = _unit(module), _unit(target)
            if here != there and _layer(there) < _layer(here):
                wrong.append(f"{module} -> {target}")
    assert not wrong, "imports going up the layers:\n" + "\n".join(sorted(wrong))


def test_no_import_cycles_between_units() -> None:
    """No circle between top-level units (store -> review -> store, engines <-> base...)."""
    edges: dict[str, set[str]] = {}
    for module, imported in _graph().items():
        for target in imported:
            if _unit(module) != _unit(target):
                edges.setdefault(_unit(module), set()).add(_unit(target))
    _assert_acyclic(edges)


def test_no_import_cycles_between_modules() -> None:
    """No circle between modules as they import (a lazy import inside a function runs
    after both modules exist; a package's __init__ re-exporting its modules is no circle)."""
    graph = _graph(lazy=False)
    packages = {m for m in graph if (ROOT / Path(*m.split(".")) / "__init__.py").exists()}
    edges = {
        m: {t for t in ts if t in graph and t not in packages and t != m} for m, ts in graph.items()
    }
    _assert_acyclic(edges)


def _assert_acyclic(edges: dict[str, set[str]]) -> None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                cycle = [*stack[stack.index(nxt) :], nxt]
                pytest.fail("import circle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)


#: What reading commands must not import: the models, PyAV, PortAudio, and sqlite-utils
#: with the numpy it imports (the store opens SQLite itself and loads sqlite-utils only to
#: apply a migration: issue 16, start-up).
HEAVY = (
    "faster_whisper",
    "ctranslate2",
    "spacy",
    "thinc",
    "torch",
    "av",
    "sounddevice",
    "sqlite_utils",
    "numpy",
)


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["search", "promotion"],
        ["search", "--exact", "promotion"],
        ["list"],
        ["show", "1"],
        ["todo"],
        ["company", "stripe"],
        ["review"],
        ["people"],
        ["config"],
    ],
)
def test_reading_commands_do_not_import_the_models(args: list[str], home: Path) -> None:
    """Commands that neither transcribe nor extract start without Whisper, spaCy, PyAV,
    PortAudio, sqlite-utils or numpy (start-up time): those imports stay inside the
    functions that need them.
    The knowledge base holds debriefs with insights, so each command draws real output."""
    from debrief.store import Store
    from debrief.store.terms import cache_all_terms

    # As filed by the pipeline: the theme terms are cached right after extraction.
    kb = Store(stripe_kb(home))
    cache_all_terms(kb)
    kb.close()
    code = (
        "import json, sys\n"
        "from debrief.cli import cli, Ctx\n"
        f"try:\n    cli({args!r}, obj=Ctx(), standalone_mode=False)\n"
        "except SystemExit as exc:\n    assert not exc.code, exc.code\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]), file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DEBRIEF_HOME": str(home)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    # Search by meaning (issue 13) embeds the query: its model runs on numpy. Keyword search
    # (--exact) and every other reading command still import none of it.
    allowed = {"numpy"} if args[0] == "search" and "--exact" not in args else set()
    assert set(json.loads(out.stderr.strip().splitlines()[-1])) <= allowed
