"""The weekly review: one model built from the store, rendered three ways.

Period sections (what happened in the reviewed week): calls, takeaways, themes, the
companies side by side, and coverage of the week's companies. Action sections (what is
owed as of ``today``, whatever week is reviewed): open follow-ups and referrals not yet
contacted, made by :mod:`debrief.review.actions`. Everything comes from a handful of
indexed queries; only themes may need spaCy, and only for insights whose terms are not
cached yet (:mod:`debrief.review.themes`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from debrief.models import CALL_LIMIT_MINUTES, CATEGORIES, QUESTION_CATEGORIES, category_label
from debrief.review.actions import (
    DEFAULT_LIMIT,
    FollowUpGroup,
    Referral,
    follow_up_groups,
    uncontacted_referrals,
)

# What is owed is actions'; the review model still offers these, where callers found them.
from debrief.review.actions import FollowUpItem as FollowUpItem
from debrief.review.actions import open_follow_ups as open_follow_ups
from debrief.review.period import Period, local_naive, week_label, week_period
from debrief.review.themes import Theme, find_themes
from debrief.store import weekly

if TYPE_CHECKING:
    from debrief.store import Store

#: A limited review shows at most this many themes.
MAX_THEMES = 10

#: The categories the companies are compared on.
SIDE_BY_SIDE = ("culture", "advancement")

#: Up to this many companies are compared as columns; more as one row each.
MAX_COMPANY_COLUMNS = 4

OTHER = "other"


@dataclass
class Call:
    debrief_id: int
    when: datetime  # local time
    contact: str | None
    title: str | None
    company: str | None
    minutes: int | None
    status: str
    insights: int = 0
    company_id: int | None = None

    @property
    def over_limit(self) -> bool:
        return bool(self.minutes and self.minutes > CALL_LIMIT_MINUTES)


@dataclass
class Takeaway:
    insight_id: int
    text: str
    debrief_id: int
    contact: str | None
    company: str | None
    when: datetime

    @property
    def source(self) -> str:
        return f"{self.contact or 'unknown contact'}, {self.when:%a %d %b}"


@dataclass
class TakeawayGroup:
    category: str
    label: str
    items: list[Takeaway]  # the ones shown (the top ones when the review is limited)
    rest: list[Takeaway] = field(default_factory=list)  # held back (`review --all` shows them)

    @property
    def total(self) -> int:
        return len(self.items) + len(self.rest)


@dataclass
class CompanySide:
    """One company's culture and advancement takeaways of the period."""

    company: str
    calls: int
    by_category: dict[str, list[Takeaway]]


@dataclass
class Coverage:
    """Question categories no call with ``company`` (ever) has covered yet."""

    company: str
    calls: int
    missing: list[str]

    @property
    def missing_labels(self) -> list[str]:
        return [category_label(c) for c in self.missing]


@dataclass
class NearestWeek:
    week: str
    start: date
    calls: int
    direction: str  # "earlier" | "later"


