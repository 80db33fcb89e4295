"""What qa62 met using debrief as a user (third pass): the four seen and left by qa61, and
the commands between calls on a home with a few calls filed. Each through the `debrief`
command; the wordings are the tester's."""

from __future__ import annotations

import sqlite3
import wave
from pathlib import Path

import pytest
from conftest import SAMPLE_AUDIO, add_text, make_read_only, run_cli

# -- the four left by qa61 --------------------------------------------------------------------


def test_a_deleted_calls_number_is_never_given_to_the_next_call(home: Path) -> None:
    """Deleting the newest call and filing another gave the new one the deleted one's
    number: "call #3" in an older note or follow-up then named someone else."""
    add_text("Talked to Oskar Lindqvist, a welder at Fjordmetal.", "2026-12-01T10:00")
    add_text("Talked to Wen Hui, a pharmacist at Calloway.", "2026-12-02T10:00")
    add_text("Talked to Dario Benedetti, a luthier at Cremolin.", "2026-12-03T10:00")
    code, _, err = run_cli("delete", "3", "--yes")
    assert code == 0, err
    add_text("Talked to Ruth Abernathy, a glazier at Pellham.", "2026-12-04T10:00")
    code, out, err = run_cli("show", "4")
    assert code == 0 and "Ruth Abernathy" in out, err
    code, _, err = run_cli("show", "3")
    assert code == 1, err


def test_a_deleted_calls_follow_up_numbers_are_not_given_to_the_next_calls(home: Path) -> None:
    """The follow-ups of a deleted call gave their numbers to the next call's: `done 4`,
    typed from an older to-do list, closed another call's item."""
    add_text(
        "Talked to Oskar Lindqvist, a welder at Fjordmetal. I will send him my sketches by Friday.",
        "2026-12-01T10:00",
    )
    _, before, _ = run_cli("todo")
    assert run_cli("delete", "1", "--yes")[0] == 0
    add_text(
        "Talked to Wen Hui, a pharmacist at Calloway. I will send her the article by Monday.",
        "2026-12-02T10:00",
    )
    _, after, _ = run_cli("todo")
    import re

    old = {int(n) for n in re.findall(r"^\s*#(\d+) ", before, re.MULTILINE)}
    new = {int(n) for n in re.findall(r"^\s*#(\d+) ", after, re.MULTILINE)}
    assert old and new and min(new) > max(old), (before, after)


def test_a_knowledge_base_made_before_keeps_its_calls_and_numbers(home: Path) -> None:
    """An existing knowledge base is upgraded in place: every call keeps its number, and the
    next one filed goes above the highest, a deleted one's included from then on."""
    from debrief.store.db import applied_migrations, connect

    add_text("Talked to Oskar Lindqvist, a welder at Fjordmetal.", "2026-12-01T10:00")
    add_text("Talked to Wen Hui, a pharmacist at Calloway.", "2026-12-02T10:00")
    add_text("Talked to Dario Benedetti, a luthier at Cremolin.", "2026-12-03T10:00")
    assert run_cli("delete", "2", "--yes")[0] == 0  # a gap in the numbers
    db_path = next(home.rglob("debrief.db"))
    raw = sqlite3.connect(db_path)  # taken back to the schema before the migration
    with raw:
        for table in ("debriefs", "follow_ups", "insights"):
            raw.execute(f"DROP TRIGGER {table}_high_water_ai")
        raw.execute("DROP TABLE id_high_water")
        raw.execute("DELETE FROM _sqlite_migrations WHERE name = 'm018_ids_never_reused'")
    raw.close()
    code, _, err = run_cli("list")  # the next command upgrades it
    assert code == 0, err
    assert "m018_ids_never_reused" in applied_migrations(connect(db_path))
    for number, name in (("1", "Oskar Lindqvist"), ("3", "Dario Benedetti")):
        code, out, _ = run_cli("show", number)
        assert code == 0 and name in out, out
    assert run_cli("delete", "3", "--yes")[0] == 0
    add_text("Talked to Ruth Abernathy, a glazier at Pellham.", "2026-12-04T10:00")
    code, out, _ = run_cli("show", "4")
    assert code == 0 and "Ruth Abernathy" in out, out


def _wav(path: Path, seconds: float, cut_to: float | None = None) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\0\1" * int(16000 * seconds))
    if cut_to is not None:  # the header still says ``seconds``: a recorder stopped mid-write
        data = path.read_bytes()
        path.write_bytes(data[: 44 + int(16000 * cut_to) * 2])
    return path


def test_a_cut_off_file_with_no_speech_is_one_error(home: Path, tmp_path: Path) -> None:
    """A file cut off almost at its start got a warning "filed what it holds" and then, for
    the same file, the error "no speech detected": two messages, the first not true. One
    error now, saying the file is cut off."""
    cut = _wav(tmp_path / "interview.wav", 8.0, cut_to=0.2)
    code, out, err = run_cli("add", "-y", str(cut))
    assert code == 1, out
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), err
    assert "no speech detected" in err and "cut off" in err, err
    assert "filed what it holds" not in err and "warning" not in err, err


