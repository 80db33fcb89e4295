"""`debrief prep` on the seeded knowledge base (tests/kb_seed.py): per-category knowledge with
sources, disagreements, suggested questions for uncovered categories, open items both ways,
the referral chain; in the terminal, Markdown and the HTML page opened in headless chromium
(the review's harness, tests/test_review_html.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import run_cli
from test_review_html import CHROMIUM, Dom, chromium

from debrief.models import CATEGORIES
from debrief.store import Store, habits
from debrief.store.prep import prep
from debrief.views import render

TODAY = date(2026, 11, 26)


def with_habits(store: Store) -> Store:
    for (did,) in store.db.execute("SELECT id FROM debriefs ORDER BY id").fetchall():
        habits.refresh(store, did)
    return store


def test_prep_company(store: Store) -> None:
    data = prep(with_habits(store), "stripe inc", TODAY)
    assert data["kind"] == "company" and data["name"] == "Stripe"
    assert data["last_call"]["contact"] == "Tom Becker"
    by_cat = {c["category"]: c for c in data["categories"]}
    adv = by_cat["advancement"]
    assert {s["contact"] for s in adv["statements"]} == {"Maria Lopez", "James Chen", "Ana Ruiz"}
    assert all(s["insight_id"] and s["debrief_id"] for s in adv["statements"])
    # Maria and James praise advancement, Ana complains: they differ
    assert "Advancement" in [d["topic"] for d in data["disagreements"]]
    covered = set(by_cat)
    assert [q["category"] for q in data["suggested"]] == [
        c for c in CATEGORIES if c not in covered and c != "advice"
    ]
    mission = next(q for q in data["suggested"] if q["category"] == "mission_values")
    assert mission["questions"] == ["Does the organization live up to its mission and values?"]
    chain = {(r["referrer"], r["referred"]): r["contacted"] for r in data["referrals"]}
    assert chain[("Maria Lopez", "James Chen")] is True
    assert chain[("Maria Lopez", "Omar Haddad")] is False
    owed = [i["text"] for i in data["owed"]]
    assert "Email James Chen about the payments team" in owed
    assert "Tell Maria Lopez how it went with James Chen" in owed
    assert "Reach out to Omar Haddad (suggested by Maria Lopez)" in owed


def test_prep_person_and_unknown(kb: Path) -> None:
    code, out, _ = run_cli("prep", "james", "chen")
    assert code == 0
    assert "Prep: James Chen" in out and "Mentoring is excellent" in out
    assert "Still to ask" in out and "What was your career progression" in out
    code, _, err = run_cli("prep", "Nowhere Corp")
    assert code != 0 and err.count("\n") <= 2 and "Traceback" not in err


def test_prep_markdown(kb: Path) -> None:
    code, out, _ = run_cli("prep", "Stripe", "--format", "markdown")
    assert code == 0
    for head in (
        "# Prep: Stripe",
        "## What you know",
        "## Where contacts disagree",
        "## Still to ask",
        "## You owe",
        "## They offered",
        "## Referral chain",
    ):
        assert head in out
    assert "Promotions are slow on her team. — *Ana Ruiz*" in out


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_prep_html_in_chromium(store: Store, tmp_path: Path) -> None:
    html = render("prep", prep(with_habits(store), "Stripe", TODAY), "html")
    target = tmp_path / "prep.html"
    target.write_text(html, encoding="utf-8")
    done = chromium(tmp_path, "--dump-dom", target.as_uri())
    assert done.returncode == 0, done.stderr
    dom = Dom()
    dom.feed(done.stdout)
    for section in ("known", "disagreements", "questions", "owed", "offered", "referrals"):
        assert dom.section_text(section), section
    assert "Promotions are slow on her team." in dom.section_text("known")
    assert "Ana Ruiz" in dom.section_text("disagreements")
    assert "live up to its mission and values" in dom.section_text("questions")
    assert "Omar Haddad" in dom.section_text("referrals")
    for _tag, attrs, _ids in dom.elements:  # self-contained: nothing points outside
        for name in ("src", "href"):
            value = attrs.get(name) or ""
            assert not value or value.startswith(("#", "data:")), value
