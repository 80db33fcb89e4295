"""What qa65 met using debrief as a job seeker over a week: six calls (two at one company,
a referral then called, one filed days late, one from audio), then what a user does between
calls. Each through the `debrief` command with the real pipeline; the wordings are the
tester's."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from conftest import add_text, run_cli

REFERRING = (
    "Met Ilse Brandauer, a staff analyst at Quarrywell, over coffee. She said the analysts"
    " there pick their own projects. She suggested I talk to Tobiah Renwick on the pricing"
    " team."
)
#: The referral's own call, naming the referrer back: read as a referral of this call.
REFERRED = (
    "Just got off a call with Tobiah Renwick, pricing manager at Quarrywell, who Ilse"
    " pointed me to. He said pricing work is mostly spreadsheets and negotiation."
)


def _todo() -> list[str]:
    code, out, err = run_cli("todo", "--json")
    assert code == 0, err
    return [t["text"] for t in json.loads(out)]


def _people() -> dict:
    code, out, err = run_cli("people", "--json")
    assert code == 0, err
    return json.loads(out)


def _assert_referrer_is_no_referral(referred_call: str) -> None:
    assert not [t for t in _todo() if "Reach out to Ilse" in t], _todo()
    code, out, err = run_cli("people")
    assert code == 0, err
    assert "every referral contacted" in out, out
    code, out, _ = run_cli("draft", "thanks", referred_call)
    assert "Ilse" not in out, out
    code, out, _ = run_cli("prep", "Quarrywell")
    chain = out.split("Referral chain", 1)[1]
    assert "Tobiah Renwick → Ilse" not in chain, chain
    assert "Ilse Brandauer → Tobiah Renwick" in chain, chain


def test_the_referrer_named_in_the_referrals_call_is_no_new_referral(home: Path) -> None:
    """Omar's recap said "who Dana pointed me to": Dana, called the day before and the one
    who named Omar, was filed as Omar's referral: `todo` owed "Reach out to Dana Whitfield
    (suggested by Omar...; spoke before)", `people` and `review` listed her as not yet
    contacted, `prep` drew the chain both ways and the thank-you note to Omar thanked him
    for suggesting Dana."""
    add_text(REFERRING, "2026-11-30T10:00")
    add_text(REFERRED, "2026-12-01T15:00")
    _assert_referrer_is_no_referral("2")
    assert "Tell Ilse Brandauer how it went with Tobiah Renwick" in _todo()
    code, _, err = run_cli("reextract", "--all")
    assert code == 0, err
    _assert_referrer_is_no_referral("2")


def test_the_referring_call_filed_after_the_referrals_call(home: Path) -> None:
    """The referring call filed late (an old memo typed up after the next call): the name
    said back in the referral's call stops being a referral then too."""
    add_text(REFERRED, "2026-12-01T15:00")
    add_text(REFERRING, "2026-11-30T10:00")
    _assert_referrer_is_no_referral("1")


def test_a_keyword_search_on_a_small_home_lists_no_far_meaning_notes(home: Path) -> None:
    """`search promotion` on a three-call home listed, under the note about promotions, a
    career-path note, a typical day and "leaves at six": the meaning search's nearest
    notes when there are few, none about promotion."""
    add_text(
        "Talked to Harriet Vosk, a claims lead at Amberline Mutual. She said promotions come"
        " once a year and depend on your manager's rating.",
        "2026-12-01T10:00",
    )
    add_text(
        "Talked to Leopold Garnier, a surveyor at Tessellate Maps. He began as a delivery"
        " driver and took night classes in geography before he got his first survey job.",
        "2026-12-02T10:00",
    )
    add_text(
        "Talked to Ottilie Brask, a planner at Norrow Transit. Her mornings are spent in"
        " meetings about bus timetables and most people leave at six.",
        "2026-12-03T10:00",
    )
    code, out, err = run_cli("search", "promotion", "--json")
    assert code == 0, err
    texts = [h["text"] for h in json.loads(out)]
    assert any("promotions come once a year" in t for t in texts), texts
    assert not [t for t in texts if "delivery driver" in t or "bus timetables" in t], texts


