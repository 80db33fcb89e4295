"""How names survive speech: Whisper's spelling of the names of labelled recaps, against the
TYPED spellings, and what each spelling repair (debrief.names_spelling) wins and breaks.

    .venv/bin/python benchmarks/names_spelling.py --spoken pipelines/training/spoken-01.jsonl
    .venv/bin/python benchmarks/names_spelling.py --voice DIR --labelled SET.jsonl

``--spoken``: transcripts whose ``source_id`` names a typed recap of pipelines/ (their own
gold names were re-spelled to the transcript, so the gold names are the typed recap's).
``--voice``: ``DIR/transcripts.jsonl`` as ``benchmarks/extract_voice.py --keep DIR`` writes
it, with the labelled set it spoke. ``--speak SET.jsonl --limit N``: the first N recaps of a
labelled set spoken (speak.py, voices in turn, cached in benchmarks/.cache/speech) and
transcribed here as `debrief add` does for a new user (default settings, no names on file;
``DEBRIEF_BEAM_SIZE`` etc. override them as for debrief), transcripts kept in ``--keep FILE``;
WER and Whisper's CPU seconds are printed. All may be given, several times.

Prints two tables:

1. spelling: every gold name (the contact's and the people mentioned) in the transcript:
   spelled exactly (the scorer's comparison: lower case, punctuation stripped); split or merged
   (the same letters across a different number of words); misspelled but close (every word has
   a transcript word within 70% similarity or of the same sound key); lost (some word has none);
2. extraction: the real extraction (spaCy) of each transcript, then each repair applied to the
   extracted names: contact name accuracy, people P/R/F1 as the scorer counts them, and the
   names right before a repair and wrong after it (broken) or the other way (fixed).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402
from rapidfuzz.distance import Levenshtein  # noqa: E402

from debrief import names_spelling  # noqa: E402
from debrief.names import words  # noqa: E402

SOURCES = [ROOT / "pipelines" / "training", ROOT / "pipelines" / "roles"]


def typed_recaps() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for folder in SOURCES:
        for path in sorted(folder.glob("recaps-*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    out[row["id"]] = row
    return out


def pairs_spoken(path: Path, typed: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """(transcript, typed gold) of a spoken file: text from it, labels from the source."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            src = typed.get(row.get("source_id", ""))
            if src:
                out.append({"id": row["id"], "text": row["text"], "gold": src})
    return out


