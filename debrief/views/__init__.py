"""The renderer layer: one module per output format, one registry the CLI reads.

The read models come from :mod:`debrief.store` (debriefs, search hits, company, people,
person views: plain dicts, described by the TypedDicts in :mod:`debrief.views.models`) and
:mod:`debrief.review` (the review, follow-up items: dataclasses). A renderer module lists
the kinds it draws in ``KINDS``: ``kind -> function``. Text formats take ``(data, **options)``
and return a string; the terminal takes ``(console, data, **options)`` and prints (its
:func:`~debrief.views.terminal.render` gives the same as plain text).

A new format is one new module with a ``KINDS`` dict, plus its line in :data:`FORMATS`.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

#: format name -> renderer module (imported on first use: the CLI starts fast)
FORMATS: dict[str, str] = {
    "terminal": "debrief.views.terminal",
    "json": "debrief.views.json",
    "markdown": "debrief.views.markdown",
    "html": "debrief.views.html",
}

#: what an output file's suffix asks for, when no --format is given
SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def renderer(fmt: str) -> ModuleType:
    """The renderer module of format ``fmt``."""
    try:
        return importlib.import_module(FORMATS[fmt])
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}") from None


def formats(kind: str) -> list[str]:
    """The formats that can draw ``kind``, in registry order (a CLI's ``--format`` choices)."""
    return [fmt for fmt in FORMATS if kind in renderer(fmt).KINDS]


def render(kind: str, data: Any, fmt: str, **options: Any) -> str:
    """``data`` of ``kind`` as text in format ``fmt`` (the terminal's as plain text)."""
    module = renderer(fmt)
    if kind not in module.KINDS:
        raise ValueError(f"the {fmt} format cannot show {kind}")
    if fmt == "terminal":
        return str(module.render(kind, data, **options))
    return str(module.KINDS[kind](data, **options))


def show(console: Any, kind: str, data: Any, **options: Any) -> None:
    """Print ``data`` of ``kind`` on a rich console, styled."""
    renderer("terminal").KINDS[kind](console, data, **options)
