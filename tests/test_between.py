"""Between calls (issue 14): the follow-up ledger's habits, filed through the real pipeline
(real spaCy extraction, real SQLite files), kept across edits and `reextract`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

from debrief.store import Store

MARIA = (
    "Just talked to Maria Lopez, a product manager at Stripe. She started in customer support"
    " and moved into product after three years. She said the most important skill is clear"
    " writing, and that basic SQL is expected. Her advice was to build a small project and"
    " share it online. She suggested I talk to her colleague James Chen."
    " She said she'll send me the job posting."
)
JAMES = "Talked to James Chen, a data engineer at Stripe. He said the team uses Python every day."


def add(text: str, when: str) -> str:
    code, out, err = run_cli("add", "--text", text, "--when", when)
    assert code == 0, err
    return out


def todo() -> list[dict]:
    code, out, _ = run_cli("todo", "--json")
    assert code == 0
    return json.loads(out)


def texts() -> list[str]:
    return [t["text"] for t in todo()]


@pytest.mark.usefixtures("filed_soon_after")
def test_thanks_reach_out_offer_and_referrer_loop(home: Path) -> None:
    summary = add(MARIA, "2026-11-20T10:00")
    assert "Send a thank-you note to Maria Lopez" in summary  # the post-add summary
    items = {t["text"]: t for t in todo()}
    thanks = items["Send a thank-you note to Maria Lopez"]
    assert thanks["due"] == "2026-11-21"  # the next day
    reach = items["Reach out to James Chen (suggested by Maria Lopez)"]
    assert reach["due"] == "2026-11-27"  # 7 days
    assert "From Maria Lopez: She said she'll send me the job posting." in items
    assert items["Stay in touch with Maria Lopez"]["due"] == "2027-02-18"  # 90 days

    _, out, _ = run_cli("todo", "--by-person", "--json")
    groups = {g["person"]: g for g in json.loads(out)}
    assert [i["text"] for i in groups["Maria Lopez"]["offered"]] == [
        "From Maria Lopez: She said she'll send me the job posting."
    ]

    assert run_cli("done", str(thanks["id"]))[0] == 0
    assert "Send a thank-you note to Maria Lopez" not in texts()

    add(JAMES, "2026-11-25T10:00")
    now = texts()
    assert "Tell Maria Lopez how it went with James Chen" in now
    # James's own call closes the reach-out item
    assert "Reach out to James Chen (suggested by Maria Lopez)" not in now
    assert "Send a thank-you note to James Chen" in now


def test_recap_saying_the_note_was_sent(home: Path) -> None:
    add(
        "Talked to Priya Shah, a designer at Figma. She said the team is small."
        " I already sent the thank-you note.",
        "2026-11-20T10:00",
    )
    assert not [t for t in texts() if "thank-you" in t]


def test_spoken_item_keeps_its_date(home: Path) -> None:
    add(
        MARIA.replace("James Chen.", "James Chen. I need to email James by Friday."),
        "2026-11-20T10:00",
    )
    now = texts()
    assert not [t for t in now if t.startswith("Reach out to James")]
    assert any("email James" in t for t in now)


@pytest.mark.usefixtures("filed_soon_after")
def test_edits_and_dismissals_survive_reextract(home: Path) -> None:
    add(MARIA, "2026-11-20T10:00")
    items = {t["text"]: t for t in todo()}
    thanks = items["Send a thank-you note to Maria Lopez"]["id"]
    reach = items["Reach out to James Chen (suggested by Maria Lopez)"]["id"]
    stay = items["Stay in touch with Maria Lopez"]["id"]
    store = Store(home / "debrief.db")
    store.db.execute("UPDATE follow_ups SET due = '2026-12-01' WHERE id = ?", [reach])
    store.set_user_field("follow_up", reach, "due", "2026-12-01")
    store.close()
    assert run_cli("dismiss", str(stay))[0] == 0
    assert run_cli("reextract", "--all")[0] == 0
    after = {t["id"]: t for t in todo()}
    assert after[thanks]["text"] == "Send a thank-you note to Maria Lopez"  # same id
    assert after[reach]["due"] == "2026-12-01"  # the user's date
    assert stay not in after  # dismissed stays dismissed
    assert len([t for t in after.values() if t["text"].startswith("Reach out")]) == 1


@pytest.mark.usefixtures("filed_soon_after")
def test_stay_in_touch_days_setting_and_override(home: Path) -> None:
    add(MARIA, "2026-11-20T10:00")
    assert run_cli("config", "set", "stay_in_touch_days", "30")[0] == 0
    due = {t["text"]: t["due"] for t in todo()}
    assert due["Stay in touch with Maria Lopez"] == "2026-12-20"
    code, _, _ = run_cli("config", "set", "stay_in_touch_days", "14", "--person", "maria lopez")
    assert code == 0
    due = {t["text"]: t["due"] for t in todo()}
    assert due["Stay in touch with Maria Lopez"] == "2026-12-04"
    code, _, err = run_cli("config", "set", "stay_in_touch_days", "14", "--person", "Nobody Here")
    assert code != 0 and "no contact named" in err


def test_draft_thanks_quotes_the_transcript(home: Path) -> None:
    add(MARIA, "2026-11-20T10:00")
    code, out, _ = run_cli("draft", "thanks", "1", "--json")
    data = json.loads(out)
    store = Store(home / "debrief.db")
    transcript = store.transcript(1)["text"]  # type: ignore[index]
    insight_texts = {int(i["id"]): i["text"] for i in store.insights(1)}
    store.close()
    assert data["quotes"] and data["insight_ids"]
    for quote, iid in zip(data["quotes"], data["insight_ids"], strict=True):
        assert quote in transcript  # the sources are verbatim
        assert insight_texts[iid] == quote
    # the note says them to Maria ("You ...", not "She ..."): one line each
    said = [line[2:] for line in data["text"].splitlines() if line.startswith("- ")]
    assert len(said) == len(data["quotes"])
    assert not any(line.split()[0] in ("She", "Her", "He", "His") for line in said)
    assert data["text"].startswith("Hi Maria,")
    assert "James Chen" in data["text"]
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0 and "Quoted insights: #" in err and "Quoted" not in out
    code, _, err = run_cli("draft", "thanks", "99")
    assert code != 0 and "99" in err


def test_spoken_thank_you_from_real_audio(home: Path) -> None:
    """Real Whisper on the Priya Shah sample: she says "I should send her a thank you note
    tomorrow", so that spoken item (its own date) is the thank-you; none is generated."""
    sample = Path(__file__).resolve().parent.parent / "samples" / "recap-priya-shah.flac"
    code, _, err = run_cli("add", str(sample), "--when", "2026-11-20T10:00")
    assert code == 0, err
    items = todo()
    thanks = [t for t in items if "thank" in t["text"].lower()]
    assert len(thanks) == 1 and not thanks[0]["text"].startswith("Send a thank-you note")
    assert thanks[0]["due"] == "2026-11-21"
    assert any(t["text"].startswith("Stay in touch with Priya") for t in items)


def test_deleting_the_referrals_call_reopens_the_reach_out(home: Path) -> None:
    add(MARIA, "2026-11-20T10:00")
    add(JAMES, "2026-11-25T10:00")
    assert not [t for t in texts() if t.startswith("Reach out to James")]
    assert run_cli("delete", "2", "--yes")[0] == 0
    assert "Reach out to James Chen (suggested by Maria Lopez)" in texts()
