"""Seeding a real knowledge base through the Store API (no extraction model needed)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from debrief.models import Contact, Extraction, FollowUp, Insight, Person, Transcript
from debrief.store import Store


def add(
    store: Store,
    when: str,
    contact: str | None,
    company: str | None,
    insights: list[tuple[str, str]],
    *,
    title: str | None = None,
    people: list[tuple[str, str | None, str]] = (),  # type: ignore[assignment]
    companies: list[str] = (),  # type: ignore[assignment]
    follow_ups: list[tuple[str, str | None]] = (),  # type: ignore[assignment]
    extra_text: str = "",
) -> int:
    """File one debrief whose transcript is the insights' sentences (plus ``extra_text``)."""
    parts: list[str] = []
    found: list[Insight] = []
    pos = 0
    for category, sentence in insights:
        found.append(Insight(category, sentence, pos, pos + len(sentence)))
        parts.append(sentence)
        pos += len(sentence) + 1
    text = " ".join([*parts, extra_text]).strip() or "(empty)"
    debrief_id = store.create_debrief(source="text", recorded_at=datetime.fromisoformat(when))
    store.save_transcript(
        debrief_id,
        Transcript(text=text, segments=[], language="en", duration=0.0, engine="text", model=""),
    )
    store.save_extraction(
        debrief_id,
        Extraction(
            contact=Contact(name=contact, title=title, company=company),
            insights=found,
            follow_ups=[FollowUp(t, due) for t, due in follow_ups],
            people_mentioned=[Person(n, c, r) for n, c, r in people],
            companies_mentioned=list(companies),
            call_minutes=20,
            pipeline_version="test",
        ),
    )
    return debrief_id


def stripe_kb(home: Path) -> Path:
    """A small knowledge base: three Stripe contacts who agree and differ, Figma, referrals.

    Returns the database path (the store is closed, so the WAL is folded in).
    """
    home.mkdir(parents=True, exist_ok=True)
    path = home / "debrief.db"
    store = Store(path)
    add(
        store,
        "2026-11-02T10:00",
        "Maria Lopez",
        "Stripe, Inc.",
        [
            ("advancement", "The mentoring is great and promotions happen twice a year."),
            ("skills", "She told me to learn SQL before anything else."),
            ("culture", "The team is friendly and supportive."),
            ("advice", "Build a small project and share it online."),
        ],
        title="product manager",
        people=[("James Chen", "Stripe", "referral"), ("Omar Haddad", None, "referral")],
        companies=["Figma"],
        follow_ups=[("Email James Chen about the payments team", "2026-11-09")],
    )
    add(
        store,
        "2026-11-10T15:00",
        "James Chen",
        "Stripe",
        [
            ("advancement", "Mentoring is excellent, my manager meets me every week."),
            ("culture", "Remote work is flexible and the team is kind."),
            ("dislikes", "He dislikes the long planning cycles."),
        ],
        title="engineer",
        people=[("Tom", None, "referral")],
    )
    add(
        store,
        "2026-11-20T09:30",
        "Ana Ruiz",
        "stripe",
        [
            ("advancement", "Promotions are slow on her team."),
            ("culture", "The culture is intense but fair."),
        ],
        extra_text="We also talked about xylophones in the office.",
    )
    add(
        store,
        "2026-11-21T11:00",
        "Priya Shah",
        "Figma",
        [
            ("skills", "Design systems and prototyping are the core skills."),
            ("advancement", "Promotion committees meet once a year."),
        ],
        people=[("Maria Lopez", "Stripe", "mentioned")],
    )
    add(
        store,
        "2026-11-24T16:00",
        "Tom Becker",
        "Stripe",
        [("typical_day", "Mornings are for code review and afternoons for meetings.")],
    )
    store.close()
    return path


def job_search_kb(home: Path, today: date) -> Path:
    """Two weeks of a job search ending ``today``: calls this week and last, contacts at
    Stripe and Figma who agree and differ, an overdue and an upcoming follow-up, referrals
    (one contacted since, one not), and a call whose company was not extracted.

    Returns the database path (the store is closed, so the WAL is folded in).
    """
    home.mkdir(parents=True, exist_ok=True)
    path = home / "debrief.db"
    store = Store(path)
    monday = today - timedelta(days=today.weekday())

    def at(days: int, hour: int) -> str:
        moment = datetime.combine(monday + timedelta(days=days), datetime.min.time())
        return moment.replace(hour=hour).isoformat()

    add(
        store,
        at(-5, 10),
        "Maria Lopez",
        "Stripe",
        [
            ("career_path", "She started in support and moved into product after two years."),
            ("advancement", "The mentorship program is great and promotions happen twice a year."),
            ("culture", "Remote work is flexible and the team is supportive."),
            ("advice", "Pick a hard problem and own it."),
        ],
        title="product manager",
        people=[("James Chen", "Stripe", "referral"), ("Omar Haddad", "Plaid", "referral")],
        companies=["Figma"],
        follow_ups=[
            ("Email James Chen about the payments team", (today - timedelta(days=3)).isoformat())
        ],
        extra_text="We talked for twenty minutes.",
    )
    add(
        store,
        at(-3, 15),
        "Priya Shah",
        "Figma",
        [
            ("skills", "Design systems and a strong portfolio matter most."),
            ("advancement", "Promotion committees meet once a year, which is slow."),
        ],
        title="design lead",
        follow_ups=[("Send Priya my portfolio", (today + timedelta(days=9)).isoformat())],
    )
    add(
        store,
        at(0, 9),
        "James Chen",
        "Stripe",
        [
            ("advancement", "Promotions are slow on the payments team."),
            ("culture", "Remote work is normal and the mentorship is excellent."),
            ("skills", "Learn SQL and build a portfolio of small analyses."),
        ],
        title="engineer",
    )
    add(
        store,
        at(0, 16),
        "Ana Ruiz",
        None,
        [
            ("likes", "She loves the remote setup and the mentorship."),
            ("skills", "A portfolio beats a resume for design roles."),
        ],
        extra_text="We also talked about xylophones in the office.",
    )
    store.close()
    return path
