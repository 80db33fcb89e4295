"""What qa50 saw using the `debrief` command, each as the command shows it. Real spaCy for
the typed recaps, real SQLite files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import add_text, run_cli

SOLVEIG = (
    "Just talked to Solveig Marchetti, a supply planner at Brannock Foods. She said the"
    " culture is quiet and everyone writes things down. She suggested I reach out to Emeka"
    " Adeyemi, who runs procurement at Brannock."
)


def test_review_week_takes_a_date_and_says_which_week(home: Path) -> None:
    """`review --week 2026-11-30` was refused ("not an ISO week"): a user who gives a date
    means the week holding it. The review says which Monday-Sunday week it read."""
    add_text(SOLVEIG, "2026-12-02T10:00")
    code, out, err = run_cli("review", "--week", "2026-12-03", "--format", "markdown")
    assert code == 0, err
    assert "2026-W49" in out and "Mon 30 Nov – Sun 06 Dec 2026" in out, out
    assert "Solveig Marchetti" in out
    # the page says it holds the day (qa53: the line went to stderr, apart from the page)
    assert "Thu 03 Dec): Mon 30 Nov – Sun 06 Dec 2026" in out or (
        "The week of Thu 03 Dec: Mon 30 Nov" in out
    ), out
    code, out, err = run_cli("review", "--week", "2026-11-30", "--format", "markdown")
    assert code == 0, err
    assert "2026-W49" in out and "Solveig Marchetti" in out


def test_review_week_at_the_years_edge(home: Path) -> None:
    """A date at the year's edge belongs to its ISO week: 2027-01-01 (a Friday) is in
    2026-W53, Monday 28 December to Sunday 3 January."""
    code, out, err = run_cli("review", "--week", "2027-01-01", "--format", "markdown")
    assert code == 0, err
    assert "2026-W53" in out and "Mon 28 Dec – Sun 03 Jan 2027" in out, out


def test_review_week_refuses_nonsense_in_one_line(home: Path) -> None:
    """Neither a week nor a date: one line naming both forms, no traceback."""
    for bad in ("2026-13-45", "soon", "48", "2026-W60"):
        code, out, err = run_cli("review", "--week", bad)
        assert code != 0
        message = (out + err).strip()
        assert "Traceback" not in message and len(message.splitlines()) == 1, message
        assert "--week" in message, message


HARUTO = (
    "Call with Haruto Lindqvist, a data engineer at Pellucid Labs. He said the culture is fast"
    " and loud, people ship on Fridays. He advised learning dbt."
)


def test_ask_about_a_company_nothing_is_on_file_for(home: Path) -> None:
    """ "What is the culture like at Initech?" with no call naming Initech answered with
    Brannock's and Pellucid's notes as if they were Initech's. It says plainly that nothing
    on file is about Initech, then labels the other notes as other companies'."""
    add_text(SOLVEIG, "2026-12-02T10:00")
    add_text(HARUTO, "2026-12-03T10:00")
    code, out, err = run_cli("ask", "what is the culture like at Initech?")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Nothing on file is about Initech.", out
    assert lines[1].startswith("Notes from other calls (not about Initech)"), out
    code, out, err = run_cli("ask", "what is the culture like at Initech?", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["unknown"] == ["Initech"] and data["answered"] is False, data


def test_ask_with_a_near_miss_offers_the_close_name(home: Path) -> None:
    """ "Branock" is one letter from Brannock Foods: the answer names the close match and
    does not pass another company's notes off as Branock's."""
    add_text(SOLVEIG, "2026-12-02T10:00")
    add_text(HARUTO, "2026-12-03T10:00")
    code, out, err = run_cli("ask", "what is the culture like at Branock?")
    assert code == 0, err
    first = out.splitlines()[0]
    assert first == "Nothing on file is about Branock; did you mean Brannock Foods?", out


def test_ask_naming_a_company_on_file_is_unchanged(home: Path) -> None:
    """The company is on file: its notes answer, with no "nothing on file" line."""
    add_text(SOLVEIG, "2026-12-02T10:00")
    add_text(HARUTO, "2026-12-03T10:00")
    code, out, err = run_cli("ask", "what is the culture like at Pellucid?")
    assert code == 0, err
    assert "Nothing on file" not in out and "Haruto Lindqvist" in out, out
    assert "Solveig" not in out, out


ODALYS = (
    "Had a call with Odalys Brandt, an analyst at Ferncastle Bank. She said the culture is"
    " formal. She suggested I talk to Piet Okafor, who runs credit risk. I'll email Piet next"
    " Tuesday."
)
PIET = "Spoke with Piet Okafor, head of credit risk at Ferncastle Bank. He said models rule."
GRETA = (
    "Call with Greta Imhof, a designer at Tallowick. She said critiques are weekly. She"
    " suggested I talk to Bruno Salas in research. I'll message Bruno on Friday."
)


def test_spoken_since_reads_only_the_steps_asked_for(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`todo` marks "I'll email Piet" as met since Piet's call. Asked about that one step,
    spoken_since read every open step and every referral of the knowledge base (a ledger of
    thousands read whole for one company's page); it reads the rows of the ids asked, in
    chunks under SQLite's limit on parameters."""
    from debrief.store import Store
    from debrief.store.spoken_since import spoken_since

    add_text(ODALYS, "2026-11-24T14:00")
    add_text(GRETA, "2026-11-25T09:00")
    add_text(PIET, "2026-11-27T11:00")
    code, out, err = run_cli("todo", "--json")
    assert code == 0, err
    items = json.loads(out)
    (piet,) = [i for i in items if "email Piet" in i["text"]]
    assert piet["spoken_since"] == {"name": "Piet Okafor", "debrief_id": 3}, piet
    store = Store(home / "debrief.db")
    read: list[dict[str, object]] = []
    real = Store.rows

    def rows(self: Store, sql: str, params: object = ()) -> list[dict[str, object]]:
        found = real(self, sql, params)
        read.extend(found)
        return found

    monkeypatch.setattr(Store, "rows", rows)
    fid = int(piet["id"])
    assert spoken_since(store, [fid]) == {fid: ("Piet Okafor", 3)}
    assert not [r for r in read if r.get("debrief_id") == 2], read  # Greta's call: not asked
    # ids far past SQLite's limit on parameters (most of them no follow-up) still work
    assert spoken_since(store, [fid, *range(10_000, 50_000)]) == {fid: ("Piet Okafor", 3)}
    store.close()


def test_prep_says_when_it_took_a_close_name(home: Path) -> None:
    """`prep "Brannok Foods"` printed Brannock Foods' sheet as if that had been typed (the
    `company` view says "closest match for"); `prep Branock`, too far to take, said only
    "no contact or company matching" where `company Branock` offers Brannock Foods."""
    add_text(SOLVEIG, "2026-12-02T10:00")
    code, out, err = run_cli("prep", "Brannok Foods")
    assert code == 0, err
    assert out.splitlines()[0].endswith("(closest match for 'Brannok Foods')"), out
    code, out, err = run_cli("prep", "Brannok Foods", "--format", "markdown")
    assert code == 0, err
    assert "closest match for 'Brannok Foods'" in out, out
    code, out, err = run_cli("prep", "Brannock Foods")
    assert code == 0, err
    assert "closest match" not in out, out
    code, out, err = run_cli("prep", "Branock")
    assert code == 1
    assert (out + err).strip() == (
        "error: no contact or company matching 'Branock'; closest: Brannock Foods"
    ), out + err
    code, out, err = run_cli("prep", "Solveig Marchett")
    assert code == 0, err
    assert "(closest match for 'Solveig Marchett')" in out.splitlines()[0], out


def test_prep_with_no_name_asks_for_one(home: Path) -> None:
    """`prep ""` said "no contact or company matching ''" where `person ""` and
    `company ""` ask for a name: it asks for one too."""
    add_text(SOLVEIG, "2026-12-02T10:00")
    for blank in ("", "   "):
        code, out, err = run_cli("prep", blank)
        assert code == 1
        assert (out + err).strip() == "error: give a contact or company name", out + err


def test_ask_a_name_typed_without_its_accents_is_on_file(home: Path) -> None:
    """ "culture at oresund" said "Nothing on file is about oresund" above Øresund Biotech's
    own notes, labelled as other calls': the name typed on a plain keyboard is on file."""
    add_text(
        "Just talked to Zoë Ångström, a research scientist at Øresund Biotech. She said the"
        " culture is very collaborative.",
        "2026-12-02T10:00",
    )
    code, out, err = run_cli("ask", "culture at oresund")
    assert code == 0, err
    assert "Nothing on file" not in out and "Øresund Biotech" in out, out


def test_ask_about_a_topic_word_is_no_unknown_name(home: Path) -> None:
    """A lower-case word after "for" or "about" is a topic, not a company ("woken up for
    outages", "what about layoffs"): no "nothing on file is about" line for it."""
    add_text(HARUTO, "2026-12-03T10:00")
    for question in ("getting woken up at night for outages", "what about layoffs"):
        code, out, err = run_cli("ask", question, "--json")
        assert code == 0, err
        assert json.loads(out)["unknown"] == [], out


def test_company_of_a_persons_name_points_to_person(home: Path) -> None:
    """`company "Solveig Marchetti"` said only "no company matching", and `person "Brannock
    Foods"` only "no person matching": each names the command that knows the name."""
    add_text(SOLVEIG, "2026-12-02T10:00")
    code, out, err = run_cli("company", "Solveig Marchetti")
    assert code == 1
    assert (out + err).strip() == (
        "error: no company matching 'Solveig Marchetti'; Solveig Marchetti is a person:"
        ' debrief person "Solveig Marchetti"'
    ), out + err
    code, out, err = run_cli("person", "brannock foods")
    assert code == 1
    assert (out + err).strip() == (
        "error: no person matching 'brannock foods'; Brannock Foods is a company:"
        ' debrief company "Brannock Foods"'
    ), out + err
