"""debrief company / companies: one company across all contacts, forgiving names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from kb_seed import add

from debrief.cli import Ctx, cli
from debrief.errors import NotFound
from debrief.store import Store
from debrief.store.company import company_view, list_companies, resolve_company
from debrief.store.match import Ambiguous
from debrief.store.tone import tone
from tests.conftest import run_cli as run


def category(view: dict, name: str) -> dict:
    return next(c for c in view["categories"] if c["category"] == name)


def test_everything_about_one_company_grouped_by_category(store: Store) -> None:
    view = company_view(store, "Stripe")
    assert view["company"]["name"] == "Stripe" and view["exact"]
    assert [c["name"] for c in view["contacts"]] == [
        "Maria Lopez",
        "James Chen",
        "Ana Ruiz",
        "Tom Becker",
    ]
    assert len(view["calls"]) == 4
    advancement = category(view, "advancement")
    said = [(s["contact"], s["recorded_at"][:10], s["text"]) for s in advancement["statements"]]
    assert said == [
        ("Maria Lopez", "2026-11-02", "The mentoring is great and promotions happen twice a year."),
        ("James Chen", "2026-11-10", "Mentoring is excellent, my manager meets me every week."),
        ("Ana Ruiz", "2026-11-20", "Promotions are slow on her team."),
    ]
    # Categories come in the question order; the ones nobody answered are listed.
    order = [c["category"] for c in view["categories"]]
    assert order == ["typical_day", "dislikes", "skills", "culture", "advancement", "advice"]
    assert "mission_values" in view["not_covered"]
    assert [f["text"] for f in view["follow_ups"]] == ["Email James Chen about the payments team"]


def test_where_contacts_agree_and_where_they_differ(store: Store) -> None:
    view = company_view(store, "stripe")
    advancement = category(view, "advancement")
    assert advancement["verdict"] == "differ"
    assert {c["contact"]: c["tone"] for c in advancement["contacts"]} == {
        "Maria Lopez": 1,
        "James Chen": 1,
        "Ana Ruiz": -1,
    }
    assert category(view, "culture")["verdict"] == "agree"
    themes = {t["term"]: t for t in view["themes"]}
    # Two praise the mentoring; promotions: one says twice a year (in praise), one slow.
    assert themes["mentoring"]["verdict"] == "agree"
    assert {c["contact"] for c in themes["mentoring"]["contacts"]} == {"Maria Lopez", "James Chen"}
    assert themes["promotions"]["verdict"] == "differ"
    # Factual categories get no guessed tone.
    assert tone("She told me to learn SQL before anything else.", "skills") == 0
    assert tone("The process is not slow at all.", "culture") == 1
    assert tone("It isn't great.", "culture") == -1


@pytest.mark.parametrize(
    "name", ["Stripe", "stripe", "STRIPE, INC.", "Stripe Inc", "the Stripe company", "Strype"]
)
def test_forgiving_company_names(store: Store, name: str) -> None:
    assert resolve_company(store, name)["name"] == "Stripe"


def test_ambiguous_and_unknown_names(store: Store) -> None:
    add(store, "2026-11-26T10:00", "Li Kim", "Acme Robotics", [("advice", "Ship early.")])
    add(store, "2026-11-27T10:00", "Bo Kim", "Acme Health", [("advice", "Ship often.")])
    with pytest.raises(Ambiguous) as err:
        company_view(store, "acme")
    assert set(err.value.candidates) == {"Acme Robotics", "Acme Health"}
    assert company_view(store, "acme health")["company"]["name"] == "Acme Health"
    with pytest.raises(NotFound, match="no company matching 'Zebra Zoo'"):
        company_view(store, "Zebra Zoo")
    code, out, err_text = run("company", "acme")
    assert code == 1 and out == ""
    assert err_text.count("\n") == 1
    assert "Acme Robotics" in err_text and "Acme Health" in err_text
    code, _, err_text = run("company", "Zebra", "Zoo")
    assert code == 1 and err_text.count("\n") == 1


def test_mentions_and_people_said_to_work_there(store: Store) -> None:
    figma = company_view(store, "figma")
    assert [m["contact"] for m in figma["mentioned_in"]] == ["Maria Lopez"]
    stripe = company_view(store, "stripe")
    people = {(p["name"], p["relation"], p["said_by"]) for p in stripe["people"]}
    assert ("James Chen", "referral", "Maria Lopez") in people
    assert ("Maria Lopez", "mentioned", "Priya Shah") in people  # said at a Figma call


def test_companies_list(store: Store) -> None:
    rows = {r["name"]: r for r in list_companies(store)}
    stripe = rows["Stripe"]
    assert (stripe["calls"], stripe["contacts"], stripe["insights"]) == (4, 4, 10)
    assert stripe["last_contact"].startswith("2026-11-24")
    assert (rows["Figma"]["calls"], rows["Figma"]["mentions"]) == (1, 1)
    assert list(rows) == ["Stripe", "Figma"]  # most recent contact first


def test_cli_company_and_companies(kb: Path) -> None:
    code, out, _ = run("company", "strype")
    assert code == 0
    assert out.startswith("Stripe  (closest match for 'strype')")
    assert "differ" in out and "agree" in out and "Ana Ruiz" in out
    code, out, _ = run("company", "Stripe", "--json")
    data = json.loads(out)
    assert code == 0 and data["company"]["name"] == "Stripe" and data["themes"]
    code, out, _ = run("companies", "--json")
    assert code == 0 and [r["name"] for r in json.loads(out)] == ["Stripe", "Figma"]
    code, out, _ = run("companies")
    assert code == 0 and "Stripe" in out and "2026-11-24" in out


def test_company_end_to_end_through_add_text(home: Path) -> None:
    """Real extraction: two typed recaps from people at one company, then the view."""
    for when, who, text in (
        ("2026-11-20T10:00", "Maria Lopez",
         "Just talked to Maria Lopez, a product manager at Stripe. Promotions happen twice"
         " a year. The team is friendly and most people work remotely."),
        ("2026-11-22T10:00", "James Chen",
         "Had a call with James Chen, an engineer at Stripe Inc. He loves the mentoring on"
         " his team. He said promotions are slow and the planning cycles are long."),
    ):  # fmt: skip
        code, _, err_text = run("add", "--when", when, "--contact", who, "--text", text)
        assert code == 0, err_text
    code, out, _ = run("company", "stripe", "--json")
    view = json.loads(out)
    assert code == 0
    assert [c["name"] for c in view["contacts"]] == ["Maria Lopez", "James Chen"]
    said = [s for c in view["categories"] for s in c["statements"]]
    assert {s["contact"] for s in said} == {"Maria Lopez", "James Chen"}


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.text(max_size=80))
@example(name="strype inc.")
@example(name="x" * 10_000)
def test_any_company_name_gives_a_view_or_one_line(kb: Path, name: str) -> None:
    result = CliRunner().invoke(cli, ["company", "--", name], obj=Ctx())
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code in (0, 1)
    if result.exit_code:
        assert result.stdout == "" and result.stderr.count("\n") == 1, result.stderr
        assert result.stderr.startswith("error: ")


def test_contrast_clauses_carry_their_own_tone(store: Store) -> None:
    add(
        store,
        "2026-11-26T10:00",
        "Li Wu",
        "Globex",
        [("advancement", "Promotions are slow there, but the mentoring is excellent.")],
    )
    add(store, "2026-11-27T10:00", "Bo Lind", "Globex", [("culture", "The mentoring is great.")])
    quick = [("advancement", "Promotions are quick.")]
    add(store, "2026-11-28T10:00", "Cy Park", "Globex", quick)
    view = company_view(store, "globex")
    themes = {t["term"]: t for t in view["themes"]}
    assert themes["promotions"]["verdict"] == "differ"
    assert {c["contact"]: c["tone"] for c in themes["promotions"]["contacts"]} == {
        "Li Wu": -1,
        "Cy Park": 1,
    }
    assert themes["mentoring"]["verdict"] == "agree"
    # The whole sentence is mixed, so in its category Li Wu has no tone either way.
    advancement = category(view, "advancement")
    assert {c["contact"]: c["tone"] for c in advancement["contacts"]} == {"Li Wu": 0, "Cy Park": 1}
    assert advancement["verdict"] == "one opinion"


def test_company_view_and_review_agree_on_themes(store: Store) -> None:
    """One notion of themes (issue 15): on the same insights, the company view names the
    themes the weekly review finds (the same terms by lemma, shown the same way, the same
    people)."""
    from debrief.names import person_key
    from debrief.review.themes import find_themes

    add(
        store,
        "2026-11-26T10:00",
        "Li Wu",
        "Stripe",
        [("skills", "Stakeholder management matters more than SQL for this role.")],
    )
    view = company_view(store, "stripe")
    rows = store.rows(
        "SELECT i.id, i.text, i.category, c.name AS contact FROM insights i"
        " JOIN debriefs d ON d.id = i.debrief_id JOIN contacts c ON c.id = d.contact_id"
        " WHERE d.company_id = ?",
        [view["company"]["id"]],
    )
    for row in rows:
        row["person"] = person_key(row["contact"])
    review = {t.key: (t.label, sorted(t.contacts)) for t in find_themes(store, rows)}
    company = {
        t["key"]: (t["term"], sorted(c["contact"] for c in t["contacts"])) for t in view["themes"]
    }
    assert company == review
    # Inflections are one theme (the review's lemmas): "promotions" and "promotion"; a
    # capital that only starts a sentence is not part of the name, an acronym's is.
    assert company["promotion"][0] == "promotions" and company["sql"][0] == "SQL"
