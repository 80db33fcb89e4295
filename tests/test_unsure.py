"""Names heard unsure: Whisper's word probabilities flag a name it may have misspelt, the
add summary and `show` give the command that fixes it, and the fix lasts.

Real Whisper (tiny.en, the default settings) on the bundled sample, real spaCy, a real
SQLite knowledge base, through the `debrief` command.
"""

from __future__ import annotations

import json
import shlex
import sqlite3
from pathlib import Path

from debrief.models import Word
from debrief.names import UNSURE_BELOW, name_occurrences, name_probability, unsure_names
from tests.conftest import run_cli
from tests.test_record_cli import maria_raw

__all__ = ["maria_raw"]  # a fixture shared with tests/test_record_cli.py

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def heard(*pairs: tuple[str, float]) -> list[Word]:
    return [Word(text, p) for text, p in pairs]


def test_a_name_is_as_sure_as_its_least_sure_word() -> None:
    words = heard(("Just", 0.9), ("met", 0.9), ("Mia", 0.8), ("Covac.", 0.31), ("Tom", 0.95))
    words += heard(("Baker's", 0.9), ("team.", 0.7))
    assert name_occurrences(words, "Mia Covac") == [0.31]
    assert name_probability(words, "mia covac") == 0.31  # case and punctuation ignored
    assert name_probability(words, "Tom Baker") == 0.9  # "Baker's": the name's words match
    assert name_probability(words, "Mia Kovac") is None  # not said: nothing to tell
    flagged = unsure_names(words, ["Mia Covac", "Tom Baker", "Mia Covac", None, "Nobody"])
    assert [(u.name, u.probability) for u in flagged] == [("Mia Covac", 0.31)]


def test_heard_surely_once_is_heard_surely() -> None:
    words = heard(("Ana", 0.4), ("Silva", 0.2), ("said", 0.9), ("Ana", 0.9), ("Silva", 0.8))
    assert name_occurrences(words, "Ana Silva") == [0.2, 0.8]
    assert unsure_names(words, ["Ana Silva"]) == []
    assert unsure_names(words[:2], ["Ana Silva"])[0].probability < UNSURE_BELOW


def test_no_word_probabilities_flag_nothing() -> None:
    assert unsure_names([], ["Mia Covac"]) == []


def show(debrief_id: int) -> dict:
    code, out, err = run_cli("show", str(debrief_id), "--json")
    assert code == 0, err
    return json.loads(out)


def people_unsure(shown: dict) -> list[dict]:
    """The people among a debrief's names heard unsure (its company: tests/test_tidy8.py)."""
    return [u for u in shown["unsure_names"] if u["role"] != "company"]


def test_audio_recap_flags_a_misheard_name_until_it_is_fixed(home: Path) -> None:
    # The sample says "her colleague James Chen"; tiny.en writes "James Ken" (p=0.31 on its
    # least sure word) on some CPUs and "James Chen", still unsure, on others (CTranslate2's
    # float arithmetic differs by instruction set), while "Maria Lopez" (said first) is
    # heard surely.
    code, out, err = run_cli("add", str(SAMPLES / "recap-maria-lopez.wav"), "--yes")
    assert code == 0, err
    flagged = people_unsure(show(1))
    assert flagged, "the misheard referral is flagged"
    names = [u["name"] for u in flagged]
    assert all(n.split()[0] == "James" for n in names), names
    assert "Maria Lopez" not in names
    (james,) = flagged
    assert james["role"] == "referral" and james["probability"] < UNSURE_BELOW
    line = f'referral heard as "{james["name"]}" (unsure of the spelling): {james["fix"]}'
    assert line in " ".join(out.split()), out  # the add summary says it, with the fix
    code, out, _ = run_cli("show", "1")
    assert "Check the spelling" in out and james["fix"] in " ".join(out.split())

    # The words and their probabilities are in the knowledge base, with the segments.
    db = sqlite3.connect(home / "debrief.db")
    stored = [json.loads(w) for (w,) in db.execute("SELECT words FROM segments ORDER BY idx")]
    db.close()
    assert stored and all(isinstance(p, float) for seg in stored for _w, p in seg)
    said = [w for seg in stored for w, _p in seg]
    assert " ".join(said).split()[:3] == ["Just", "talked", "to"]

    # The fix is the printed command, with the right spelling in place of the placeholder.
    argv = shlex.split(james["fix"])
    assert argv[0] == "debrief" and argv[-1] == "RIGHT SPELLING"
    code, out, err = run_cli(*argv[1:-1], "James Chen")
    assert code == 0, err
    after = show(1)
    assert people_unsure(after) == []
    assert [p["name"] for p in after["people_mentioned"]] == ["James Chen"]

    # Re-extraction keeps the fix: the mishearing now resolves to the correction.
    code, _, err = run_cli("reextract", "1")
    assert code == 0, err
    again = show(1)
    assert people_unsure(again) == []
    # ("heard" is kept only where the hearing differed from the correction)
    heard_as = None if james["name"] == "James Chen" else james["name"]
    assert [(p["name"], p["heard"]) for p in again["people_mentioned"]] == [
        ("James Chen", heard_as)
    ]


