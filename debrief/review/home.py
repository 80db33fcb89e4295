"""The home page of ``debrief browse``: this week, what is owed, who to contact next.

One model built from the store (the review's own queries), drawn by the HTML renderer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from debrief.review.actions import (
    FollowUpGroup,
    Referral,
    follow_up_groups,
    uncontacted_referrals,
)
from debrief.review.model import Review, build_review
from debrief.review.period import week_period

if TYPE_CHECKING:
    from debrief.store import Store

#: How many recent calls and companies the home page lists.
RECENT = 8


@dataclass
class Home:
    today: date
    week: Review
    follow_ups: list[FollowUpGroup]
    open_follow_ups: int
    referrals: list[Referral]
    referrals_total: int
    recent: list[dict[str, Any]] = field(default_factory=list)
    companies: list[dict[str, Any]] = field(default_factory=list)
    total_calls: int = 0
    no_company: list[dict[str, Any]] = field(default_factory=list)


def build_home(store: Store, today: date) -> Home:
    """The home page's model as of ``today`` (this week is today's ISO week)."""
    from debrief.store.company import calls_without_company, list_companies

    week = build_review(store, week_period(today), today, themes=False)
    groups, total = follow_up_groups(store, today, limit=10)
    referrals, referrals_total = uncontacted_referrals(store, limit=10)
    everything = store.debriefs()
    return Home(
        today=today,
        week=week,
        follow_ups=groups,
        open_follow_ups=total,
        referrals=referrals,
        referrals_total=referrals_total,
        recent=everything[:RECENT],
        companies=[c for c in list_companies(store) if c["calls"]][:RECENT],
        total_calls=len(everything),
        no_company=calls_without_company(store),
    )
