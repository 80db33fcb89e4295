"""The keep rule's measurement: every training author scored, and the pools the rule reads.

    .venv/bin/python benchmarks/authors.py OUT [--compare OLD] [--sets dev pool7 aj] [--blind]

Extracts once (``python -m debrief.cli extract --jsonl``, this checkout's code) over the dev
set and every author of ``pipelines/training/`` (but a..m, the 2,000 early bulk recaps, and
the spoken transcripts, as at every stop since 28), then scores each set with the project's
judge from that one pass (the judge runs this script again in ``--lookup`` mode, answering
from the predictions by id and text, so a recap in several sets is extracted once). Writes
``OUT/<set>.txt`` (the judge's output) and ``OUT/summary.txt``, one row a set: macro-F1,
contact, follow-ups F1, people F1 and the contact's name/title/company counts.

The sets: ``dev``; one per author; ``pool-n..s`` (n-s, 600); ``pool7`` (t, u, x, ab, ad, af,
ah: the first seven untouched authors, 350); ``pool-untouched`` (every author of
``pipelines/check_only.txt``). The keep rule: a change is kept when no development set falls
and pool7 and aj do not fall on the four figures (docs/extraction-history.md, the stop-41
studies). ``--compare OLD`` prints old -> new where a figure moved. ``--blind`` adds
``benchmarks/blind/``: the lead's, scored once per pipeline version, never by an engineer.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TRAINING = ROOT / "pipelines" / "training"

from benchmarks.shared import shared_file  # noqa: E402


def shared() -> Path:
    """The project's shared material (the judge, the dev set): the first folder of
    :func:`benchmarks.shared.candidates` (``$DEBRIEF_SHARED``, ``shared/`` beside the checkout
    or beside the main checkout) that holds the judge."""
    judge = shared_file("tools", "score_extraction.py")
    if judge is None:
        raise SystemExit(
            "authors: the judge is not found: set DEBRIEF_SHARED to the shared/ folder"
        )
    return judge.parent.parent


EARLY = set("abcdefghijklm")
POOL7 = ("t", "u", "x", "ab", "ad", "af", "ah")
FIGURES = ("macro", "contact", "fu", "people", "name", "title", "company")


def untouched() -> list[str]:
    """The untouched authors, in the order ``check_only.txt`` lists them."""
    lines = (ROOT / "pipelines" / "check_only.txt").read_text(encoding="utf-8").splitlines()
    return [m.group(1) for line in lines if (m := re.fullmatch(r"recaps-(\w+)-\*\.jsonl", line))]


def read_lines(paths: list[Path]) -> list[str]:
    return [
        line for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def sets(blind: bool) -> dict[str, list[str]]:
    """{set name: its labelled JSONL lines}."""
    authors: dict[str, list[Path]] = {}
    for path in sorted(TRAINING.glob("recaps-*-*.jsonl")):
        author = path.name.split("-")[1]
        if author not in EARLY:
            authors.setdefault(author, []).append(path)
    dev = shared() / "corpus" / "dev.jsonl"
    out = {"dev": read_lines([dev])} if dev.exists() else {}
    out |= {a: read_lines(paths) for a, paths in authors.items()}
    out["pool-n..s"] = [line for a in "nopqrs" for line in out.get(a, [])]
    out["pool7"] = [line for a in POOL7 for line in out.get(a, [])]
    out["pool-untouched"] = [line for a in untouched() for line in out.get(a, [])]
    if blind:
        for path in sorted((ROOT / "benchmarks" / "blind").glob("set-*.jsonl")):
            out[f"blind-{path.stem[4:]}"] = read_lines([path])
    return out


def extract_once(chosen: dict[str, list[str]], preds: Path) -> None:
    """One extraction over every distinct recap; predictions keyed by id and text."""
    recaps: dict[tuple[str, str], dict[str, str]] = {}
    for lines in chosen.values():
        for line in lines:
            row = json.loads(line)
            key = (row["id"], row["text"])
            if key not in recaps:
                recaps[key] = {"id": f"r{len(recaps)}", "text": row["text"]}
                recaps[key]["recorded_at"] = row.get("recorded_at")
    payload = "".join(json.dumps(r) + "\n" for r in recaps.values())
    proc = subprocess.run(
        [sys.executable, "-m", "debrief.cli", "extract", "--jsonl"],
        input=payload,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"authors: extraction failed: {proc.stderr.strip()[-600:]}")
    by_id = {p["id"]: p for p in map(json.loads, proc.stdout.splitlines()) if p}
    with preds.open("w", encoding="utf-8") as out:
        for (rid, text), sent in recaps.items():
            out.write(json.dumps({**by_id[sent["id"]], "_key": [rid, text]}) + "\n")
    print(f"authors: {len(recaps)} recaps extracted", file=sys.stderr)


def lookup(preds: Path) -> None:
    """The judge's ``--cmd``: answer each record on stdin from the cached predictions."""
    cache = {}
    for line in preds.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        cache[tuple(row.pop("_key"))] = row
    for line in sys.stdin:
        if line.strip():
            rec = json.loads(line)
            print(json.dumps({**cache[(rec["id"], rec["text"])], "id": rec["id"]}))


