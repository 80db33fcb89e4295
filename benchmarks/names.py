"""Name accuracy and WER with and without the vocabulary from the knowledge base.

    .venv/bin/python benchmarks/names.py [--voices heart,joe,...] [--engine faster-whisper]

On the recaps of ``benchmarks/names_recaps.py`` (each says a contact, a company and a referrer
already on file), spoken with /work/shared/tools/speak.py in natural voices (heart, joe, kumo,
alpha, slt-hts; generated once into ``benchmarks/.cache/names/``, gitignored). A throwaway
knowledge base is filled with the earlier typed recaps that put those names on file; then each
spoken recap is transcribed twice by the same loaded engine, without and with the vocabulary
(:func:`debrief.pipeline.vocabulary`), and measured:

* name accuracy: of the names on file a recap says, how many the transcript spells right;
* contact filed right: the contact extraction files (names resolved against the knowledge base
  when the vocabulary is on; today's pipeline has neither) is the person who was called;
* WER against the text spoken (the suite's normalisation, tests/conftest.py).

Also printed: contact filed right with resolution alone (no vocabulary), to show each
defence's share. The baseline (no vocabulary) runs in the same process on the same audio.

    .venv/bin/python benchmarks/names.py --scale 10000

times the vocabulary query and name resolution on a synthetic knowledge base of that size
(benchmarks/search.py builds it) against opening the store.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.names_recaps import RECAPS  # noqa: E402

SPEAK = Path(os.environ.get("DEBRIEF_SPEAK", "/work/shared/tools/speak.py"))
CACHE = ROOT / "benchmarks" / ".cache" / "names"


def audio_for(recap: dict, voice: str) -> Path:
    """The recap spoken by ``voice`` (generated on first use, then cached)."""
    path = CACHE / f"{recap['id']}-{voice}.wav"
    if not path.exists():
        if not SPEAK.exists():
            sys.exit(f"{SPEAK} not found: cannot speak the recaps (set DEBRIEF_SPEAK)")
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(SPEAK), "--voice", voice, "--rate", "16000", recap["spoken"], str(path)],
            check=True,
            capture_output=True,
        )
    return path


def said(name: str, transcript: str) -> bool:
    """Whether ``transcript`` spells ``name`` right (case, punctuation, spacing ignored)."""
    from debrief.names import words

    return " ".join(words(name)) in " ".join(words(transcript))


def scale(n_debriefs: int) -> None:
    """Cost of the vocabulary and of name resolution on a large knowledge base (built by
    benchmarks/search.py), against opening the store, in the same process."""
    from benchmarks.search import build
    from debrief.models import Contact, Extraction, Person
    from debrief.store import Store
    from debrief.store.resolve import resolve_extraction, vocabulary

    path = Path(tempfile.mkdtemp(prefix="debrief-names-scale-")) / "kb.db"
    build(path, n_debriefs)
    store = Store(path)
    heard = Extraction(
        contact=Contact("Shavana Conquo", "engineer", "Cloud Strike"),
        people_mentioned=[Person("Priya Ramen", "Data dog", "referral"), Person("Jon Smyth")],
        companies_mentioned=["Cloud Strike", "Data dog"],
    )

    def timed(fn: object, reps: int = 5) -> float:
        best = float("inf")
        for _ in range(reps):
            t0 = time.perf_counter()
            fn()  # type: ignore[operator]
            best = min(best, time.perf_counter() - t0)
        return best

    t_open = timed(lambda: Store(path).close())
    t_vocab = timed(lambda: vocabulary(store))
    t_resolve = timed(lambda: resolve_extraction(store, heard))
    print(
        f"{n_debriefs} debriefs: open store {1000 * t_open:.0f} ms (baseline), "
        f"vocabulary {1000 * t_vocab:.0f} ms ({t_vocab / t_open:.1f}x), "
        f"resolution of 5 names {1000 * t_resolve:.0f} ms ({t_resolve / t_open:.1f}x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--voices", help="Comma-separated voices (default: each recap's own).")
    parser.add_argument(
        "--every-voice", action="store_true", help="Every recap in every voice of --voices."
    )
    parser.add_argument("--engine", default="faster-whisper")
    parser.add_argument(
        "--scale", type=int, metavar="N", help="Only time vocabulary and resolution on N debriefs."
    )
    args = parser.parse_args()
    if args.scale:
        scale(args.scale)
        return
    voices = args.voices.split(",") if args.voices else None

    os.environ["DEBRIEF_HOME"] = tempfile.mkdtemp(prefix="debrief-names-")
    from debrief import pipeline
    from debrief.audio import decode
    from debrief.names import person_key
    from debrief.store.resolve import resolve_extraction
    from debrief.transcribe import get_engine
    from tests.conftest import wer

    settings = pipeline.load_settings({"engine": args.engine})
    store = pipeline.open_store(settings)
    start = datetime(2026, 11, 2, 10, 0)
    for n, recap in enumerate(RECAPS):
        pipeline.add_text(settings, store, recap["earlier"], when=start + timedelta(days=n))
    names = pipeline.vocabulary(store)
    runs = [
        (recap, voice)
        for n, recap in enumerate(RECAPS)
        for voice in (
            voices
            if voices and args.every_voice
            else [voices[n % len(voices)] if voices else recap["voice"]]
        )
    ]
    engine = get_engine(settings)
    prompt = engine.hotwords(names) if hasattr(engine, "hotwords") else ", ".join(names)
    print(
        f"{len(runs)} spoken recaps, {args.engine} {settings.model}, beam {settings.beam_size}; "
        f"vocabulary: {len(names)} names on file, {prompt.count(',') + 1} fit the prompt "
        f"({engine.count_tokens(' ' + prompt)} tokens)"  # type: ignore[attr-defined]
    )
    header = f"{'recap':<11}{'voice':<8}{'names':>7}{'':>3}{'contact':>16}{'':>4}{'WER %':>13}"
    print(header + "\n" + f"{'':<19}{'off  on':>10}{'off res  on':>20}{'off    on':>14}")
    totals = {k: 0 for k in ("names", "off", "on", "c_off", "c_res", "c_on")}
    wers: dict[str, list[float]] = {"off": [], "on": []}
    seconds = {"off": 0.0, "on": 0.0}
    for n, (recap, voice) in enumerate(runs):
        samples = decode(audio_for(recap, voice))
        row: dict[str, str] = {}
        for mode, vocab in (("off", None), ("on", names)):
            t0 = time.perf_counter()
            row[mode] = engine.transcribe(samples, vocabulary=vocab).text
            seconds[mode] += time.perf_counter() - t0
            wers[mode].append(wer(recap["spoken"], row[mode]))
        hits = {m: sum(said(x, row[m]) for x in recap["names"]) for m in ("off", "on")}
        when = start + timedelta(days=30 + n)
        ex_off = pipeline.extract_text(row["off"], when)
        ex_res, _ = resolve_extraction(store, ex_off)
        ex_on, _ = resolve_extraction(store, pipeline.extract_text(row["on"], when))
        right = {
            k: person_key(e.contact.name) == person_key(recap["contact"])
            for k, e in (("c_off", ex_off), ("c_res", ex_res), ("c_on", ex_on))
        }
        totals["names"] += len(recap["names"])
        totals["off"] += hits["off"]
        totals["on"] += hits["on"]
        for k, ok in right.items():
            totals[k] += ok
        marks = "   ".join("y" if right[k] else "-" for k in ("c_off", "c_res", "c_on"))
        print(
            f"{recap['id']:<11}{voice:<8}{hits['off']:>3}/{len(recap['names'])}"
            f"{hits['on']:>3}/{len(recap['names'])}{marks:>17}"
            f"{100 * wers['off'][-1]:>11.1f}{100 * wers['on'][-1]:>6.1f}"
            f"   {ex_off.contact.name or '-'} -> {ex_on.contact.name or '-'}"
        )
        missed = [x for x in recap["names"] if not said(x, row["on"])]
        if missed:
            print(f"{'':<19}missed with the vocabulary: {', '.join(missed)}")
    k = len(runs)
    mean = {m: 100 * sum(v) / len(v) for m, v in wers.items()}
    print(
        f"\nname accuracy (names on file spelled right): {totals['off']}/{totals['names']} "
        f"without the vocabulary, {totals['on']}/{totals['names']} with it "
        f"({totals['on'] / max(totals['off'], 1):.2f}x)"
    )
    print(
        f"contact filed right: {totals['c_off']}/{k} today, {totals['c_res']}/{k} with "
        f"resolution alone, {totals['c_on']}/{k} with vocabulary + resolution "
        f"({totals['c_on'] / max(totals['c_off'], 1):.2f}x)"
    )
    print(f"mean WER: {mean['off']:.1f}% without, {mean['on']:.1f}% with the vocabulary")
    print(
        f"transcription time: {seconds['off']:.1f} s without, {seconds['on']:.1f} s with "
        f"(ratio {seconds['on'] / seconds['off']:.2f})"
    )


if __name__ == "__main__":
    main()
