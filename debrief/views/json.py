"""The JSON renderer: every kind as indented UTF-8 JSON (``--json``, ``export``).

Search hits lose their highlight marks (``\\x02``/``\\x03`` become ``[`` and ``]``); follow-up
items and reviews are dataclasses, written through their ``to_dict``.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from debrief.models import HL_END, HL_START
from debrief.views.models import SearchHit
from debrief.views.text import TextRenderer


def plain_hit(hit: SearchHit) -> dict[str, Any]:
    """A search hit for JSON output: highlight marks become ``[`` and ``]``."""
    out = dict(hit)
    out["snippet"] = (hit.get("snippet") or "").replace(HL_START, "[").replace(HL_END, "]")
    return out


def _plain(data: Any) -> Any:
    if isinstance(data, list):
        return [_plain(item) for item in data]
    if hasattr(data, "to_dict"):
        return data.to_dict()
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        return dataclasses.asdict(data)
    return data


def dumps(data: Any) -> str:
    return json.dumps(_plain(data), indent=2, ensure_ascii=False, default=str)


def render_search(hits: list[SearchHit], **options: Any) -> str:
    return dumps([plain_hit(h) for h in hits])


def render_any(data: Any, **options: Any) -> str:
    return dumps(data)


KINDS: dict[str, TextRenderer] = {
    "list": render_any,
    "show": render_any,
    "export": render_any,
    "search": render_search,
    "ask": render_any,
    "company": render_any,
    "companies": render_any,
    "people": render_any,
    "person": render_any,
    "todo": render_any,
    "prep": render_any,
    "thanks": render_any,
    "ledger": render_any,
}