def test_a_note_drafted_days_after_the_call_names_the_day_not_the_words_said(
    home: Path,
) -> None:
    """A call filed on Monday said "I'll follow up with her in two weeks"; the note drafted
    a week later promised "I will follow up with you in two weeks", a week later than the
    ledger's date. Drafted after the call, the note writes the day as the ledger holds it."""
    said_on = date.today() - timedelta(days=4)
    add_text(
        "Talked to Rosalind Achebe, a curator at the Vantor Gallery. She said most of the job"
        " is writing grant reports. I'll send Rosalind my writing samples in two weeks.",
        said_on.isoformat() + "T10:00",
    )
    due = said_on + timedelta(days=14)
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    day = f"{due.strftime('%A')}, {due.strftime('%B')} {due.day}"
    assert f"send you my writing samples on {day}" in out, out
    assert "in two weeks" not in out, out


def test_show_and_export_say_a_moved_due_date_as_todo_does(home: Path) -> None:
    """After `follow-up 1 --due friday`, `todo` said "... on Friday, December 11" while
    `show` and `export` still printed "... in two weeks (due 2026-12-11)", a date the
    words no longer meant."""
    add_text(
        "Talked to Ambrose Kettering, a brewer at Stillwater Cask. He said the cellar work is"
        " cold and wet. I'll check back with Ambrose in two weeks about the apprenticeship.",
        "2026-11-30T10:00",
    )
    code, out, err = run_cli("follow-up", "1", "--due", "2026-12-11")
    assert code == 0, err
    said = "on Friday, December 11 about the apprenticeship"
    assert said in out, out
    code, out, err = run_cli("show", "1")
    assert code == 0, err
    assert said in out and "in two weeks about the apprenticeship" not in out.split("Transcript")[0]
    code, out, err = run_cli("export", "--format", "markdown")
    assert code == 0, err
    assert said in out, out
    code, out, err = run_cli("export")
    assert [f["text"] for f in json.loads(out)[0]["follow_ups"] if said in f["text"]], out


def test_snoozing_a_follow_up_names_the_command_that_does_it(home: Path) -> None:
    """`debrief snooze 15`, the word a user has for putting a to-do off, said only "No such
    command 'snooze'"; the command is `follow-up ID --due`."""
    code, _, err = run_cli("snooze", "15")
    assert code == 2
    assert "Did you mean 'follow-up'?" in err, err
    assert "--due" in err, err


def test_the_review_draws_no_side_by_side_table_of_dashes(home: Path) -> None:
    """A week whose one call said nothing on culture or advancement drew "Companies side by
    side" as a table whose every cell was a dash."""
    add_text(
        "Talked to Cosima Laurent, a conservator at the Pell Archive. She said she loves"
        " repairing old maps. Her advice was to volunteer on a digitisation project.",
        date.today().isoformat() + "T09:00",
    )
    for fmt in ("terminal", "markdown", "html"):
        code, out, err = run_cli("review", "--format", fmt)
        assert code == 0, err
        assert "Cosima Laurent" in out, out
        assert "side by side" not in out, out


def test_asking_what_to_ask_someone_next_points_to_their_prep_sheet(home: Path) -> None:
    """`ask "what should I ask Grace next time"` found no note and offered only `debrief
    person`; the questions still to ask are on the prep sheet."""
    add_text(
        "Talked to Wendeline Marsh, a sommelier at Corvid Cellars. She said tasting menus"
        " change every season.",
        "2026-12-01T10:00",
    )
    code, out, err = run_cli("ask", "what should I ask Wendeline next time")
    assert code == 0, err
    assert 'debrief prep "Wendeline Marsh"' in out + err, out + err


def test_config_lists_a_contacts_own_stay_in_touch_days(home: Path) -> None:
    """`config set stay_in_touch_days 30 --person ...` said it was saved in the knowledge
    base, and `config` then listed only the default 90: the user could not see it."""
    add_text(
        "Talked to Evander Kolb, a luthier at Birchmoor Strings. He said most repairs are"
        " cracked tops.",
        "2026-12-01T10:00",
    )
    code, out, err = run_cli(
        "config", "set", "stay_in_touch_days", "30", "--person", "Evander Kolb"
    )
    assert code == 0, err
    code, out, err = run_cli("config")
    assert code == 0, err
    assert "30 for Evander Kolb" in out, out