def pairs_voice(folder: Path, labelled: Path) -> list[dict[str, Any]]:
    gold = {}
    for line in labelled.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            gold[row["id"]] = row
    out = []
    for line in (folder / "transcripts.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row["id"] in gold:
                out.append({"id": row["id"], "text": row["text"], "gold": gold[row["id"]]})
    return out


def pairs_speak(
    path: Path, limit: int, voices: list[str], keep: Path | None, vocabulary: list[str]
) -> list[dict[str, Any]]:
    """The first ``limit`` recaps of a labelled set, spoken and transcribed in this process."""
    import os
    import tempfile

    from benchmarks import speech

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    rows = rows[:limit] if limit else rows
    done: dict[str, str] = {}
    if keep and keep.is_file():
        for line in keep.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            done[item["id"]] = item["text"]
    os.environ["DEBRIEF_HOME"] = tempfile.mkdtemp(prefix="debrief-names-")  # the defaults
    from debrief import audio as audio_io
    from debrief.config import load_settings
    from debrief.transcribe import get_engine

    engine = None
    cpu = 0.0
    out = []
    for n, row in enumerate(rows):
        if row["id"] not in done:
            voice = voices[n % len(voices)]
            # The audio extract_voice.py spoke for the same set, if it did (its item ids).
            wav = speech.cached_path(f"item{n:03d}", row["text"], voice, speech.CACHE / "labelled")
            if not wav.is_file():
                wav = speech.audio_for(row["id"], row["text"], voice)
            engine = engine or get_engine(load_settings())
            started = time.process_time()
            heard = engine.transcribe(audio_io.decode(wav), None, vocabulary=vocabulary)
            cpu += time.process_time() - started
            done[row["id"]] = str(heard.text)
            if keep:
                with keep.open("a", encoding="utf-8") as f:
                    f.write(json.dumps({"id": row["id"], "voice": voice, "text": heard.text}))
                    f.write("\n")
        out.append({"id": row["id"], "text": done[row["id"]], "gold": row})
    pairs = [(it["gold"]["text"], it["text"]) for it in out]
    print(f"{path.name}: {len(out)} spoken, WER {speech.wer(pairs):.3f}, Whisper CPU {cpu:.1f} s")
    return out


def gold_names(row: dict[str, Any]) -> list[str]:
    names = [(row.get("contact") or {}).get("name")]
    names += [p["name"] for p in row.get("people_mentioned", [])]
    return [n for n in names if n]


def spelling(name: str, text: str) -> str:
    """exact | split/merged | close | lost: how ``name`` is written in the transcript."""
    gold, heard = words(name), words(text)
    if not gold:
        return "exact"
    n = len(gold)
    if any(heard[i : i + n] == gold for i in range(len(heard) - n + 1)):
        return "exact"
    joined = "".join(gold)
    for size in range(1, n + 3):
        if size == n:
            continue
        for i in range(len(heard) - size + 1):
            if fuzz.ratio("".join(heard[i : i + size]), joined) >= 85:
                return "split/merged"
    keys = {names_spelling.sound_key(w) for w in heard}
    for w in gold:
        if w in heard:
            continue
        if names_spelling.sound_key(w) in keys:
            continue
        if max((fuzz.ratio(w, h) for h in heard), default=0) >= 70:
            continue
        return "lost"
    return "close"


CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")


def variants(text: str) -> dict[str, str]:
    """For each capitalised word of ``text``, the spelling of its group of close variants
    (same sound key, within :func:`max_edits`): the most frequent in the text, ties to the
    earlier one."""
    counts = Counter(CAPITALISED.findall(text))
    order = {w: i for i, w in reversed(list(enumerate(CAPITALISED.findall(text))))}
    groups: dict[str, list[str]] = defaultdict(list)
    for word in counts:
        groups[names_spelling.sound_key(word)].append(word)
    chosen: dict[str, str] = {}
    for group in groups.values():
        for word in group:
            near = [
                w
                for w in group
                if Levenshtein.distance(word.lower(), w.lower()) <= names_spelling.max_edits(word)
            ]
            chosen[word] = max(near, key=lambda w: (counts[w], -order[w]))
    return chosen


def consistent(name: str, text: str, choice: dict[str, str] | None = None) -> str:
    """``name`` with each word spelled as the recap ``text`` spells it most often."""
    choice = variants(text) if choice is None else choice
    return " ".join(choice.get(w, w) for w in name.split())


def norm(name: str | None) -> str:
    return " ".join(words(name))


def filed(name: str | None) -> str | None:
    """The repair as filing runs it: English words and known organisations left alone."""
    from debrief.extract.lexicon import non_name_words

    return names_spelling.repair_name(name, non_name_words())


Repair = Callable[[str | None, str], str | None]
REPAIRS: dict[str, Repair] = {
    "none": lambda name, text: name,
    "consistent": lambda name, text: consistent(name, text) if name else name,
    "unguarded": lambda name, text: names_spelling.repair_name(name),  # before stop 27
    "lexicon": lambda name, text: filed(name),
    "both": lambda name, text: filed(consistent(name, text) if name else name),
}


def extraction_scores(items: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    from debrief.longtext import extract_text

    base = []
    for it in items:
        gold = it["gold"]
        ex = extract_text(it["text"], datetime.fromisoformat(gold["recorded_at"]))
        base.append((it, ex))
    results: dict[str, dict[str, float]] = {}
    right_before: set[tuple[str, int, str]] = set()
    for label, repair in REPAIRS.items():
        c_ok = c_all = tp = fp = fn = 0
        right: set[tuple[str, int, str]] = set()
        started = time.perf_counter()
        for it, ex in base:
            gold, text = it["gold"], it["text"]
            gname = (gold.get("contact") or {}).get("name")
            pname = repair(ex.contact.name, text)
            if gname or pname:
                c_all += 1
                if norm(gname) == norm(pname):
                    c_ok += 1
                    right.add((it["id"], -1, norm(gname)))
            g = Counter(norm(p["name"]) for p in gold.get("people_mentioned", []))
            q = Counter(norm(repair(p.name, text)) for p in ex.people_mentioned)
            hit = g & q
            tp += sum(hit.values())
            fp += sum(q.values()) - sum(hit.values())
            fn += sum(g.values()) - sum(hit.values())
            right |= {(it["id"], 0, k) for k in hit}
        seconds = time.perf_counter() - started
        if label == "none":
            right_before = right
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        results[label] = {
            "contact_name": c_ok / c_all if c_all else 0.0,
            "people_p": p,
            "people_r": r,
            "people_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "fixed": len(right - right_before),
            "broken": len(right_before - right),
            "ms_per_recap": 1000 * seconds / max(1, len(base)),
        }
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--spoken", type=Path, action="append", default=[])
    ap.add_argument("--voice", type=Path, action="append", default=[])
    ap.add_argument("--labelled", type=Path, action="append", default=[])
    ap.add_argument("--speak", type=Path, action="append", default=[])
    ap.add_argument("--limit", type=int, default=0, help="--speak: the first N recaps")
    ap.add_argument("--voices", default="heart,joe,slt-hts", help="--speak: voices in turn")
    ap.add_argument("--keep", type=Path, action="append", default=[], help="--speak: cache")
    ap.add_argument("--vocabulary", type=Path, help="--speak: names primed, one a line")
    ap.add_argument("--no-extract", action="store_true", help="the spelling table only")
    ap.add_argument("--show", action="store_true", help="print each name not spelled exactly")
    args = ap.parse_args()
    typed = typed_recaps()
    items: list[dict[str, Any]] = []
    for path in args.spoken:
        items += pairs_spoken(path, typed)
    for folder, labelled in zip(args.voice, args.labelled, strict=True):
        items += pairs_voice(folder, labelled)
    vocabulary = args.vocabulary.read_text().split("\n") if args.vocabulary else []
    keeps = args.keep or [None] * len(args.speak)
    for path, keep in zip(args.speak, keeps, strict=True):
        items += pairs_speak(
            path, args.limit, args.voices.split(","), keep, [v for v in vocabulary if v]
        )
    if not items:
        sys.exit("no transcripts: give --spoken FILE or --voice DIR --labelled FILE")

    kinds: Counter[str] = Counter()
    for it in items:
        for name in gold_names(it["gold"]):
            kind = spelling(name, it["text"])
            kinds[kind] += 1
            if args.show and kind != "exact":
                print(f"  {kind:<13} {name!r:<28} {it['id']}")
    total = sum(kinds.values())
    print(f"{len(items)} transcripts, {total} gold names (contact + people, typed spelling)")
    for kind in ("exact", "close", "split/merged", "lost"):
        print(f"  {kind:<13} {kinds[kind]:>5}  {kinds[kind] / max(1, total):6.1%}")
    if args.no_extract:
        return
    lex_started = time.perf_counter()
    names_spelling.lexicon()
    print(f"lexicon load {time.perf_counter() - lex_started:.2f} s")
    print(
        f"{'repair':<12}{'contact':>9}{'ppl P':>7}{'ppl R':>7}{'ppl F1':>8}{'fixed':>7}"
        f"{'broken':>8}{'ms':>7}"
    )
    for label, s in extraction_scores(items).items():
        print(
            f"{label:<12}{s['contact_name']:>9.3f}{s['people_p']:>7.3f}{s['people_r']:>7.3f}"
            f"{s['people_f1']:>8.3f}{s['fixed']:>7}{s['broken']:>8}{s['ms_per_recap']:>7.2f}"
        )


if __name__ == "__main__":
    main()
