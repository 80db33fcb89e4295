"""A user's session (QA, stop 31): each friction found, as the `debrief` command shows it.
Real SQLite files and real spaCy; the recaps are typed, in the tester's own words."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli


def test_export_to_a_md_file_writes_markdown(home: Path, tmp_path: Path) -> None:
    """`debrief export -o debriefs.md` wrote JSON into the .md file: the suffix names the
    format (as for review and prep); another suffix keeps the JSON default."""
    code, _, err = run_cli("add", "-y", "--text", "Talked to Ana Ruiz, a nurse at Kaiser.")
    assert code == 0, err
    md, other = tmp_path / "debriefs.md", tmp_path / "debriefs.txt"
    code, _, err = run_cli("export", "-o", str(md))
    assert code == 0, err
    assert md.read_text().startswith("# debrief export")
    code, _, err = run_cli("export", "-o", str(other))
    assert code == 0, err
    assert json.loads(other.read_text())[0]["id"] == 1
    code, _, err = run_cli("export", "--format", "json", "-o", str(md))
    assert code == 0, err
    assert json.loads(md.read_text())[0]["id"] == 1


def test_edit_capitalises_a_lower_case_contact_and_reextract_keeps_it(home: Path) -> None:
    """A lower-case recap files the contact as "tariq mensah"; `debrief edit 1 --contact
    "Tariq Mensah"` printed "edited: tariq mensah" and changed nothing (the name's key
    ignores case, so the old spelling was found and kept)."""
    recap = (
        "so i just talked with tariq mensah he's a data engineer at snowflake um he said the"
        " best part is the hard problems and i need to email him my notes tomorrow"
    )
    code, _, err = run_cli("add", "-y", "--text", recap)
    assert code == 0, err
    code, out, err = run_cli("edit", "1", "--contact", "Tariq Mensah")
    assert code == 0, err
    assert "edited: Tariq Mensah" in out
    code, _, err = run_cli("reextract", "1")
    assert code == 0, err
    code, out, _ = run_cli("show", "1")
    assert "contact     Tariq Mensah" in out
    code, out, _ = run_cli("people")
    assert "Tariq Mensah" in out
    assert "tariq mensah" not in out


def test_a_typed_recap_given_as_a_file_says_how_to_add_it(home: Path, tmp_path: Path) -> None:
    """`debrief add notes.txt` (a typed recap, given like a recording) failed with only
    "no audio stream (not an audio file?)": the error now names the --text-file command,
    which files it. A broken recording keeps its plain error."""
    notes = tmp_path / "notes.txt"
    notes.write_text("Talked to Ines Duarte, a pharmacist at Walgreens. She loves the patients.")
    broken = tmp_path / "memo.m4a"
    broken.write_bytes(b"not audio at all" * 64)
    code, _, err = run_cli("add", "-y", str(notes), str(broken))
    assert code == 1
    assert f"a typed recap goes in with: debrief add --text-file {notes}" in err
    assert err.count("--text-file") == 1  # the .m4a gets no such hint
    code, out, err = run_cli("add", "-y", "--text-file", str(notes))
    assert code == 0, err
    assert "Ines Duarte" in out


def test_a_quoted_phrase_said_only_in_a_transcript_comes_first(home: Path) -> None:
    """`debrief search '"thank you"'` listed a dozen insights found by meaning alone (none
    holding the phrase) before the calls where it was said: the help promises a phrase in
    double quotes puts its matches first."""
    recaps = [
        "Talked to Wen Liu, a product designer at Canva. She loves the design critiques."
        " Her advice was to keep a sketchbook. I need to send her a thank you card tomorrow.",
        "Spoke with Olu Bankole, a nurse manager at Mayo Clinic. He likes the night shift"
        " team. He said the worst part is charting. He recommended a leadership course.",
        "Met Rhea Kapoor, an analyst at Deloitte. She enjoys the clients and dislikes the"
        " travel. She told me to learn SQL before applying.",
    ]
    for recap in recaps:
        code, _, err = run_cli("add", "-y", "--text", recap)
        assert code == 0, err
    code, out, err = run_cli("search", '"thank you"')
    assert code == 0, err
    first = out.splitlines()[0]
    assert first.startswith("#1 ") and first.endswith("transcript"), out


def test_a_search_that_only_excludes_a_word_finds_nothing(home: Path) -> None:
    """`debrief search -- -travel` (only an excluded word) listed the insight about travel
    first: the keyword part had nothing to find, and the meaning of "travel" ranked the
    very insight the user excluded. It now says there is nothing to search for."""
    recap = (
        "Talked to Rhea Kapoor, an analyst at Deloitte. She said the worst part of the job"
        " is the constant travel. She loves working with clients."
    )
    code, _, err = run_cli("add", "-y", "--text", recap)
    assert code == 0, err
    code, out, err = run_cli("search", "--", "-travel")
    assert code == 0, err
    assert out.startswith("nothing to search for")
    assert "-word only excludes" in out
    assert "constant travel" not in out
    code, out, _ = run_cli("search", "--exact", "--", "-travel")
    assert out.startswith("nothing to search for")


def test_prep_for_a_referral_does_not_count_calls_with_them(home: Path) -> None:
    """`debrief prep "Zoe Bronte"` (a referral nobody has called) headed the page
    "Zoë Brontë (not called yet)  1 call(s)": the call is the referrer's, which named her."""
    recap = (
        "Spoke with José Muñoz-Pérez, director of operations at Café Núñez. He said the"
        " hardest skill is managing supplier relationships. He recommended I talk to"
        " Zoë Brontë at Ørsted."
    )
    code, _, err = run_cli("add", "-y", "--text", recap)
    assert code == 0, err
    code, out, err = run_cli("prep", "Zoe Bronte")
    assert code == 0, err
    head = out.splitlines()[0]
    assert "Zoë Brontë (not called yet)" in head
    assert head.endswith("from 1 call that named them or their company"), head
    code, out, err = run_cli("prep", "Café Núñez")
    assert code == 0, err
    assert out.splitlines()[0].endswith("1 call"), out
