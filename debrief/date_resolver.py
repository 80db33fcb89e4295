"""The extractor's date resolver, for the reading commands: ``debrief/extract/dates.py``
loaded from its file, not through ``debrief.extract``.

``debrief.extract``'s ``__init__`` loads spaCy (seconds, and the models' memory), and the
reading commands -- ``todo``, ``review``, ``search --since`` -- resolve date words too (a
filter's "last week", a step's "by next Wednesday" shown beside its due date). They read the
same resolver without that cost. When the extract package is already loaded (``add``), its
module is the one returned.

:func:`due_span` is the one reading of a follow-up's words that the thank-you draft, the
lists beside a due date (``todo``, ``company``) and a moved date's rewording all make: which
date words set its due date.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

_MODULE = "debrief._filter_dates"


def dates() -> ModuleType:
    """debrief/extract/dates.py as a module, without importing the extract package."""
    loaded = sys.modules.get("debrief.extract.dates") or sys.modules.get(_MODULE)
    if loaded is not None:
        return loaded
    path = Path(__file__).resolve().parent / "extract" / "dates.py"
    spec = importlib.util.spec_from_file_location(_MODULE, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[_MODULE] = module
    spec.loader.exec_module(module)
    return module


def due_span(text: str, said_on: date) -> Any:
    """The date words of ``text`` (a follow-up as said on ``said_on``) that set its due date:
    the last span giving the date the step means, else the last that sets a deadline; None
    when none does ("this week" sets none). A ``DateMention`` of the resolver, typed ``Any``:
    this layer names nothing of ``debrief.extract`` (tests/test_layout.py). What
    :func:`debrief.store.thanks.dated_as_filed` rewrites and
    :func:`debrief.store.thanks.undated` drops."""
    resolver = dates()  # not debrief.extract, which loads spaCy: todo and review read this
    meant = resolver.due_date(text, said_on)
    spans = [m for m in resolver.find_dates(text, said_on) if not resolver.is_open_span(m)]
    spans = [m for m in spans if m.value == meant] or spans
    return spans[-1] if spans else None
