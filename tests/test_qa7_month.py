"""A simulated month of a nurse moving into health informatics (QA, session 25): each
friction found, as the `debrief` command shows it. Real SQLite files, real spaCy for typed
recaps (the recaps here are typed: the frictions are in filing, not in speech).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAMPLE_AUDIO, run_cli
from test_frictions import StalledModel, filed_and_waiting, in_a_terminal

ROSA_TWICE = (
    "Talked to Rosa Delgado, a nurse informaticist at Kaiser Permanente. She will send me the"
    " list of open roles. The team runs a weekly huddle with frontline nurses."
    " She will send me the list of open roles."
)


@pytest.mark.usefixtures("filed_soon_after")
def test_an_offer_said_twice_is_filed_once_and_the_add_succeeds(home: Path) -> None:
    """A memo that repeats "she will send me ..." word for word (a 20-minute ramble does)
    failed the whole add with `UNIQUE constraint failed: follow_ups.debrief_id,
    follow_ups.habit_key`, and left the call without its thank-you and stay-in-touch items."""
    code, _, err = run_cli("add", "--text", ROSA_TWICE, "--when", "2026-11-20T10:00", "-y")
    assert code == 0, err
    assert "UNIQUE" not in err
    code, out, _ = run_cli("todo")
    assert code == 0
    assert out.count("She will send me the list of open roles.") == 1
    assert "Send a thank-you note to Rosa Delgado" in out
    assert "Stay in touch with Rosa Delgado" in out
    # and the ledger stays whole through a reextract
    code, _, err = run_cli("reextract", "--all")
    assert code == 0, err
    _, again, _ = run_cli("todo")
    assert again.count("She will send me the list of open roles.") == 1


def test_a_company_name_the_user_types_is_kept_as_typed(home: Path) -> None:
    """`--company "Boston Consulting Group"`, `edit --company "UnitedHealth Group"` and
    `rename company ... "Ford Motor Company"` were filed as "Boston Consulting",
    "UnitedHealth" and "Ford Motor": the legal-suffix trim meant for extracted names left the
    user no way to spell the company right. Matching still ignores the suffix."""
    recap = "Talked to Bo Li, a nurse manager. She loves the team."
    code, out, err = run_cli("add", "-y", "--company", "Boston Consulting Group", "--text", recap)
    assert code == 0, err
    assert "at Boston Consulting Group" in out
    code, out, err = run_cli("edit", "1", "--company", "UnitedHealth Group")
    assert code == 0, err
    assert "UnitedHealth Group" in out
    code, out, err = run_cli("rename", "company", "UnitedHealth", "Ford Motor Company")
    assert code == 0, err
    assert "-> Ford Motor Company" in out
    code, out, _ = run_cli("reextract", "--all")
    assert code == 0
    _, out, _ = run_cli("show", "1")
    assert "Ford Motor Company" in out
    # the suffix still does not make a second company
    code, out, err = run_cli("add", "-y", "--company", "Ford Motor", "--text", recap)
    assert code == 0, err
    _, out, _ = run_cli("companies")
    assert out.count("Ford Motor") == 1


@pytest.mark.usefixtures("filed_soon_after")
def test_a_closed_generated_item_stays_closed_when_its_person_is_renamed(home: Path) -> None:
    """Closing "Tell Donna Whitfield how it went with Marcus Bell" (or a referral's "Reach
    out to ...") and then correcting the spelling of the name they carry reopened them as new
    open items ("Tell Dana Whitfield ..."), through `reextract` too: the item's key held
    the old name."""
    donna = (
        "Just talked to Donna Whitfield, a clinical informatics analyst at Epic Systems. Her"
        " advice was to get certified. She said I should talk to Marcus Bell at Oracle Health"
        " and to Thomas Hoorary at Cerner."
    )
    marcus = "Just talked to Marcus Bell, a product manager at Oracle Health. He likes his work."
    assert run_cli("add", "-y", "--when", "2026-11-09T10:00", "--text", donna)[0] == 0
    code, _, err = run_cli("add", "-y", "--when", "2026-11-18T10:00", "--text", marcus)
    assert code == 0, err
    _, todo, _ = run_cli("todo")
    ids = [
        line.split()[0].lstrip("#")
        for line in todo.splitlines()
        if "Tell Donna Whitfield" in line or "Reach out to Thomas Hoorary" in line
    ]
    assert len(ids) == 2, todo
    assert run_cli("done", *ids)[0] == 0
    assert run_cli("rename", "person", "Donna Whitfield", "Dana Whitfield")[0] == 0
    assert run_cli("rename", "person", "Thomas Hoorary", "Tomás Herrera")[0] == 0
    for step in ((), ("reextract", "--all")):
        if step:
            assert run_cli(*step)[0] == 0
        _, todo, _ = run_cli("todo")
        assert "how it went" not in todo, todo
        assert "Reach out to" not in todo, todo
    _, people, _ = run_cli("people")
    assert "reached out" in people


def test_a_renamed_company_stays_renamed_on_a_referral_through_reextract(home: Path) -> None:
    """`rename company CERNER Cerner` showed "Tomás Herrera, Cerner" for the referral, and
    `reextract --all` put "CERNER" back: the referral's company is free text from the
    extraction, which did not follow the user's spelling."""
    recap = (
        "Spoke with Priyanka Rao, a director of nursing informatics at Mount Sinai. Her advice"
        " was to learn Tableau. She recommended I reach out to Thomas Herrera at CERNER."
    )
    code, _, err = run_cli("add", "-y", "--when", "2026-11-13T11:00", "--text", recap)
    assert code == 0, err
    _, people, _ = run_cli("people")
    assert "CERNER" in people, people
    code, _, err = run_cli("rename", "company", "CERNER", "Cerner")
    assert code == 0, err
    for step in ((), ("reextract", "--all")):
        if step:
            assert run_cli(*step)[0] == 0
        _, people, _ = run_cli("people")
        assert "CERNER" not in people, people
        assert "Cerner" in people


@pytest.mark.slow
def test_adding_an_interrupted_recording_again_finishes_it(home: Path, tmp_path: Path) -> None:
    """After Ctrl-C during `debrief add memo.m4a` the recap is kept pending; adding the same
    file again (what a user does) said "already filed as #1, not added again" and exited 0,
    with nothing filed: the call stayed invisible to search and review."""

    memo, model = str(SAMPLE_AUDIO["recap-maria-lopez"]), StalledModel(tmp_path)
    code, _, drawn = in_a_terminal(
        ["add", memo], until=filed_and_waiting, then=model.interrupt, env=model.env
    )
    assert code == 130, drawn[-2000:]
    assert json.loads(run_cli("list", "--json")[1])[0]["status"] == "pending"
    code, out, err = run_cli("add", memo, "-y")
    assert code == 0, err
    assert "already filed" not in out
    assert "added before as #1, not finished" in out
    assert "Maria Lopez" in out
    assert json.loads(run_cli("list", "--json")[1])[0]["status"] == "extracted"


@pytest.mark.usefixtures("filed_soon_after")
def test_the_export_holds_the_follow_up_ledger(home: Path) -> None:
    """`debrief export` (the backup) held only the follow-ups said aloud: the thank-you
    notes the user closed, the referrals' reach-outs and what the contact offered ("she will
    send me the list of open roles") were nowhere in it."""
    code, _, err = run_cli("add", "-y", "--when", "2026-11-20T10:00", "--text", ROSA_TWICE)
    assert code == 0, err
    _, todo, _ = run_cli("todo")
    thanks = next(line for line in todo.splitlines() if "thank-you note" in line)
    assert run_cli("done", thanks.split()[0].lstrip("#"))[0] == 0
    code, out, _ = run_cli("export")
    assert code == 0
    items = json.loads(out)[0]["follow_ups"]
    kinds = {i["kind"]: i for i in items}
    assert kinds["thanks"]["done_at"], items
    assert "list of open roles" in kinds["offer"]["text"]
    assert kinds["offer"]["direction"] == "theirs"
    assert "stay_in_touch" in kinds
    _, md, _ = run_cli("export", "--format", "markdown")
    assert "- [x] Send a thank-you note to Rosa Delgado" in md


@pytest.mark.slow
def test_retranscribing_a_corrected_call_shows_it_as_filed(home: Path) -> None:
    """`debrief process --retranscribe ID` printed what extraction found, so an insight or a
    follow-up the user had dropped was listed again as if it were back (it was not)."""
    code, out, err = run_cli("add", "-y", str(SAMPLE_AUDIO["recap-maria-lopez"]))
    assert code == 0, err
    assert "follow-up:" in out and "Dislikes 1" in out, out
    _, shown, _ = run_cli("show", "1", "--json")
    filed = json.loads(shown)
    dislike = next(i for i in filed["insights"] if i["category"] == "dislikes")
    assert run_cli("insight", str(dislike["id"]), "--drop")[0] == 0
    for fu in filed["follow_ups"]:
        assert run_cli("follow-up", str(fu["id"]), "--drop")[0] == 0
    code, out, err = run_cli("process", "--retranscribe", "1")
    assert code == 0, err
    assert "follow-up:" not in out, out
    assert "Dislikes" not in out.split("not covered yet")[0], out


def test_prep_for_a_company_only_mentioned_points_to_what_is_known(home: Path) -> None:
    """`debrief prep Cerner` before the first call there said only "no call with anyone at
    Cerner yet", though two calls had talked about Cerner (`debrief company` shows them)."""
    recap = (
        "Spoke with Priyanka Rao, a director of nursing informatics at Mount Sinai. Her advice"
        " was to learn Tableau. She recommended I reach out to Thomas Herrera at Cerner."
    )
    assert run_cli("add", "-y", "--when", "2026-11-13T11:00", "--text", recap)[0] == 0
    code, _, err = run_cli("prep", "Cerner")
    assert code == 1
    assert "no call with anyone at Cerner yet" in err
    assert "1 call mentions it: debrief company 'Cerner'" in err
    code, out, _ = run_cli("company", "Cerner")
    assert code == 0 and "mentioned in 1" in out


def test_the_thank_you_note_asks_you_not_him(home: Path) -> None:
    """The note to Marcus ended "My next step: I need to ask him about the informatics
    fellowship": a note to him speaking of him."""
    recap = (
        "Just finished my call with Marcus Bell, a product manager at Oracle Health. He started"
        " as a pharmacist and moved into product. I need to ask him about the informatics"
        " fellowship by December 1st."
    )
    assert run_cli("add", "-y", "--when", "2026-11-18T14:00", "--text", recap)[0] == 0
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert "I will ask you about the informatics fellowship" in out, out
