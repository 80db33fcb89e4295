#!/usr/bin/env python3
"""Build spoken training data: labelled recaps spoken, transcribed by `debrief add`, re-labelled.

    .venv/bin/python scripts/build_spoken.py [--per-file 12] [--out FILE] [--write-only]
    .venv/bin/python scripts/build_spoken.py --files 06-09 --per-file 4 \
        --voices heart,joe,slt-hts --out benchmarks/spoken_heldout.jsonl [--import FILE]
    .venv/bin/python scripts/build_spoken.py --source pipelines/training/recaps-ao-01.jsonl \
        --source ... --per-file 0 --cache CACHE --out pipelines/training/spoken-03.jsonl

The second form builds a spoken *check* set from the held-out files instead (never trained on);
``--import TRANSCRIPTS`` adds transcripts made elsewhere (``extract_voice.py --keep DIR`` writes
``DIR/transcripts.jsonl``: id and the text as Whisper wrote it) of recaps of those files.
The third form speaks other labelled files (``--source``, e.g. a development author's; never
an untouched author's nor a blind set), every recap of each with ``--per-file 0``, the audio
and transcripts cached in ``--cache``.

Issue 11 asks to train "on transcripts of such audio too, so the model learns Whisper's
punctuation". For each of ``--per-file`` recaps drawn (fixed seed) from every training file
01-05 of both authors (files 06-09 stay held out), in a rotation of natural voices:

1. the typed text is spoken by ``speak.py`` (``benchmarks/speech``: cached 16 kHz WAV, or the
   committed Opus of an unseedable voice);
2. the audio is transcribed as `debrief add` transcribes it for a new user (default settings
   from ``pipelines/whisper.toml``, no names on file, so no vocabulary primes Whisper): the
   same engine and call, loaded once in this process rather than once per cold `debrief add`;
3. the labels are re-aligned to that transcript (:func:`realign`): each gold insight and
   follow-up text becomes the transcript span whose tokens match it best (token F1, the
   scorer's measure); a label whose best span scores below ``MIN_F1`` (0.6) is dropped; contact,
   people and company names take the transcript's spelling when one span clearly is the name
   (:func:`respell`), else the gold spelling stays. Dues, categories, relations and call minutes
   are the gold ones.

Each output line has the training files' format (``id`` gains ``-s``, plus ``voice`` and
``source_id``), ``text`` being the transcript. Speaking is the slow part (15-60 s a recap on a
busy machine); audio and transcripts are cached (``benchmarks/.cache/speech/``), so a rerun
only does what is missing.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import speech  # noqa: E402

TRAINING = ROOT / "pipelines" / "training"
#: Voices spoken in, in turn: natural American (heart, joe), semi-natural (slt-hts) and a Scottish
#: synthetic one (flite-awb); the Kokoro voices take minutes a recap on a busy machine.
VOICES = ("heart", "joe", "slt-hts", "flite-awb")
#: A label whose best transcript span scores below this token F1 is dropped.
MIN_F1 = 0.6
#: A name takes the transcript's spelling when its best span is at least this close (0-100)...
NAME_CLOSE = 70.0
#: ... and no other span of the transcript comes within this many points of it.
NAME_MARGIN = 8.0

_TOKEN = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)?")


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(normalised word, start, end) of each word of ``text``; words as the scorer splits them
    (lower-case letters and digits), apostrophes kept inside a word's span."""
    out = []
    for m in _TOKEN.finditer(text):
        for w in re.findall(r"[a-z0-9]+", m.group().lower()):
            out.append((w, m.start(), m.end()))
    return out


def best_span(gold_text: str, toks: list[tuple[str, int, int]]) -> tuple[float, int, int]:
    """The transcript token span ``[i, j)`` whose words match ``gold_text`` best by token F1
    (ties: the shorter span), as (F1, i, j). Spans of 0.5x to 1.6x the gold's length are tried
    at every start (recaps are a few hundred words: brute force is a few ms)."""
    gold = [w for w, _, _ in tokens(gold_text)]
    if not gold or not toks:
        return 0.0, 0, 0
    words = [w for w, _, _ in toks]
    want = Counter(gold)
    lo, hi = max(1, int(len(gold) * 0.5)), max(2, int(len(gold) * 1.6) + 1)
    best = (0.0, 0, 0)
    for i in range(len(words)):
        if words[i] not in want:  # a best span starts on a shared word
            continue
        have: Counter[str] = Counter()
        hit = 0
        for j in range(i, min(len(words), i + hi)):
            w = words[j]
            have[w] += 1
            if have[w] <= want[w]:
                hit += 1
            n = j - i + 1
            if n < lo or not hit:
                continue
            p, r = hit / n, hit / len(gold)
            f = 2 * p * r / (p + r)
            if f > best[0] + 1e-9:
                best = (f, i, j + 1)
    return best


def span_text(text: str, toks: list[tuple[str, int, int]], i: int, j: int) -> tuple[int, int]:
    """Character offsets of tokens ``[i, j)`` in ``text``, with a sentence's closing
    punctuation right after it (the training labels end sentences that way)."""
    start, end = toks[i][1], toks[j - 1][2]
    while end < len(text) and text[end] in ".!?":
        end += 1
    return start, end


