"""What qa48 saw using the `debrief` command, each as the command shows it. Real spaCy for
the typed recaps, real SQLite files, the real embedding model for `ask`."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import add_text, run_cli

DIEGO = (
    "Just talked to Diego Santos, a data engineer at Globex. He said the on-call rotation is"
    " light and the team ships weekly."
)
MARIA = (
    "Talked to Maria Lopez, a product manager at Stripe. She said promotions come from owning"
    " a launch. She suggested I reach out to Diego Santos at Globex."
)


def _line(out: str, words: str) -> str:
    (line,) = [x for x in out.splitlines() if words in x]
    return line


def test_todo_says_a_referral_was_spoken_to_before_the_referring_call(home: Path) -> None:
    """Diego's call (#1) came before Maria suggested him: only a call at or after the
    suggestion closes its reach-out (as `people` judges: "not yet; spoke before: #1"), but
    `todo` listed a cold "Reach out to Diego Santos" as if the user had never met him. It
    stays open and says the earlier call, whichever was filed first."""
    add_text(DIEGO, "2026-12-01T10:00")
    add_text(MARIA, "2026-12-03T10:00")
    code, out, err = run_cli("todo")
    assert code == 0, err
    assert "spoke before: call #1 on 2026-12-01" in _line(out, "Reach out to Diego"), out
    code, out, err = run_cli("people")
    assert code == 0 and "spoke before" in out, out


def test_a_call_filed_later_but_dated_before_says_so_too(home: Path) -> None:
    add_text(MARIA, "2026-12-03T10:00")
    code, out, err = run_cli("todo", "--json")
    assert code == 0, err
    (item,) = [i for i in json.loads(out) if i["text"].startswith("Reach out to Diego")]
    assert "spoke before" not in item["text"]
    add_text(DIEGO, "2026-12-01T10:00")  # a recap of an earlier call, typed now
    code, out, err = run_cli("todo")
    assert "spoke before: call #2 on 2026-12-01" in _line(out, "Reach out to Diego"), out
    add_text(DIEGO.replace("Just talked", "Talked again"), "2026-12-08T10:00")
    code, out, err = run_cli("todo")
    assert code == 0 and "Reach out to Diego" not in out, out  # met since: closed


def test_ask_who_suggested_a_referral_says_what_is_on_file(home: Path) -> None:
    """ "who suggested Tomas Berg": no note answers it, but the knowledge base knows who did;
    "No one has talked about this yet" stood above a tip that found him on file."""
    add_text(
        "Had a call with Ifeoma Castellanos, a product manager at Harrowgate. She said"
        " promotions there follow a written case. She suggested I talk to Tomas Berg.",
        "2026-11-24T14:00",
    )
    code, out, err = run_cli("ask", "who suggested Tomas Berg")
    assert code == 0, err
    if "talked about this (closest first)" in out:
        return  # a note answered it: nothing for this test to check
    assert "No one has talked about this" not in out, out
    assert "Tomas Berg: suggested by Ifeoma Castellanos (#1 2026-11-24)" in out, out
    assert 'debrief person "Tomas Berg"' in out, out


def test_ask_about_a_named_company_on_another_topic_than_its_only_note(home: Path) -> None:
    """Harrowgate's one note is on promotions; "is there a hiring freeze at Harrowgate"
    showed it alone as what they said on the subject. It is said to have nothing on it,
    while a question on promotions, even in other words, is still answered by it."""
    add_text(
        "Had a call with Ifeoma Castellanos, a product manager at Harrowgate. She said"
        " promotions there follow a written case.",
        "2026-11-24T14:00",
    )
    add_text(
        "Talked to Ana Ruiz, a designer at Figma. She said people leave by five and nobody"
        " works weekends.",
        "2026-11-25T14:00",
    )
    code, out, err = run_cli("ask", "is there a hiring freeze at Harrowgate")
    assert code == 0, err
    assert "Nothing from Harrowgate on this yet." in out, out
    assert "written case" not in out, out
    for question in ("how fast do people get promoted at Harrowgate", "what is Harrowgate like"):
        code, out, err = run_cli("ask", question)
        assert code == 0, err
        assert "written case" in out and "Nothing from" not in out, (question, out)
