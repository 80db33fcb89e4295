"""The weekly review (``debrief review``) and follow-up tracking (``debrief todo``/``done``).

One model (:func:`build_review`, dataclasses) and three renderings: the terminal (rich),
Markdown and a self-contained HTML page, drawn through the renderer registry
(``debrief.views.render("review", review, fmt)``).
"""

from __future__ import annotations

from debrief.review.actions import FollowUpItem, follow_up_groups, open_follow_ups
from debrief.review.model import Review, build_review
from debrief.review.period import Period, parse_week, resolve_period, week_period

__all__ = [
    "FollowUpItem",
    "Period",
    "Review",
    "build_review",
    "follow_up_groups",
    "open_follow_ups",
    "parse_week",
    "resolve_period",
    "week_period",
]
