"""Two simulated weeks of a job seeker (QA, session 24): each friction found, as the `debrief`
command shows it. Real SQLite files, real spaCy for typed recaps, real Whisper on a silent
recording, the real embedding model for search.
"""

from __future__ import annotations

import json
import wave
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import run_cli
from kb_seed import add

from debrief.store import Store

SOPHIA = (
    "Just talked to Sophia Brennan, a technical recruiter at Figma. She said the culture is"
    " collaborative and most teams are hybrid. Her advice was to apply through a referral."
    " She suggested I reach out to Priyanka Rao, a design manager at Figma."
)


@pytest.mark.usefixtures("filed_soon_after")
def test_rename_person_renames_their_generated_todos_at_once(home: Path) -> None:
    """`rename person` showed the new name everywhere but in the generated to-dos ("Send a
    thank-you note to Sophia Brennan") until the next `debrief reextract`."""
    code, _, err = run_cli("add", "--text", SOPHIA, "--when", "2026-12-01T10:00", "-y")
    assert code == 0, err
    code, out, _ = run_cli("todo")
    assert "thank-you note to Sophia Brennan" in out and "suggested by Sophia Brennan" in out
    code, _, err = run_cli("rename", "person", "Sophia Brennan", "Sofia Brennan")
    assert code == 0, err
    code, out, _ = run_cli("todo")
    assert code == 0
    assert "Sophia" not in out
    assert "Send a thank-you note to Sofia Brennan" in out
    assert "Reach out to Priyanka Rao (suggested by Sofia Brennan)" in out
    assert "Stay in touch with Sofia Brennan" in out
    # the referral renamed too: its reach-out item follows
    code, _, err = run_cli("rename", "person", "Priyanka Rao", "Priyanka Rau")
    assert code == 0, err
    _, out, _ = run_cli("todo")
    assert "Reach out to Priyanka Rau (suggested by Sofia Brennan)" in out