def respell(
    name: str | None, text: str, toks: list[tuple[str, int, int]], *, person: bool = False
) -> str | None:
    """``name`` as the transcript spells it when one span clearly is it, else ``name``.

    Spans with as many words as the name (and one fewer or more: "Data dog", "Okon kwo") are
    compared by character similarity (rapidfuzz ratio, case and punctuation ignored); the best
    one is taken when it reaches :data:`NAME_CLOSE` and beats every non-overlapping other span
    by :data:`NAME_MARGIN`. A name said as written takes the transcript's casing ("Deb
    Kowalski" for a lower-case "deb kowalski"); a person's name spelled otherwise only when
    Whisper capitalised every word of it (so it wrote a name there); a possessive 's goes."""
    from rapidfuzz import fuzz

    if not name:
        return name
    gold = " ".join(w for w, _, _ in tokens(name))
    if not gold:
        return name
    n = len(gold.split())
    scored: list[tuple[float, int, int]] = []
    for size in {max(1, n - 1), n, n + 1}:
        for i in range(0, len(toks) - size + 1):
            said = " ".join(w for w, _, _ in toks[i : i + size])
            scored.append((100.0 if said == gold else float(fuzz.ratio(said, gold)), i, i + size))
    if not scored:
        return name
    scored.sort(key=lambda x: (-x[0], x[1]))
    score, i, j = scored[0]
    rival = next((s for s, a, b in scored[1:] if b <= i or a >= j), 0.0)
    if score < 100.0 and (score < NAME_CLOSE or score - rival < NAME_MARGIN):
        return name
    start, end = toks[i][1], toks[j - 1][2]
    said = text[start:end].strip(" ,.;:!?'\"")
    if said.lower().endswith(("'s", "\u2019s")) and not name.lower().endswith(("'s", "\u2019s")):
        said = said[:-2]  # "Lumen's onboarding team": the possessive is not the name
    if person and score < 100.0 and not all(w[:1].isupper() for w in said.split()):
        return name  # "she are a Benedetti" for Chiara Benedetti: not clearly the name
    return said


def realign(item: dict[str, Any], transcript: str) -> tuple[dict[str, Any], dict[str, int]]:
    """``item``'s labels moved onto ``transcript``; counts of what was kept, dropped, respelled."""
    toks = tokens(transcript)
    stats: Counter[str] = Counter()
    out: dict[str, Any] = {
        "id": f"{item['id']}-s",
        "source_id": item["id"],
        "recorded_at": item["recorded_at"],
        "text": transcript,
    }

    def aligned(label: dict[str, Any], kind: str) -> dict[str, Any] | None:
        """The label with its text re-aligned onto the transcript, or None (counted)."""
        f1, i, j = best_span(label["text"], toks)
        if f1 < MIN_F1:
            stats[f"{kind} dropped"] += 1
            return None
        a, b = span_text(transcript, toks, i, j)
        stats[f"{kind} kept"] += 1
        return {**label, "text": transcript[a:b]}

    kept_insights = [
        {"category": x["category"], "text": x["text"]}
        for ins in item["insights"]
        if (x := aligned(ins, "insights")) is not None
    ]
    kept_fu = [
        {"text": x["text"], "due": x.get("due")}
        for fu in item["follow_ups"]
        if (x := aligned(fu, "follow-ups")) is not None
    ]

    def name(value: str | None, kind: str) -> str | None:
        new = respell(value, transcript, toks, person=kind == "names")
        if value and new != value:
            stats[f"{kind} respelled"] += 1
        return new

    contact = dict(item["contact"])
    contact["name"] = name(contact.get("name"), "names")
    contact["company"] = name(contact.get("company"), "companies")
    out["contact"] = contact
    out["insights"] = kept_insights
    out["follow_ups"] = kept_fu
    out["people_mentioned"] = [
        {
            **p,
            "name": name(p["name"], "names"),
            "company": name(p.get("company"), "companies"),
        }
        for p in item["people_mentioned"]
    ]
    companies = [name(c, "companies") for c in item["companies_mentioned"]]
    if contact.get("company") and item["contact"].get("company") in item["companies_mentioned"]:
        # one spelling for one company within a recap
        companies = [
            contact["company"] if c == item["contact"]["company"] else r
            for c, r in zip(item["companies_mentioned"], companies, strict=True)
        ]
    out["companies_mentioned"] = companies
    out["call_minutes"] = item.get("call_minutes")
    return out, dict(stats)


class Transcriber:
    """Whisper as `debrief add` runs it on a new user's data home: the default settings
    (``pipelines/whisper.toml``, no settings file), no names on file (so no vocabulary), the
    engine loaded once here instead of once per cold `debrief add` process."""

    def __init__(self) -> None:
        self.home = tempfile.mkdtemp(prefix="debrief-spoken-")
        os.environ["DEBRIEF_HOME"] = self.home  # no settings.toml: the defaults
        from debrief.config import load_settings
        from debrief.transcribe import get_engine

        self.settings = load_settings()
        self.engine = get_engine(self.settings)

    def __call__(self, audio: Path) -> str:
        from debrief import audio as audio_io

        samples = audio_io.decode(audio)
        return str(self.engine.transcribe(samples, None, vocabulary=[]).text)


