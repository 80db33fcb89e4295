"""What qa63 met using debrief as a user (fourth pass): the three qa62 saw and left, then
`ask` and `search` in a user's own words on a home with several calls filed. Each through
the `debrief` command; the wordings are the tester's."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from conftest import add_text, run_cli


def _days_ago(days: int, at: str = "T10:00") -> str:
    return (date.today() - timedelta(days=days)).isoformat() + at


def _todo() -> list[dict]:
    code, out, err = run_cli("todo", "--json")
    assert code == 0, err
    return json.loads(out)


# -- the three left by qa62 -------------------------------------------------------------------


def test_a_contact_someone_mentions_is_not_listed_again_as_only_mentioned(home: Path) -> None:
    """`people` listed "Also mentioned: Idris (by Bettina Kraus)" under the contacts table
    that held Idris Okafor, called the week before: someone the user has talked to is a
    contact, not someone merely mentioned."""
    add_text(
        "Talked to Idris Okafor, a brewer at Hopwell. He said the mornings start at five.",
        "2026-11-02T10:00",
    )
    add_text(
        "Talked to Bettina Kraus, a cellar manager at Hopwell. She said Idris trained her."
        " She mentioned that Lorenzo Vitale runs the taproom.",
        "2026-11-09T10:00",
    )
    code, out, err = run_cli("people")
    assert code == 0, err
    also = out.split("Also mentioned", 1)[1] if "Also mentioned" in out else ""
    assert "Idris" not in also, out
    code, out, _ = run_cli("people", "--json")
    by_name = {m["name"]: m for m in json.loads(out)["mentioned"]}
    assert by_name["Idris"]["contact"] == "Idris Okafor"  # the JSON still says who said it


def test_an_old_memo_filed_today_owes_no_thank_you_and_is_not_months_overdue(
    home: Path,
) -> None:
    """A recap dated five months back filed its thank-you as due the day after that call
    and its stay-in-touch as months overdue: the user adding an old voice memo does not owe
    a thank-you from back then today, and staying in touch is due now, not long ago."""
    code, out, err = run_cli(
        "add",
        "--yes",
        "--when",
        _days_ago(150),
        "--text",
        "Talked to Marguerite Dufresne, a cartographer at Atlasworks. She said field work"
        " is rare now.",
    )
    assert code == 0, err
    assert "filed 150 days after the call: no thank-you note owed now" in out, out
    items = {t["text"]: t for t in _todo()}
    assert not [t for t in items if "thank-you" in t], items
    stay = items["Stay in touch with Marguerite Dufresne"]
    assert stay["due"] == date.today().isoformat(), stay
    _, out, _ = run_cli("todo")
    assert "overdue" not in out, out


def test_a_call_filed_a_few_days_late_still_owes_its_thank_you(home: Path) -> None:
    """Filed three days after the call, the thank-you is still owed, due the day after the
    call, as always."""
    add_text(
        "Talked to Marguerite Dufresne, a cartographer at Atlasworks. She said field work"
        " is rare now.",
        _days_ago(3),
    )
    items = {t["text"]: t for t in _todo()}
    thanks = items["Send a thank-you note to Marguerite Dufresne"]
    assert thanks["due"] == (date.today() - timedelta(days=2)).isoformat()


def test_the_next_step_is_not_also_quoted_as_what_they_shared(home: Path) -> None:
    """With no contact found, "The big lesson: practise SQL daily" was filed as advice and as
    the user's to-do, and the thank-you note said it twice: once quoted as what the
    contact shared, once as the next step."""
    add_text(
        "Quick chat after the meetup. The big lesson: practise SQL daily.",
        "2026-11-20T10:00",
    )
    _, out, _ = run_cli("show", "1")
    assert "practise SQL daily" in out.split("Follow-ups", 1)[1].split("Transcript", 1)[0], out
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert out.lower().count("practise sql daily") == 1, out


# -- `ask` in a user's own words --------------------------------------------------------------


def _three_calls() -> None:
    """Two people at one company (the later call with the second) and a referral there."""
    add_text(
        "Talked to Henrike Vos, a quality lead at Tallowmere. She said audits take a week.",
        _days_ago(30),
    )
    add_text(
        "Talked to Caspar Lindgren, a process engineer at Tallowmere. He said the plant runs"
        " two shifts. He suggested I talk to his colleague Noor Haddad at Tallowmere.",
        _days_ago(12),
    )
    add_text(
        "Talked to Beatriz Saldanha, a florist at Petalwise. She said Mondays are quiet.",
        _days_ago(5),
    )


def test_when_did_i_last_talk_to_someone_at_a_company(home: Path) -> None:
    """ "when did I last talk to someone at Tallowmere?" listed Henrike Vos's notes from a
    month ago, though Caspar Lindgren of Tallowmere was called twelve days ago: the nearest
    notes are no answer to when a call was."""
    _three_calls()
    code, out, err = run_cli("ask", "when did I last talk to someone at Tallowmere?")
    assert code == 0, err
    assert "Caspar Lindgren" in out and "12 days ago" in out, out
    assert "2 calls" in out and "audits" not in out, out
    code, out, _ = run_cli("ask", "how long since I spoke with Henrike?")
    assert "Henrike Vos" in out and "30 days ago" in out, out


def test_when_did_i_talk_to_a_misspelt_contact(home: Path) -> None:
    _three_calls()
    _, out, _ = run_cli("ask", "when did I talk to Beatrix Saldanha")
    assert "Beatriz Saldanha" in out and "5 days ago" in out, out


def test_when_a_contact_talked_about_something_is_still_their_note(home: Path) -> None:
    """Asking when someone talked about a subject is a question for the notes."""
    _three_calls()
    _, out, _ = run_cli("ask", "when did Caspar talk about shifts?")
    assert "two shifts" in out and "days ago" not in out, out


def test_who_should_i_contact_at_a_company(home: Path) -> None:
    """ "who should I contact at Tallowmere?" listed what two contacts said; the user asks
    whom to reach: the referral there not contacted yet, and the people there they know."""
    _three_calls()
    code, out, err = run_cli("ask", "who should I contact at Tallowmere?")
    assert code == 0, err
    assert "Noor Haddad" in out and "suggested by Caspar Lindgren" in out, out
    assert "Caspar Lindgren" in out and "Henrike Vos" in out, out
    assert "audits" not in out, out
    code, out, _ = run_cli("ask", "who should I reach out to next")
    assert "Noor Haddad" in out, out


def test_a_call_question_about_a_company_never_filed(home: Path) -> None:
    """ "when did I last talk to someone at Quorvane?" (never filed) said so, then listed
    other companies' notes as if they were part of an answer."""
    _three_calls()
    code, out, _ = run_cli("ask", "when did I last talk to someone at Quorvane?")
    assert code == 0
    assert "Nothing on file is about Quorvane" in out, out
    assert out.strip() == "Nothing on file is about Quorvane.", out  # no one else's notes
    _, out, _ = run_cli("ask", "who should I contact at Tallowmeer?")
    assert out.strip() == "Nothing on file is about Tallowmeer; did you mean Tallowmere?", out


