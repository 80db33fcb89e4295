"""The voice check for extraction: a labelled set spoken, filed by `debrief add`, scored.

    .venv/bin/python benchmarks/extract_voice.py samples/labelled/check.jsonl
    .venv/bin/python benchmarks/extract_voice.py SET.jsonl --voices heart,kumo --limit 10

For each item of a labelled JSONL (``{id, recorded_at, text, contact, insights, ...}``) in
turn: its text is spoken by ``speak.py`` in the next voice of a rotation of natural voices
(cached in ``benchmarks/.cache/speech/``, see benchmarks/speech), and the audio is filed by
the real command, ``debrief add AUDIO --when RECORDED_AT``, in a throwaway data home. The
filed debriefs are exported (``debrief export``) into the scorer's JSONL, one extraction per
id, and ``score_extraction.py`` scores them through ``--cmd``: this script again, in
``--lookup`` mode, printing the filed result of each id it is sent. For comparison the same
scorer runs on the typed text (``debrief extract --jsonl``), and the transcripts' WER against
the texts is reported per voice.

Only ``id``, ``recorded_at`` and ``text`` of the set are read here; the labels are the
scorer's business.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import speech  # noqa: E402
from benchmarks.shared import shared_file  # noqa: E402


def scorer() -> Path:
    """The judge: ``$SCORE_EXTRACTION`` (the script or its folder), else the shared folder's
    (benchmarks/shared.py)."""
    given = os.environ.get("SCORE_EXTRACTION", "")
    if given:
        path = Path(given) if given.endswith(".py") else Path(given) / "score_extraction.py"
        if path.is_file():
            return path
    found = shared_file("tools", "score_extraction.py")
    if found is None:
        sys.exit("score_extraction.py not found: set SCORE_EXTRACTION to its path")
    return found


def debrief_cmd() -> list[str]:
    script = Path(sys.executable).parent / "debrief"
    return [str(script)] if script.exists() else [sys.executable, "-m", "debrief.cli"]


def as_extraction(row: dict[str, Any]) -> dict[str, Any]:
    """A filed debrief (``debrief export``) in the extraction schema's shape."""
    return {
        "contact": {
            "name": row.get("contact"),
            "title": row.get("title"),
            "company": row.get("company"),
        },
        "insights": [
            {
                "category": i["category"],
                "text": i["text"],
                "start": i.get("start_char"),
                "end": i.get("end_char"),
            }
            for i in row.get("insights", [])
        ],
        # What was said (kind null), not the ledger debrief generates (thank-you notes...).
        "follow_ups": [
            {"text": f["text"], "due": f.get("due")}
            for f in row.get("follow_ups", [])
            if f.get("kind") is None
        ],
        "people_mentioned": row.get("people_mentioned", []),
        "companies_mentioned": row.get("companies_mentioned", []),
        "call_minutes": row.get("call_minutes"),
        "pipeline_version": row.get("pipeline_version") or "",
    }


