"""The weekly review (``debrief review``) and follow-up tracking (``debrief todo``/``done``).

One model (:func:`build_review`, dataclasses) and three renderings: the terminal (rich),
Markdown and a self-contained HTML page.
"""

from __future__ import annotations

from debrief.review.model import (
    FollowUpItem,
    Review,
    build_review,
    follow_up_groups,
    open_follow_ups,
)
from debrief.review.period import Period, parse_week, resolve_period, week_period

FORMATS = ("terminal", "markdown", "html")


def render(review: Review, fmt: str) -> str:
    """The review as text: ``markdown``, ``html`` or ``terminal`` (plain, for files)."""
    if fmt == "markdown":
        from debrief.review.render_markdown import render_markdown

        return render_markdown(review)
    if fmt == "html":
        from debrief.review.render_html import render_html

        return render_html(review)
    if fmt == "terminal":
        from debrief.review.render_terminal import render_text

        return render_text(review)
    raise ValueError(f"unknown review format {fmt!r}")


__all__ = [
    "FORMATS",
    "FollowUpItem",
    "Period",
    "Review",
    "build_review",
    "follow_up_groups",
    "open_follow_ups",
    "parse_week",
    "render",
    "resolve_period",
    "week_period",
]
