"""Name accuracy and WER with and without the vocabulary from the knowledge base.

    .venv/bin/python benchmarks/names.py [--voices heart,joe,...] [--engine faster-whisper]

On the recaps of ``benchmarks/names_recaps.py`` (each says a contact, a company and a referrer
already on file), spoken with ``../shared/tools/speak.py`` in natural voices (heart, joe, kumo,
alpha, slt-hts; generated once into ``benchmarks/.cache/names/``, gitignored). A throwaway
knowledge base is filled with the earlier typed recaps that put those names on file; then each
spoken recap is transcribed three times by the same loaded engine: without a vocabulary, with
the vocabulary debrief uses (:func:`debrief.store.vocabulary.vocabulary`: the names the next
call is likely to say) and with every name on file (``everyone=True``), and measured:

* name accuracy: of the names on file a recap says, how many the transcript spells right;
* contact filed right: the contact extraction files (names resolved against the knowledge base
  when the vocabulary is on; today's pipeline has neither) is the person who was called;
* WER against the text spoken (the suite's normalisation, tests/conftest.py).

Also printed: contact filed right with resolution alone (no vocabulary), to show each
defence's share, and the WER on the three bundled samples, whose people are not on file: what
priming costs when the names said are new. The baseline (no vocabulary) runs in the same
process on the same audio.

    .venv/bin/python benchmarks/names.py --scale 10000

times the vocabulary query and name resolution on a synthetic knowledge base of that size
(benchmarks/search.py builds it) against the `debrief people` overview on the same data.
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
from benchmarks.shared import shared_file  # noqa: E402

#: speak.py: ``$DEBRIEF_SPEAK``, else the shared folder's (benchmarks/shared.py).
_GIVEN = os.environ.get("DEBRIEF_SPEAK")
SPEAK = Path(_GIVEN) if _GIVEN is not None else shared_file("tools", "speak.py")
CACHE = ROOT / "benchmarks" / ".cache" / "names"


def audio_for(recap: dict, voice: str) -> Path:
    """The recap spoken by ``voice`` (generated on first use, then cached)."""
    path = CACHE / f"{recap['id']}-{voice}.wav"
    if not path.exists():
        if SPEAK is None or not SPEAK.exists():
            missing = SPEAK or "speak.py"
            sys.exit(f"{missing} not found: cannot speak the recaps (set DEBRIEF_SPEAK)")
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
    benchmarks/search.py), against the people overview on the same data, in one process."""
    from benchmarks.search import build
    from debrief.models import Contact, Extraction, Person
    from debrief.store import Store
    from debrief.store.resolve import resolve_extraction
    from debrief.store.vocabulary import vocabulary

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

    from debrief.store.people import people_overview

    t_open = timed(lambda: people_overview(store), reps=3)
    t_vocab = timed(lambda: vocabulary(store))
    t_resolve = timed(lambda: resolve_extraction(store, heard))
    print(
        f"{n_debriefs} debriefs: `debrief people` overview {1000 * t_open:.0f} ms (baseline), "
        f"vocabulary {1000 * t_vocab:.0f} ms ({t_vocab / t_open:.2f}x), "
        f"resolution of 5 names {1000 * t_resolve:.0f} ms ({t_resolve / t_open:.2f}x)"
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
    from debrief.config import load_settings
    from debrief.longtext import extract_text
    from debrief.names import person_key
    from debrief.store import open_store
    from debrief.store.resolve import resolve_extraction
    from debrief.store.vocabulary import vocabulary
    from debrief.transcribe import get_engine
    from tests.conftest import wer

    settings = load_settings({"engine": args.engine})
    store = open_store(settings)
    start = datetime(2026, 11, 2, 10, 0)
    for n, recap in enumerate(RECAPS):
        pipeline.add_text(settings, store, recap["earlier"], when=start + timedelta(days=n))
    vocab = {"off": None, "on": vocabulary(store), "all": None}
    vocab["all"] = vocabulary(store, everyone=True)
    modes = ("off", "on", "all")
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
    print(f"{len(runs)} spoken recaps, {args.engine} {settings.model}, beam {settings.beam_size}")
    for mode in ("on", "all"):
        names = vocab[mode] or []
        prompt = engine.hotwords(names)  # type: ignore[attr-defined]
        print(
            f"vocabulary {mode}: {len(names)} names, {prompt.count(',') + 1 if prompt else 0} "
            f"fit the prompt ({engine.count_tokens(' ' + prompt)} tokens)"  # type: ignore[attr-defined]
        )
    print(
        f"\n{'recap':<11}{'voice':<8}{'names off/on/all':>18}{'contact off res on all':>25}"
        f"{'WER % off/on/all':>21}"
    )
    hits = {m: 0 for m in modes}
    right = {m: 0 for m in ("off", "res", "on", "all")}
    total_names = 0
    wers: dict[str, list[float]] = {m: [] for m in modes}
    seconds = {m: 0.0 for m in modes}
    for n, (recap, voice) in enumerate(runs):
        samples = decode(audio_for(recap, voice))
        text: dict[str, str] = {}
        for mode in modes:
            t0 = time.perf_counter()
            text[mode] = engine.transcribe(samples, vocabulary=vocab[mode]).text
            seconds[mode] += time.perf_counter() - t0
            wers[mode].append(wer(recap["spoken"], text[mode]))
        got = {m: sum(said(x, text[m]) for x in recap["names"]) for m in modes}
        when = start + timedelta(days=30 + n)
        filed = {"off": extract_text(text["off"], when)}
        filed["res"] = resolve_extraction(store, filed["off"])[0]
        for mode in ("on", "all"):
            filed[mode] = resolve_extraction(store, extract_text(text[mode], when))[0]
        ok = {
            k: person_key(e.contact.name) == person_key(recap["contact"]) for k, e in filed.items()
        }
        total_names += len(recap["names"])
        for m in modes:
            hits[m] += got[m]
        for k in right:
            right[k] += ok[k]
        print(
            f"{recap['id']:<11}{voice:<8}{'/'.join(str(got[m]) for m in modes):>12} of "
            f"{len(recap['names'])}{'   '.join('y' if ok[k] else '-' for k in right):>22}"
            f"{'/'.join(f'{100 * wers[m][-1]:.0f}' for m in modes):>21}"
            f"   {filed['off'].contact.name or '-'} -> {filed['on'].contact.name or '-'}"
        )
    k = len(runs)
    mean = {m: 100 * sum(v) / len(v) for m, v in wers.items()}
    print(
        f"\nname accuracy (names on file spelled right, of {total_names}): {hits['off']} without "
        f"the vocabulary, {hits['on']} with it ({hits['on'] / max(hits['off'], 1):.2f}x), "
        f"{hits['all']} with every name on file ({hits['all'] / max(hits['off'], 1):.2f}x)"
    )
    print(
        f"contact filed right (of {k}): {right['off']} today, {right['res']} with resolution "
        f"alone, {right['on']} with vocabulary + resolution "
        f"({right['on'] / max(right['off'], 1):.2f}x), {right['all']} with every name"
    )
    print(
        f"mean WER: {mean['off']:.1f}% without, {mean['on']:.1f}% with the vocabulary, "
        f"{mean['all']:.1f}% with every name"
    )
    print(
        "transcription time: "
        + ", ".join(f"{m} {seconds[m]:.1f} s" for m in modes)
        + f" (ratio on/off {seconds['on'] / seconds['off']:.2f})"
    )
    # Recaps of people NOT on file (the bundled samples): what priming costs when the names
    # said are new.
    new = [
        ("recap-maria-lopez", ".wav"),
        ("recap-priya-shah", ".flac"),
        ("recap-short-note", ".ogg"),
    ]
    new_wer: dict[str, list[float]] = {m: [] for m in modes}
    for name, suffix in new:
        samples = decode(ROOT / "samples" / f"{name}{suffix}")
        reference = (ROOT / "samples" / f"{name}.txt").read_text(encoding="utf-8")
        for mode in modes:
            new_wer[mode].append(
                wer(reference, engine.transcribe(samples, vocabulary=vocab[mode]).text)
            )
    print(
        "new names (the 3 bundled samples, nobody in them on file), mean WER: "
        + ", ".join(f"{m} {100 * sum(v) / len(v):.1f}%" for m, v in new_wer.items())
    )


if __name__ == "__main__":
    main()
