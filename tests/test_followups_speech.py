"""Follow-ups on real speech: where Whisper writes a comma, a typed recap ends a sentence.

A typed recap closes with "Twenty minutes. Sign up for the open house." and the bare
imperative opening its own sentence is the speaker's note; tiny.en writes the same words as
"20 minutes, sign up for the open house." (or, opening the sentence, without the comma).
These recaps (written for these tests, none from the labelled corpus) are spoken by
``../shared/tools/speak.py`` (the "heart" voice, seeded) when its voices are installed, else
by espeak-ng; with neither the tests skip. Each is filed by the real `debrief add` (Whisper
tiny.en, spaCy, SQLite), and the test first checks that the transcript has the shape it is
about.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from debrief.cli import cli
from debrief.config import load_settings
from debrief.store import open_store
from tests.conftest import heard_shape, speak

#: the call's length, then the note, with a comma between as Whisper writes it
AFTER_LENGTH = (
    "Quick notes on my call with Rosa Delgado, a line maintenance supervisor at Horizon Air. "
    "She started as a mechanic's helper and got her license at night school. She likes that "
    "every shift is different. Twenty minutes, sign up for the open house at the hangar."
)
#: a dated note after the contact's words, "set" read as a past tense by the tagger
SET_REMINDER = (
    "Debrief on the call with Owen Marsh, a planner for the county parks department. He said "
    "the county only posts summer internships in March, set a reminder for March first."
)

#: the contact's advice announced at the end of a sentence, as Whisper cuts "his advice: ..."
ADVICE = (
    "Notes on my call with Tomas Reyes, a warehouse shift lead at Cardinal Foods. He said the "
    "company has grown a lot since the merger, more process now, his advice: get the forklift "
    "certification first. I'll sign up for the safety course by Friday."
)


@pytest.fixture(scope="module")
def recordings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    where = tmp_path_factory.mktemp("speech")
    return {
        "after_length": speak(AFTER_LENGTH, where / "after_length.wav"),
        "set_reminder": speak(SET_REMINDER, where / "set_reminder.wav"),
        "advice": speak(ADVICE, where / "advice.wav"),
    }


def _file(audio: Path) -> tuple[str, list[dict]]:
    """File the recording with `debrief add`; its transcript and the to-dos said aloud."""
    result = CliRunner().invoke(cli, ["add", str(audio), "--when", "2026-12-01T10:00"])
    assert result.exit_code == 0, result.output
    store = open_store(load_settings())
    transcript = store.transcript(1)
    assert transcript is not None
    said = [f for f in store.follow_ups(1) if f.get("kind") is None]
    return transcript["text"], said


def test_note_after_the_call_length_and_a_comma(home: Path, recordings: dict[str, Path]) -> None:
    text, said = _file(recordings["after_length"])
    # the shape this test is about: one sentence, with or without Whisper's comma
    assert re.search(r"minutes,? sign up", text.lower()), text
    assert [f["text"].lower().rstrip(".") for f in said] == [
        text[text.lower().index("sign up") :].lower().rstrip(".")
    ], text


def test_dated_note_after_a_comma_with_set(home: Path, recordings: dict[str, Path]) -> None:
    text, said = _file(recordings["set_reminder"])
    heard_shape("March, set a reminder" in text, '"March, set a reminder"', text)
    assert len(said) == 1, (text, said)
    assert said[0]["text"].startswith("set a reminder for March")
    assert said[0]["due"] == "2027-03-01"


def test_advice_announced_at_a_sentence_end_is_not_a_note(
    home: Path, recordings: dict[str, Path]
) -> None:
    text, said = _file(recordings["advice"])
    assert re.search(r"his advice\. get the forklift", text.lower()), text
    assert [f["text"] for f in said] == [text[text.index("I'll sign up") :]], text
