"""Live transcription (issue 8): a real sample through LiveTranscriber with real Whisper.

The sample is fed in 100 ms blocks as fast as Python can, far faster than Whisper transcribes
it, so the same run also shows that a backlog is finished, not dropped.
"""

from __future__ import annotations

import itertools
import threading

import numpy as np
import pytest

from debrief.models import Segment, Transcript
from tests.conftest import SAMPLE_AUDIO, normalise, sample_text, wer

#: Whisper runs on real audio here: `pytest -m "not slow"` leaves these out.
pytestmark = pytest.mark.slow

NAME = "recap-maria-lopez"
BLOCK = 1600  # 100 ms at 16 kHz, the recorder's block


@pytest.fixture(scope="module")
def speech() -> np.ndarray:
    from debrief.audio import decode

    return decode(SAMPLE_AUDIO[NAME])


@pytest.fixture(scope="module")
def engine():
    from debrief.config import Settings
    from debrief.transcribe import get_engine

    return get_engine(Settings())


class _Held:
    """The real engine, held back until the whole sample is fed: the live path then has a
    known backlog to catch up with at finish(), whatever the machine's speed."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.released = threading.Event()

    def __getattr__(self, name: str):
        return getattr(self.engine, name)

    def transcribe(self, audio: np.ndarray, progress=None) -> Transcript:
        return self.engine.transcribe(audio, progress)

    def transcribe_chunk(self, audio: np.ndarray, prompt: str | None = None) -> list[Segment]:
        self.released.wait()
        return self.engine.transcribe_chunk(audio, prompt)


@pytest.fixture(scope="module")
def live_run(speech: np.ndarray, engine):
    from debrief.transcribe.live import LiveTranscriber

    held = _Held(engine)
    live = LiveTranscriber(held, 16_000)
    for i in range(0, len(speech), BLOCK):
        live.feed(speech[i : i + BLOCK])
    lag = live.lag_seconds
    held.released.set()
    transcript = live.finish()
    return live, transcript, lag


def test_live_wer_is_close_to_batch(speech: np.ndarray, engine, live_run) -> None:
    _, transcript, _ = live_run
    reference = sample_text(NAME)
    batch = wer(reference, engine.transcribe(speech).text)
    live = wer(reference, transcript.text)
    assert live < 0.15, transcript.text
    assert live <= batch + 0.02, (live, batch, transcript.text)


def test_transcript_is_whole_and_timed(speech: np.ndarray, live_run) -> None:
    live, transcript, lag = live_run
    duration = len(speech) / 16_000
    # Nothing was transcribed while it was fed (the engine was held): all of it was backlog.
    assert lag == pytest.approx(duration, abs=0.01)
    assert transcript.settings["live"] is True
    assert transcript.settings["chunking"]["min_silence_ms"] == 500
    # the engine's own account of how a live chunk is decoded, not its file settings
    assert transcript.settings["vad"] == "live-silero"
    assert transcript.settings["condition_on_previous_text"] is False
    assert transcript.duration == pytest.approx(duration, abs=0.01)
    # chunks tile the stream: nothing skipped, nothing twice
    chunks = live.stats.chunks
    assert chunks[0][0] == 0 and chunks[-1][1] == pytest.approx(duration, abs=1e-3)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(chunks))
    assert all(end - start <= live.options.max_chunk_s for start, end, _ in chunks)
    # absolute, ordered timestamps reaching the end; the last sentence is there
    starts = [s.start for s in transcript.segments]
    assert starts == sorted(starts)
    assert all(0 <= s.start <= s.end <= duration + 0.01 for s in transcript.segments)
    assert transcript.segments[-1].end > duration - 5
    last_words = normalise(sample_text(NAME))[-2:]  # "25 minutes"
    assert " ".join(last_words) in " ".join(normalise(transcript.text))
    assert transcript.text == " ".join(s.text for s in transcript.segments)


def test_chunk_boundaries_fall_in_silence(speech: np.ndarray, live_run) -> None:
    live, _, _ = live_run
    frame = 320  # 20 ms
    frames = speech[: len(speech) // frame * frame].reshape(-1, frame)
    rms = np.sqrt(np.mean(np.square(frames, dtype=np.float64), axis=1))
    speech_level = float(np.percentile(rms, 75))
    cuts = [end for _, end, reason in live.stats.chunks if reason != "end"]
    assert len(cuts) >= 3
    for cut in cuts:
        i = int(cut * 16_000) // frame
        around = rms[max(0, i - 2) : i + 3]  # +-40 ms around the cut
        assert around.max() < speech_level / 10, (cut, around.max(), speech_level)


def test_silence_gives_an_empty_transcript(engine) -> None:
    from debrief.transcribe.live import LiveTranscriber

    live = LiveTranscriber(engine, 16_000)
    rng = np.random.default_rng(0)
    for _ in range(100):  # 10 s of faint noise
        live.feed((rng.standard_normal(BLOCK) * 1e-4).astype(np.float32))
    transcript = live.finish()
    assert transcript.is_empty and transcript.segments == []
    assert live.stats.calls == 0
    assert transcript.duration == pytest.approx(10.0)


class _Recorder:
    """An engine that only records what it was asked (for the chunking logic alone)."""

    name = "stub"
    model_name = "stub"

    def __init__(self) -> None:
        self.settings: dict = {}
        self.calls: list[int] = []

    def transcribe(self, audio: np.ndarray, progress=None) -> Transcript:
        self.calls.append(len(audio))
        seg = Segment(0.0, len(audio) / 16_000, f"chunk{len(self.calls)}")
        return Transcript(seg.text, [seg], "en", seg.end, "stub", "stub")

    def transcribe_chunk(self, audio: np.ndarray, prompt: str | None = None) -> list[Segment]:
        return list(self.transcribe(audio).segments)


def test_48khz_input_and_int16_blocks_cut_at_the_same_pauses(speech: np.ndarray) -> None:
    import av

    from debrief.transcribe.live import LiveTranscriber

    resampler = av.AudioResampler(format="s16", layout="mono", rate=48_000)
    frame = av.AudioFrame.from_ndarray(speech[None, :], format="flt", layout="mono")
    frame.sample_rate = 16_000
    pcm48 = np.concatenate(
        [
            f.to_ndarray().reshape(-1)
            for f in (*resampler.resample(frame), *resampler.resample(None))
        ]
    )
    runs = {}
    for rate, audio in ((16_000, speech), (48_000, pcm48)):
        stub = _Recorder()
        live = LiveTranscriber(stub, rate)
        block = rate // 10
        for i in range(0, len(audio), block):
            live.on_block(audio[i : i + block], rate)
        transcript = live.finish()
        runs[rate] = live.stats.chunks
        assert transcript.duration == pytest.approx(len(speech) / 16_000, abs=0.05)
        assert live.stats.chunks[-1][1] == pytest.approx(len(speech) / 16_000, abs=0.05)
        assert sum(stub.calls) > 0.95 * len(speech)  # all but silent stretches
    cuts16 = [end for _, end, r in runs[16_000] if r != "end"]
    cuts48 = [end for _, end, r in runs[48_000] if r != "end"]
    assert len(cuts16) == len(cuts48)
    assert all(abs(a - b) < 0.1 for a, b in zip(cuts16, cuts48, strict=True))


def test_over_long_speech_is_cut_at_its_quietest_point(speech: np.ndarray) -> None:
    from debrief.transcribe.live import ChunkingOptions, LiveTranscriber

    stub = _Recorder()
    # pauses never long enough: only the length limit cuts
    opts = ChunkingOptions(min_silence_ms=5000, soft_silence_ms=5000, max_chunk_s=12.0)
    live = LiveTranscriber(stub, 16_000, opts)
    live.feed(speech)  # one big block
    live.finish()
    chunks = live.stats.chunks
    assert [r for *_, r in chunks][:-1] == ["max_length"] * (len(chunks) - 1)
    assert all(end - start <= 12.0 for start, end, _ in chunks)
    for _, end, _reason in chunks[:-1]:
        i = int(end * 16_000)
        window = speech[max(0, i - 640) : i + 640]
        assert float(np.sqrt(np.mean(np.square(window)))) < 0.01, end


@pytest.mark.parametrize("flag", ["--live", "--no-live"])
def test_record_command_live_and_no_live(tmp_path, flag: str) -> None:
    """`debrief record` through the ALSA file device (tests/alsa.py): the live path stores
    its own transcript, --no-live transcribes the WAV; both keep the WAV as the audio."""
    import json
    import sqlite3
    import subprocess
    import sys

    import soundfile as sf

    from tests.alsa import alsa_home, env_for, sample_raw

    raw = sample_raw("recap-short-note", tmp_path / "short.raw")
    home = alsa_home(tmp_path / "h", raw)
    data = tmp_path / "d"
    proc = subprocess.run(
        [sys.executable, "-m", "debrief.cli", "record", flag, "--stop-on-silence", "1.5", "--yes"],
        env=env_for(home, data),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    with sqlite3.connect(data / "debrief.db") as db:
        status, audio_path, text, settings = db.execute(
            "SELECT d.status, d.audio_path, t.text, t.settings"
            " FROM debriefs d JOIN transcripts t ON t.debrief_id = d.id"
        ).fetchone()
    assert status == "extracted"
    assert (json.loads(settings).get("live") is True) == (flag == "--live")
    assert sf.info(data / audio_path).duration > 12  # the whole WAV (stored relative to the home)
    assert wer(sample_text("recap-short-note"), text) < 0.15, text
    if flag == "--live":  # the WAV stays the audio of record: it can be transcribed again
        again = subprocess.run(
            [sys.executable, "-m", "debrief.cli", "process", "--retranscribe", "1"],
            env=env_for(home, data),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert again.returncode == 0, again.stderr
        with sqlite3.connect(data / "debrief.db") as db:
            (settings,) = db.execute("SELECT settings FROM transcripts").fetchone()
        assert "live" not in json.loads(settings)


def test_ctrl_c_while_the_tail_transcribes_stops_the_workers_and_keeps_it_pending(
    home, speech: np.ndarray
) -> None:
    """Ctrl-C after stop, while the tail is transcribed: the live workers are joined before the
    interrupt goes on (a CTranslate2 call still running at exit aborts the process), and the
    recording stays filed as pending, which `debrief process` finishes. The interrupt itself is
    raised from ``finish`` (the call it lands in), since timing a real SIGINT into that window
    would make the test racy; everything else is real."""
    import soundfile as sf

    from debrief import pipeline, recording
    from debrief.config import load_settings
    from debrief.record.capture import RecordingResult
    from debrief.store import open_store

    settings = load_settings({})
    store = open_store(settings)
    wav = settings.recordings_dir / "rec-20261125-101500.wav"
    sf.write(wav, speech, 16_000, subtype="PCM_16")
    live = recording.start_live(settings)
    for i in range(0, len(speech), BLOCK):
        live.on_block(speech[i : i + BLOCK], 16_000)

    def interrupted() -> None:
        raise KeyboardInterrupt

    live.finish = interrupted
    rec = RecordingResult(
        path=wav, sample_rate=16_000, duration=len(speech) / 16_000, overflows=0, stopped_by="enter"
    )
    with pytest.raises(KeyboardInterrupt):
        recording.file_recording(settings, store, rec, live)
    assert not live._segmenter.is_alive() and not live._transcriber.is_alive()
    helper = live.extract_helper
    if helper is not None:  # it exits on its own once its pipe is closed
        helper.proc.join(60)
        assert not helper.proc.is_alive()
    [row] = store.debriefs()
    assert row["status"] == "pending" and store.get(row["id"])["audio_path"] == str(wav)
    [done] = pipeline.process_pending(settings, store)
    assert done.error is None
    assert store.get(row["id"])["status"] == "extracted"
    text = store.full(row["id"])["transcript"]["text"]
    assert wer(sample_text(NAME), text) < 0.15
