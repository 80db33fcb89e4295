"""Live transcription (issue 8): stop -> stored and searchable, live vs ``--no-live``.

    .venv/bin/python benchmarks/live.py [--stop-after S] [--modes live,batch]

Builds a ~3-minute spoken recap in a temporary directory (the bundled samples decoded with
the audio stage, plus one more recap spoken by espeak-ng, joined with one-second pauses; the
reference text is their texts joined), then, for each mode, in a fresh process:

* plays it into the **real recording path**: ALSA's ``file`` plugin reading a FIFO that a
  thread feeds one 100 ms period at a time, paced to the clock (tests/alsa.py), so the audio
  goes libasound -> PortAudio -> sounddevice -> the recorder's callback and writer thread ->
  its ``on_block`` tap, exactly as a microphone's would;
* presses "Enter" (``request_stop``) ``--stop-after`` seconds after the last sample of the
  recap was delivered (default 1 s: a user finishes the sentence, then reaches for the key;
  0 is the worst case), and times from there until the debrief is stored, extracted and
  found by full-text search.

``live``: model loaded when recording starts, transcription while recording, only the tail
after stop. ``batch`` (``--no-live``): the whole WAV transcribed after stop, model and spaCy
loaded then (as in a fresh ``debrief record --no-live`` process).
Prints both latencies, their ratio, the live path's real-time factor, input overflows and
the WER of both stored transcripts against the text.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAMPLES = ["recap-maria-lopez", "recap-priya-shah", "recap-short-note"]
PAUSE_S = 1.0

#: A fourth recap, spoken by espeak-ng, to make the sample about three minutes long.
EXTRA_TEXT = (
    "One more recap, from my call with Daniel Okafor, an engineering manager at Spotify. "
    "He started as a backend developer and became a manager after four years. "
    "A typical day for him is one on one meetings in the morning and code reviews after lunch. "
    "He likes that his team owns a product from the first sketch to the launch. "
    "He dislikes the number of meetings, and he blocks two mornings a week for deep work. "
    "He said the skills that matter most are writing clear design documents "
    "and giving honest feedback. "
    "The culture is relaxed, and people take their holidays. "
    "He believes in the mission of bringing music to everyone. "
    "People move up by leading a project across two teams. "
    "His advice was to contribute to an open source project and to write about it. "
    "I told him about my thesis on recommendation systems, and he seemed interested. "
    "He offered to introduce me to a recruiter named Laura Fischer. "
    "I will send him my resume by Monday."
)


def build_sample(tmp: Path) -> tuple[np.ndarray, str]:
    """The ~3-minute recap (16 kHz float32) and the text it says."""
    from debrief import audio

    parts: list[np.ndarray] = []
    texts: list[str] = []
    pause = np.zeros(int(PAUSE_S * 16000), dtype=np.float32)
    for name in SAMPLES:
        path = next(p for p in (ROOT / "samples").glob(f"{name}.*") if p.suffix != ".txt")
        parts += [audio.decode(path), pause]
        texts.append((ROOT / "samples" / f"{name}.txt").read_text(encoding="utf-8").strip())
    wav = tmp / "extra.wav"
    subprocess.run(["espeak-ng", "-w", str(wav), EXTRA_TEXT], check=True, capture_output=True)
    parts.append(audio.decode(wav))
    texts.append(EXTRA_TEXT)
    return np.concatenate(parts).astype(np.float32), " ".join(texts)


# -- the recording process (one per mode) ----------------------------------------------------


def child(mode: str) -> None:
    """Record from the ALSA test device until SIGTERM, file it, print one JSON line."""
    from debrief import pipeline, recording
    from debrief.config import load_settings
    from debrief.record.capture import Recorder
    from debrief.record.ui import NullUI
    from debrief.store import open_store, search

    settings = load_settings()
    store = open_store(settings)
    live = recording.start_live(settings) if mode == "live" else None
    rec = Recorder(settings.recordings_dir, on_block=live.on_block if live else None)
    rec.start()
    print("READY", flush=True)
    result = rec.run(NullUI())
    stopped = time.monotonic()
    if live is not None:
        added = recording.file_live_recording(settings, store, result.path, live)
    else:
        added = pipeline.add_recording(settings, store, result.path)
    # searchable: a word of the transcript's end finds this debrief
    words = [w for w in (added.transcript.text if added.transcript else "").split()[-12:]]
    word = max(words, key=len).strip(".,!?;:'\"") if words else "recap"
    hits = search(store, word)
    done = time.monotonic()
    found = any(int(h.get("debrief_id", h.get("id", -1))) == added.debrief_id for h in hits)
    row = store.get(int(added.debrief_id or 0))
    out = {
        "mode": mode,
        "done": done,
        "recorder_stopped": stopped,
        "status": added.status,
        "error": added.error,
        "searched": word,
        "found": found,
        "overflows": result.overflows,
        "recorded_seconds": result.duration,
        "stopped_by": result.stopped_by,
        "audio_path_kept": row["audio_path"] == str(result.path) and Path(result.path).exists(),
        "text": added.transcript.text if added.transcript else "",
        "timings": added.timings,
    }
    if live is not None:
        s = live.stats
        out["live"] = {
            "audio_seconds": s.audio_seconds,
            "busy_seconds": s.busy_seconds,
            "vad_seconds": s.vad_seconds,
            "rtf": s.real_time_factor,
            "calls": s.calls,
            "chunks": len(s.chunks),
            "backlog_at_finish": s.backlog_at_finish,
            "finish_seconds": s.finish_seconds,
        }
    print("RESULT " + json.dumps(out), flush=True)


# -- the driver --------------------------------------------------------------------------------


def run_mode(mode: str, pcm: np.ndarray, tmp: Path, stop_after: float) -> dict:
    from tests.alsa import PacedFeeder, alsa_home, env_for

    base = tmp / mode
    base.mkdir()
    feeder = PacedFeeder(base / "mic.fifo", pcm)
    home = alsa_home(base / "h", feeder.fifo)
    errors = (base / "stderr.txt").open("w")
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", mode],
        env=env_for(home, base / "data"),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=errors,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("READY"):
            raise SystemExit(f"{mode}: the recorder did not start: {line}{stderr_of(base)}")
        feeder.go()
        started = time.monotonic()
        while feeder.audio_frames_sent < len(pcm) and proc.poll() is None:
            time.sleep(0.01)
        time.sleep(stop_after)
        if proc.poll() is not None:
            raise SystemExit(
                f"{mode}: the recorder ended early ({proc.returncode}):\n"
                f"{proc.stdout.read()}{stderr_of(base)}"
            )
        stop = time.monotonic()
        proc.terminate()  # SIGTERM: the recorder's clean stop, as Ctrl-C or Enter
        out, _ = proc.communicate(timeout=600)
    finally:
        proc.kill()
        feeder.close()
        errors.close()
    for line in out.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[len("RESULT ") :])
            result["stop_to_searchable"] = result["done"] - stop
            result["played_seconds"] = stop - started
            return result
    raise SystemExit(f"{mode}: no result\n{out}\n{stderr_of(base)}")


def stderr_of(base: Path) -> str:
    return (base / "stderr.txt").read_text(errors="replace")[-3000:]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stop-after", type=float, default=1.0, help="seconds after the last word")
    ap.add_argument("--modes", default="live,batch")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return
    from tests.conftest import wer

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        sample, text = build_sample(tmp)
        pcm = np.clip(np.round(sample * 32767), -32768, 32767).astype("<i2")
        print(
            f"sample: {len(sample) / 16000:.1f} s, {len(text.split())} words; "
            f"played in real time through ALSA -> PortAudio -> recorder; "
            f"stop {args.stop_after:g} s after the last word"
        )
        print(f"load before: {os.getloadavg()[0]:.2f} (1-min average; {os.cpu_count()} cores)")
        results = {}
        for mode in args.modes.split(","):
            r = run_mode(mode, pcm, tmp, args.stop_after)
            results[mode] = r
            w = wer(text, r["text"]) * 100
            r["wer"] = w
            line = (
                f"{mode:5}  stop->searchable {r['stop_to_searchable']:6.2f} s  "
                f"WER {w:5.2f}%  overflows {r['overflows']}  status {r['status']}  "
                f"found by search {r['found']}  audio kept {r['audio_path_kept']}"
            )
            print(line)
            if "live" in r:
                lv = r["live"]
                print(
                    f"       live RTF {lv['rtf']:.2f} (Whisper {lv['busy_seconds']:.1f} s for "
                    f"{lv['audio_seconds']:.1f} s, {lv['calls']} calls, {lv['chunks']} chunks), "
                    f"untranscribed at stop {lv['backlog_at_finish']:.1f} s "
                    "(incl. the open chunk's trailing silence), "
                    f"tail {lv['finish_seconds']:.2f} s"
                )
            t = r["timings"]
            print("       after stop: " + ", ".join(f"{k} {v:.2f} s" for k, v in t.items()))
            print(f"       load now: {os.getloadavg()[0]:.2f}")
        if "live" in results and "batch" in results:
            live, batch = results["live"], results["batch"]
            print(
                f"ratio --no-live / live: "
                f"{batch['stop_to_searchable'] / live['stop_to_searchable']:.1f}x; "
                f"WER live - batch: {live['wer'] - batch['wer']:+.2f} points"
            )
            ok = (
                live["stop_to_searchable"] < 2.0,
                live["wer"] - batch["wer"] <= 2.0,
                live["overflows"] == 0 and batch["overflows"] == 0,
            )
            met = ["met" if x else "MISSED" for x in ok]
            print(
                f"targets: stop->searchable < 2 s: {met[0]}; WER within 2 points: {met[1]}; "
                f"zero overflows: {met[2]}"
            )


if __name__ == "__main__":
    main()
