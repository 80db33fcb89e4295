"""The weekly review: one model built from the store, rendered three ways.

Period sections (what happened in the reviewed week): calls, takeaways, themes, the
companies side by side, and coverage of the week's companies. Action sections (what is
owed as of ``today``, whatever week is reviewed): open follow-ups and referrals not yet
contacted. Everything comes from a handful of indexed queries; only themes may need
spaCy, and only for insights whose terms are not cached yet (:mod:`debrief.review.themes`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from debrief.models import CALL_LIMIT_MINUTES, CATEGORIES, QUESTION_CATEGORIES, category_label
from debrief.review.period import Period, local_naive, week_label, week_period
from debrief.review.themes import Theme, find_themes
from debrief.store import weekly
from debrief.store.company import as_listed

if TYPE_CHECKING:
    from debrief.store import Store

#: At most this many items per follow-up group and of referrals; the rest is counted.
DEFAULT_LIMIT = 25

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
