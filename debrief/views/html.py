"""The HTML renderer: self-contained pages (no network, no external files).

The weekly review (:mod:`debrief.review.render_html`) and the knowledge-base pages
(:mod:`debrief.views.html_pages`) share one stylesheet and page shell; ``debrief browse``
serves the same pages with links and a search box (``links=Links("")``).
"""

from __future__ import annotations

from typing import Any

from debrief.views.text import TextRenderer


def render_review(review: Any, **options: Any) -> str:
    from debrief.review.render_html import render_html

    links = options.get("links")
    nav = ""
    if links is not None:
        from debrief.views.html_pages import nav as _nav

        nav = _nav(links)
    return render_html(review, nav=nav, links=links)


def _pages(name: str) -> TextRenderer:
    def draw(data: Any, **options: Any) -> str:
        from debrief.views import html_pages

        return str(getattr(html_pages, name)(data, **options))

    draw.__name__ = name
    return draw


KINDS: dict[str, TextRenderer] = {
    "review": render_review,
    "home": _pages("render_home"),
    "search": _pages("render_search"),
    "company": _pages("render_company"),
    "person": _pages("render_person"),
    "show": _pages("render_debrief"),
}
