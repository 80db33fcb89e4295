"""`debrief add` on the speech test set: WER, names and time per stage, per decoding setting.

    .venv/bin/python benchmarks/add.py                   # every setting, the whole set
    .venv/bin/python benchmarks/add.py --configs "beam 1,beam 5" --limit 6 --repeat 1

The set is ``benchmarks/speech/recaps.jsonl``: recaps spoken in natural voices by
``speak.py`` (spoken into ``benchmarks/.cache/`` on the first run; see benchmarks/speech).
Side by side, in one run, for beam 1, 2 and 5 and faster-whisper's batched decoding:

* cold: a fresh process per setting files the recap nearest 60 s with ``pipeline.add_file``
  (nothing loaded before: the Whisper and spaCy loads are inside the figure), ``--repeat``
  times, settings interleaved; the median is shown, with the stage split of that run.
* set: every recap filed through ``pipeline.add_file`` with models loaded, settings
  interleaved per recap (a machine's load drift hits all alike): corpus WER, the fraction of
  the recaps' names found in the transcripts, transcription wall and CPU time.
* floor, in this process: bare faster-whisper (``WhisperModel``, beam 1, no VAD) on the same
  60 s recap, its model load alone, and decoding the audio alone.

``--cold-only`` runs the cold part alone; ``--against DIR`` adds, interleaved with this
checkout's cold runs, the same cold add by another checkout of debrief (``DIR``, e.g. the
main branch): before and after in one run, so a busy machine's load hits both alike (a
ratio that holds when the absolute figures do not). Every cold run notes the load average
it started at.

Target (issue 16): the cold 60 s recap under 3 s at a WER at most 0.5 points above beam 5.
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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import speech  # noqa: E402

CONFIGS: dict[str, dict[str, int]] = {
    "beam 1": {"beam_size": 1, "batch_size": 0},
    "beam 2": {"beam_size": 2, "batch_size": 0},
    "beam 5": {"beam_size": 5, "batch_size": 0},
    "batched beam 1": {"beam_size": 1, "batch_size": 8},
    "batched beam 2": {"beam_size": 2, "batch_size": 8},
    "batched beam 5": {"beam_size": 5, "batch_size": 8},
}
STAGES = ("decode", "load_model", "transcribe", "load_nlp", "extract", "store", "themes", "embed")
#: Run by default; "batched beam 5" on request (--configs).
DEFAULT_CONFIGS = ("beam 1", "beam 2", "beam 5", "batched beam 1", "batched beam 2")
TARGET_S = 3.0
#: The checkout a cold child imports debrief from (default: this one).
CODE_VAR = "DEBRIEF_BENCH_CODE"
TARGET_WER_POINTS = 0.5


def cold_child(config: str, path: Path) -> None:
    """One cold add in this fresh process; prints its figures as JSON."""
    # The checkout under test first (--against: another one), before debrief is imported.
    sys.path.insert(0, os.environ.get(CODE_VAR, str(ROOT)))
    t0 = time.perf_counter()
    from debrief import pipeline
    from debrief.config import load_settings
    from debrief.store import open_store

    imported = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DEBRIEF_HOME"] = tmp
        settings = load_settings(dict(CONFIGS[config]))
        store = open_store(settings)
        cpu0, start = time.process_time(), time.perf_counter()
        result = pipeline.add_file(settings, store, path)
        wall = time.perf_counter() - start
        cpu = time.process_time() - cpu0
        store.close()
    if not result.ok or result.transcript is None:
        sys.exit(f"{path.name}: {result.error}")
    out = {"import": imported, "wall": wall, "cpu": cpu, "timings": result.timings}
    print(json.dumps(out | {"text": result.transcript.text}))


def child_env(code: Path = ROOT) -> dict[str, str]:
    """The checkout ``code`` first; bytecode cached as in any installation (a user's Python
    writes ``__pycache__``; compiling debrief's sources on every start is not what users pay)."""
    env = {**os.environ, "PYTHONPATH": str(code), CODE_VAR: str(code)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_cold(config: str, path: Path, code: Path = ROOT) -> dict[str, Any]:
    """One cold add in a fresh process, debrief imported from the checkout ``code``."""
    load = os.getloadavg()[0]
    proc = subprocess.run(
        [sys.executable, __file__, "--cold-child", config, "--file", str(path)],
        capture_output=True,
        text=True,
        check=False,
        env=child_env(code),
    )
    if proc.returncode != 0:
        sys.exit(f"cold run ({config}) failed: {proc.stderr.strip()[-800:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1])) | {"load": load}


def print_cold(
    rows: dict[str, list[dict[str, Any]]], recap: Any, seconds: float
) -> dict[str, dict[str, Any]]:
    """The cold table: per setting (and checkout), the median run with its stage split."""
    n = max(len(runs) for runs in rows.values())
    print(
        f"\ncold: {recap.id} ({recap.voice}, {seconds:.1f} s), fresh process each, "
        f"median of {n}; the stage split is that run's"
    )
    print(
        f"{'setting':<28}{'wall s':>8}{'best':>6}{'cpu s':>7}{'load':>6}{'import':>7}"
        + "".join(f"{s:>11}" for s in STAGES)
        + f"{'WER':>7}"
    )
    medians: dict[str, dict[str, Any]] = {}
    for label, runs in rows.items():
        ordered = sorted(runs, key=lambda r: r["wall"])
        mid = ordered[len(ordered) // 2]
        medians[label] = mid
        err = speech.wer([(recap.text, mid["text"])])
        print(
            f"{label:<28}{mid['wall']:>8.2f}{ordered[0]['wall']:>6.2f}{mid['cpu']:>7.2f}"
            f"{mid.get('load', 0.0):>6.1f}{mid['import']:>7.2f}"
            + "".join(f"{mid['timings'].get(s, 0.0):>11.3f}" for s in STAGES)
            + f"{err:>7.1%}"
        )
    return medians


def duration(path: Path) -> float:
    from debrief import audio

    return len(audio.decode(path)) / audio.SAMPLE_RATE


def floor(path: Path, threads: int) -> dict[str, float]:
    """Bare faster-whisper on ``path``: model load, beam-1 transcription, decoding alone."""
    from faster_whisper import WhisperModel

    from debrief import audio
    from debrief.transcribe.faster import resolve_ct2_model

    start = time.perf_counter()
    samples = audio.decode(path)
    decode = time.perf_counter() - start
    start = time.perf_counter()
    model = WhisperModel(
        str(resolve_ct2_model("tiny.en")),
        device="cpu",
        compute_type="int8",
        cpu_threads=threads,
        local_files_only=True,
    )
    load = time.perf_counter() - start
    runs = []
    for _ in range(2):  # the first call warms CTranslate2's allocator
        start = time.perf_counter()
        segments, _info = model.transcribe(samples, language="en", beam_size=1)
        list(segments)
        runs.append(time.perf_counter() - start)
    return {"decode": decode, "load": load, "transcribe": min(runs)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--configs",
        default=",".join(DEFAULT_CONFIGS),
        help=f"comma-separated, of: {', '.join(CONFIGS)}",
    )
    ap.add_argument("--repeat", type=int, default=3, help="cold runs per setting (median)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N recaps of the set")
    ap.add_argument("--json", type=Path, help="also write every figure to this file")
    ap.add_argument("--cold-only", action="store_true", help="the cold runs only (no set)")
    ap.add_argument(
        "--against",
        type=Path,
        help="another checkout of debrief (e.g. the main branch) whose cold add runs"
        " interleaved with this one's, for a before/after ratio in one run",
    )
    ap.add_argument("--cold-child", help=argparse.SUPPRESS)
    ap.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.cold_child:
        cold_child(args.cold_child, args.file)
        return
    configs = [c.strip() for c in args.configs.split(",") if c.strip()]
    unknown = [c for c in configs if c not in CONFIGS]
    if unknown:
        sys.exit(f"unknown setting(s) {unknown}; known: {', '.join(CONFIGS)}")

    recaps = speech.load()
    if args.limit:
        recaps = recaps[: args.limit]
    paths = speech.ensure_audio(recaps)
    seconds = {r.id: duration(paths[r.id]) for r in recaps}
    cold_id = min(seconds, key=lambda i: abs(seconds[i] - 60.0))
    cold_recap = next(r for r in recaps if r.id == cold_id)
    print(
        f"cores: {os.cpu_count()}  load average: {os.getloadavg()[0]:.2f}  "
        f"set: {len(recaps)} recaps, {sum(seconds.values()) / 60:.1f} min of speech, voices "
        f"{', '.join(sorted({r.voice for r in recaps}))}"
    )

    # -- cold: a fresh process per run, settings (and checkouts) interleaved -----------------
    codes = {"": ROOT} | ({f" @{args.against.name}": args.against} if args.against else {})
    cold: dict[str, list[dict[str, Any]]] = {c + t: [] for c in configs for t in codes}
    for _ in range(args.repeat):
        for config in configs:
            for tag, code in codes.items():
                cold[config + tag].append(run_cold(config, paths[cold_id], code))
    cold_median = print_cold(cold, cold_recap, seconds[cold_id])
    if args.against:
        for config in configs:
            mine, other = cold[config], cold[config + f" @{args.against.name}"]
            ratio = [a["wall"] / b["wall"] for a, b in zip(mine, other, strict=True)]
            cpu = [a["cpu"] / b["cpu"] for a, b in zip(mine, other, strict=True)]
            print(
                f"  {config}: this checkout / {args.against.name}, run by run: wall "
                + ", ".join(f"{r:.2f}" for r in ratio)
                + f" (median {sorted(ratio)[len(ratio) // 2]:.2f}); CPU median "
                f"{sorted(cpu)[len(cpu) // 2]:.2f}"
            )
    if args.cold_only:
        if args.json:
            args.json.write_text(
                json.dumps({"cold_id": cold_id, "cold": cold, "loadavg": os.getloadavg()})
            )
        return

    # -- the set, warm, in this process ------------------------------------------------------
    from debrief import pipeline
    from debrief.config import load_settings
    from debrief.extract import load_nlp
    from debrief.prefetch import prefetch_engine
    from debrief.store import open_store

    load_nlp()
    work = Path(tempfile.mkdtemp(prefix="debrief-add-bench-"))
    stores: dict[str, Any] = {}
    settings: dict[str, Any] = {}
    for config in configs:
        os.environ["DEBRIEF_HOME"] = str(work / config.replace(" ", "-").replace(",", ""))
        settings[config] = load_settings(dict(CONFIGS[config]))
        stores[config] = open_store(settings[config])
        # Loaded on the thread the pipeline transcribes on (engines are cached per thread).
        prefetch_engine(settings[config]).result()
    texts: dict[str, dict[str, str]] = {c: {} for c in configs}
    stage_sum: dict[str, dict[str, float]] = {c: dict.fromkeys(STAGES, 0.0) for c in configs}
    cpu: dict[str, float] = dict.fromkeys(configs, 0.0)
    for n, recap in enumerate(recaps, 1):
        print(f"\r  set: recap {n}/{len(recaps)}", end="", file=sys.stderr, flush=True)
        for config in configs:
            cpu0 = time.process_time()
            result = pipeline.add_file(settings[config], stores[config], paths[recap.id])
            cpu[config] += time.process_time() - cpu0
            if not result.ok or result.transcript is None:
                sys.exit(f"{recap.id} ({config}): {result.error}")
            texts[config][recap.id] = result.transcript.text
            for stage in STAGES:
                stage_sum[config][stage] += result.timings.get(stage, 0.0)
    print(file=sys.stderr)
    total_audio = sum(seconds.values())
    table: dict[str, dict[str, Any]] = {}
    for config in configs:
        pairs = [(r.text, texts[config][r.id]) for r in recaps]
        found = [speech.names_found(r.names, texts[config][r.id]) for r in recaps]
        table[config] = {
            "wer": speech.wer(pairs),
            "names": sum(f for f, _ in found) / max(1, sum(n for _, n in found)),
            "transcribe": stage_sum[config]["transcribe"],
            "extract": stage_sum[config]["extract"],
            "cpu": cpu[config],
            "by_voice": {
                v: speech.wer([(r.text, texts[config][r.id]) for r in recaps if r.voice == v])
                for v in sorted({r.voice for r in recaps})
            },
        }
    voices = sorted({r.voice for r in recaps})
    print(f"\nset: {len(recaps)} recaps, models loaded; corpus WER, names found, sums over the set")
    print(
        f"{'setting':<20}{'WER':>7}{'names':>7}{'transcribe s':>14}{'RTF':>7}"
        f"{'extract s':>11}{'cpu s':>8}  " + "".join(f"{v:>10}" for v in voices)
    )
    for config in configs:
        row = table[config]
        print(
            f"{config:<20}{row['wer']:>7.1%}{row['names']:>7.1%}{row['transcribe']:>14.1f}"
            f"{row['transcribe'] / total_audio:>7.3f}{row['extract']:>11.1f}{row['cpu']:>8.1f}  "
            + "".join(f"{row['by_voice'][v]:>10.1%}" for v in voices)
        )
    for config in configs:
        stores[config].close()

    # -- floor --------------------------------------------------------------------------------
    bare = floor(paths[cold_id], settings[configs[0]].effective_threads)
    print(
        f"\nfloor, this process, {cold_id}: bare faster-whisper model load {bare['load']:.2f} s, "
        f"beam-1 transcription (no VAD, model warm) {bare['transcribe']:.2f} s, "
        f"decoding alone {bare['decode']:.3f} s; sum {bare['load'] + bare['transcribe']:.2f} s"
    )
    if "beam 5" in table:
        ref = table["beam 5"]["wer"]
        print(
            f"\ntarget: cold {seconds[cold_id]:.0f} s recap < {TARGET_S:.0f} s "
            f"at WER <= beam 5 + {TARGET_WER_POINTS} points ({ref + TARGET_WER_POINTS / 100:.1%})"
        )
        for config in configs:
            wall = cold_median[config]["wall"]
            ok = wall < TARGET_S and table[config]["wer"] <= ref + TARGET_WER_POINTS / 100
            floor_sum = bare["load"] + bare["transcribe"]
            print(
                f"  {config:<20} {wall:.2f} s ({wall / floor_sum:.1f}x floor), "
                f"WER {table[config]['wer']:.1%}: {'met' if ok else 'not met'}"
            )
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "cold_id": cold_id,
                    "cold_seconds": seconds[cold_id],
                    "cold": cold,
                    "set": table,
                    "floor": bare,
                    "audio_seconds": total_audio,
                    "loadavg": os.getloadavg(),
                },
                indent=2,
            )
        )


if __name__ == "__main__":
    main()
