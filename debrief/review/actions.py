"""The review's action sections: what is owed as of ``today``, whatever week is reviewed.

Open follow-ups (one list, by due date, for ``debrief todo``; or grouped as overdue, due
this week, later and undated, for the review and the browse home page) and the referrals
not contacted yet. They read the store (:mod:`debrief.store.weekly`,
:mod:`debrief.store.people`) as of a day, not a period: the period sections are
:mod:`debrief.review.model`'s, which holds these in its :class:`~debrief.review.model.Review`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from debrief.review.period import local_naive, week_period
from debrief.store import weekly
from debrief.store.company import as_listed

if TYPE_CHECKING:
    from debrief.store import Store

#: At most this many items per follow-up group and of referrals; the rest is counted.
DEFAULT_LIMIT = 25


@dataclass
class FollowUpItem:
    id: int
    text: str
    due: date | None
    due_raw: str | None
    done_at: str | None
    debrief_id: int
    contact: str | None
    company: str | None
    recorded_at: datetime
    today: date
    dismissed_at: str | None = None  # closed as "will not do" (`debrief dismiss`), not done
    # the user's own step to reach a referral, who has since been called: (name, call id)
    # (:func:`debrief.store.spoken_since.spoken_since`); it stays open until they close it
    spoken_since: tuple[str, int] | None = None

    @property
    def overdue(self) -> bool:
        return self.due is not None and self.done_at is None and self.due < self.today

    @property
    def days_overdue(self) -> int:
        return (self.today - self.due).days if self.overdue and self.due else 0

    @property
    def source(self) -> str:
        at = f" ({self.company})" if self.company else ""
        return f"{self.contact or 'unknown contact'}{at}, call of {self.recorded_at:%a %d %b}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "due": self.due.isoformat() if self.due else self.due_raw,
            "overdue": self.overdue,
            "days_overdue": self.days_overdue,
            "done_at": self.done_at,
            "dismissed_at": self.dismissed_at,
            "debrief_id": self.debrief_id,
            "contact": self.contact,
            "company": self.company,
            "recorded_at": self.recorded_at.isoformat(),
            "spoken_since": (
                {"name": self.spoken_since[0], "debrief_id": self.spoken_since[1]}
                if self.spoken_since
                else None
            ),
        }


@dataclass
class FollowUpGroup:
    key: str  # overdue | this_week | later | undated
    title: str
    items: list[FollowUpItem]
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.items)


@dataclass
class Referral:
    """Someone suggested to talk to and not yet talked to (no debrief with them)."""

    name: str
    company: str | None
    suggested_by: list[tuple[str, datetime, int]]  # (contact, when, debrief id)

    @property
    def first_suggested(self) -> datetime:
        return min(when for _, when, _ in self.suggested_by)


# -- follow-ups -----------------------------------------------------------------------------


def _due(raw: str | None) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw.strip()[:10])
    except ValueError:
        return None


#: The columns of :func:`debrief.store.weekly.follow_ups` rows, in order.
_COLUMNS = [
    "id",
    "text",
    "due",
    "done_at",
    "debrief_id",
    "recorded_at",
    "contact",
    "company",
    "dismissed_at",
]


def _items(store: Store, rows: list[Any], today: date) -> list[FollowUpItem]:
    """The rows as items, as every list of follow-ups shows them (:func:`as_listed`): a
    follow-up whose due date the user moved says the new date in its text, not "by Friday"
    as said, and the user's step to reach a referral called since says so."""
    listed = as_listed(store, [dict(zip(_COLUMNS, r, strict=False)) for r in rows], today)
    return [
        FollowUpItem(
            int(r["id"]),
            r["text"],
            _due(r["due"]),
            r["due"],
            r["done_at"],
            r["debrief_id"],
            r["contact"],
            r["company"],
            local_naive(r["recorded_at"]),
            today,
            r.get("dismissed_at"),
            _since(r.get("spoken_since")),
        )
        for r in listed
    ]


def _since(met: dict[str, Any] | None) -> tuple[str, int] | None:
    return (str(met["name"]), int(met["debrief_id"])) if met else None


def open_follow_ups(store: Store, today: date, *, include_done: bool = False) -> list[FollowUpItem]:
    """Every open follow-up (with ``include_done``, closed ones too), by due date."""
    items = _items(store, weekly.follow_ups(store, include_done=include_done), today)
    items.sort(key=lambda f: (f.done_at is not None, f.due is None, f.due or date.max, f.id))
    return items


GROUP_TITLES = {
    "overdue": "Overdue",
    "this_week": "Due this week",
    "later": "Due later",
    "undated": "Open, no due date",
}


def follow_up_groups(
    store: Store, today: date, *, limit: int = DEFAULT_LIMIT
) -> tuple[list[FollowUpGroup], int]:
    """Open follow-ups as overdue, due this week (today's ISO week), later, and undated:
    each group's first ``limit`` items and its size (counted in SQL, not loaded)."""
    week_end = week_period(today).end.isoformat()
    groups = [
        FollowUpGroup(key, GROUP_TITLES[key], _items(store, rows, today), total)
        for key, rows, total in weekly.follow_up_groups(store, today.isoformat(), week_end, limit)
    ]
    return groups, sum(g.total for g in groups)


# -- referrals ------------------------------------------------------------------------------


def uncontacted_referrals(store: Store, limit: int = DEFAULT_LIMIT) -> tuple[list[Referral], int]:
    """People suggested as referrals with no debrief with them since, by the same rule as
    ``debrief people`` (:func:`debrief.store.people.not_contacted`), one entry per person
    with every suggestion of them, the most recently suggested first."""
    from debrief.names import person_key
    from debrief.store.people import not_contacted

    found: dict[str, Referral] = {}
    for row in not_contacted(store):
        ref = found.setdefault(person_key(row["name"]), Referral(row["name"], row["company"], []))
        ref.company = ref.company or row["company"]
        ref.suggested_by.append(
            (
                row["referrer"] or "unknown contact",
                local_naive(row["recorded_at"]),
                row["debrief_id"],
            )
        )
    refs = list(found.values())
    for ref in refs:
        ref.suggested_by.sort(key=lambda s: (s[1], s[2]))
    refs.sort(key=lambda r: (max(w for _, w, _ in r.suggested_by), r.name), reverse=True)
    return refs[:limit], len(refs)