# -- `search` with dates and categories -------------------------------------------------------


def test_a_category_typed_as_search_prints_it(home: Path) -> None:
    """`search` prints "Typical day" and "Mission & values"; typed back as --category they
    were refused for not being typical_day or mission_values."""
    add_text(
        "Talked to Henrike Vos, a quality lead at Tallowmere. Most of her day is walking the"
        " line with the inspectors. She said the company really cares about patient safety.",
        "2026-11-20T10:00",
    )
    code, out, err = run_cli("search", "--category", "typical day")
    assert code == 0, err
    assert "walking the line" in out, out
    for typed in ("Mission & values", "mission and values", "MISSION-VALUES"):
        code, out, err = run_cli("search", "--category", typed)
        assert code == 0 and "patient safety" in out, (typed, out, err)
    code, _, err = run_cli("search", "--category", "gossip")
    assert code == 2 and "typical_day" in err, err


def _month_back(back: int) -> date:
    """The first day of the month ``back`` months before this one."""
    first = date.today().replace(day=1)
    for _ in range(back):
        first = (first - timedelta(days=1)).replace(day=1)
    return first


def test_a_month_alone_filters_by_that_month(home: Path) -> None:
    """`search --since june` said "cannot read 'june' as a date"; a month alone is that
    month (the most recent one): as --since its first day, as --until its last."""
    before, month, after = _month_back(3), _month_back(2), _month_back(1)
    name = month.strftime("%B").lower()
    add_text("Talked to Henrike Vos at Tallowmere. She said audits take a week.", f"{before}T10:00")
    add_text("Talked to Caspar Lindgren at Tallowmere. He said audits are rare.", f"{month}T10:00")
    add_text("Talked to Noor Haddad at Tallowmere. She said audits are loud.", f"{after}T10:00")
    code, out, err = run_cli("search", "audits", "--since", name, "--until", name)
    assert code == 0, err
    assert "are rare" in out and "a week" not in out and "loud" not in out, out
    code, out, err = run_cli("search", "audits", "--until", name[:3])
    assert code == 0 and "a week" in out and "are rare" in out and "loud" not in out, out


def test_since_last_month_unquoted_says_to_quote_it(home: Path) -> None:
    """`search remote --since last month` (unquoted) said only "cannot read 'last' as a
    date; try ... last month", the very words typed."""
    add_text("Talked to Henrike Vos at Tallowmere. She said audits take a week.", _days_ago(3))
    code, _, err = run_cli("search", "audits", "--since", "last", "month")
    assert code == 2 and "quotes" in err and '"last month"' in err, err


def test_when_did_i_talk_to_someone_only_suggested(home: Path) -> None:
    """ "when did I talk to Noor Haddad?", a referral never called, answered with notes of
    other people; and a whole name said is that person, not every contact of the first
    name."""
    _three_calls()
    add_text(
        "Talked to Noor Siddiqui, a baker at Crumbwell. She said nights are long.", _days_ago(2)
    )
    code, out, err = run_cli("ask", "when did I last talk to Noor Haddad?")
    assert code == 0, err
    assert "Noor Haddad: no call with them yet" in out and "Caspar Lindgren" in out, out
    assert "Noor Siddiqui" not in out, out


def test_when_is_a_follow_up_due(home: Path) -> None:
    """ "when is my portfolio for Caspar due?" listed notes; the ledger answers it."""
    add_text(
        "Talked to Caspar Lindgren, a process engineer at Tallowmere. He said the plant runs"
        " two shifts. I will send Caspar my portfolio by Friday.",
        _days_ago(1),
    )
    code, out, err = run_cli("ask", "when is my portfolio for Caspar due?")
    assert code == 0, err
    assert "What you owe" in out and "portfolio" in out, out
