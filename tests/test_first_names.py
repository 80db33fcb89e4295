"""A contact known by first name in one call and by full name in another is one person:
for `debrief people`, the reach-out ledger and stay-in-touch (which match people by key).

Real SQLite, real spaCy, through the `debrief` command (typed recaps: the rule is the
store's, whatever the source; the spoken case of a misspelt name is at the end).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli


def add(text: str, when: str) -> None:
    code, _, err = run_cli("add", "--yes", "--when", when, "--text", text)
    assert code == 0, err


def cli_json(*args: str) -> Any:
    code, out, err = run_cli(*args, "--json")
    assert code == 0, err
    return json.loads(out)


def contacts() -> list[tuple[str, str | None, int]]:
    return [(c["name"], c["company"], c["calls"]) for c in cli_json("people")["contacts"]]


def items(prefix: str) -> list[tuple[str, bool]]:
    return [
        (i["text"], bool(i["done_at"]))
        for i in cli_json("todo", "--all")
        if i["text"].startswith(prefix)
    ]


def test_first_name_then_full_name_is_one_person(home: Path) -> None:
    add("Just got off a call with Mia, a product designer at Figma.", "2026-10-01T10:00")
    add("Second call with Mia Kovac, a product designer at Figma.", "2026-11-01T10:00")
    assert contacts() == [("Mia Kovac", "Figma", 2)]
    # the first call's stay-in-touch is done by the second; one stays open
    assert sorted(items("Stay in touch")) == [
        ("Stay in touch with Mia Kovac", False),
        ("Stay in touch with Mia Kovac", True),
    ]
    code, _, err = run_cli("reextract", "--all")  # re-filed alike
    assert code == 0, err
    assert contacts() == [("Mia Kovac", "Figma", 2)]
    assert cli_json("show", "1")["contact"] == "Mia Kovac"


def test_full_name_then_first_name_is_one_person(home: Path) -> None:
    add("Just got off a call with Mia Kovac, a product designer at Figma.", "2026-10-01T10:00")
    add("Second call with Mia, a product designer at Figma.", "2026-11-01T10:00")
    assert contacts() == [("Mia Kovac", "Figma", 2)]
    shown = cli_json("show", "2")
    assert (shown["contact"], shown["heard_contact"]) == ("Mia Kovac", "Mia")


@pytest.mark.usefixtures("filed_soon_after")
def test_a_referral_by_first_name_is_reached_when_called(home: Path) -> None:
    add(
        "Just got off a call with Mia Kovac, a designer at Figma. She said I should talk to Tom.",
        "2026-10-01T10:00",
    )
    assert items("Reach out") == [("Reach out to Tom (suggested by Mia Kovac)", False)]
    add("Just got off a call with Tom Reyes, an engineering manager at Figma.", "2026-10-09T10:00")
    assert items("Reach out") == [("Reach out to Tom Reyes (suggested by Mia Kovac)", True)]
    people = cli_json("people")
    assert people["not_contacted"] == []
    (ref,) = people["referrals"]
    assert (ref["name"], ref["contacted"]) == ("Tom Reyes", True)
    assert items("Tell Mia Kovac") == [("Tell Mia Kovac how it went with Tom Reyes", False)]
    code, _, err = run_cli("reextract", "--all")  # re-filed alike
    assert code == 0, err
    assert items("Reach out") == [("Reach out to Tom Reyes (suggested by Mia Kovac)", True)]
    assert [(p["name"], p["heard"]) for p in cli_json("show", "1")["people_mentioned"]] == [
        ("Tom Reyes", "Tom")
    ]


def test_a_first_name_shared_at_the_company_stays_apart(home: Path) -> None:
    add("Just got off a call with Mia Kovac, a designer at Figma.", "2026-10-01T10:00")
    add("Just got off a call with Mia Ortiz, a recruiter at Figma.", "2026-10-02T10:00")
    add("Just got off a call with Mia, an engineer at Figma.", "2026-10-03T10:00")
    assert sorted(contacts()) == [
        ("Mia", "Figma", 1),
        ("Mia Kovac", "Figma", 1),
        ("Mia Ortiz", "Figma", 1),
    ]


def test_the_same_first_name_elsewhere_is_someone_else(home: Path) -> None:
    add("Just got off a call with Mia, a product designer at Stripe.", "2026-10-01T10:00")
    add("Just got off a call with Mia Kovac, a product designer at Figma.", "2026-11-01T10:00")
    assert sorted(contacts()) == [("Mia", "Stripe", 1), ("Mia Kovac", "Figma", 1)]


def test_a_first_name_the_user_set_is_left_alone(home: Path) -> None:
    code, _, err = run_cli(
        "add",
        "--yes",
        "--contact",
        "Mia",
        "--company",
        "Figma",
        "--when",
        "2026-10-01T10:00",
        "--text",
        "Just got off a call with a product designer.",
    )
    assert code == 0, err
    add("Second call with Mia Kovac, a product designer at Figma.", "2026-11-01T10:00")
    assert sorted(contacts()) == [("Mia", "Figma", 1), ("Mia Kovac", "Figma", 1)]


def test_misspelt_then_spelt_right_in_speech_is_one_person(home: Path) -> None:
    """Spoken recaps (source audio) from their transcripts: what Whisper wrote is the
    input here, the store's resolution is what is tested."""
    from debrief import pipeline
    from debrief.config import load_settings
    from debrief.models import Transcript
    from debrief.store import open_store

    store = open_store(load_settings())
    for day, text in (
        (1, "Just got off a call with Mia Covac, a product designer at Figma."),
        (9, "Second call with Mia Kovac, a product designer at Figma."),
    ):
        did = store.create_debrief(
            source="audio",
            recorded_at=datetime(2026, 10, day, 10),
            audio_path=None,
            audio_hash=None,
            original_name=f"call-{day}.wav",
            duration=20.0,
        )
        transcript = Transcript(text, [], "en", 20.0, "faster-whisper", "tiny.en")
        store.save_transcript(did, transcript)
        assert pipeline.extract_and_store(store, did, transcript, pipeline.Quiet(), {}).ok
    store.close()
    assert contacts() == [("Mia Covac", "Figma", 2)]
    assert cli_json("show", "2")["heard_contact"] == "Mia Kovac"
    assert sorted(items("Stay in touch")) == [
        ("Stay in touch with Mia Covac", False),
        ("Stay in touch with Mia Covac", True),
    ]