def file_range(spec: str) -> range:
    """``"01-05"`` -> range(1, 6); ``"07"`` -> range(7, 8)."""
    lo, _, hi = spec.partition("-")
    return range(int(lo), int(hi or lo) + 1)


def pick(
    per_file: int, seed: int, numbers: range = range(1, 6), sources: list[Path] | None = None
) -> list[dict[str, Any]]:
    """``per_file`` recaps of each training file ``numbers`` (01-05) of both authors, or of each
    of ``sources`` (fixed seed; ``per_file`` 0: all, each file's in order)."""
    paths = sources or [
        TRAINING / f"recaps-{author}-0{n}.jsonl" for n in numbers for author in ("a", "b")
    ]
    files: list[list[dict[str, Any]]] = []
    for path in paths:
        lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
        if per_file:
            random.Random(f"{seed}-{path.name}").shuffle(lines)
            lines = lines[:per_file]
        files.append(lines)
    if not per_file:  # interleaved too, so that any first part covers every file
        rows = itertools.zip_longest(*files)
        return [item for row in rows for item in row if item is not None]
    # interleaved, so that any first part covers both authors and every file
    return [item for row in zip(*files, strict=True) for item in row]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--per-file", type=int, default=12, help="recaps from each training file")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--files", default="01-05", help="training file numbers, e.g. 06-09")
    ap.add_argument(
        "--import",
        dest="imported",
        type=Path,
        help="transcripts made elsewhere (JSONL: id, text[, voice]) of recaps of those files",
    )
    ap.add_argument(
        "--source", type=Path, action="append", default=[], help="labelled files to speak"
    )
    ap.add_argument("--cache", type=Path, help="audio and transcripts (default: benchmarks')")
    ap.add_argument("--voices", default=",".join(VOICES))
    ap.add_argument("--out", type=Path, default=TRAINING / "spoken-01.jsonl")
    ap.add_argument("--speak-only", action="store_true", help="only make the audio")
    ap.add_argument(
        "--write-only", action="store_true", help="write the output from what is transcribed"
    )
    args = ap.parse_args()
    voices = [v for v in args.voices.split(",") if v]
    items = pick(args.per_file, args.seed, file_range(args.files), args.source)
    cache = args.cache or speech.CACHE / "training"
    done: dict[str, dict[str, Any]] = {}
    # the costly part, kept
    partial = (args.cache or speech.CACHE) / f"{args.out.stem}.transcripts.jsonl"
    partial.parent.mkdir(parents=True, exist_ok=True)
    if partial.exists():  # resume: transcripts already made are kept
        for line in partial.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                done[row["source_id"]] = row
    if args.imported:
        by_id = {
            json.loads(x)["id"]: json.loads(x)
            for n in file_range(args.files)
            for author in ("a", "b")
            for x in (TRAINING / f"recaps-{author}-{n:02d}.jsonl").read_text("utf-8").splitlines()
            if x.strip()
        }
        picked = {item["id"] for item in items}
        for line in args.imported.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if row is None or row["id"] not in by_id or row["id"] in picked:
                continue
            items.append(by_id[row["id"]])
            picked.add(row["id"])
            if row["id"] not in done:
                done[row["id"]] = {
                    "source_id": row["id"],
                    "voice": row.get("voice", "imported"),
                    "transcript": row["text"],
                }
    totals: Counter[str] = Counter()
    transcribe: Transcriber | None = None
    with partial.open("a", encoding="utf-8") as log:
        for n, item in enumerate(items):
            # --source interleaves the files: shift the rotation each round, so that every
            # file is spoken in every voice
            shift = n // len(voices) if args.source else 0
            voice = voices[(n + shift) % len(voices)]
            if args.write_only or item["id"] in done:
                continue
            audio = speech.audio_for(item["id"], item["text"], voice, cache)
            if args.speak_only:
                continue
            if transcribe is None:
                transcribe = Transcriber()
            said = transcribe(audio)
            row = {"source_id": item["id"], "voice": voice, "transcript": said}
            log.write(json.dumps(row, ensure_ascii=False) + "\n")
            log.flush()
            done[item["id"]] = row
            print(f"{n + 1}/{len(items)} {item['id']} ({voice})", file=sys.stderr, flush=True)
    if args.speak_only:
        return
    pairs = []
    with args.out.open("w", encoding="utf-8") as out:
        for item in items:
            row = done.get(item["id"])
            if row is None:  # --write-only before every recap is transcribed
                continue
            labelled, stats = realign(item, row["transcript"])
            totals.update(stats)
            labelled["voice"] = row["voice"]
            out.write(json.dumps(labelled, ensure_ascii=False) + "\n")
            pairs.append((item["text"], row["transcript"]))
    print(f"{len(pairs)} recaps -> {args.out} (WER {speech.wer(pairs):.1%})")
    print(", ".join(f"{k} {v}" for k, v in sorted(totals.items())))


if __name__ == "__main__":
    main()