def _accented_kb(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    store = Store(home / "debrief.db")
    add(
        store,
        "2026-11-30T10:00",
        "Sofia Brennan",
        "Figma",
        [
            ("culture", "The culture is collaborative and most teams are hybrid."),
            ("advancement", "Internal mobility is common after a year."),
            ("skills", "Figma hires designers who explain their decisions."),
        ],
    )
    add(
        store,
        "2026-12-02T17:00",
        "Zoë Ångström-Núñez",
        "Canva",
        [
            ("dislikes", "She dislikes that research findings get ignored."),
            ("advice", "Learn to run unmoderated studies quickly."),
        ],
    )
    store.close()


def test_search_by_an_accented_name_or_its_middle_part(home: Path) -> None:
    """`search kenji` put Kenji's insights first, but `search Zoë` (as typed, with its
    accent) and `search Ångström` (a middle part of the name) did not."""
    _accented_kb(home)
    for query in ("Zoë", "zoe", "Ångström", "Núñez"):
        code, out, err = run_cli("search", query, "--json")
        assert code == 0, err
        hits = json.loads(out)
        assert [h["contact"] for h in hits[:2]] == ["Zoë Ångström-Núñez"] * 2, query


def test_until_last_week_covers_all_of_last_week(home: Path) -> None:
    """`--until "last week"` stopped at last week's Monday: a call on its Thursday was left
    out. A named period as the end covers the whole of it."""
    home.mkdir(parents=True, exist_ok=True)
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    last_thursday = monday - timedelta(days=4)
    store = Store(home / "debrief.db")
    add(store, f"{last_thursday}T11:00", "Ana Ruiz", "Acme", [("advice", "Keep a brag file.")])
    add(store, f"{monday}T00:30", "Bo Chen", "Acme", [("advice", "Learn the domain first.")])
    store.close()
    code, out, err = run_cli("search", "--category", "advice", "--until", "last week", "--json")
    assert code == 0, err
    assert [h["contact"] for h in json.loads(out)] == ["Ana Ruiz"]
    code, out, err = run_cli(
        "search", "--category", "advice", "--since", "last week", "--until", "last week", "--json"
    )
    assert code == 0, err
    assert [h["contact"] for h in json.loads(out)] == ["Ana Ruiz"]


def test_prep_by_first_name_and_for_a_referral_not_called_yet(kb: Path) -> None:
    """`prep Kenji` and `prep "Priyanka Rao"` (the referral the next call is with) both
    said "no company matching": prep took a person only by their exact full name."""
    code, out, err = run_cli("prep", "maria")
    assert code == 0, err
    assert out.startswith("Prep: Maria Lopez")
    # Omar Haddad was referred by Maria Lopez and not called yet
    code, out, err = run_cli("prep", "Omar Haddad")
    assert code == 0, err
    assert "Prep: Omar Haddad (not called yet)" in out
    assert "Maria Lopez (Stripe) referred them on call #1" in out
    # Maria's own advice was shown under "What you know" as if it were his (qa32)
    assert "Build a small project and share it online." not in out
    assert "Maria Lopez → Omar Haddad" in out
    code, _, err = run_cli("prep", "Nowhere Corp")
    assert code == 1 and "no contact or company matching 'Nowhere Corp'" in err


def test_ask_with_no_question_says_so(kb: Path) -> None:
    """`ask ""` answered "No one has talked about this yet", which is not so."""
    for args in ([""], ["??"], ["--company", "stripe", ""]):
        code, out, err = run_cli("ask", *args)
        assert code == 2 and "ask what?" in err and "No one has talked" not in out


def test_a_silent_recording_is_no_call(home: Path, tmp_path: Path) -> None:
    """A silent recording (the wrong file) was counted as a call of the week ("unknown
    contact"), its error said to retry with `debrief process` (which cannot help), and
    `draft thanks` on it wrote "Hi there" to nobody."""
    silent = tmp_path / "silent.wav"
    with wave.open(str(silent), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\0" * 16000 * 2 * 8)
    code, _, err = run_cli("add", str(silent), "-y")
    assert code == 1
    assert "no speech detected" in err and "`debrief delete 1` removes it" in err
    assert "retry with `debrief process`" not in err
    code, _, err = run_cli("add", "--text", SOPHIA, "-y")
    assert code == 0, err
    code, out, err = run_cli("review")
    assert code == 0, err
    assert "1 call ·" in out and "1 recording not filed (#1)" in out
    assert "unknown contact" not in out
    assert "not filed: #1" in out
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 1 and "Hi there" not in out
    assert "#1 is not filed yet (failed: no speech detected" in err


def test_company_name_is_not_a_theme_on_its_own_page(home: Path) -> None:
    """`company figma` listed "figma" as what both Figma contacts agree on."""
    home.mkdir(parents=True, exist_ok=True)
    store = Store(home / "debrief.db")
    add(
        store,
        "2026-11-23T16:00",
        "Dana Whitfield",
        "Figma",
        [("advancement", "Promotions at Figma depend on design critiques across teams.")],
    )
    add(
        store,
        "2026-12-01T10:00",
        "Sofia Brennan",
        "Figma",
        [("skills", "Figma hires designers who lead design critiques well.")],
    )
    store.close()
    code, out, err = run_cli("company", "figma")
    assert code == 0, err
    agree = out[out.index("Where contacts agree") :].split("\n\n")[0]
    assert "critique" in agree  # a real shared term stays
    assert " figma " not in agree.lower()


def test_stay_in_touch_for_one_person_by_first_name(home: Path) -> None:
    """`debrief person kenji` finds Kenji Watanabe, but `config set stay_in_touch_days 45
    --person kenji` said "no contact named 'kenji'"."""
    # the call a week ago, by the clock `todo` reads: the date 45 days on is still ahead
    # (a fixed day in 2026 made it "overdue" from January 2027 on)
    called = date.today() - timedelta(days=7)
    code, _, err = run_cli("add", "--text", SOPHIA, "--when", f"{called}T10:00", "-y")
    assert code == 0, err
    code, out, err = run_cli("config", "set", "stay_in_touch_days", "45", "--person", "sophia")
    assert code == 0, err
    assert "45 for Sophia Brennan" in out
    _, out, _ = run_cli("todo")
    (line,) = [x for x in out.splitlines() if "Stay in touch with Sophia Brennan" in x]
    assert f"due {called + timedelta(days=45):%a %d %b}" in line, line
    code, _, err = run_cli("config", "set", "stay_in_touch_days", "45", "--person", "zzzz")
    assert code == 1 and "no contact named 'zzzz'" in err


def test_follow_up_due_takes_a_natural_date(home: Path) -> None:
    """`follow-up ID --due "next friday"` said "not an ISO date", though `add --when`,
    `edit --when` and `search --since` all read natural dates."""
    code, _, err = run_cli("add", "--text", SOPHIA + " I will email her my resume by Monday.", "-y")
    assert code == 0, err
    fid = next(
        int(r["id"])
        for r in Store(home / "debrief.db").rows(
            "SELECT id FROM follow_ups WHERE kind IS NULL AND direction = 'mine'"
        )
    )
    today = date.today()
    friday = today + timedelta(days=(4 - today.weekday()) % 7 or 7)
    code, out, err = run_cli("follow-up", str(fid), "--due", "friday")
    assert code == 0, err
    assert f"(due {friday.isoformat()})" in out
    code, out, err = run_cli("follow-up", str(fid), "--due", "in two weeks")
    assert code == 0 and f"(due {(today + timedelta(days=14)).isoformat()})" in out, err
    code, out, err = run_cli("follow-up", str(fid), "--due", "2026-12-24")
    assert code == 0 and "(due 2026-12-24)" in out
    code, _, err = run_cli("follow-up", str(fid), "--due", "garbage")
    assert code == 2 and "cannot read 'garbage' as a date" in err


def test_merge_into_a_name_not_on_file_says_rename(kb: Path) -> None:
    """`merge company "Notion Labs" Notion` (Notion not on file, matched to Notion Labs)
    said "'Notion Labs' and 'Notion Labs' are already one company": what was meant is a
    rename, and the message now says so."""
    code, _, err = run_cli("merge", "company", "Stripe", "Stripes")
    assert code == 1
    assert "'Stripes' is not on file (it matched 'Stripe')" in err
    assert "debrief rename company 'Stripe' 'Stripes'" in err
    code, _, err = run_cli("merge", "person", "maria", "Maria Lopez")
    assert code == 1 and "'maria' and 'Maria Lopez' are already one person" in err


def test_a_call_date_in_the_future_warns_and_one_before_1970_is_refused(home: Path) -> None:
    """`add --when 1900-01-01` filed a call whose thank-you note was "46358 days overdue";
    `--when 2030-01-01` (a typo for 2026) filed silently a call no week's review shows."""
    code, _, err = run_cli("add", "--text", SOPHIA, "--when", "1900-01-01", "-y")
    assert code == 2 and "too long ago: check the year" in err
    assert not (home / "debrief.db").exists() or not Store(home / "debrief.db").rows(
        "SELECT 1 FROM debriefs"
    )
    code, out, err = run_cli("add", "--text", SOPHIA, "--when", "2030-01-01", "-y")
    assert code == 0, err
    assert "2030-01-01 is in the future" in err and "#1 Sophia Brennan" in out
    code, out, err = run_cli("edit", "1", "--when", "1931-01-01")
    assert code == 2 and "too long ago" in err


def test_review_takes_last_week_as_search_does(home: Path) -> None:
    """`search --since "last week"` worked but `review --since "last week"` said "not an
    ISO date", and `review --week last` was refused: reviewing last week needed its ISO
    number."""
    home.mkdir(parents=True, exist_ok=True)
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    store = Store(home / "debrief.db")
    add(store, f"{monday - timedelta(days=4)}T11:00", "Ana Ruiz", "Acme", [("advice", "Ship.")])
    store.close()
    last = (monday - timedelta(days=7)).isocalendar()
    for args in (["--week", "last"], ["--since", "last week", "--until", "last week"]):
        code, out, err = run_cli("review", *args)
        assert code == 0, err
        assert "Ana Ruiz" in out and "1 call ·" in out, args
    _, out, _ = run_cli("review", "--week", "last")
    assert f"Week {last[0]}-W{last[1]:02d}" in out
    code, _, err = run_cli("review", "--since", "garbage")
    assert code == 2 and "cannot read 'garbage' as a date" in err


@pytest.mark.usefixtures("filed_soon_after")
def test_todo_all_shows_a_dismissed_item_as_dismissed(home: Path) -> None:
    """`todo --all` listed an item closed with `debrief dismiss` (will not do) as "done"."""
    code, _, err = run_cli("add", "--text", SOPHIA, "--when", "2026-12-01T10:00", "-y")
    assert code == 0, err
    rows = Store(home / "debrief.db").rows(
        "SELECT id, kind FROM follow_ups WHERE kind IN ('thanks', 'stay_in_touch') ORDER BY id"
    )
    ids = {r["kind"]: int(r["id"]) for r in rows}
    assert run_cli("done", str(ids["thanks"]))[0] == 0
    assert run_cli("dismiss", str(ids["stay_in_touch"]))[0] == 0
    code, out, _ = run_cli("todo", "--all")
    lines = {int(line.split()[0].lstrip("#")): line for line in out.splitlines() if "#" in line[:6]}
    assert "done 20" in lines[ids["thanks"]]
    assert "dismissed 20" in lines[ids["stay_in_touch"]]
    assert "done" not in lines[ids["stay_in_touch"]]
    code, out, _ = run_cli("todo", "--all", "--json")
    by_id = {item["id"]: item for item in json.loads(out)}
    assert by_id[ids["stay_in_touch"]]["dismissed_at"] and not by_id[ids["thanks"]]["dismissed_at"]


def test_three_adds_at_once_on_a_new_knowledge_base(home: Path) -> None:
    """The first commands on a new data home, run at once (a recap filed while another is
    being filed), failed with "cannot open the knowledge base (database is locked)" or
    "(table companies already exists)": both applied the migrations. Real processes."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "DEBRIEF_HOME": str(home)}
    names = ["Ann Lee", "Bob Ray", "Cy Dee"]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", "from debrief.cli import main; main()", "add", "-y", "--text",
             f"Talked to {name} at Acme. The team is friendly and supportive."],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for name in names
    ]  # fmt: skip
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (_out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
    rows = Store(home / "debrief.db").rows("SELECT contact FROM debriefs_named ORDER BY contact")
    assert [r["contact"] for r in rows] == names


def test_edit_when_a_day_keeps_the_calls_time(home: Path) -> None:
    """`edit ID --when yesterday` moved a 17:00 call to midnight."""
    code, _, err = run_cli("add", "--text", SOPHIA, "--when", "2026-12-01T17:00", "-y")
    assert code == 0, err
    for when, stamp in (
        ("2026-11-30", "2026-11-30T17:00:00"),
        ("2026-11-29T09:15", "2026-11-29T09:15:00"),
        ("yesterday", f"{date.today() - timedelta(days=1)}T09:15:00"),
    ):
        code, _, err = run_cli("edit", "1", "--when", when)
        assert code == 0, err
        assert Store(home / "debrief.db").get(1)["recorded_at"] == stamp, when


def test_a_referral_reached_out_to_is_no_longer_to_contact(home: Path) -> None:
    """After `done` on "Reach out to Priyanka Rao", `people` still said "not yet" and
    "1 referral(s) not yet contacted", and the review still listed her to contact."""
    code, _, err = run_cli("add", "--text", SOPHIA, "--when", "2026-12-01T10:00", "-y")
    assert code == 0, err
    _, out, _ = run_cli("people")
    assert "1 referral not yet contacted" in out
    reach = Store(home / "debrief.db").rows("SELECT id FROM follow_ups WHERE kind = 'reach_out'")
    assert run_cli("done", str(reach[0]["id"]))[0] == 0
    _, out, _ = run_cli("people")
    assert "reached out" in out and "not yet contacted" not in out
    _, out, _ = run_cli("review", "--since", "2026-11-30", "--until", "2026-12-06")
    referrals = out[out.index("Referrals not yet contacted") :]
    assert "Priyanka Rao" not in referrals.split("\n\n")[0]
    code, out, _ = run_cli("people", "--json")
    ref = json.loads(out)["referrals"][0]
    assert ref["name"] == "Priyanka Rao" and ref["reached_out"] and not ref["contacted"]
    _, out, _ = run_cli("prep", "Sophia Brennan")
    assert "Sophia Brennan → Priyanka Rao (call #1, 2026-12-01; reached out)" in out


def test_insight_ids_survive_reextract(home: Path) -> None:
    """Every `debrief reextract` gave every insight a new id: the ids a thank-you draft
    listed as its sources, or noted for `debrief insight ID`, pointed at nothing."""
    code, _, err = run_cli("add", "--text", SOPHIA, "--when", "2026-12-01T10:00", "-y")
    assert code == 0, err
    _, _, out = run_cli("draft", "thanks", "1")  # the sources: on stderr (qa62)
    quoted = out.split("Quoted insights: ")[1].split(" (debrief")[0]
    assert quoted.startswith("#")
    later = "Talked to Bo Chen at Acme. He loves the mentoring. His advice was to ship early."
    assert run_cli("add", "--text", later, "--when", "2026-12-02T10:00", "-y")[0] == 0
    before = {r["id"]: r["text"] for r in Store(home / "debrief.db").insights(1)}
    assert run_cli("reextract", "--all")[0] == 0
    after = {r["id"]: r["text"] for r in Store(home / "debrief.db").insights(1)}
    assert after == before
    _, _, out = run_cli("draft", "thanks", "1")
    assert f"Quoted insights: {quoted} (debrief" in out
    first = min(before)
    code, out, err = run_cli("insight", str(first), "--category", "advice")
    assert code == 0 and before[first] in out, err


def test_a_sentence_said_twice_is_filed_once(home: Path) -> None:
    """A recap pasted twice (or a sentence repeated) filed every insight and follow-up as
    many times as it was said: 100 KB of a repeated recap made 900 insights, 153 to-dos."""
    again = " I need to email Sophia my resume by Monday. "
    code, _, err = run_cli("add", "--text", SOPHIA + again + SOPHIA + again)
    assert code == 0, err
    s = Store(home / "debrief.db")
    texts = [r["text"] for r in s.insights(1)]
    assert texts and len(texts) == len(set(texts))
    mine = [f["text"] for f in s.follow_ups(1)]
    assert mine.count("I need to email Sophia my resume by Monday.") == 1
    assert len(mine) == len(set(mine))


def test_thanks_note_next_step_speaks_to_the_contact(home: Path) -> None:
    """The note to Sophia said "My next step: I need to email Sophia my resume by Monday."
    (and to Dana, as heard: "I need to send Donna my portfolio")."""
    recap = SOPHIA + " I need to email Sophia my resume by Monday."
    # days still to come: a passed one is written as a date (qa44)
    assert run_cli("add", "--text", recap, "--when", "2030-12-02T10:00", "-y")[0] == 0
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert out.startswith("Hi Sophia,")
    assert "I will email you my resume by Monday." in out
    later = "Call with Bo Chen at Acme. I will send him a short case study by Friday."
    assert run_cli("add", "--text", later, "--when", "2030-12-03T10:00", "-y")[0] == 0
    _, out, _ = run_cli("draft", "thanks", "2")
    assert "I will send you a short case study by Friday." in out


def test_no_lock_file_possible_is_no_traceback(home: Path) -> None:
    """Where the first-open lock file cannot be made (read-only place; here a directory
    in its way), the knowledge base still opens: the lock is only a courtesy."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "debrief.db.lock").mkdir()
    code, out, err = run_cli("list")
    assert code == 0 and "no debriefs yet" in out, err


def test_extract_takes_text_as_add_does(home: Path) -> None:
    """`debrief add --text "..."` works, `debrief extract --text "..."` said "No such
    option"."""
    code, out, err = run_cli("extract", "--text", "Talked to Ana Ruiz, a designer at Figma.")
    assert code == 0, err
    contact = json.loads(out)["contact"]
    assert contact == {"name": "Ana Ruiz", "title": "designer", "company": "Figma"}
