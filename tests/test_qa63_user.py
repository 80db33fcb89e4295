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
    add_text(
        "Talked to Marguerite Dufresne, a cartographer at Atlasworks. She said field work"
        " is rare now.",
        _days_ago(150),
    )
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
