"""What qa47 saw using the `debrief` command between calls, each as the command shows it.
Real spaCy for the typed recaps, real SQLite files."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import add_text, run_cli

IFEOMA = (
    "Had a call with Ifeoma Castellanos, a product manager at Harrowgate. She said promotions"
    " there follow a written case. She suggested I talk to Marcus Lindqvist, who runs the data"
    " team. I'll email Marcus next Monday. I need to send Ifeoma my portfolio by Thursday."
)
MARCUS = (
    "Spoke with Marcus Lindqvist, head of data at Harrowgate. He said analysts there own a"
    " metric end to end."
)


def _line(out: str, words: str) -> str:
    (line,) = [x for x in out.splitlines() if words in x]
    return line


def test_todo_says_a_spoken_step_to_reach_a_referral_was_met_since(home: Path) -> None:
    """ "I'll email Marcus next Monday" is the user's own reach-out (no generated one is
    filed beside it); once Marcus's call was filed, the generated item would have closed
    itself, but the spoken one stayed open in `todo` with nothing to say the call happened.
    It stays the user's (never closed for them) and says so, with the command that closes it."""
    add_text(IFEOMA, "2026-11-24T14:00")
    code, out, err = run_cli("todo")
    assert code == 0, err
    assert "spoken with" not in _line(out, "email Marcus"), out  # not met yet
    add_text(MARCUS, "2026-11-26T11:00")
    code, out, err = run_cli("todo")
    assert code == 0, err
    step = _line(out, "email Marcus")  # still open: the user's own item
    fid = step.split()[0].lstrip("#")
    assert f"spoken with Marcus Lindqvist since: call #2; done? `debrief done {fid}`" in step
    assert "spoken with" not in _line(out, "send Ifeoma my portfolio"), out
    code, out, err = run_cli("todo", "--json")
    assert code == 0, err
    (item,) = [i for i in json.loads(out) if "email Marcus" in i["text"]]
    assert item["spoken_since"] == {"name": "Marcus Lindqvist", "debrief_id": 2}
    assert item["done_at"] is None
    code, _, err = run_cli("done", fid)
    assert code == 0, err
    code, out, err = run_cli("todo")
    assert "email Marcus" not in out, out


def test_todo_by_person_and_prep_say_it_too(home: Path) -> None:
    """`todo --by-person` and `prep` list the same open step: they say the call happened."""
    add_text(IFEOMA, "2026-11-24T14:00")
    add_text(MARCUS, "2026-11-26T11:00")
    for args in (("todo", "--by-person"), ("prep", "Ifeoma")):
        code, out, err = run_cli(*args)
        assert code == 0, err
        assert "(spoken with Marcus Lindqvist since: call #2;" in _line(out, "email Marcus"), out


def test_prep_on_a_renamed_referral_quotes_the_sentence_that_named_them(home: Path) -> None:
    """A referral heard wrong ("Thomas Farra") and renamed by the unsure-name line's command
    ("Tomas Ferreira") lost the sentence that named them in `prep`: the transcript stays as
    said, so the new name is in no sentence. The name as heard finds it."""
    add_text(
        "Talked with Ifeoma Castellanos, a product manager at Harrowgate. She said promotions"
        " there follow a written case. She suggested I talk to Thomas Farra in recruiting.",
        "2026-11-24T14:00",
    )
    code, _, err = run_cli("rename", "person", "Thomas Farra", "Tomas Ferreira")
    assert code == 0, err
    code, out, err = run_cli("prep", "Tomas Ferreira")
    assert code == 0, err
    assert "“She suggested I talk to Thomas Farra in recruiting.”" in out, out


def test_a_task_word_for_a_command_points_to_it(home: Path) -> None:
    """`debrief week` (the weekly review's word) said only "No such command 'week'": click
    suggests a close spelling, and 'review' is none. A word for a task names its command;
    a typo still gets click's own suggestion; both are usage errors (exit 2)."""
    code, _, err = run_cli("week")
    assert code == 2
    assert "No such command 'week'. Did you mean 'review'?" in err, err
    code, _, err = run_cli("thanks")
    assert code == 2 and "Example: debrief draft thanks 12" in err, err
    code, _, err = run_cli("todos")
    assert code == 2 and "Did you mean 'todo'?" in err, err


def test_company_person_and_ask_say_it_as_todo_does(home: Path) -> None:
    """`company`, `person` and `ask`'s owed items listed the step as if nothing happened
    while `todo` said Marcus had been spoken with: every view of the item says it."""
    add_text(IFEOMA, "2026-11-24T14:00")
    add_text(MARCUS, "2026-11-26T11:00")
    for args in (
        ("company", "Harrowgate"),
        ("person", "Ifeoma Castellanos"),
        ("ask", "what do I owe Ifeoma"),
    ):
        code, out, err = run_cli(*args)
        assert code == 0, err
        assert "(spoken with Marcus Lindqvist since: call #2;" in _line(out, "email Marcus"), out


def test_search_for_a_renamed_person_finds_the_call_that_named_them(home: Path) -> None:
    """After `rename person "Thomas Farra" "Tomas Ferreira"` (a name misheard), searching
    "Tomas Ferreira" found nothing: the transcript says the name as heard. The search for
    a renamed person's name matches the name as heard too."""
    add_text(
        "Talked with Ifeoma Castellanos, a product manager at Harrowgate. She said promotions"
        " there follow a written case. She suggested I talk to Thomas Farra in recruiting.",
        "2026-11-24T14:00",
    )
    code, _, err = run_cli("rename", "person", "Thomas Farra", "Tomas Ferreira")
    assert code == 0, err
    code, out, err = run_cli("search", "Tomas Ferreira")
    assert code == 0, err
    assert "#1 2026-11-24" in out and "Thomas Farra" in out, out
    code, out, err = run_cli("search", "Tomas Ferreira", "--exact")
    assert code == 0, err
    assert "Thomas Farra" in out, out


def test_ask_about_a_referral_by_name_points_to_what_is_on_file(home: Path) -> None:
    """ "who suggested Tomas Berg" answered only "No one has talked about this yet" and
    generic tips, though `person` knows who referred him: the tips name the command."""
    add_text(
        "Had a call with Ifeoma Castellanos, a product manager at Harrowgate. She said"
        " promotions there follow a written case. She suggested I talk to Tomas Berg.",
        "2026-11-24T14:00",
    )
    code, out, err = run_cli("ask", "who suggested Tomas Berg")
    said = out + err
    if "Ifeoma" not in said:  # no note answered: the tips point to the person
        assert 'what is on file about Tomas Berg: debrief person "Tomas Berg"' in said, said
    code, out, err = run_cli("person", "Tomas Berg")
    assert code == 0 and "referred by Ifeoma Castellanos" in out, out + err