def figures(text: str) -> dict[str, str]:
    """The summary figures of one judge output ("-" where absent)."""
    line = re.search(
        r"macro-F1 ([0-9.]+) .*? contact ([0-9.]+) follow-ups F1 ([0-9.]+) people F1 ([0-9.]+)",
        text,
    )
    out = dict(zip(FIGURES[:4], line.groups() if line else ("-",) * 4, strict=True))
    for part in ("name", "title", "company"):
        found = re.search(rf"contact\.{part}\s+accuracy [0-9.]+ \((\d+/\d+)\)", text)
        out[part] = found.group(1) if found else "-"
    return out


def summary(out: Path, old: Path | None) -> str:
    rows = [f"{'set':<16}" + "".join(f"{f:>16}" for f in FIGURES)]
    for path in sorted(out.glob("*.txt")):
        if path.name == "summary.txt":
            continue
        new = figures(path.read_text(encoding="utf-8"))
        before = old / path.name if old else None
        was = figures(before.read_text(encoding="utf-8")) if before and before.exists() else new
        cells = [new[f] if was[f] == new[f] else f"{was[f]}->{new[f]}" for f in FIGURES]
        moved = " *" if was != new else ""
        rows.append(f"{path.stem:<16}" + "".join(f"{c:>16}" for c in cells) + moved)
    return "\n".join(rows) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, nargs="?", help="directory for the figures")
    ap.add_argument("--compare", type=Path, help="an earlier OUT to compare with")
    ap.add_argument("--sets", nargs="*", help="only these sets (names as in OUT)")
    ap.add_argument("--blind", action="store_true", help="add the blind sets (the lead's)")
    ap.add_argument("--lookup", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.lookup:
        lookup(args.lookup)
        return
    if args.out is None:
        ap.error("give OUT, a directory for the figures")
    scorer = shared() / "tools" / "score_extraction.py"
    chosen = sets(args.blind)
    if args.sets:
        chosen = {name: chosen[name] for name in args.sets}
    args.out.mkdir(parents=True, exist_ok=True)
    preds = args.out / "preds.jsonl"
    extract_once(chosen, preds)
    cmd = shlex.join([sys.executable, __file__, "--lookup", str(preds)])
    for name, lines in chosen.items():
        labelled = args.out / f"{name}.labelled.jsonl"
        labelled.write_text("\n".join(lines) + "\n", encoding="utf-8")
        judged = subprocess.run(
            [sys.executable, str(scorer), str(labelled), "--cmd", cmd],
            capture_output=True,
            text=True,
            check=False,
        )
        (args.out / f"{name}.txt").write_text(judged.stdout + judged.stderr, encoding="utf-8")
    text = summary(args.out, args.compare)
    (args.out / "summary.txt").write_text(text, encoding="utf-8")
    print(text, end="")


if __name__ == "__main__":
    main()
