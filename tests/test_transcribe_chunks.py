"""Joining Whisper's chunks into one text: a chunk cut mid-sentence keeps no full stop.

Batched decoding cuts the speech into VAD chunks of up to 30 s and decodes each alone, so
Whisper closes every chunk with a full stop, also where the speaker's sentence goes on; it
opens the next chunk in lower case when it hears a continuation. The real-speech test builds
a recap of 37 s whose only pause long enough to cut at falls mid-sentence, after 27 s of
speech ("... what she likes least is the budgeting" / "and the paperwork for the sponsors
..."): the text filed by the real `debrief add` (tiny.en, batched, VAD) reads it as one
sentence. Speech from ``../shared/tools/speak.py`` ("heart", seeded) or espeak-ng; with
neither the test skips. Written for this test, not from the labelled corpus.
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from debrief.cli import cli
from debrief.config import load_settings
from debrief.models import Segment
from debrief.store import open_store
from debrief.transcribe.base import join_chunks
from tests.conftest import heard_shape, speak

PIECES = (
    "Okay, this is my debrief, recorded right after the call.",
    "Notes on my call with Priya Natarajan, a clinical research coordinator at Lakeview "
    "Children's Hospital. She started as a nurse on the oncology floor and moved into research "
    "after six years. Her week is mostly enrolling patients, meeting with the study doctors, "
    "checking consent forms and keeping the regulatory binders current, and what she likes "
    "least is the budgeting",
    "and the paperwork for the sponsors, which she has to file every single Friday afternoon "
    "before five. I'll send her my resume by Monday.",
)
#: seconds of silence after each piece but the last: the second pause is where the VAD cuts
PAUSES = (0.3, 0.8)


def test_full_stop_before_a_lower_case_chunk_is_dropped() -> None:
    segs = [
        Segment(0.0, 27.2, "and what she likes least is the budgeting."),
        Segment(28.4, 36.5, "and the paperwork. I'll send her my resume by Monday."),
        Segment(37.0, 40.0, "Then we talked about Boston."),
        Segment(40.5, 42.0, "Lots of process, etc.."),
        Segment(42.5, 44.0, "and more."),
    ]
    out = join_chunks(segs)
    assert [s.text for s in out] == [
        "and what she likes least is the budgeting",
        "and the paperwork. I'll send her my resume by Monday.",
        "Then we talked about Boston.",  # a capital after: a sentence did end
        "Lots of process, etc..",  # an ellipsis stays
        "and more.",
    ]
    assert [(s.start, s.end) for s in out] == [(s.start, s.end) for s in segs]
    assert segs[0].text.endswith("budgeting.")  # the input is left alone


def _read(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path)) as w:
        return np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16), w.getframerate()


@pytest.fixture(scope="module")
def cut_mid_sentence(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("speech")
    parts = []
    for n, text in enumerate(PIECES):
        parts.append(_read(speak(text, where / f"piece{n}.wav")))
    rate = parts[0][1]
    audio = []
    for n, (samples, _rate) in enumerate(parts):
        audio.append(samples)
        if n < len(PAUSES):
            audio.append(np.zeros(int(rate * PAUSES[n]), dtype=np.int16))
    path = where / "recap.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(np.concatenate(audio).tobytes())
    return path


def test_chunk_cut_mid_sentence_reads_as_one_sentence(home: Path, cut_mid_sentence: Path) -> None:
    result = CliRunner().invoke(cli, ["add", str(cut_mid_sentence), "--when", "2026-12-01T10:00"])
    assert result.exit_code == 0, result.output
    store = open_store(load_settings())
    transcript = store.transcript(1)
    assert transcript is not None
    segments = store.segments(1)
    # the shape this test is about: the VAD cut at the pause, the next chunk in lower case
    starts = [k for k, s in enumerate(segments) if s["text"].startswith("and the paperwork")]
    heard_shape(bool(starts), 'a chunk opening "and the paperwork"', transcript["text"])
    cut = starts[0]
    assert cut > 0, segments
    assert not segments[cut - 1]["text"].endswith("."), segments
    assert "the budgeting and the paperwork" in transcript["text"], transcript["text"]
    assert transcript["text"] == " ".join(s["text"] for s in segments)