def test_a_namesake_referral_at_the_company_keeps_a_first_name_apart(home: Path) -> None:
    add("Just got off a call with Mia, a product designer at Figma.", "2026-10-01T10:00")
    add(
        "Just got off a call with Ana Ruiz, a designer at Figma. She said to talk to her "
        "colleague Mia Ortiz at Figma.",
        "2026-10-20T10:00",
    )
    add("Second call with Mia Kovac, a product designer at Figma.", "2026-11-01T10:00")
    assert ("Mia", "Figma", 1) in contacts() and ("Mia Kovac", "Figma", 1) in contacts()


def test_a_first_name_at_a_referral_company_is_that_referral(home: Path) -> None:
    add(
        "Just got off a call with Ana Ruiz, a designer at Figma. She said to talk to her "
        "colleague Mia Ortiz at Figma.",
        "2026-09-20T10:00",
    )
    add("Just got off a call with Mia, a product designer at Figma.", "2026-10-01T10:00")
    shown = cli_json("show", "2")
    assert (shown["contact"], shown["heard_contact"]) == ("Mia Ortiz", "Mia")
    assert items("Reach out") == [("Reach out to Mia Ortiz (suggested by Ana Ruiz)", True)]


def test_the_first_call_title_is_kept(home: Path) -> None:
    add("Just got off a call with Mia, a product designer at Figma.", "2026-10-01T10:00")
    add("Second call with Mia Kovac from Figma. The team is small.", "2026-11-01T10:00")
    (person,) = cli_json("people")["contacts"]
    assert (person["name"], person["title"], person["calls"]) == (
        "Mia Kovac",
        "product designer",
        2,
    )