@dataclass
class Review:
    period: Period
    today: date
    calls: list[Call] = field(default_factory=list)
    #: Recordings of the period that failed (no speech, unreadable): not calls, but listed
    #: so they are neither counted as calls nor forgotten.
    unfiled: list[Call] = field(default_factory=list)
    takeaways: list[TakeawayGroup] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    companies: list[CompanySide] = field(default_factory=list)
    follow_ups: list[FollowUpGroup] = field(default_factory=list)
    open_follow_ups: int = 0
    referrals: list[Referral] = field(default_factory=list)
    referrals_total: int = 0
    coverage: list[Coverage] = field(default_factory=list)
    calls_per_day: list[tuple[str, int]] = field(default_factory=list)
    insights_per_category: list[tuple[str, str, int]] = field(default_factory=list)
    nearest: NearestWeek | None = None
    per_category: int | None = None  # takeaways shown per category (None: all)
    themes_more: int = 0  # themes held back by the limit (the most widely named are shown)

    @property
    def empty(self) -> bool:
        return not self.calls

    @property
    def held_back(self) -> int:
        """Takeaways not shown because the review is limited (``debrief review --all``)."""
        return sum(len(g.rest) for g in self.takeaways)

    @property
    def summary(self) -> str:
        """One line for a busy week: where most was said, and what recurred."""
        parts = []
        most = self._most_said()
        if most:
            parts.append(most)
        if self.themes:
            names = [t.label for t in self.themes[:4]]
            parts.append("came up with several contacts: " + ", ".join(names))
        text = "; ".join(parts)
        return text[:1].upper() + text[1:] + "." if text else ""

    def _most_said(self) -> str:
        """The "Most said about A (5) and B (4)" part: the topics (at most three) said more
        often than every other topic said. With none above the rest there is no "most":
        every topic said as often ("3 topics, 1 insight each"), or nothing when the ties run
        past three."""
        said = sorted(
            ((n, label) for _, label, n in self.insights_per_category if n),
            key=lambda x: -x[0],
        )
        if not said:
            return ""
        if said[0][0] == said[-1][0]:
            n, label = said[0]
            each = f"{n} insight{'s' if n != 1 else ''}"
            if len(said) == 1:
                return f"All said about {label} ({n})"
            return f"{len(said)} topics, {each} each"
        # the most topics (up to three) each said more often than any topic left out
        cuts = [k for k in range(1, min(3, len(said) - 1) + 1) if said[k - 1][0] > said[k][0]]
        if not cuts:
            return ""
        k = max(cuts)
        top = [f"{label} ({n})" for n, label in said[:k]]
        return "Most said about " + (", ".join(top[:-1]) + " and " + top[-1] if k > 1 else top[0])

    @property
    def title(self) -> str:
        kind = "Week" if self.period.week else "Review"
        return f"{kind} {self.period.label}"

    @property
    def insight_count(self) -> int:
        return sum(n for _, _, n in self.insights_per_category)

    @property
    def long_calls(self) -> int:
        return sum(1 for c in self.calls if c.over_limit)

    @property
    def side_by_side_labels(self) -> list[tuple[str, str]]:
        return [(c, category_label(c)) for c in SIDE_BY_SIDE]

    @property
    def companies_as_columns(self) -> bool:
        return len(self.companies) <= MAX_COMPANY_COLUMNS

    @property
    def companies_with_notes(self) -> list[CompanySide]:
        """The companies with something on culture or advancement (the rows layout)."""
        return [s for s in self.companies if any(s.by_category.values())]


# -- building -------------------------------------------------------------------------------


def period_calls(store: Store, period: Period) -> list[Call]:
    lo, hi = period.sql_window()
    rows = weekly.calls_between(store, lo, hi)
    calls = []
    for did, stamp, minutes, status, contact, title, company, n, company_id in rows:
        when = local_naive(stamp)
        if period.contains(when):
            calls.append(Call(did, when, contact, title, company, minutes, status, n, company_id))
    calls.sort(key=lambda c: (c.when, c.debrief_id))
    return calls


def build_review(
    store: Store,
    period: Period,
    today: date,
    *,
    limit: int = DEFAULT_LIMIT,
    themes: bool = True,
    on_lemmatise: Callable[[int], None] | None = None,
    per_category: int | None = None,
) -> Review:
    """The review of ``period`` as of ``today`` (overdue and "this week" are relative to it).

    ``on_lemmatise(n)`` is called before spaCy is loaded to find the themes of ``n``
    takeaways whose terms are not cached yet (it takes seconds; once per takeaway).
    """
    review = Review(period=period, today=today, per_category=per_category)
    every = period_calls(store, period)
    review.calls = [c for c in every if c.status != "failed"]
    review.unfiled = [c for c in every if c.status == "failed"]
    review.follow_ups, review.open_follow_ups = follow_up_groups(store, today, limit=limit)
    review.referrals, review.referrals_total = uncontacted_referrals(store, limit)
    review.calls_per_day = _calls_per_day(period, review.calls)
    if review.empty:
        review.nearest = nearest_week(store, period)
        review.insights_per_category = [(c, category_label(c), 0) for c in CATEGORIES]
        return review

    by_id = {c.debrief_id: c for c in review.calls}
    rows = weekly.insights_of(store, by_id)
    insights: list[dict[str, Any]] = []
    for iid, did, category, text, contact_id in rows:
        call = by_id[did]
        insights.append(
            {
                "id": iid,
                "debrief_id": did,
                "category": category if category in CATEGORIES else OTHER,
                "text": text,
                "contact": call.contact or f"unknown contact (#{did})",
                "person": f"c{contact_id}" if contact_id is not None else f"d{did}",
                "company": call.company,
                "takeaway": Takeaway(iid, text, did, call.contact, call.company, call.when),
            }
        )
    # Call order, then position in the recap.
    order = {c.debrief_id: n for n, c in enumerate(review.calls)}
    insights.sort(key=lambda i: order[i["debrief_id"]])

    grouped: dict[str, list[Takeaway]] = defaultdict(list)
    for ins in insights:
        grouped[ins["category"]].append(ins["takeaway"])
    review.takeaways = [
        TakeawayGroup(c, category_label(c), grouped[c]) for c in (*CATEGORIES, OTHER) if grouped[c]
    ]
    counts = Counter(i["category"] for i in insights)
    review.insights_per_category = [(c, category_label(c), counts[c]) for c in CATEGORIES]
    if counts[OTHER]:
        review.insights_per_category.append((OTHER, category_label(OTHER), counts[OTHER]))

    if themes:
        review.themes = find_themes(store, insights, on_compute=on_lemmatise)
    if per_category is not None:
        _limit(review.takeaways, review.themes, per_category)
        # Themes come most widely named first: a limited review shows the head of the list.
        review.themes_more = max(0, len(review.themes) - MAX_THEMES)
        del review.themes[MAX_THEMES:]
    review.companies = _side_by_side(review.calls, insights)
    review.coverage = coverage(store, {c.company_id for c in review.calls})
    return review


