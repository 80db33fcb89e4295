"""A typed note is no transcript: the joins of Whisper's full stops read transcripts only.

Whisper ends a sentence where a speaker pauses, so a transcript's second sentence often goes on
with the insight before it and is joined to it (``pipelines/insights/joins.toml``). A typist's
full stop is the typist's: two typed sentences are two insights. `debrief extract` reads its
text as typed unless told ``--spoken``; `debrief add` knows from the recap's source. Real spaCy
and the shipped insight model; the texts are written for these tests (a hospital kitchen
manager's call), the same words read both ways.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli

pytest.importorskip("spacy")

OPENING = (
    "Okay so I just got off the phone with Marta Lindqvist, she runs the kitchen at a hospital. "
)
FIRST = "So she started out as a dishwasher at a small diner in Providence when she was seventeen."
THEN = (
    "And then she ran the line at a hotel restaurant for nine years before the hospital hired her."
)
HATES = "What she hates is the budget."
COSTS = "Food costs go up every single quarter and nobody upstairs listens."


def _extract(text: str, *flags: str) -> list[tuple[str, str]]:
    code, out, err = run_cli("extract", *flags, "--text", text)
    assert code == 0, err
    return [(i["category"], i["text"]) for i in json.loads(out)["insights"]]


def _covering(found: list[tuple[str, str]], *parts: str) -> list[str]:
    return [c for c, t in found if all(p in t for p in parts)]


@pytest.mark.parametrize(
    ("first", "second"),
    [(FIRST, THEN), (HATES, COSTS)],
    ids=["then-opener", "same-category"],
)
def test_a_typed_note_and_a_transcript_of_the_same_words_are_read_each_its_own_way(
    first: str, second: str
) -> None:
    text = OPENING + first + " " + second
    spoken = _extract(text, "--spoken")
    typed = _extract(text)
    # the transcript: Whisper's full stop between the halves, joined into one insight
    assert len(_covering(spoken, first, second)) == 1
    # the typed note: its full stop is the typist's, the sentences stay apart
    assert not _covering(typed, first, second)
    assert _covering(typed, first[:-1])


def test_debrief_add_text_reads_its_recap_as_typed(home, monkeypatch: pytest.MonkeyPatch) -> None:
    from debrief.pipeline import extracting

    seen: list[bool] = []
    real = extracting.extract_text

    def spy(text: str, recorded_at: object = None, spoken: bool = False) -> object:
        seen.append(spoken)
        return real(text, recorded_at, spoken)

    monkeypatch.setattr(extracting, "extract_text", spy)
    code, _, err = run_cli("add", "-y", "--text", OPENING + HATES + " " + COSTS)
    assert code == 0, err
    assert seen == [False]


def test_a_transcript_filed_from_audio_reads_as_spoken(home) -> None:
    from datetime import datetime

    from debrief import pipeline
    from debrief.config import load_settings
    from debrief.models import Transcript
    from debrief.store import open_store

    store = open_store(load_settings())
    did = store.create_debrief(
        source="audio",
        recorded_at=datetime(2026, 10, 1, 10),
        audio_path=None,
        audio_hash=None,
        original_name="call.wav",
        duration=20.0,
    )
    transcript = Transcript(OPENING + HATES + " " + COSTS, [], "en", 20.0, "faster-whisper", "")
    store.save_transcript(did, transcript)
    result = pipeline.extract_and_store(store, did, transcript, pipeline.Quiet(), {})
    store.close()
    assert result.ok and result.extraction is not None
    found = [(i.category, i.text) for i in result.extraction.insights]
    assert len(_covering(found, HATES, COSTS)) == 1
