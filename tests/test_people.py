"""debrief people / person: contacts, mentions, who referred whom, referrals not contacted."""

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
from debrief.store.match import Ambiguous
from debrief.store.people import people_overview, person_view
from debrief.store.prep import prep
from tests.conftest import run_cli as run


def test_who_referred_whom_and_who_is_still_to_contact(store: Store) -> None:
    data = people_overview(store)
    refs = {(r["name"], r["referrer"]): r for r in data["referrals"]}
    assert set(refs) == {
        ("James Chen", "Maria Lopez"),
        ("Omar Haddad", "Maria Lopez"),
        ("Tom", "James Chen"),
    }
    assert refs["James Chen", "Maria Lopez"]["contacted"]
    assert refs["James Chen", "Maria Lopez"]["contacted_on"].startswith("2026-11-10")
    # "Tom" alone, said by James at Stripe, is Tom Becker of Stripe: a first-name match.
    assert refs["Tom", "James Chen"]["contact"] == "Tom Becker"
    assert [r["name"] for r in data["not_contacted"]] == ["Omar Haddad"]
    contacts = {c["name"]: c for c in data["contacts"]}
    assert contacts["James Chen"]["referred_by"] == ["Maria Lopez"]
    assert contacts["Tom Becker"]["referred_by"] == ["James Chen"]
    assert contacts["Maria Lopez"]["referred_by"] == []
    assert contacts["Maria Lopez"]["company"] == "Stripe"
    assert [(m["name"], [x["referrer"] for x in m["mentioned_by"]]) for m in data["mentioned"]] == [
        ("Maria Lopez", ["Priya Shah"])
    ]


def test_a_referral_counts_once_a_debrief_with_them_exists(store: Store) -> None:
    assert [r["name"] for r in people_overview(store)["not_contacted"]] == ["Omar Haddad"]
    # Speech recognition spelled him differently; still the same person.
    add(store, "2026-11-28T10:00", "Omar Hadad", "Figma", [("advice", "Write every day.")])
    assert people_overview(store)["not_contacted"] == []


def test_first_names_only_match_at_the_right_company(store: Store) -> None:
    add(
        store,
        "2026-11-26T10:00",
        "Priya Shah",
        "Figma",
        [("advice", "Talk to designers.")],
        people=[("Tom", None, "referral"), ("Ana", "Stripe", "referral")],
    )
    refs = {
        r["name"]: r for r in people_overview(store)["referrals"] if r["referrer"] == "Priya Shah"
    }
    assert not refs["Tom"]["contacted"]  # Tom Becker is at Stripe, not Figma
    assert refs["Ana"]["contact"] == "Ana Ruiz"  # said to be at Stripe


def test_person_view(store: Store) -> None:
    james = person_view(store, "james")
    assert james["name"] == "James Chen" and not james["exact"] and james["is_contact"]
    assert [r["referrer"] for r in james["referred_by"]] == ["Maria Lopez"]
    assert [c["company"] for c in james["calls"]] == ["Stripe"]
    assert len(james["insights"]) == 3
    assert [(r["name"], r["contacted"]) for r in james["referred"]] == [("Tom", True)]
    omar = person_view(store, "Omar Haddad")
    assert omar["exact"] and not omar["is_contact"] and omar["calls"] == []
    assert [r["referrer"] for r in omar["referred_by"]] == ["Maria Lopez"]
    maria = person_view(store, "maria lopez")
    assert [m["referrer"] for m in maria["mentioned_by"]] == ["Priya Shah"]
    assert {(r["name"], r["contacted"]) for r in maria["referred"]} == {
        ("James Chen", True),
        ("Omar Haddad", False),
    }
    assert [f["text"] for f in maria["follow_ups"]] == ["Email James Chen about the payments team"]


def test_ambiguous_and_unknown_people(store: Store) -> None:
    add(store, "2026-11-26T10:00", "Maria Chen", "Figma", [("advice", "Ask questions.")])
    with pytest.raises(Ambiguous) as err:
        person_view(store, "maria")
    assert set(err.value.candidates) == {"Maria Lopez", "Maria Chen"}
    with pytest.raises(NotFound):
        person_view(store, "Zed Zebra")
    code, out, err_text = run("person", "maria")
    assert code == 1 and out == "" and err_text.count("\n") == 1
    assert "Maria Lopez" in err_text and "Maria Chen" in err_text


