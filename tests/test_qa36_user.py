"""A user's session (QA, stop 33, qa36): each defect found, as the `debrief` command shows
it. Real SQLite files and real spaCy; the recaps are typed, in the tester's own words."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli

#: A manager who suggests a friend without saying where the friend works, and the friend's
#: own call a week later, which says it.
LENA = (
    "Had a call with Lena Novak, an engineering manager at Shopify. She said the platform"
    " team hires in the spring. She suggested I reach out to Raj Patel, a friend of hers."
)
RAJ = (
    "Had a call with Raj Patel, a staff engineer at Shopify. He said the on-call rotation is"
    " light. He said the interviews focus on system design."
)


def _add(text: str, when: str) -> None:
    code, _, err = run_cli("add", "-y", "--text", text, "--when", when)
    assert code == 0, err


def _row(out: str, name: str, after: str) -> str:
    """The table line naming ``name`` below the heading ``after``."""
    below = out.split(after, 1)[1]
    return next(ln for ln in below.splitlines() if name in ln)


def test_a_referral_shows_the_company_their_own_call_gave(home: Path) -> None:
    """The referral table showed "-" for Raj's company, though Raj's own call is filed at
    Shopify; the referrer named no company. It shows what his own call says; before that
    call nothing is known and it still shows "-"."""
    _add(LENA, "2026-11-20T10:00")
    code, out, err = run_cli("people")
    assert code == 0, err
    row = _row(out, "Raj Patel", "Referrals")
    assert "Shopify" not in row and " - " in row, row  # nothing known yet: not the referrer's

    _add(RAJ, "2026-11-27T10:00")
    code, out, err = run_cli("people")
    assert code == 0, err
    row = _row(out, "Raj Patel", "Referrals")
    assert "Shopify" in row and "contacted #2" in row, row
    referral = json.loads(run_cli("people", "--json")[1])["referrals"][0]
    assert referral["company"] is None  # the JSON keeps what the referrer said, apart
    assert referral["contact_company"] == "Shopify"


def test_edit_when_confirms_the_new_date(home: Path) -> None:
    """`debrief edit 1 --when ...` answered "#1 edited: Lena Novak / ... / Shopify", with
    no date: the user could not see where the call landed (a day alone keeps the call's
    own time). It now ends with the date as `debrief list` shows it; an edit that does not
    move the call says no date."""
    _add(LENA, "2026-11-20T10:00")
    code, out, err = run_cli("edit", "1", "--when", "2026-11-18")
    assert code == 0, err
    assert (
        out.strip()
        == "#1 edited: Lena Novak / engineering manager / Shopify, recorded 2026-11-18 10:00"
    )
    code, out, err = run_cli("edit", "1", "--when", "2026-11-18 16:30", "--title", "director")
    assert code == 0, err
    assert out.strip().endswith("/ director / Shopify, recorded 2026-11-18 16:30"), out
    code, out, err = run_cli("edit", "1", "--company", "Shopify Inc")
    assert code == 0, err
    assert "recorded" not in out and out.strip().endswith("/ Shopify Inc"), out
    assert json.loads(run_cli("list", "--json")[1])[0]["recorded_at"] == "2026-11-18T16:30:00"
