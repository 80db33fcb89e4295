"""The HTML renderer: self-contained pages (no network, no external files).

The weekly review (:mod:`debrief.review.render_html`) and the knowledge-base pages
(:mod:`debrief.views.html_pages`: home, search; :mod:`debrief.views.html_kb`: company,
person, one debrief) share one stylesheet and page shell; ``debrief browse`` serves the
same pages with links and a search box (``links=Links("")``).
"""

from __future__ import annotations

from typing import Any

from debrief.views.text import TextRenderer, lazy

_PAGES, _KB = "debrief.views.html_pages", "debrief.views.html_kb"


def render_review(review: Any, **options: Any) -> str:
    from debrief.review.render_html import render_html

    links = options.get("links")
    nav = ""
    if links is not None:
        from debrief.views.html_pages import nav as _nav

        nav = _nav(links)
    return render_html(review, nav=nav, links=links)


KINDS: dict[str, TextRenderer] = {
    "review": render_review,
    "prep": lazy("debrief.views.between", "prep_html", options=False),
    "home": lazy(_PAGES, "render_home"),
    "search": lazy(_PAGES, "render_search"),
    "company": lazy(_KB, "render_company"),
    "person": lazy(_KB, "render_person"),
    "show": lazy(_KB, "render_debrief"),
}
