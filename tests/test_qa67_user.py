"""What qa67 met as a user: the small wrongs left by the last two product rounds. Each through
the `debrief` command with real SQLite and the real spaCy pipeline."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import days_ago, run_cli

RECAP = (
    "Had a coffee chat with Omar Haddad, a data engineer at Lumen Freight. He said the team"
    " ships every Thursday and that I should read their engineering blog before next month."
)


def _ids(listing: str) -> list[int]:
    return [int(row["id"]) for row in json.loads(listing)]


def test_the_same_typed_recap_added_twice_is_filed_once(home: Path) -> None:
    """A user who pasted the same recap again (or re-ran a script) got two calls, each with
    its own thank-you to-do; audio added twice was already filed once. Now the second add
    names the call filed and how to file it anyway; line ends and a trailing space do not
    make it new, and --again files it a second time."""
    code, out, err = run_cli("add", "-y", "--text", RECAP, "--when", days_ago(2))
    assert code == 0, err
    again = RECAP.replace(". ", ".\r\n") + "  \n"
    code, out, err = run_cli("add", "-y", "--text", again)
    assert code == 0, err
    assert "already filed as #1, not added again" in out, out
    assert "--again" in out, out
    code, out, _ = run_cli("list", "--json")
    assert _ids(out) == [1], out
    code, out, err = run_cli("add", "-y", "--text", RECAP, "--when", days_ago(2))
    assert "already filed as #1" in out, out  # a script run again, its date the same
    code, out, err = run_cli("add", "-y", "--again", "--text", RECAP)
    assert code == 0, err
    code, out, _ = run_cli("list", "--json")
    assert sorted(_ids(out)) == [1, 2], out
    # the same words dated another day are another call noted alike
    code, out, err = run_cli("add", "-y", "--text", RECAP, "--when", days_ago(9))
    assert code == 0 and "already filed" not in out, out
    code, out, _ = run_cli("list", "--json")
    assert sorted(_ids(out)) == [1, 2, 3], out


def test_a_typed_recap_added_again_with_a_contact_corrects_the_filed_one(home: Path) -> None:
    """As for audio: the same recap with --contact is the user's correction of that call."""
    assert run_cli("add", "-y", "--text", RECAP)[0] == 0
    code, out, err = run_cli("add", "-y", "--text", RECAP, "--contact", "Omar Hadad")
    assert code == 0, err
    assert "already filed as #1" in out, out
    code, out, _ = run_cli("list", "--json")
    rows = json.loads(out)
    assert len(rows) == 1 and "Omar Hadad" in json.dumps(rows), out


def test_an_empty_search_is_a_usage_error_as_an_empty_question_is(home: Path) -> None:
    """`search ""` exited 0 ("nothing to search for") where `ask ""` exits 2: a script could
    not tell the mistake from no results."""
    assert run_cli("add", "-y", "--text", RECAP)[0] == 0
    code, _, err = run_cli("search", "")
    assert code == 2, err
    assert "search for what?" in err, err
    code, _, err = run_cli("search", "--company", "Lumen Freight")
    assert code == 0, err


def test_an_empty_since_is_an_error_not_no_filter(home: Path) -> None:
    """`--since ""` (an unset shell variable) was silently no filter at all."""
    assert run_cli("add", "-y", "--text", RECAP)[0] == 0
    for command in (["search", "blog"], ["review"]):
        code, _, err = run_cli(*command, "--since", "")
        assert code != 0, (command, err)
        assert "--since is empty" in err, err


def test_a_long_date_is_cut_in_its_error(home: Path) -> None:
    """A 3,000-character --since (a paste gone wrong) was echoed whole in its error."""
    assert run_cli("add", "-y", "--text", RECAP)[0] == 0
    junk = "not a date " * 300
    code, _, err = run_cli("search", "blog", "--since", junk)
    assert code != 0
    assert "cannot read" in err and len(err) < 400, err
    code, _, err = run_cli("add", "-y", "--text", "Talked to Ana.", "--when", junk)
    assert code != 0 and len(err) < 400, err


def test_export_to_a_folder_that_takes_no_files_says_so(home: Path) -> None:
    """`export -o /proc/x.json` said "no such file; check the path" of a file to create."""
    assert run_cli("add", "-y", "--text", RECAP)[0] == 0
    code, _, err = run_cli("export", "-o", "/proc/debrief-export.json")
    assert code == 1
    assert "cannot create a file in /proc" in err, err
    assert "no such file" not in err, err


