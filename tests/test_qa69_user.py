"""What qa69 met as a user: the small wrongs the last rounds left, then a Monday of
between-calls work. Each through the `debrief` command with real SQLite and the real spaCy
pipeline, in a fresh data home."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import add_text, days_ago, run_cli

FIRST = (
    "Had a video call with Tobias Wren, a platform engineer at Quillmoor Analytics. He said"
    " I should talk to Ines Okafor, who leads their data team."
)
SECOND = (
    "Spoke with Marta Sole, a recruiter at Quillmoor Analytics. She suggested I reach out to"
    " Ines Okafor about the open analyst roles."
)


def test_a_referral_two_contacts_named_is_one_line_of_people(home: Path) -> None:
    """`people` listed Ines twice (one row per referrer) where `review` lists her once with
    both suggestions: one person to contact is one line, each referrer and call shown."""
    add_text(FIRST, days_ago(3))
    add_text(SECOND, days_ago(2))
    code, out, err = run_cli("people")
    assert code == 0, err
    assert out.count("Ines Okafor") == 1, out
    assert "Tobias Wren" in out and "Marta Sole" in out, out
    assert "#1" in out and "#2" in out, out
    assert "1 referral not yet contacted" in out, out
    code, out, _ = run_cli("people", "--json")
    data = json.loads(out)
    (ref,) = [r for r in data["referrals"] if r["name"] == "Ines Okafor"]
    assert [s["referrer"] for s in ref["referrers"]] == ["Tobias Wren", "Marta Sole"], ref
    assert ref["debrief_ids"] == [1, 2], ref
    assert len(data["not_contacted"]) == 1, data["not_contacted"]
    # `ask` says her once too, with both who suggested her
    code, out, _ = run_cli("ask", "who should I contact at Quillmoor Analytics?")
    assert out.count("Ines Okafor") == 1, out
    assert "Tobias Wren" in out and "Marta Sole" in out, out


def test_a_renamed_contact_is_not_heard_as_the_old_name_after_reextract(home: Path) -> None:
    """After `edit --contact` and `reextract`, `show` said "Tobias Wrenn (heard: Tobias
    Wren)": the pipeline read the recap again and found the name the user had already
    fixed. That reading is what the user corrected, not news, so it is not said; the
    name as heard stays stored (offers and search find the recap's words by it), and a
    reading new since the fix (a retranscription hearing another name) would still be
    said, since that one the user has not seen."""
    add_text(FIRST, days_ago(3))
    code, out, err = run_cli("edit", "1", "--contact", "Tobias Wrenn")
    assert code == 0, err
    code, out, err = run_cli("reextract", "1")
    assert code == 0, err
    code, out, _ = run_cli("show", "1")
    assert "Tobias Wrenn" in out, out
    assert "heard" not in out.split("title")[0], out
    code, out, _ = run_cli("show", "1", "--json")
    assert json.loads(out)["heard_contact"] is None, out
    # `rename person` is the same fix said everywhere (qa68 saw it there first)
    add_text(SECOND, days_ago(2))
    code, _, err = run_cli("rename", "person", "Marta Sole", "Marta Soler")
    assert code == 0, err
    assert run_cli("reextract", "--all")[0] == 0
    code, out, _ = run_cli("show", "2")
    assert "Marta Soler" in out and "heard" not in out.split("title")[0], out
    code, out, _ = run_cli("show", "1")
    assert "heard" not in out.split("title")[0], out
    # searching the name as the recap says it still finds the call
    code, out, _ = run_cli("search", "Tobias Wren", "--exact")
    assert "#1" in out or "Tobias" in out, out


def test_an_empty_week_is_a_usage_error(home: Path) -> None:
    """`review --week ""` (an unset shell variable) reviewed this week without a word."""
    add_text(FIRST, days_ago(1))
    for value in ("", "  "):
        code, out, err = run_cli("review", "--week", value)
        assert code == 2, (value, out, err)
        assert "--week is empty" in err, err
        assert len(err.strip().splitlines()) == 1, err
    code, _, err = run_cli("review", "--week")  # alone: this week, as before
    assert code == 0, err


def test_a_stay_in_touch_interval_past_any_date_is_refused(home: Path) -> None:
    """`config set stay_in_touch_days 10000000` was saved, then counting the date from a
    call overflowed: "unexpected OverflowError" there and in every later `config set` and
    `add`. Ten years is the most taken, for everyone or one person; a huge interval saved
    before the cap counts as ten years instead of failing."""
    add_text(FIRST, days_ago(2))
    for extra in ([], ["--person", "Tobias Wren"]):
        code, _, err = run_cli("config", "set", "stay_in_touch_days", "10000000", *extra)
        assert code == 2, err
        assert "more than 3650 days" in err and "OverflowError" not in err, err
    code, _, err = run_cli("config", "set", "stay_in_touch_days", "3650", "--person", "Tobias Wren")
    assert code == 0, err
    # an override saved before the cap, written as an older version would have
    from debrief.store import Store

    store = Store(home / "debrief.db")
    store.db.execute("UPDATE person_settings SET stay_in_touch_days = 10000000")
    store.db.conn.commit()
    store.close()
    code, _, err = run_cli("config", "set", "stay_in_touch_days", "60")
    assert code == 0, err
    code, out, err = run_cli("todo")
    assert code == 0 and "Stay in touch with Tobias Wren" in out, err


def test_a_thank_you_draft_says_when_the_recap_said_it_was_sent(home: Path) -> None:
    """A recap that says "I already sent the thank-you note" files no thank-you to-do, yet
    `draft thanks` drafted one without a word, and a user on Monday could send it twice.
    The draft still comes (to rewrite one is a choice), with a line on stderr saying so;
    the note on stdout is unchanged, and a call without that sentence gets no such line."""
    add_text(
        "Video call with Priyanka Solberg, a data analyst at Fernhollow Labs. She said the"
        " analysts pair with engineers every sprint. I already sent the thank-you email.",
        days_ago(2),
    )
    add_text(SECOND, days_ago(1))
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert "already sent" in err and "already sent" not in out, (out, err)
    code, out, _ = run_cli("todo")
    assert "thank-you note to Priyanka" not in out, out
    code, out, err = run_cli("draft", "thanks", "2")
    assert code == 0 and "already sent" not in err, err


def test_a_review_at_the_ends_of_the_calendar_is_an_error_or_a_page(home: Path) -> None:
    """`review --week 9999-12-31` and `--since 0001-01-01` ended in "unexpected
    OverflowError" (a week or a search margin past the last or first date). The first is
    an error saying why; the second is every call since then."""
    add_text(FIRST, days_ago(1))
    for args in (["--week", "9999-12-31"], ["--since", "9999-12-31", "--until", "9999-12-31"]):
        code, _, err = run_cli("review", *args)
        assert code == 2 and "9999" in err and "OverflowError" not in err, (args, err)
    for args in (["--since", "0001-01-01"], ["--week", "0001-01-01"], ["--until", "0001-01-02"]):
        code, out, err = run_cli("review", *args)
        assert code == 0, (args, err)
    code, out, _ = run_cli("review", "--since", "0001-01-01")
    assert "Tobias Wren" in out, out


def _reach_out_id(name: str) -> int:
    _code, out, _ = run_cli("todo", "--json")
    return next(
        int(r["id"]) for r in json.loads(out) if r["text"].startswith(f"Reach out to {name}")
    )


def test_a_thank_you_drafted_after_reaching_out_does_not_promise_it(home: Path) -> None:
    """On Monday the user reached out to the referral (`done` on its item), then drafted
    the thank-you: it still promised "...reach out to Ines Okafor; I will." Done, it says
    so; dismissed ("I will not contact them"), it promises nothing."""
    add_text(FIRST, days_ago(3))
    code, out, _ = run_cli("draft", "thanks", "1")
    assert "Ines Okafor; I will." in out, out
    assert run_cli("done", str(_reach_out_id("Ines Okafor")))[0] == 0
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert "I have since reached out to Ines." in out and "I will." not in out, out
    add_text(SECOND.replace("Ines Okafor", "Kofi Mensah"), days_ago(2))
    assert run_cli("dismiss", str(_reach_out_id("Kofi Mensah")))[0] == 0
    code, out, _ = run_cli("draft", "thanks", "2")
    assert "suggesting I reach out to Kofi Mensah." in out and "I will." not in out, out