def test_an_add_refused_by_a_read_only_database_leaves_no_copy(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`add` on a read-only knowledge base said "nothing was changed" but left its copy of
    the audio in recordings/. Nothing is left now; the user's file is untouched, and the
    add once the file is writable files it once."""
    add_text("Talked to Oskar Lindqvist, a welder at Fjordmetal.", "2026-12-01T10:00")
    db = next(home.rglob("debrief.db"))
    recordings = db.parent / "recordings"
    before = sorted(recordings.iterdir()) if recordings.is_dir() else []
    src = SAMPLE_AUDIO["recap-short-note"]
    original = src.read_bytes()
    with monkeypatch.context() as patched:
        make_read_only(db, patched)
        code, out, err = run_cli("add", "-y", "--contact", "Bo Li", str(src))
    assert code == 1 and "read-only" in err and "nothing was changed" in err, err
    after = sorted(recordings.iterdir()) if recordings.is_dir() else []
    assert after == before, after
    assert src.read_bytes() == original
    code, out, err = run_cli("add", "-y", "--contact", "Bo Li", str(src))
    assert code == 0, err
    code, out, _ = run_cli("list")
    assert out.count("Bo Li") == 1, out
    assert len(list(recordings.iterdir())) == len(before) + 1


@pytest.mark.parametrize(
    ("given", "name", "title", "company"),
    [
        ("Ana Ruiz, designer", "Ana Ruiz", "designer", None),
        ("Tomas Ferreira, actuary, Halvard Mutual", "Tomas Ferreira", "actuary", "Halvard Mutual"),
        ("Tomas Ferreira", "Tomas Ferreira", None, None),
    ],
)
def test_contact_option_reads_name_title_company_as_the_question_does(
    home: Path, given: str, name: str, title: str | None, company: str | None
) -> None:
    """`add --contact "Ana Ruiz, designer"` filed "Ana Ruiz, designer" as the name, though
    the question and the contact line read "name, title, company"."""
    code, out, err = run_cli(
        "add", "-y", "--contact", given, "--text", "We talked about how the work goes."
    )
    assert code == 0, err
    code, out, err = run_cli("show", "1", "--json")
    assert code == 0, err
    import json

    row = json.loads(out)
    got = row.get("debrief", row)
    assert got["contact"] == name, got
    assert got.get("title") == title, got
    if company is not None:
        assert got["company"] == company, got


def test_a_company_option_wins_over_one_said_in_the_contact_option(home: Path) -> None:
    code, _, err = run_cli(
        "add",
        "-y",
        "--contact",
        "Ana Ruiz, designer at Figma",
        "--company",
        "Loomwork",
        "--text",
        "We talked about how the work goes.",
    )
    assert code == 0, err
    code, out, _ = run_cli("list")
    assert "Loomwork" in out and "Figma" not in out, out


# -- between calls ----------------------------------------------------------------------------


def test_a_thank_you_note_piped_to_the_clipboard_is_the_note_alone(home: Path) -> None:
    """`draft thanks 1 | wl-copy`, as the help shows it, copied "Quoted insights: #2
    (debrief #1)" with the note, to be pasted to the contact. The sources go to stderr."""
    add_text(
        "Talked to Oskar Lindqvist, a welder at Fjordmetal. His advice was to get the pipe"
        " certification first.",
        "2026-12-01T10:00",
    )
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert out.startswith("Hi Oskar,") and "Quoted" not in out and "debrief #" not in out, out
    assert "Quoted insights: #" in err, err


@pytest.mark.usefixtures("filed_soon_after")
def test_a_persons_page_lists_what_is_owed_them_from_anothers_call(home: Path) -> None:
    """ "Tell Ines how it went with Kofi" (filed with Kofi's call) was under Ines in `todo
    --by-person` and `prep`, and missing from `person "Ines Carvalho"`: the page a user
    opens before writing to her."""
    add_text(
        "Talked to Ines Carvalho, a curator at Galeria Norte. She suggested I reach out to"
        " Kofi Mensah at Galeria Norte.",
        "2026-12-01T10:00",
    )
    add_text(
        "Talked to Kofi Mensah, a registrar at Galeria Norte. Ines Carvalho suggested I reach"
        " out. He said the registrar keeps every loan on file.",
        "2026-12-03T10:00",
    )
    _, ledger, _ = run_cli("todo", "--by-person")
    assert "Tell Ines Carvalho how it went with Kofi Mensah" in ledger, ledger
    code, out, err = run_cli("person", "Ines Carvalho")
    assert code == 0, err
    owed = out.split("Follow-ups", 1)[1]
    assert "Tell Ines Carvalho how it went with Kofi Mensah" in owed, out
    assert "Send a thank-you note to Ines Carvalho" in owed, out
