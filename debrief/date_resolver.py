"""The extractor's date resolver, for the reading commands: ``debrief/extract/dates.py``
loaded from its file, not through ``debrief.extract``.

``debrief.extract``'s ``__init__`` loads spaCy (seconds, and the models' memory), and the
reading commands -- ``todo``, ``review``, ``search --since`` -- resolve date words too (a
filter's "last week", a step's "by next Wednesday" shown beside its due date). They read the
same resolver without that cost. When the extract package is already loaded (``add``), its
module is the one returned.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

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
