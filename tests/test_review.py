"""The weekly review, `debrief todo` and `debrief done` on a real knowledge base.

The knowledge base is seeded through the Store with hand-made extraction results across
three ISO weeks of November 2026 (W46: 9–15, W47: 16–22, W48: 23–29); "today" is fixed at
Wednesday 25 November 2026 unless a test says otherwise.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from debrief.errors import DebriefError
from debrief.models import Contact, Extraction, FollowUp, Insight, Person, Transcript
from debrief.review import Review, build_review, parse_week, resolve_period, week_period
from debrief.review.model import open_follow_ups
from debrief.store import Store
from debrief.views import render as render_as


def render(review: Review, fmt: str) -> str:
    """The review as text in ``fmt``, through the renderer registry."""
    return render_as("review", review, fmt)


TODAY = date(2026, 11, 25)
EST = timezone(timedelta(hours=-5))


@pytest.fixture(autouse=True)
def local_tz() -> Iterator[None]:
    """Run in UTC unless a test switches zone with :func:`set_tz`."""
    old = os.environ.get("TZ")
    set_tz("UTC")
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def set_tz(name: str) -> None:
    os.environ["TZ"] = name
    time.tzset()


def add_call(
    store: Store,
    when: datetime,
    contact: str,
    title: str,
    company: str,
    insights: list[tuple[str, str]],
    *,
    minutes: int | None = None,
    follow_ups: list[tuple[str, str | None]] = (),  # type: ignore[assignment]
    people: list[Person] = (),  # type: ignore[assignment]
) -> int:
    did = store.create_debrief(source="text", recorded_at=when)
    text = " ".join(t for _, t in insights) or "A short call."
    store.save_transcript(
        did,
        Transcript(text=text, segments=[], language="en", duration=0.0, engine="text", model=""),
    )
    found, pos = [], 0
    for category, sentence in insights:
        start = text.index(sentence, pos)
        found.append(Insight(category, sentence, start, start + len(sentence)))
        pos = start + len(sentence)
    store.save_extraction(
        did,
        Extraction(
            contact=Contact(contact, title, company),
            insights=found,
            follow_ups=[FollowUp(t, due) for t, due in follow_ups],
            people_mentioned=list(people),
            call_minutes=minutes,
            pipeline_version="test",
        ),
    )
    return did


def seed(store: Store) -> dict[str, int]:
    ids: dict[str, int] = {}
    # W46
    ids["alex"] = add_call(
        store,
        datetime(2026, 11, 9, 10, 0),
        "Alex Kim",
        "Data Engineer",
        "Stripe",
        [
            ("skills", "You need SQL and Python every day."),
            ("culture", "Stripe is intense but kind."),
        ],
        minutes=20,
        follow_ups=[
            ("Send Alex my resume", "2026-11-13"),
            ("Connect with Alex on LinkedIn", "2026-11-10"),
        ],
        people=[Person("Jordan Lee", "Figma", "referral")],
    )
    ids["late_w46"] = add_call(
        store,
        datetime(2026, 11, 15, 23, 59, 59),
        "Lena Ortiz",
        "Recruiter",
        "Globex",
        [("advice", "Tailor every application.")],
    )
    # W47
    ids["maria"] = add_call(
        store,
        datetime(2026, 11, 16, 0, 0, 0),
        "Maria Lopez",
        "Product Manager",
        "Stripe, Inc.",
        [
            ("career_path", "She moved from consulting into product."),
            ("skills", "Strong SQL skills, stakeholder management and design docs matter most."),
            ("culture", "Stripe writes everything down; the culture is memo-driven."),
            ("advancement", "Promotions happen once a year through calibration."),
            ("advice", "Talk to more PMs before applying."),
        ],
        minutes=45,
        follow_ups=[
            ("Send Maria a thank-you note", "2026-11-20"),
            ("Read the Stripe press book", None),
        ],
        people=[
            Person("Ana Ruiz", "Figma", "referral"),
            Person("Jordan Lee", None, "referral"),
            Person("Sam Hill", None, "mentioned"),
        ],
    )
    ids["priya"] = add_call(
        store,
        datetime(2026, 11, 19, 18, 30),
        "Priya Shah",
        "Design Lead",
        "Figma",
        [
            ("typical_day", "Mornings are critiques, afternoons are deep work."),
            ("skills", "Good stakeholder management, SQL and writing a clear design doc help."),
            ("culture", "Figma is collaborative and remote-friendly."),
            ("advancement", "There is a clear IC track up to principal."),
        ],
        minutes=25,
        follow_ups=[
            ("Email Priya the portfolio link", "2026-11-27"),
            ("Apply to the Figma design role", "2026-12-10"),
        ],
        people=[Person("ana ruiz", None, "referral")],
    )
    ids["chen"] = add_call(
        store,
        datetime(2026, 11, 22, 23, 59, 59),
        "Chen Wu",
        "Analyst",
        "Acme",
        [("skills", "Excel modeling is everything."), ("likes", "He likes the variety.")],
        people=[Person("María López", "Stripe", "referral")],  # already talked to
    )
    # Sunday 20:30 in New York is Monday 01:30 in UTC: W47 or W48 by the local zone.
    ids["ny"] = add_call(
        store,
        datetime(2026, 11, 22, 20, 30, tzinfo=EST),
        "Noor Ali",
        "Engineer",
        "Initech",
        [("dislikes", "On-call weeks are rough.")],
    )
    # W48
    ids["jordan"] = add_call(
        store,
        datetime(2026, 11, 23, 0, 0, 0),
        "Jordan Lee",
        "Engineer",
        "Figma",
        [("mission_values", "Figma wants design to be accessible to everyone.")],
        minutes=30,
        follow_ups=[
            ("Ask Jordan for the reading list", "2026-11-25"),
            ("Send Jordan the case study", "2026-11-29"),
            ("Book a coffee with the Figma recruiter", "2026-11-30"),
        ],
    )
    closed = store.rows("SELECT id FROM follow_ups WHERE text LIKE 'Connect with Alex%'")[0]["id"]
    store.set_follow_up_done(closed)
    return ids


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = Store(tmp_path / "debrief.db")
    seed(st)
    yield st
    st.close()


def review_of(store: Store, week: str, today: date = TODAY) -> Review:
    return build_review(store, parse_week(week), today)


# -- periods --------------------------------------------------------------------------------


def test_week_parsing_and_default_period() -> None:
    p = parse_week("2026-W48")
    assert (p.start, p.end, p.label) == (date(2026, 11, 23), date(2026, 11, 30), "2026-W48")
    assert parse_week("2026w1").start == date(2025, 12, 29)  # ISO week 1 starts in December
    assert resolve_period(TODAY) == p
    assert resolve_period(date(2026, 11, 29)) == p  # Sunday still belongs to W48
    assert resolve_period(date(2026, 11, 30)).week == "2026-W49"
    custom = resolve_period(TODAY, since="2026-11-01", until="2026-11-03")
    assert (custom.start, custom.end, custom.week) == (date(2026, 11, 1), date(2026, 11, 4), None)
    for bad in ("2026-48", "W48", "2026-W54"):
        with pytest.raises(DebriefError):
            parse_week(bad)
    with pytest.raises(DebriefError):
        resolve_period(TODAY, week="2026-W48", since="2026-11-01")
    with pytest.raises(DebriefError):
        resolve_period(TODAY, since="2026-11-05", until="2026-11-01")


# -- sections -------------------------------------------------------------------------------


def test_calls_of_the_week_with_boundaries_and_long_calls(store: Store) -> None:
    r = review_of(store, "2026-W47")
    assert [c.contact for c in r.calls] == ["Maria Lopez", "Priya Shah", "Chen Wu"]
    maria = r.calls[0]
    assert (maria.title, maria.company, maria.minutes) == ("Product Manager", "Stripe", 45)
    assert maria.when == datetime(2026, 11, 16, 0, 0)  # Monday 00:00 opens the week
    assert [c.over_limit for c in r.calls] == [True, False, False]
    assert r.long_calls == 1
    assert r.calls_per_day == [
        ("Mon", 1),
        ("Tue", 0),
        ("Wed", 0),
        ("Thu", 1),
        ("Fri", 0),
        ("Sat", 0),
        ("Sun", 1),
    ]
    # Sunday 23:59:59 closes W46; Monday 00:00 of W48 is not in W47.
    assert [c.contact for c in review_of(store, "2026-W46").calls] == ["Alex Kim", "Lena Ortiz"]
    w48 = [c.contact for c in review_of(store, "2026-W48").calls]
    assert w48 == ["Jordan Lee", "Noor Ali"]  # Noor: Monday 01:30 UTC
    assert not review_of(store, "2026-W48").calls[1].over_limit  # exactly 30 is not over


def test_time_zones_decide_the_week_in_local_time(store: Store) -> None:
    # Stored with an offset: 2026-11-22T20:30-05:00 is Sunday in New York, Monday in UTC.
    set_tz("America/New_York")
    w47 = [c.contact for c in review_of(store, "2026-W47").calls]
    assert w47 == ["Maria Lopez", "Priya Shah", "Noor Ali", "Chen Wu"]
    noor = review_of(store, "2026-W47").calls[2]
    assert noor.when == datetime(2026, 11, 22, 20, 30)
    # Naive timestamps are local wall time: they stay in their week in any zone.
    assert [c.contact for c in review_of(store, "2026-W48").calls] == ["Jordan Lee"]
    set_tz("Asia/Tokyo")  # 10:30 Monday in Tokyo
    assert [c.contact for c in review_of(store, "2026-W48").calls] == ["Jordan Lee", "Noor Ali"]


def test_takeaways_by_category_with_their_source(store: Store) -> None:
    r = review_of(store, "2026-W47")
    groups = {g.category: g for g in r.takeaways}
    assert list(groups) == [
        "career_path",
        "typical_day",
        "likes",
        "skills",
        "culture",
        "advancement",
        "advice",
    ]
    assert [(t.contact, t.when.date()) for t in groups["culture"].items] == [
        ("Maria Lopez", date(2026, 11, 16)),
        ("Priya Shah", date(2026, 11, 19)),
    ]
    assert groups["culture"].items[0].text.startswith("Stripe writes everything down")
    assert groups["skills"].items[2].source == "Chen Wu, Sun 22 Nov"
    counts = {cat: n for cat, _, n in r.insights_per_category}
    assert counts["skills"] == 3 and counts["culture"] == 2 and counts["self_pitch"] == 0
    assert r.insight_count == 11


def test_themes_by_lemma_named_by_more_than_one_contact(store: Store) -> None:
    r = review_of(store, "2026-W47")
    keys = {t.key: t for t in r.themes}
    # "design docs" (Maria) and "design doc" (Priya) are one lemma.
    assert {"sql", "stakeholder management", "design doc"} <= set(keys)
    assert keys["design doc"].contacts == ["Maria Lopez", "Priya Shah"]
    assert keys["sql"].label == "SQL"
    # Named by one contact only, or swallowed by the phrase with the same people.
    assert not {"excel", "stakeholder", "management", "skill"} & set(keys)
    # Theme terms were cached at extraction time? No: the store was seeded directly, so the
    # review filled the cache; a second review reads it.
    # Every takeaway of the week feeds the themes (none of them is a self-pitch).
    cached = store.db.execute("SELECT count(*) FROM insight_terms").fetchone()[0]
    assert cached == r.insight_count == 11
    assert [t.key for t in review_of(store, "2026-W47").themes] == [t.key for t in r.themes]


def test_themes_need_two_different_people(store: Store) -> None:
    # W46: Alex named SQL, but alone; the same person twice would still be one contact.
    add_call(
        store,
        datetime(2026, 11, 12, 9, 0),
        "Alex Kim",
        "Data Engineer",
        "Stripe",
        [("skills", "SQL again, and Python.")],
    )
    assert review_of(store, "2026-W46").themes == []


def test_companies_side_by_side_on_culture_and_advancement(store: Store) -> None:
    r = review_of(store, "2026-W47")
    assert [s.company for s in r.companies] == ["Stripe", "Figma", "Acme"]
    stripe, figma, acme = r.companies
    assert [t.text for t in stripe.by_category["culture"]] == [
        "Stripe writes everything down; the culture is memo-driven."
    ]
    assert [t.text for t in figma.by_category["advancement"]] == [
        "There is a clear IC track up to principal."
    ]
    assert acme.by_category == {"culture": [], "advancement": []}


def test_coverage_per_company_over_all_its_calls(store: Store) -> None:
    r = review_of(store, "2026-W47")
    cov = {c.company: c for c in r.coverage}
    assert set(cov) == {"Stripe", "Figma", "Acme"}
    # Stripe: Alex (W46) and Maria (W47).
    assert cov["Stripe"].calls == 2
    assert cov["Stripe"].missing == [
        "typical_day",
        "likes",
        "dislikes",
        "mission_values",
    ]
    # Figma: Priya (W47) and Jordan (W48) covered mission & values.
    assert cov["Figma"].missing == ["career_path", "likes", "dislikes", "advice"]
    # The self-pitch is what the user says: never a question left to ask a company.
    assert "Mission & values" in cov["Acme"].missing_labels
    assert "Self-pitch" not in cov["Acme"].missing_labels


def test_follow_ups_relative_to_today(store: Store) -> None:
    r = review_of(store, "2026-W47")
    groups = {g.key: g for g in r.follow_ups}
    texts = {k: [i.text for i in g.items] for k, g in groups.items()}
    assert texts["overdue"] == ["Send Alex my resume", "Send Maria a thank-you note"]
    assert [i.days_overdue for i in groups["overdue"].items] == [12, 5]
    assert texts["this_week"] == [
        "Ask Jordan for the reading list",  # due today: not overdue
        "Email Priya the portfolio link",
        "Send Jordan the case study",  # Sunday
    ]
    assert texts["later"] == [
        "Book a coffee with the Figma recruiter",  # next Monday
        "Apply to the Figma design role",
    ]
    assert texts["undated"] == ["Read the Stripe press book"]
    assert r.open_follow_ups == 8  # the closed one is not owed
    # A week later the same follow-ups fall in other groups.
    later = review_of(store, "2026-W47", today=date(2026, 12, 1))
    again = {g.key: [i.text for i in g.items] for g in later.follow_ups}
    assert "Book a coffee with the Figma recruiter" in again["overdue"]
    assert again["this_week"] == []
    assert again["later"] == ["Apply to the Figma design role"]


def test_follow_up_groups_are_capped_but_counted(store: Store) -> None:
    r = build_review(store, parse_week("2026-W47"), TODAY, limit=1)
    overdue = next(g for g in r.follow_ups if g.key == "overdue")
    assert (len(overdue.items), overdue.total, overdue.more) == (1, 2, 1)
    assert "… and 1 more" in render(r, "markdown")


def test_referrals_not_yet_contacted(store: Store) -> None:
    r = review_of(store, "2026-W47")
    # Jordan Lee has a debrief now (W48). María López is Maria Lopez (same person key), but
    # her only call came before Chen referred her: as in the ledger, whose "reach out" stays
    # open, she is still to contact (qa39).
    assert [ref.name for ref in r.referrals] == ["María López", "Ana Ruiz"]
    ana = r.referrals[1]
    assert ana.company == "Figma"
    assert [(who, when.date()) for who, when, _ in ana.suggested_by] == [
        ("Maria Lopez", date(2026, 11, 16)),
        ("Priya Shah", date(2026, 11, 19)),
    ]
    # Before Jordan's call was filed, Jordan was still to contact.
    jordan = store.rows(
        "SELECT id FROM debriefs WHERE contact_id = "
        "(SELECT id FROM contacts WHERE key = 'jordan lee')"
    )[0]["id"]
    store.delete(jordan)
    names = [ref.name for ref in review_of(store, "2026-W47").referrals]
    assert names == ["María López", "Ana Ruiz", "Jordan Lee"]


def test_empty_week_names_the_nearest_week_with_calls(store: Store) -> None:
    r = review_of(store, "2026-W50")
    assert r.empty and r.calls == []
    assert r.nearest is not None
    assert (r.nearest.week, r.nearest.calls, r.nearest.direction) == ("2026-W48", 2, "earlier")
    before = review_of(store, "2026-W44")
    assert before.nearest is not None
    assert (before.nearest.week, before.nearest.direction) == ("2026-W46", "later")
    for fmt in ("markdown", "html", "terminal"):
        text = render(r, fmt)
        assert "No calls in week 2026-W50" in text
        assert "debrief review --week 2026-W48" in text
        assert "8 open follow-ups (2 overdue)" in text
    md = render(r, "markdown")
    assert "## Calls" not in md and len(md.splitlines()) < 10


def test_empty_knowledge_base(tmp_path: Path) -> None:
    st = Store(tmp_path / "empty.db")
    r = build_review(st, week_period(TODAY), TODAY)
    assert r.empty and r.nearest is None
    assert "Add your first recap" in render(r, "markdown")


def test_renderings_hold_every_section(store: Store) -> None:
    r = review_of(store, "2026-W47")
    md = render(r, "markdown")
    for heading in (
        "# Week 2026-W47",
        "## Calls",
        "## Takeaways",
        "### Culture",
        "## Themes",
        "## Companies side by side",
        "## Follow-ups",
        "### Overdue (2)",
        "## Referrals not yet contacted",
        "## Coverage: what to ask next",
    ):
        assert heading in md
    assert (
        "| Mon 16 Nov 00:00 | Maria Lopez | Product Manager | Stripe | 45 min **⚠ over 30 min** |"
        in md
    )
    assert (
        "**Ana Ruiz** (Figma): suggested by Maria Lopez on Mon 16 Nov; Priya Shah on Thu 19 Nov"
        in md
    )
    text = render(r, "terminal")
    for heading in (
        "Calls",
        "Takeaways",
        "Themes",
        "Companies side by side",
        "Follow-ups",
        "Referrals not yet contacted",
        "Coverage: what to ask next",
    ):
        assert heading in text
    assert "over 30 min" in text and "5 days overdue" in text
    html = render(r, "html")
    assert html.count("<svg") == 2 and "<script" not in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_user_text_is_escaped_in_markdown_and_html(store: Store) -> None:
    add_call(
        store,
        datetime(2026, 11, 17, 12, 0),
        "<b>Eve</b>",
        "A | B",
        "*Evil* Labs",
        [("culture", "They <script>alert(1)</script> a lot | really.")],
    )
    r = review_of(store, "2026-W47")
    html = render(r, "html")
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;Eve" in html
    md = render(r, "markdown")
    assert "\\<script>" in md and "A \\| B" in md and "\\*Evil\\* Labs" in md


def test_open_follow_ups_sorted_by_due_date(store: Store) -> None:
    items = open_follow_ups(store, TODAY)
    dues = [i.due for i in items if i.due]
    assert dues == sorted(dues) and items[-1].due is None


def test_many_companies_are_compared_one_row_each(store: Store) -> None:
    for n, company in enumerate(("Initech", "Umbrella", "Hooli")):
        add_call(
            store,
            datetime(2026, 11, 18, 9 + n, 0),
            f"Person {n}",
            "Engineer",
            company,
            [("culture", f"{company} culture note.")] if company != "Hooli" else [],
        )
    r = review_of(store, "2026-W47")
    assert len(r.companies) == 6 and not r.companies_as_columns
    assert [s.company for s in r.companies_with_notes] == ["Stripe", "Initech", "Umbrella", "Figma"]
    md = render(r, "markdown")
    assert "| Company | Culture | Advancement |" in md
    assert "| **Initech** | Initech culture note. | – |" in md
    assert "2 companies with nothing on these yet." in md  # Hooli and Acme
    assert "2 companies with nothing on these yet" in render(r, "terminal")
    assert 'class="side rows"' in render(r, "html")


def test_cached_theme_terms_go_with_their_debrief(store: Store) -> None:
    review_of(store, "2026-W47")  # fills the cache for the week's takeaways
    maria = store.rows(
        "SELECT id FROM debriefs WHERE contact_id ="
        " (SELECT id FROM contacts WHERE key = 'maria lopez')"
    )[0]["id"]
    mine = "SELECT count(*) FROM insight_terms t JOIN insights i ON i.id = t.insight_id"
    hers = store.db.execute(mine + " WHERE i.debrief_id = ?", [maria]).fetchone()[0]
    assert hers == len(store.insights(maria)) > 1
    before = store.db.execute("SELECT count(*) FROM insight_terms").fetchone()[0]
    store.delete(maria)
    assert store.db.execute("SELECT count(*) FROM insight_terms").fetchone()[0] == before - hers
    orphans = "SELECT count(*) FROM insight_terms WHERE insight_id NOT IN (SELECT id FROM insights)"
    assert store.db.execute(orphans).fetchone()[0] == 0


def test_a_due_date_that_is_not_a_date_counts_as_undated(store: Store) -> None:
    add_call(
        store,
        datetime(2026, 11, 24, 12, 0),
        "Sam Hill",
        "Founder",
        "Hill Labs",
        [],
        follow_ups=[("Ping Sam", "next week")],
    )
    groups = {g.key: g for g in review_of(store, "2026-W48").follow_ups}
    assert [i.text for i in groups["undated"].items] == [
        "Ping Sam",  # the most recent call first
        "Read the Stripe press book",
    ]
    assert "Ping Sam — due next week" in render(review_of(store, "2026-W48"), "markdown")


def test_terminal_panel_wraps_on_a_narrow_soft_wrapping_console(store: Store) -> None:
    import io

    from rich.console import Console

    from debrief.review.render_terminal import print_review

    buffer = io.StringIO()
    print_review(Console(file=buffer, width=50, soft_wrap=True), review_of(store, "2026-W47"))
    flat = " ".join(buffer.getvalue().replace("│", " ").split())
    assert "8 open follow-ups · 2 referrals to contact" in flat
    assert "Promotions happen once a year through calibration." in flat
