"""house55: the seams named by the last house rounds, held shut.

- no module of ``debrief`` imports another's private name (``from debrief.x import _y``);
  what two modules share is public where it belongs;
- the due-date span of a follow-up is read in one public place (``date_resolver.due_span``)
  and ``pipelines/thanks.toml`` and ``pipelines/people_cues.toml`` are parsed once a process.
"""

from __future__ import annotations

import ast
from datetime import date

from debrief.date_resolver import due_span
from debrief.store.said_dates import without_said_dates
from debrief.store.thanks import undated
from debrief.store.thanks_you import contact_pronouns, thanks_rules
from tests.conftest import ROOT


def _private_imports() -> list[str]:
    """``file: from module import _name`` for every private name one module of ``debrief``
    takes from another; a public name bound to a private alias (``day as _day``) and a
    package's explicit re-export (``_x as _x``) are not taken private."""
    found = []
    for path in sorted((ROOT / "debrief").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith(
                "debrief"
            ):
                continue
            for alias in node.names:
                reexport = alias.asname == alias.name and path.name == "__init__.py"
                if alias.name.startswith("_") and not alias.name.startswith("__") and not reexport:
                    found.append(
                        f"{path.relative_to(ROOT)}: from {node.module} import {alias.name}"
                    )
    return found


def test_no_module_imports_another_modules_private_names() -> None:
    assert _private_imports() == []


def test_due_span_is_the_date_words_that_set_the_due_date() -> None:
    said_on = date(2026, 12, 2)  # a Wednesday
    span = due_span("Mail the portfolio to Odile by next Friday.", said_on)
    assert (span.text, span.value) == ("next Friday", date(2026, 12, 11))
    assert due_span("Finish the reading list this week.", said_on) is None  # sets no deadline


def test_undated_and_the_lists_drop_the_same_span() -> None:
    said_on = date(2026, 12, 2)
    text = "Mail the portfolio to Odile by next Friday."
    assert undated(text, said_on, thanks_rules()) == "Mail the portfolio to Odile."
    row = {"text": text, "due": "2026-12-11", "recorded_at": "2026-12-02T10:00:00"}
    assert without_said_dates([row])[0]["text"] == "Mail the portfolio to Odile."


def test_rules_files_are_parsed_once() -> None:
    from debrief.extract.people_cues import people_cues, team_nouns

    assert thanks_rules() is thanks_rules()
    assert people_cues() is people_cues()
    assert {"crew", "staff"} <= team_nouns()
    assert contact_pronouns("Bettina said she moved teams; she thinks it paid off.") == "she"