def test_typed_recap_flags_nothing(home: Path) -> None:
    code, out, err = run_cli(
        "add", "--yes", "--text", "Just talked to Mia Covac, a designer at Figma."
    )
    assert code == 0, err
    assert "unsure" not in out
    assert show(1)["unsure_names"] == []


def test_record_flags_from_the_recording_not_the_live_chunks(
    tmp_path: Path, maria_raw: Path
) -> None:
    """`debrief record` through the real audio stack of tests/test_record_cli.py. With
    --no-live the WAV is transcribed after stop (batched, with word probabilities) and the
    summary flags what `show` flags; live chunks are transcribed without them (asking
    doubled Whisper's work on the live path), so a live recording flags nothing."""
    from tests.alsa import alsa_home
    from tests.test_record_cli import debrief

    home = alsa_home(tmp_path / "h", maria_raw)
    for data, live in ((tmp_path / "d", "--no-live"), (tmp_path / "l", "--live")):
        proc = debrief(home, data, "record", "--stop-on-silence", "1.5", "--yes", live)
        assert proc.returncode == 0, proc.stderr
        shown = json.loads(debrief(home, data, "show", "1", "--json").stdout)
        assert shown["contact"] == "Maria Lopez"
        db = sqlite3.connect(data / "debrief.db")
        stored = [w for (w,) in db.execute("SELECT words FROM segments")]
        db.close()
        flagged = shown["unsure_names"]
        summary = " ".join(proc.stdout.split())
        if live == "--live":
            assert stored and all(w is None for w in stored)
            assert flagged == [] and "(unsure of the spelling)" not in summary
            continue
        assert stored and all(w is not None for w in stored)
        assert flagged and "Maria Lopez" not in [u["name"] for u in flagged]
        for u in flagged:
            line = f'{u["role"]} heard as "{u["name"]}" (unsure of the spelling): {u["fix"]}'
            assert line in summary
        assert summary.count("(unsure of the spelling)") == len(flagged)


def test_a_name_on_file_from_an_earlier_call_is_not_flagged_again(home: Path) -> None:
    code, _, err = run_cli(
        "add", "--yes", "--when", "2026-10-01T10:00", "--text",
        "Just talked to Ana Ruiz, a designer at Figma. She said to talk to James Ken.",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run_cli("add", str(SAMPLES / "recap-maria-lopez.wav"), "--yes")
    assert code == 0, err
    shown = show(2)
    assert "James Ken" in [p["name"] for p in shown["people_mentioned"]]
    assert people_unsure(shown) == [] and '"James Ken" (unsure' not in out


def test_a_right_spelling_is_confirmed_by_renaming_it_to_itself(home: Path) -> None:
    code, _, err = run_cli("add", str(SAMPLES / "recap-maria-lopez.wav"), "--yes")
    assert code == 0, err
    (flagged,) = people_unsure(show(1))
    code, _, err = run_cli("rename", "person", flagged["name"], flagged["name"])
    assert code == 0, err
    shown = show(1)
    assert people_unsure(shown) == []
    assert flagged["name"] in [p["name"] for p in shown["people_mentioned"]]  # unchanged
    code, _, err = run_cli("reextract", "1")
    assert code == 0, err
    assert people_unsure(show(1)) == []


def test_a_misheard_contact_is_flagged_unless_given(home: Path) -> None:
    # speak.py's slt-hts voice says "Ray Castellanos, an account executive at FreightPilot";
    # tiny.en writes "Ray Costelano's" (its surname at p=0.52).
    audio = SAMPLES / "recap-ray-castellanos.opus"
    code, out, err = run_cli("add", str(audio), "--yes")
    assert code == 0, err
    shown = show(1)
    (flagged,) = people_unsure(shown)
    assert flagged["role"] == "contact" and flagged["name"] == shown["contact"]
    assert shown["contact"].split()[0] == "Ray" and shown["contact"] != "Ray Castellanos"
    assert f'contact heard as "{shown["contact"]}"' in out
    # Given on the command line, the name is the user's: nothing to check.
    code, _, err = run_cli("delete", "1", "--yes")
    assert code == 0, err
    code, out, err = run_cli("add", str(audio), "--yes", "--contact", "Ray Castellanos")
    assert code == 0, err
    code, listed, err = run_cli("list", "--json")
    (row,) = json.loads(listed)
    shown = show(row["id"])
    assert shown["contact"] == "Ray Castellanos" and people_unsure(shown) == []
    assert "contact heard as" not in out
