"""What qa57 saw using debrief as a user, each as the `debrief` command shows it. Real spaCy
for the typed recaps, real SQLite files, real tiny.en for the audio."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from conftest import run_cli

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _filed() -> dict[str, str]:
    """contact -> recorded_at of every debrief, as `debrief list --json` gives them."""
    code, out, err = run_cli("list", "--json")
    assert code == 0, err
    return {str(r["contact"]): str(r["recorded_at"]) for r in json.loads(out) if "id" in r}


def _last(weekday: int) -> date:
    """The most recent such day before today (as "last friday" is read)."""
    today = date.today()
    return today - timedelta(days=(today.weekday() - weekday) % 7 or 7)


def test_a_time_of_day_after_the_day_is_read(home: Path) -> None:
    """`--when "last friday 3pm"` filed the call a year early (2025-12-11 on 2026-12-07:
    the date finder read the words whole) and `edit 1 --when "friday 9am"` did the same;
    "yesterday at 5pm" was no date. The day is read as before, the time put on it."""
    code, out, err = run_cli(
        "add",
        "-y",
        "--text",
        "Talked to Ana Ruiz, a designer at Figma. She said the culture is calm.",
        "--when",
        "last friday 3pm",
    )
    assert code == 0, err
    assert _filed()["Ana Ruiz"] == f"{_last(4).isoformat()}T15:00:00", out
    code, out, err = run_cli("edit", "1", "--when", "yesterday at 5:30 pm")
    assert code == 0, err
    yesterday = date.today() - timedelta(days=1)
    assert f"recorded {yesterday.isoformat()} 17:30" in out, out
    code, out, err = run_cli("edit", "1", "--when", "last friday")  # a day keeps the time
    assert code == 0, err
    assert f"recorded {_last(4).isoformat()} 17:30" in out, out
    code, _, err = run_cli("edit", "1", "--when", "friday 13pm")
    assert code == 2 and "is not a date" in err and "Traceback" not in err, err
    assert _filed()["Ana Ruiz"] == f"{_last(4).isoformat()}T17:30:00"


def test_add_when_a_day_alone_keeps_the_time_of_day(home: Path) -> None:
    """`debrief add --text ... --when yesterday` filed the call at midnight, where `edit
    --when yesterday` keeps the call's time: a day alone now keeps now's time of day."""
    before = datetime.now().replace(microsecond=0)
    code, _, err = run_cli(
        "add",
        "-y",
        "--text",
        "Talked to Bo Diaz, a designer at Canva. He said the culture is calm.",
        "--when",
        "yesterday",
    )
    assert code == 0, err
    filed = datetime.fromisoformat(_filed()["Bo Diaz"])
    assert filed.date() == date.today() - timedelta(days=1)
    assert before - timedelta(days=1) <= filed <= datetime.now() - timedelta(days=1), filed


@pytest.mark.slow  # transcribes two short files with Whisper
def test_several_files_on_one_day_keep_their_own_times(home: Path, tmp_path: Path) -> None:
    """`debrief add a.ogg b.opus --when 2026-12-03` filed both calls at 2026-12-03T00:00:
    one moment for two calls, neither when it happened. A day alone now keeps each file's
    own time of day (its modification time, as without --when); a time said is the one
    for all, as before."""
    first, second = tmp_path / "morning.ogg", tmp_path / "afternoon.opus"
    shutil.copyfile(SAMPLES / "recap-short-note.ogg", first)
    shutil.copyfile(SAMPLES / "recap-graciela-montoya.opus", second)
    for path, moment in ((first, "2026-12-01T09:15:00"), (second, "2026-12-02T16:40:00")):
        stamp = datetime.fromisoformat(moment).timestamp()
        os.utime(path, (stamp, stamp))
    code, out, err = run_cli("add", "-y", str(first), str(second), "--when", "2026-12-03")
    assert code == 0, err
    times = sorted(_filed().values())
    assert times == ["2026-12-03T09:15:00", "2026-12-03T16:40:00"], out


def _confirmed(tmp_path: Path, recap: str, typed: str) -> tuple[str, dict[str, object]]:
    """`debrief add --text RECAP` in a terminal, ``typed`` at the contact line: what the
    terminal showed after it, and the debrief as `debrief show --json` gives it."""
    import subprocess

    from tests.test_who import DEBRIEF, Terminal, data_env

    env = data_env(tmp_path)
    term = Terminal(env, "add", "--text", recap)
    term.expect(b"> ", 120)
    term.seen = b""
    term.type(typed.encode() + b"\n")
    assert term.wait(120) == 0, term.seen.decode(errors="replace")
    shown = subprocess.run(
        [*DEBRIEF, "show", "1", "--json"], env=env, capture_output=True, text=True, check=True
    )
    return term.seen.decode(errors="replace"), json.loads(shown.stdout)


RECAP = "Talked to Ana Ruiz, a designer at Figma. She said the culture is calm."


@pytest.mark.parametrize(
    ("typed", "company"), [("Ana Ruiz, Canva", "Canva"), ("ana ruiz at canva", "Canva")]
)
def test_the_contact_line_takes_a_name_and_company_as_the_question_does(
    tmp_path: Path, typed: str, company: str
) -> None:
    """At the line after a recap is filed ("Ana Ruiz / designer / Figma  (Enter accepts;
    or type contact / title / company)"), "Ana Ruiz, Canva" -- what the question before a
    recording takes -- was filed as the contact's name "Ana Ruiz, Canva", the company left
    Figma. It is read as the question reads it: the contact, and the company."""
    seen, row = _confirmed(tmp_path, RECAP, typed)
    assert row["contact"] == "Ana Ruiz" and row["company"] == company, row
    assert row["title"] == "designer", row
    assert "#1 corrected: Ana Ruiz / designer / Canva" in seen, seen


def test_the_contact_line_typed_as_it_was_says_so(tmp_path: Path) -> None:
    """Typing at the contact line what it already held printed nothing at all: the user
    could not tell whether it was taken. It says the debrief is unchanged, and how."""
    seen, row = _confirmed(tmp_path, RECAP, "Ana Ruiz")
    assert row["contact"] == "Ana Ruiz" and row["company"] == "Figma", row
    assert "#1 unchanged: Ana Ruiz / designer / Figma" in seen, seen


def test_a_recap_file_saved_as_utf16_or_with_a_bom_is_read(home: Path, tmp_path: Path) -> None:
    """`add --text-file notes.txt` of a file Windows Notepad saved as "Unicode" (UTF-16 with
    its byte-order mark) said "cannot read ('utf-8' codec can't decode byte 0xff in position
    0: invalid start byte)"; a UTF-8 file with the mark kept it as the recap's first
    character. Both are read as the text they hold; other bytes are one plain line."""
    recap = (
        "Talked to Bo Diaz, a designer at Canva. He said the culture is calm. I need to send"
        " him my résumé by Friday."
    )
    utf16, bom8 = tmp_path / "notes16.txt", tmp_path / "notes8.txt"
    utf16.write_text(recap, encoding="utf-16")
    bom8.write_bytes(b"\xef\xbb\xbf" + recap.replace("Bo Diaz", "Cy Ng").encode())
    for path in (utf16, bom8):
        code, out, err = run_cli("add", "-y", "--text-file", str(path))
        assert code == 0, err
        assert "résumé by Friday" in out, out
    code, out, err = run_cli("show", "2", "--json")
    assert code == 0, err
    assert json.loads(out)["transcript"]["text"].startswith("Talked to Cy Ng"), out
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9 with Ana Ruiz.".encode("latin-1"))
    code, out, err = run_cli("add", "-y", "--text-file", str(latin1))
    assert code == 1, out
    assert err.startswith(f"error: {latin1}: not valid UTF-8 (an undecodable byte at byte 4);"), err
    assert "codec" not in err and len(err.strip().splitlines()) == 1, err


def test_export_to_a_name_of_no_export_format_says_it_wrote_json(
    home: Path, tmp_path: Path
) -> None:
    """`debrief export -o calls.html` (or .pdf) said "wrote 1 debrief to calls.html" and
    wrote JSON under that name: the user opened a browser on it. The line says what was
    written and which names choose a format; .json and .md say nothing more."""
    code, _, err = run_cli("add", "-y", "--text", RECAP)
    assert code == 0, err
    for name, said in (
        ("calls.html", " as JSON (.html names no export format: .json, .md)"),
        ("calls.pdf", " as JSON (.pdf names no export format: .json, .md)"),
        ("calls", " as JSON"),
        ("calls.json", ""),
        ("calls.md", ""),
    ):
        target = tmp_path / name
        code, out, err = run_cli("export", "-o", str(target))
        assert code == 0, err
        assert out.strip() == f"wrote 1 debrief to {target}{said}", out
    assert json.loads((tmp_path / "calls.html").read_text())[0]["contact"] == "Ana Ruiz"
    assert (tmp_path / "calls.md").read_text().startswith("#")


def test_record_with_no_microphone_says_so_before_asking_who(tmp_path: Path) -> None:
    """`debrief record` in a terminal with no microphone asked "Who was the call with?"
    first, and only once the user had typed the name said "no audio input device found".
    The missing device is said first, in one line, and nothing is asked."""
    from tests.alsa import has_sound_cards
    from tests.test_who import Terminal, data_env

    if has_sound_cards():
        pytest.skip("this machine has a sound card: no missing microphone to stand in")
    term = Terminal(data_env(tmp_path), "record")  # an ALSA configuration with no device
    assert term.wait(60) == 1, term.seen.decode(errors="replace")
    seen = term.seen.decode(errors="replace")
    assert "no audio input device found" in seen and "Who was the call" not in seen, seen
    assert "Traceback" not in seen and len(seen.strip().splitlines()) == 1, seen


def test_an_id_typed_twice_is_closed_once(home: Path) -> None:
    """`debrief done 1 1` said "done #1" and then "#1 was already done on ...", as if
    someone else had closed it; `dismiss` the same. Each id is acted on once."""
    code, _, err = run_cli("add", "-y", "--text", RECAP)
    assert code == 0, err
    code, out, err = run_cli("done", "1", "1")
    assert code == 0, err
    assert out.count("#1") == 1 and "already" not in out, out
    code, out, err = run_cli("dismiss", "2", "2")
    assert code == 0, err
    assert out.count("#2") == 1 and "already" not in out, out


@pytest.mark.slow  # transcribes one short file with Whisper
def test_when_given_for_a_recap_already_filed_is_said_not_dropped(home: Path) -> None:
    """`debrief add memo.ogg --when "last friday 3pm"` of a recording filed before said
    "already filed as #1, not added again" and dropped the date unsaid. It still files
    nothing twice, and says --when was not applied and what moves the call."""
    code, _, err = run_cli("add", "-y", str(SAMPLES / "recap-short-note.ogg"))
    assert code == 0, err
    code, out, err = run_cli(
        "add", "-y", str(SAMPLES / "recap-short-note.ogg"), "--when", "last friday 3pm"
    )
    assert code == 0, err
    assert "already filed as #1, not added again" in out, out
    assert (
        "note: --when is not applied to a recap already filed;"
        " `debrief edit 1 --when 'last friday 3pm'` moves it"
    ) in " ".join(err.split()), err
    code, out, err = run_cli("edit", "1", "--when", "last friday 3pm")
    assert code == 0, err
    assert f"recorded {_last(4).isoformat()} 15:00" in out, out


def test_a_search_for_a_topics_name_points_to_its_list(home: Path) -> None:
    """`debrief search culture` found nothing when no insight says the word (Kenji's "the
    team ships daily" is filed under Culture) and suggested only "another word": the
    topic's own list, `search --category culture`, was never named. It is, first."""
    code, _, err = run_cli(
        "add",
        "-y",
        "--text",
        "Call with Kenji Sato, an engineer at Plaid. He said the team ships daily.",
        "--when",
        "2026-12-04T14:00",
    )
    assert code == 0, err
    code, out, err = run_cli("search", "--category", "culture")
    assert code == 0 and "He said the team ships daily." in out, out
    for typed, topic in (("culture", "culture"), ("Mission & values", "mission_values")):
        code, out, err = run_cli("search", typed)
        assert code == 0, err
        if "no results" in out:
            assert f"try `debrief search --category {topic}` (all filed under it)," in out, out
    code, out, err = run_cli("search", "zeppelin")
    assert code == 0 and "--category" not in out, out
