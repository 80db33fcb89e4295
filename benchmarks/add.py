"""Time `debrief add` on the bundled samples: the split per stage and the real-time factor.

    .venv/bin/python benchmarks/add.py [--beam-size N]

Runs in one fresh process, so the first add pays the model loads (as a user's first
`debrief add` does). Besides the samples it files a ~60-second recap (two samples joined)
to check the target: under 6 s wall for a 60-second recap, model load included.
The baseline, run in the same process, is decoding alone: the ratios say how much each
stage costs relative to simply reading the audio.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from debrief import audio, pipeline  # noqa: E402
from debrief.config import load_settings  # noqa: E402
from debrief.store import open_store  # noqa: E402

SAMPLES = [
    ROOT / "samples" / "recap-maria-lopez.wav",
    ROOT / "samples" / "recap-priya-shah.flac",
    ROOT / "samples" / "recap-short-note.ogg",
]
STAGES = ("decode", "load_model", "transcribe", "load_nlp", "extract", "store", "themes")


def joined_minute(tmp: Path) -> Path:
    """A ~60 s recap: two samples joined with a second of silence."""
    parts = [audio.decode(SAMPLES[0]), np.zeros(16000, np.float32), audio.decode(SAMPLES[2])]
    data = np.concatenate(parts)
    path = tmp / "recap-60s.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes((np.clip(data, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--beam-size", type=int, default=None)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        os.environ["DEBRIEF_HOME"] = str(tmp / "home")
        settings = load_settings({"beam_size": args.beam_size})
        store = open_store(settings)
        files = [joined_minute(tmp), *SAMPLES]
        print(
            f"cores: {os.cpu_count()}  engine: {settings.engine}  model: {settings.model}  "
            f"beam: {settings.beam_size}  threads: {settings.effective_threads}"
        )
        header = f"{'file':<26}{'audio s':>8}" + "".join(f"{s:>11}" for s in STAGES)
        print(header + f"{'wall s':>9}{'RTF':>7}{'x decode':>10}")
        for path in files:
            start = time.perf_counter()
            result = pipeline.add_file(settings, store, path)
            wall = time.perf_counter() - start
            if not result.ok:
                sys.exit(f"{path.name}: {result.error}")
            seconds = result.transcript.duration if result.transcript else 0.0
            t = result.timings
            row = f"{path.name:<26}{seconds:>8.1f}" + "".join(
                f"{t.get(s, 0):>11.3f}" for s in STAGES
            )
            ratio = wall / t["decode"] if t.get("decode") else float("nan")
            print(row + f"{wall:>9.2f}{wall / seconds:>7.3f}{ratio:>10.1f}")
        print(
            "first row includes loading both models (cold start); "
            "target: a 60 s recap in under 6 s wall"
        )


if __name__ == "__main__":
    main()
