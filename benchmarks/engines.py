"""Benchmark faster-whisper against openai-whisper on the sample recaps, in one run.

    .venv/bin/python benchmarks/engines.py [--repeat N] [--samples DIR] [--threads N]

Each engine runs in a fresh subprocess, so its peak memory (``ru_maxrss``: resident set,
native allocations included) and its load time (imports + model load) are its own. Both
use the same bundled tiny.en model and the same settings (pipelines/whisper.toml: its beam size,
Silero VAD, temperature fallback); openai-whisper uses the checkpoint converted from it,
converted once before timing starts. Printed per engine: model load time, transcription
time, real-time factor (transcription time / audio duration; lower is faster), CPU time
spent transcribing (user + system, all threads: steadier than the clock on a busy
machine), wall time of the whole run, peak memory, WER against the samples' text; then
the openai / faster ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from debrief.engines import ENGINES  # noqa: E402  (the engine registry: every engine is run)

AUDIO_SUFFIXES = (".wav", ".flac", ".ogg", ".mp3", ".m4a", ".opus", ".webm")


def samples(folder: Path) -> list[tuple[Path, str | None]]:
    """(audio, reference text or None) for each audio file in ``folder``."""
    out = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in AUDIO_SUFFIXES:
            text = path.with_suffix(".txt")
            out.append((path, text.read_text(encoding="utf-8").strip() if text.exists() else None))
    return out


def worker(engine: str, folder: Path, repeat: int, threads: int) -> dict[str, object]:
    """Run in the child: load one engine, transcribe every sample, report numbers."""
    start = time.perf_counter()
    sys.path.insert(0, str(ROOT))
    from debrief.audio import decode
    from debrief.config import Settings

    items = [(p, ref, decode(p)) for p, ref in samples(folder)]
    t0 = time.perf_counter()
    from debrief.transcribe import get_engine

    model = get_engine(
        Settings(engine=engine, threads=threads, home=Path(os.environ["BENCH_HOME"]))
    )
    load = time.perf_counter() - t0

    from tests.conftest import wer  # the suite's own normalised WER

    def cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    cpu_start = cpu()
    audio_s = transcribe_s = 0.0
    errors: list[float] = []
    per_sample = []
    for path, ref, audio in items:
        best = float("inf")
        for _ in range(repeat):
            t = time.perf_counter()
            transcript = model.transcribe(audio)
            best = min(best, time.perf_counter() - t)
        duration = len(audio) / 16000
        audio_s += duration
        transcribe_s += best
        sample_wer = wer(ref, transcript.text) if ref else None
        if sample_wer is not None:
            errors.append(sample_wer)
        per_sample.append(
            {"sample": path.name, "audio_s": duration, "seconds": best, "wer": sample_wer}
        )
    cpu_s = (cpu() - cpu_start) / repeat
    return {
        "engine": engine,
        "cpu_s": cpu_s,
        "load_s": load,
        "transcribe_s": transcribe_s,
        "audio_s": audio_s,
        "rtf": transcribe_s / audio_s,
        "wall_s": time.perf_counter() - start,
        # Linux reports ru_maxrss in KiB.
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "wer": sum(errors) / len(errors) if errors else None,
        "samples": per_sample,
    }


def run_child(engine: str, args: argparse.Namespace, home: Path) -> dict[str, object]:
    cmd = [
        sys.executable,
        __file__,
        "--worker",
        engine,
        "--samples",
        str(args.samples),
        "--repeat",
        str(args.repeat),
        "--threads",
        str(args.threads),
    ]
    env = {**os.environ, "BENCH_HOME": str(home), "PYTHONWARNINGS": "ignore"}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        sys.exit(f"{engine} benchmark failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def table(rows: list[dict[str, object]]) -> str:
    head = (
        "| engine | model load (s) | transcribe (s) | audio (s) | real-time factor "
        "| CPU time (s) | wall (s) | peak memory (MB) | mean WER |"
    )
    lines = [head, "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        wer = f"{r['wer']:.1%}" if r["wer"] is not None else "n/a"
        lines.append(
            f"| {r['engine']} | {r['load_s']:.2f} | {r['transcribe_s']:.1f} | {r['audio_s']:.1f} "
            f"| {r['rtf']:.3f} | {r['cpu_s']:.1f} | {r['wall_s']:.1f} "
            f"| {r['peak_rss_mb']:.0f} | {wer} |"
        )
    fw, ow = rows
    ratio = {
        k: ow[k] / fw[k]
        for k in ("load_s", "transcribe_s", "rtf", "cpu_s", "wall_s", "peak_rss_mb")
    }  # type: ignore[operator]
    lines.append(
        f"| ratio openai / faster | {ratio['load_s']:.1f}x | {ratio['transcribe_s']:.1f}x | "
        f"| {ratio['rtf']:.1f}x | {ratio['cpu_s']:.1f}x | {ratio['wall_s']:.1f}x "
        f"| {ratio['peak_rss_mb']:.1f}x | |"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--repeat", type=int, default=1, help="runs per sample; the best counts")
    parser.add_argument("--threads", type=int, default=0, help="0 = one per core (the default)")
    parser.add_argument("--worker", choices=list(ENGINES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.samples, args.repeat, args.threads)))
        return

    items = samples(args.samples)
    if not items:
        sys.exit(f"no audio samples in {args.samples}")
    with tempfile.TemporaryDirectory(prefix="debrief-bench-") as tmp:
        home = Path(tmp)
        sys.path.insert(0, str(ROOT))
        from debrief.config import Settings
        from debrief.transcribe.models_list import convert_bundled

        t = time.perf_counter()
        convert_bundled(Settings(home=home))
        convert_s = time.perf_counter() - t
        load_before = os.getloadavg()
        rows = [run_child(engine, args, home) for engine in ENGINES]
        load_after = os.getloadavg()

    cpu = platform.processor() or platform.machine()
    print(
        f"machine: {os.cpu_count()} cores ({cpu}), no GPU, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )
    print(
        f"samples: {len(items)} files in {args.samples.name}/, best of {args.repeat} per sample; "
        f"threads: {args.threads or os.cpu_count()}; load average before/after: "
        f"{load_before[0]:.1f}/{load_after[0]:.1f}"
    )
    print(f"one-time conversion of tiny.en for openai-whisper: {convert_s:.1f} s (not counted)")
    print()
    print(table(rows))
    print()
    for r in rows:
        for s in r["samples"]:  # type: ignore[attr-defined]
            wer = f"{s['wer']:.1%}" if s["wer"] is not None else "n/a"
            print(
                f"  {r['engine']:15} {s['sample']:28} {s['audio_s']:6.1f} s audio "
                f"{s['seconds']:7.2f} s  WER {wer}"
            )


if __name__ == "__main__":
    main()