def lookup(filed: Path) -> None:
    """``--cmd`` for the scorer: print the filed extraction of every id read on stdin."""
    by_id = {}
    for line in filed.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            by_id[item["id"]] = item
    for line in sys.stdin:
        if not line.strip():
            continue
        wanted = json.loads(line)["id"]
        found = by_id.get(wanted) or {"id": wanted, **as_extraction({})}
        print(json.dumps(found, ensure_ascii=False))


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "DEBRIEF_HOME": str(home), "PYTHONPATH": str(ROOT)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("labelled", type=Path, nargs="?", help="labelled JSONL")
    ap.add_argument("--voices", default=",".join(speech.ROTATION), help="voice rotation")
    ap.add_argument("--limit", type=int, default=0, help="only the first N items")
    ap.add_argument("--keep", type=Path, help="keep the data home and filed JSONL here")
    ap.add_argument("--no-text", action="store_true", help="skip the typed-text comparison")
    ap.add_argument(
        "--fresh",
        action="store_true",
        help="file each recap into a data home of its own (nothing on file: no vocabulary, "
        "no name resolution; a diagnostic, not how a user files calls)",
    )
    ap.add_argument(
        "--transcripts",
        action="store_true",
        help="also score `debrief extract` on the transcripts (the pipeline apart from ASR)",
    )
    ap.add_argument("--lookup", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.lookup:
        lookup(args.lookup)
        return
    if args.labelled is None:
        ap.error("give the labelled JSONL")
    lines = [x for x in args.labelled.read_text(encoding="utf-8").splitlines() if x.strip()]
    if args.limit:
        lines = lines[: args.limit]
    # Only what a user would say, and when; the labels stay the scorer's (and go, with the
    # text replaced by the transcript, into transcripts.jsonl for --transcripts).
    labelled = {json.loads(x)["id"]: json.loads(x) for x in lines}
    items = [{k: json.loads(x)[k] for k in ("id", "recorded_at", "text")} for x in lines]
    voices = [v.strip() for v in args.voices.split(",") if v.strip()]
    cache = speech.CACHE / "labelled"
    print(f"{len(items)} items of {args.labelled.name}, voices in turn: {', '.join(voices)}")
    audio: dict[str, Path] = {}
    voice_of: dict[str, str] = {}
    for n, item in enumerate(items):
        voice_of[item["id"]] = voices[n % len(voices)]
        audio[item["id"]] = speech.audio_for(
            f"item{n:03d}", item["text"], voice_of[item["id"]], cache
        )

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="debrief-voice-"))
    home = work / "home"
    corpus = args.labelled
    if args.limit:  # the scorer scores what it is given: the same first N lines
        corpus = work / f"first-{args.limit}.jsonl"
        corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    homes = [home / f"{n:03d}" for n in range(len(items))] if args.fresh else [home]
    start = time.perf_counter()
    failed = 0
    for n, item in enumerate(items):
        env = _env(homes[n % len(homes)])
        proc = subprocess.run(
            [*debrief_cmd(), "add", str(audio[item["id"]]), "--when", item["recorded_at"]],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            failed += 1
            print(f"  {item['id']}: debrief add failed: {proc.stderr.strip()[-300:]}")
    add_s = time.perf_counter() - start
    rows = {}
    for one in homes:
        exported = subprocess.run(
            [*debrief_cmd(), "export", "--format", "json"],
            env=_env(one),
            capture_output=True,
            text=True,
            check=True,
        )
        rows.update({r["original_name"]: r for r in json.loads(exported.stdout)})
    env = _env(home)
    filed = work / "filed.jsonl"
    pairs, by_voice = [], {}
    heard = work / "transcripts.jsonl"  # the labelled set with each text as Whisper wrote it
    with filed.open("w", encoding="utf-8") as out, heard.open("w", encoding="utf-8") as said_out:
        for item in items:
            row = rows.get(audio[item["id"]].name)
            if row is None:
                continue
            out.write(json.dumps({"id": item["id"], **as_extraction(row)}, ensure_ascii=False))
            out.write("\n")
            said = (row.get("transcript") or {}).get("text") or ""
            said_out.write(json.dumps({**labelled[item["id"]], "text": said}, ensure_ascii=False))
            said_out.write("\n")
            pairs.append((item["text"], said))
            by_voice.setdefault(voice_of[item["id"]], []).append((item["text"], said))
    print(
        f"filed {len(rows)}/{len(items)} with `debrief add` in {add_s:.0f} s "
        f"({add_s / max(1, len(items)):.1f} s each, a cold process per file); {failed} failed"
    )
    print(
        f"WER of the transcripts: {speech.wer(pairs):.1%} overall; "
        + ", ".join(f"{v} {speech.wer(p):.1%}" for v, p in sorted(by_voice.items()))
    )
    lookup_cmd = shlex.join([sys.executable, __file__, "--lookup", str(filed)])
    print("\n== extraction from the spoken recaps (debrief add, Whisper + spaCy) ==", flush=True)
    subprocess.run([sys.executable, str(scorer()), str(corpus), "--cmd", lookup_cmd], check=False)
    if args.transcripts:
        # The same extraction without the knowledge base (no name resolution) on the
        # transcripts themselves: what the pipeline loses on Whisper's text, apart from ASR.
        text_cmd = shlex.join([*debrief_cmd(), "extract", "--jsonl"])
        print("\n== the transcripts, extracted alone (debrief extract --jsonl) ==", flush=True)
        subprocess.run(
            [sys.executable, str(scorer()), str(heard), "--cmd", text_cmd], env=env, check=False
        )
    if not args.no_text:
        text_cmd = shlex.join([*debrief_cmd(), "extract", "--jsonl"])
        print("\n== the same items typed (debrief extract --jsonl), for comparison ==", flush=True)
        subprocess.run(
            [sys.executable, str(scorer()), str(corpus), "--cmd", text_cmd],
            env=env,
            check=False,
        )
    if args.keep:
        print(f"\nkept: {home} and {filed}")


if __name__ == "__main__":
    main()