def test_a_step_said_by_next_wednesday_is_listed_with_its_date_not_the_stale_words(
    home: Path,
) -> None:
    """Weeks after the call, `todo` and `review` listed "email her my portfolio by next
    Wednesday" beside its right due date: "next Wednesday" then named another day. The
    lists keep the step's words without the relative date; a date that names its own day
    (a month said) stays."""
    recap = (
        "Spoke with Ines Moreau, a product designer at Halcyon Labs. I need to send Ines my"
        " case study by next Wednesday. I should also register for the design meetup before"
        " March 3."
    )
    code, _, err = run_cli("add", "-y", "--text", recap, "--when", days_ago(40))
    assert code == 0, err
    code, out, err = run_cli("todo")
    assert code == 0, err
    assert "send Ines my case study" in out, out
    assert "next Wednesday" not in out, out
    assert "before March 3" in out, out
    code, out, err = run_cli("todo", "--json")
    rows = {r["text"]: r["due"] for r in json.loads(out)}
    step = next(t for t in rows if "case study" in t)
    assert "Wednesday" not in step and rows[step], rows
    code, out, err = run_cli("review", "--week", "last")
    assert code == 0, err
    assert "next Wednesday" not in out, out


def test_a_utf16_mark_then_junk_is_refused_and_utf16_text_is_read(
    home: Path, tmp_path: Path
) -> None:
    """A byte-order mark of UTF-16, then bytes that are no text, was filed as a recap of
    two CJK characters (unknown contact, a thank-you to-do): it is one error line now,
    and nothing is filed; a real UTF-16 recap is still read."""
    junk = tmp_path / "notes.txt"
    junk.write_bytes(b"\xff\xfe" + bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    code, out, err = run_cli("add", "-y", "--text-file", str(junk))
    assert code == 1, out
    assert "not text" in err and len(err.strip().splitlines()) == 1, err
    real = tmp_path / "notes16.txt"
    real.write_text(RECAP, encoding="utf-16")
    code, out, err = run_cli("add", "-y", "--text-file", str(real))
    assert code == 0, err
    code, out, _ = run_cli("list", "--json")
    assert _ids(out) == [1], out


def test_the_weekly_review_says_no_call_length_where_none_was_said(home: Path) -> None:
    """Every typed call in the review's list of calls ended "call length not said": the
    same line of no news after each. A length said is still shown."""
    code, _, err = run_cli("add", "-y", "--text", RECAP, "--when", days_ago(1))
    assert code == 0, err
    timed = "Talked to Ana Ruiz, a nurse at Mercy. We spoke for 20 minutes about night shifts."
    code, _, err = run_cli("add", "-y", "--text", timed, "--when", days_ago(1, "15:00"))
    assert code == 0, err
    code, out, err = run_cli("review", "--since", days_ago(3)[:10])
    assert code == 0, err
    assert "call length not said" not in out, out
    assert "20 min call" in out, out


def test_ask_sets_no_like_against_a_dislike_of_something_else(home: Path) -> None:
    """`ask` said "They disagree" of one contact loving a mentoring scheme and another
    hating a long commute: opposite stances, not on one thing. Still said when both speak
    of the same thing."""
    for when, text in (
        (
            days_ago(6),
            "Met Tariq Aziz, a tax associate at Brightwell. He loves the mentorship scheme there.",
        ),
        (
            days_ago(5),
            "Met Joanna Kim, an auditor at Ferrow. She hates the long commute to the head office.",
        ),
    ):
        assert run_cli("add", "-y", "--text", text, "--when", when)[0] == 0
    code, out, err = run_cli("ask", "mentorship and commute", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["positive"] and data["negative"], data
    assert not data["disagreement"], data
    code, out, err = run_cli("ask", "mentorship and commute")
    assert "They disagree" not in out, out
    assert (
        run_cli(
            "add",
            "-y",
            "--when",
            days_ago(4),
            "--text",
            "Met Lars Berg, an analyst at Ferrow. He finds the mentorship scheme useless"
            " and hates it.",
        )[0]
        == 0
    )
    code, out, err = run_cli("ask", "mentorship scheme", "--json")
    assert code == 0, err
    assert json.loads(out)["disagreement"], out