def _limit(groups: list[TakeawayGroup], themes: list[Theme], per_category: int) -> None:
    """Keep the top ``per_category`` takeaways of each category, the rest in ``rest``.

    Top: those on a theme (said by several contacts) first, then call order. A group one
    over the limit stays whole: "… and 1 more" saves nothing.
    """
    on_theme = {i for t in themes for i in t.insights}
    for group in groups:
        if len(group.items) <= per_category + 1:
            continue
        ranked = sorted(
            range(len(group.items)), key=lambda n: (group.items[n].insight_id not in on_theme, n)
        )
        keep = set(ranked[:per_category])
        group.rest = [t for n, t in enumerate(group.items) if n not in keep]
        group.items = [t for n, t in enumerate(group.items) if n in keep]


def _side_by_side(calls: list[Call], insights: list[dict[str, Any]]) -> list[CompanySide]:
    names: list[str] = []
    n_calls: Counter[str] = Counter()
    for call in calls:
        if call.company:
            n_calls[call.company] += 1
            if call.company not in names:
                names.append(call.company)
    sides = {
        name: CompanySide(name, n_calls[name], {c: [] for c in SIDE_BY_SIDE}) for name in names
    }
    for ins in insights:
        if ins["company"] in sides and ins["category"] in SIDE_BY_SIDE:
            sides[ins["company"]].by_category[ins["category"]].append(ins["takeaway"])
    return [sides[n] for n in names]


def coverage(store: Store, company_ids: set[int | None]) -> list[Coverage]:
    """Per company, the questions no call with it has covered (all calls, not just the week).

    Only the questions: the self-pitch is what the user says, nothing to ask a company.
    """
    calls, missing = weekly.coverage(store, (c for c in company_ids if c is not None))
    return [
        Coverage(name, n, [c for c in QUESTION_CATEGORIES if c in missing.get(cid, set())])
        for cid, name, n in calls
    ]


def _calls_per_day(period: Period, calls: list[Call]) -> list[tuple[str, int]]:
    days = period.days
    if len(days) <= 62:
        per = Counter(c.when.date() for c in calls)
        fmt = "%a" if len(days) <= 7 else "%d %b"
        return [(d.strftime(fmt), per[d]) for d in days]
    # A long range: one bar per ISO week.
    per_week = Counter(week_label(c.when.date()) for c in calls)
    weeks = sorted({week_label(d) for d in days})
    return [(w, per_week[w]) for w in weeks]


# -- an empty week --------------------------------------------------------------------------


def nearest_week(store: Store, period: Period) -> NearestWeek | None:
    """The week closest to ``period`` that has calls (ties go to the earlier one)."""
    lo, hi = period.sql_window()
    start = datetime.combine(period.start, datetime.min.time())
    end = datetime.combine(period.end, datetime.min.time())
    best: tuple[timedelta, int, datetime] | None = None
    for stamp in weekly.stamps_around(store, lo, hi):
        when = local_naive(stamp)
        if when < start:
            candidate = (start - when, 0, when)
        elif when >= end:
            candidate = (when - end, 1, when)
        else:
            continue
        if best is None or candidate[:2] < best[:2]:
            best = candidate
    if best is None:
        return None
    week = week_period(best[2].date())
    calls = len(period_calls(store, week))
    return NearestWeek(week.label, week.start, calls, "earlier" if best[1] == 0 else "later")
