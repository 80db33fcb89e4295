"""What qa42 left and qa44 saw, each as the `debrief` command shows it. Real spaCy for the
typed recaps, real SQLite files, real audio made from samples/ with ffmpeg."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import add_text, run_cli

LUCIA = (
    "Chatted with Lucia Ferraro, a recruiter at Brightline Freight. She said they promote from"
    " within a lot. Her advice was to tailor my resume to logistics."
)


def _section(out: str, head: str, nxt: str) -> str:
    return out.split(head, 1)[1].split(nxt, 1)[0]


def test_prep_lists_each_topics_questions_under_its_own_topic(home: Path) -> None:
    """`prep` listed "What do you like about working here?" (the article's culture question)
    under Likes, and "What do you enjoy (or dislike) most about your work?" under Dislikes as
    well as Likes. Each question sits under the topics it asks about, once."""
    add_text(LUCIA, "2026-12-03T13:00")
    code, out, err = run_cli("prep", "Lucia Ferraro", "--format", "markdown")
    assert code == 0, err
    ask = _section(out, "## Still to ask", "## You owe")
    blocks = dict(zip(ask.split("**")[1::2], ask.split("**")[2::2], strict=True))
    culture = "What do you like about working here?"
    enjoy = "What do you enjoy (or dislike) most about your work?"
    assert culture in blocks["Culture"], ask
    assert ask.count(culture) == 1 and ask.count(enjoy) == 1, ask
    assert enjoy in blocks["Likes & dislikes"], ask
    assert "Likes" not in blocks and "Dislikes" not in blocks, ask
    # a call that covered likes leaves the shared question for dislikes alone
    add_text(
        "Second call with Lucia Ferraro at Brightline Freight. She said she loves the variety"
        " of the work, every day is different.",
        "2026-12-04T13:00",
    )
    code, out, err = run_cli("prep", "Lucia Ferraro", "--format", "markdown")
    assert code == 0, err
    ask = _section(out, "## Still to ask", "## You owe")
    blocks = dict(zip(ask.split("**")[1::2], ask.split("**")[2::2], strict=True))
    assert enjoy in blocks["Dislikes"] and "Likes & dislikes" not in blocks, ask


MARIA = (
    "Just talked to Maria Lopez, a PM at Stripe. She said the culture is very writing heavy."
    " She suggested I talk to her colleague James Chen. I need to send Maria my portfolio by"
    " Friday."
)


@pytest.mark.usefixtures("filed_soon_after")
def test_show_lists_the_generated_items_with_their_ids(home: Path) -> None:
    """`show 1` listed only "I need to send Maria my portfolio"; the thank-you note, the
    reach-out to James Chen and the stay-in-touch date were in `todo` and `export` only.
    They are listed, marked generated, with the ids `done` takes."""
    add_text(MARIA, "2026-12-01T10:00")
    code, todo, err = run_cli("todo")
    assert code == 0, err
    code, out, err = run_cli("show", "1")
    assert code == 0, err
    ups = out.split("Follow-ups", 1)[1].split("People mentioned", 1)[0]
    lines = [x.strip() for x in ups.splitlines() if x.strip()]
    said = [x for x in lines if "(generated" not in x]
    made = [x for x in lines if x.endswith("(generated)")]
    assert len(said) == 1 and "send Maria my portfolio" in said[0], ups
    assert any("Reach out to James Chen" in x for x in made), ups
    assert any("thank" in x.lower() for x in made), ups
    assert any("touch" in x.lower() for x in made), ups
    for line in made:
        item = line.split("] ", 1)[1].split(" (due")[0]
        assert item.split(" ", 1)[1] in todo, (line, todo)  # the same item, its id too
    (reach,) = [x for x in made if "Reach out to James Chen" in x]
    ident = reach.split("#", 1)[1].split(" ", 1)[0]
    assert run_cli("done", ident)[0] == 0
    code, out, err = run_cli("show", "1")
    assert code == 0, err
    assert f"[x] #{ident} Reach out to James Chen" in out, out


RENATA = (
    "Talked to Renata Osei, a UX designer at Octavia Health. Her advice was to build a"
    " portfolio around healthcare problems. I need to send Renata my portfolio link by Friday."
)


def _step(debrief_id: str = "1") -> str:
    code, out, err = run_cli("draft", "thanks", debrief_id)
    assert code == 0, err
    (line,) = [x for x in out.splitlines() if x.startswith("I will ")]
    return line


def test_the_thank_you_note_dates_the_next_step_as_the_ledger_holds_it(home: Path) -> None:
    """After `follow-up 1 --due 2030-01-11` the note still said "... by Friday.", the
    Friday after the call, and a note drafted once that Friday had passed said it too. The
    note says the ledger's date in words, "by Friday, January 11, 2030"; once it has
    passed, no date (qa56)."""
    add_text(RENATA, "2030-01-01T09:00")
    assert _step() == "I will send you my portfolio link by Friday."
    assert run_cli("follow-up", "1", "--due", "2030-01-11")[0] == 0
    assert _step() == ("I will send you my portfolio link by Friday, January 11, 2030.")
    # a date long passed: the note names no day gone (qa56; qa44 wrote "on Tuesday,
    # November 18, 2025", a promise of a past day)
    add_text(
        "Spoke with Ian Park, a nurse at Octavia Health. He said nights are calm. I will email"
        " Ian my resume next Tuesday.",
        "2025-11-12T09:00",
    )
    assert _step("2") == "I will email you my resume."


@pytest.mark.parametrize(
    ("sample", "suffix", "says"),
    [
        ("recap-priya-shah", "flac", "its header says 0:55 of audio, the file holds"),
        ("recap-short-note", "ogg", "before its Ogg stream's end"),
    ],
)
def test_a_cut_off_flac_or_ogg_is_filed_with_the_warning_a_wav_gets(
    home: Path, tmp_path: Path, sample: str, suffix: str, says: str
) -> None:
    """A FLAC copied in part was refused as "not readable as audio", and an Ogg cut short
    was filed without a word, where a cut-off WAV gets one line (qa41). Both are filed
    with that line; what is there is transcribed and the recording kept as it is."""
    from conftest import SAMPLE_AUDIO

    whole = SAMPLE_AUDIO[sample].read_bytes()
    cut = tmp_path / f"cut-recap.{suffix}"
    cut.write_bytes(whole[: len(whole) // 2])
    code, _, err = run_cli("add", "-y", str(cut))
    assert code == 0, err
    (warning,) = [line for line in err.splitlines() if "cut off" in line]
    assert warning.startswith(f"warning: cut-recap.{suffix} is cut off:"), warning
    assert says in warning and "filed what it holds" in warning, warning
    (kept,) = (home / "recordings").iterdir()
    assert kept.read_bytes() == cut.read_bytes()
    code, out, err = run_cli("show", "1")
    assert code == 0 and "status      extracted" in out, out
    assert out.split("Transcript", 1)[1].strip(), out
    code, _, err = run_cli("add", "-y", str(SAMPLE_AUDIO[sample]))
    assert code == 0 and "cut off" not in err, err  # the whole file: no warning
