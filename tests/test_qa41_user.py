"""Five defects qa40 saw and left (qa41), each as the `debrief` command shows it. Real spaCy
for the typed recaps, real SQLite files, real audio where audio is needed."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import add_text, run_cli

QUAYMA = (
    "Just talked to Quayma Santee, a data scientist at Flatiron Hell. She said the team values"
    " curiosity. Quayma said she'll send me the job posting. I need to send Quayma Sante my"
    " portfolio by Friday. I should apply to Flatiron Hell by December 20."
)


def test_a_rename_reaches_every_follow_up_and_offer_and_stays(home: Path) -> None:
    """After `rename person "Quayma Santee" "Kwame Asante"`, `todo` and `export` still said
    "I need to send Quayma Sante my portfolio" and "From Kwame Asante: Quayma said ...". The
    generated and quoted to-dos follow the fix (the transcript stays as said), after a
    re-extraction too; a text the user wrote stays theirs."""
    add_text(QUAYMA, "2026-12-01T10:00")
    assert run_cli("rename", "person", "Quayma Santee", "Kwame Asante")[0] == 0
    assert run_cli("rename", "company", "Flatiron Hell", "Flatiron Health")[0] == 0
    for again in (False, True):
        if again:
            assert run_cli("reextract", "--all")[0] == 0
        code, out, err = run_cli("todo")
        assert code == 0, err
        assert "Quayma" not in out and "Flatiron Hell" not in out, out
        assert "send Kwame Asante my portfolio" in out
        assert "Kwame said she'll send me the job posting" in out
        assert "apply to Flatiron Health by" in out
        export = home / "e.md"
        code, out, err = run_cli("export", "-o", str(export))
        assert code == 0, err
        text = export.read_text(encoding="utf-8")
        todo_part, transcript = text.split("Just talked to", 1)
        assert "Quayma" not in todo_part and "Flatiron Hell" not in todo_part
        assert "Quayma Santee, a data scientist at Flatiron Hell" in transcript  # as said
    code, out, err = run_cli("person", "Kwame Asante")
    assert code == 0 and "Quayma" not in out, out


def test_a_cut_off_wav_is_filed_with_a_one_line_warning(home: Path, tmp_path: Path) -> None:
    """A WAV whose header states the whole recap but whose data stops a third of the way
    (a copy interrupted) was filed with no word: the user never knew two thirds were gone.
    Filing says so in one line; what is there is filed and the recording kept."""
    from conftest import SAMPLE_AUDIO

    whole = SAMPLE_AUDIO["recap-maria-lopez"].read_bytes()
    cut = tmp_path / "cut-recap.wav"
    cut.write_bytes(whole[: 44 + (len(whole) - 44) // 3])
    code, _, err = run_cli("add", "-y", str(cut))
    assert code == 0, err
    (warning,) = [line for line in err.splitlines() if "cut off" in line]
    assert warning.startswith("warning: cut-recap.wav is cut off: its header says")
    assert "filed what it holds" in warning
    assert len(list((home / "recordings").iterdir())) == 1
    code, _, err = run_cli("add", "-y", str(SAMPLE_AUDIO["recap-priya-shah"]))
    assert code == 0 and "cut off" not in err  # a whole file: no warning


def _silence(path: Path, seconds: int = 3) -> Path:
    """A real WAV of digital silence (16 kHz, 16-bit mono)."""
    import wave

    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\0\0" * 16000 * seconds)
    return path


def test_process_leaves_out_a_silent_recording_unless_asked_by_id(
    home: Path, tmp_path: Path
) -> None:
    """`process` said of a silent recording "retrying will not help", then retried it at
    every run. It is left out (still listed, still deletable) and retried when named."""
    code, _, err = run_cli("add", "-y", str(_silence(tmp_path / "quiet.wav")))
    assert code == 1 and "no speech" in err
    code, out, err = run_cli("process")
    assert code == 0, err
    assert "#1 left out: no speech" in out and "`debrief process 1`" in out
    assert "nothing to process" in out and "processed" not in out
    code, out, err = run_cli("process", "1")
    assert code == 1 and "#1: no speech" in err and "processed" not in out  # once (qa58)
    code, out, err = run_cli("process", "9")
    assert code == 1 and "no debrief with id 9" in err
    code, out, _ = run_cli("list")
    assert "failed: no" in out  # still listed (the table wraps the rest)
    code, out, err = run_cli("delete", "1", "-y")
    assert code == 0, err
    code, out, _ = run_cli("process")
    assert (code, out.strip()) == (0, "nothing to process")


def test_the_review_and_list_name_which_length_they_show(home: Path) -> None:
    """The review's "Length" was the length the recap states ("-" when not said) and
    `list`'s "length" the recording's: one word for two things. The list says "recording",
    the review "call length" (as said)."""
    add_text(
        "Just talked to Omar Haddad, a nurse manager at Kaiser. We spoke for 25 minutes. He"
        " said the night shifts are calm.",
        "2026-12-02T10:00",
    )
    add_text(
        "Just talked to Ines Duarte, a pharmacist at CVS. She said the hours are long.",
        "2026-12-03T10:00",
    )
    code, out, err = run_cli("list")
    assert code == 0, err
    header = out.splitlines()[0]
    assert "recording" in header and "length" not in header
    code, out, err = run_cli("review", "--since", "2026-12-01", "--until", "2026-12-06")
    assert code == 0, err
    assert "25 min call" in out and "call length not said" not in out  # said of none (qa67)
    code, out, err = run_cli("review", "--since", "2026-12-01", "--format", "markdown")
    assert code == 0, err
    assert "| Company | Call length (as said) |" in out and "| Length |" not in out


def test_a_search_for_only_stop_words_says_there_is_nothing_to_search_for(home: Path) -> None:
    """`debrief search the a I` listed notes (every note holds "the"); like punctuation, a
    query of such words alone has nothing to find, said in one line. With a word beside
    them the search is as before."""
    add_text(
        "Just talked to Omar Haddad, a nurse manager at Kaiser. He said the night shifts are"
        " calm and the team is small.",
        "2026-12-02T10:00",
    )
    for query in (("the", "a", "I"), ("--exact", "the"), ('"to the"',), ("the", "...")):
        code, out, err = run_cli("search", *query)
        assert code == 0, err
        assert out.startswith("nothing to search for:") and len(out.strip().splitlines()) == 1
        assert "Omar" not in out, query
    code, out, err = run_cli("search", "the", "night", "shifts")
    assert code == 0, err
    assert "night shifts are calm" in out


@pytest.mark.usefixtures("filed_soon_after")
def test_a_name_completed_or_a_one_word_company_renamed_reads_right(home: Path) -> None:
    """`rename person Dana "Dana Whitfield"` completes a name: the to-dos keep "Dana" as
    said (never "Dana Whitfield Whitfield"); `rename company Tribe Stripe` respells the
    one-word name in the calls that name it."""
    add_text(
        "Talked to Dana, a recruiter at Tribe. Dana said she'll send me the job posting. I need"
        " to email Dana my resume and apply to Tribe by Friday.",
        "2026-12-02T10:00",
    )
    assert run_cli("rename", "person", "Dana", "Dana Whitfield")[0] == 0
    assert run_cli("rename", "company", "Tribe", "Stripe")[0] == 0
    code, out, err = run_cli("todo")
    assert code == 0, err
    assert "Whitfield Whitfield" not in out and "Tribe" not in out, out
    assert "Send a thank-you note to Dana Whitfield" in out
    assert "apply to Stripe" in out and "by Friday" not in out  # its date beside it (qa67)
    assert "From Dana Whitfield: Dana said she'll send me the job posting" in out