def test_cli_people_and_person(kb: Path) -> None:
    code, out, _ = run("people", "--json")
    data = json.loads(out)
    assert code == 0 and [r["name"] for r in data["not_contacted"]] == ["Omar Haddad"]
    code, out, _ = run("people")
    assert code == 0
    assert "Omar Haddad" in out and "not yet" in out and "1 referral not yet contacted" in out
    code, out, _ = run("person", "James", "Chen")
    assert code == 0 and out.startswith("James Chen") and "referred by Maria Lopez" in out
    code, out, _ = run("person", "omar haddad", "--json")
    assert code == 0 and json.loads(out)["is_contact"] is False


def test_empty_knowledge_base(home: Path) -> None:
    assert run("people") == (0, "no people yet: add a debrief with `debrief add`\n", "")
    code, _, err_text = run("person", "anyone")
    assert code == 1 and err_text == "error: no people in the knowledge base yet\n"
    assert run("companies") == (0, "no companies yet: add a debrief with `debrief add`\n", "")


def test_referrals_end_to_end_through_add_text(home: Path) -> None:
    """Real extraction: a referral becomes contacted once a debrief with them is added."""
    code, _, err_text = run(
        "add", "--when", "2026-11-20T10:00", "--text",
        "Just talked to Maria Lopez, a product manager at Stripe. Her advice was to build a"
        " small project. She suggested I talk to her colleague James Chen.",
    )  # fmt: skip
    assert code == 0, err_text
    waiting = json.loads(run("people", "--json")[1])["not_contacted"]
    assert [(r["name"], r["referrer"]) for r in waiting] == [("James Chen", "Maria Lopez")]
    code, _, err_text = run(
        "add", "--when", "2026-11-22T10:00", "--text",
        "Had a call with James Chen, an engineer at Stripe. His advice was to learn SQL.",
    )  # fmt: skip
    assert code == 0, err_text
    assert json.loads(run("people", "--json")[1])["not_contacted"] == []


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.text(max_size=80))
@example(name="jmes chen")
@example(name="\n" * 3 + "maria")
def test_any_person_name_gives_a_view_or_one_line(kb: Path, name: str) -> None:
    result = CliRunner().invoke(cli, ["person", "--", name], obj=Ctx())
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code in (0, 1)
    if result.exit_code:
        assert result.stdout == "" and result.stderr.count("\n") == 1, result.stderr


def test_people_and_review_agree_on_who_is_still_to_contact(store: Store) -> None:
    """One "referral contacted" rule: `debrief people`, the weekly review and the prep sheet
    name the same people, also where an exact-name rule (the review's and the prep
    sheet's, before) disagrees: a referral called later under a near spelling, and a
    referrer naming themselves."""
    from datetime import date

    from debrief.review import build_review, week_period

    # Near spelling: referred as "Priya Shaw", then a call with "Priya Shah" at Figma.
    add(
        store,
        "2026-11-20T09:00",
        "Lena Ortiz",
        "Figma",
        [("advice", "Talk to more designers.")],
        people=[("Priya Shaw", "Figma", "referral"), ("Lena Ortiz", None, "referral")],
    )
    add(store, "2026-11-22T09:00", "Priya Shah", "Figma", [("culture", "Calm and kind.")])
    review = build_review(store, week_period(date(2026, 11, 23)), date(2026, 11, 23))
    from_review = {r.name for r in review.referrals}
    from_people = {r["name"] for r in people_overview(store)["not_contacted"]}
    assert from_review == from_people
    assert "Priya Shaw" not in from_people  # contacted, under a near spelling
    assert "Omar Haddad" in from_people  # never called
    # Naming yourself is no referral to contact; nor is it contacted by your own call.
    assert ("Lena Ortiz" in from_people) == ("Lena Ortiz" in from_review)
    # The prep sheet's referral chain says the same of each (issue 15, after issue 14).
    chain = prep(store, "Lena Ortiz", date(2026, 11, 23))["referrals"]
    assert {r["referred"] for r in chain if not r["contacted"]} == from_people & {
        r["referred"] for r in chain
    }
    assert [r["contacted"] for r in chain if r["referred"] == "Priya Shaw"] == [True]
