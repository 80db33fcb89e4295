"""Decoding memory and time: streaming into one float32 buffer vs joining pieces (issue 17.5).

    .venv/bin/python benchmarks/decode.py [--minutes 120]

Makes a recording of the given length with sox (5 s of tone, then silence: small and fast
to make), then decodes it twice in this process: with `debrief.audio.decode` (blocks copied
into one buffer sized from the header) and with the baseline, the way decoding worked
before (a list of resampled pieces joined with np.concatenate, then the loudness check
squaring it in float64). Peak memory is tracemalloc's (numpy reports its buffers to it).
Target: peak under 1 GB for any length debrief accepts (3 hours: about 0.69 GB).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from debrief import audio  # noqa: E402


def baseline(path: Path) -> np.ndarray:
    """Decoding as before issue 17: pieces in a list, joined at the end, float64 loudness."""
    import av

    chunks = []
    with av.open(str(path)) as container:
        resampler = av.AudioResampler(format="flt", layout="mono", rate=audio.SAMPLE_RATE)
        for frame in container.decode(container.streams.audio[0]):
            chunks += [f.to_ndarray().reshape(-1) for f in resampler.resample(frame)]
        chunks += [f.to_ndarray().reshape(-1) for f in resampler.resample(None)]
    samples = np.concatenate(chunks).astype(np.float32, copy=False)
    del chunks
    float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    return samples


def measure(fn, path: Path) -> tuple[float, float, int]:
    tracemalloc.start()
    start = time.perf_counter()
    samples = fn(path)
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak / 1e9, samples.size


def streaming(path: Path) -> np.ndarray:
    samples = audio.decode(path)
    audio.rms_dbfs(samples)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=120)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.flac"
        pad = args.minutes * 60 - 5
        subprocess.run(
            ["sox", "-D", "-n", "-r", "16000", "-c", "1", "-b", "16", str(path),
             "synth", "5", "sine", "440", "pad", "0", str(pad)],
            check=True,
        )  # fmt: skip
        base_s, base_gb, n = measure(baseline, path)
        new_s, new_gb, m = measure(streaming, path)
    assert n == m, (n, m)
    print(f"{args.minutes:.0f} min of audio, {n / audio.SAMPLE_RATE:.0f} s decoded")
    print(f"baseline (join pieces, float64 loudness): {base_s:6.2f} s  peak {base_gb:.2f} GB")
    print(f"streaming (debrief.audio.decode):          {new_s:6.2f} s  peak {new_gb:.2f} GB")
    print(f"ratio streaming / baseline: time {new_s / base_s:.2f}x, memory {new_gb / base_gb:.2f}x")


if __name__ == "__main__":
    main()
