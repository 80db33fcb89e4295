"""The HTML renderer: self-contained pages (no network, no external files).

The weekly review (:mod:`debrief.review.render_html`) and the knowledge-base pages
(:mod:`debrief.views.html_pages`: home, search; :mod:`debrief.views.html_kb`: company,
person, one debrief) share one stylesheet and page shell; ``debrief browse`` serves the
same pages with links and a search box (``links=Links("")``).
"""

from __future__ import annotations

import importlib
from typing import Any

from debrief.views.text import TextRenderer

_PAGES, _KB = "debrief.views.html_pages", "debrief.views.html_kb"


def render_review(review: Any, **options: Any) -> str:
    from debrief.review.render_html import render_html

    links = options.get("links")
    nav = ""
    if links is not None:
        from debrief.views.html_pages import nav as _nav

        nav = _nav(links)
    return render_html(review, nav=nav, links=links)


def _pages(module: str, name: str) -> TextRenderer:
    """``module.name`` imported on first use (the CLI starts fast)."""

    def draw(data: Any, **options: Any) -> str:
        return str(getattr(importlib.import_module(module), name)(data, **options))

    draw.__name__ = name
    return draw


def render_prep(data: Any, **_: Any) -> str:
    from debrief.views.between import prep_html

    return prep_html(data)


KINDS: dict[str, TextRenderer] = {
    "review": render_review,
    "prep": render_prep,
    "home": _pages(_PAGES, "render_home"),
    "search": _pages(_PAGES, "render_search"),
    "company": _pages(_KB, "render_company"),
    "person": _pages(_KB, "render_person"),
    "show": _pages(_KB, "render_debrief"),
}
