"""The HTML renderer: self-contained pages (no network, no external files)."""

from __future__ import annotations

from typing import Any

from debrief.views.text import TextRenderer


def render_review(review: Any, **options: Any) -> str:
    from debrief.review.render_html import render_html

    return render_html(review)


def render_prep(data: Any, **_: Any) -> str:
    from debrief.views.between import prep_html

    return prep_html(data)


KINDS: dict[str, TextRenderer] = {"review": render_review, "prep": render_prep}
