"""Lower-case, light-punctuation mirrors of labelled recaps, to measure how the extractor reads
recaps written the way Whisper sometimes hears them and some people type them.

    .venv/bin/python scripts/lower_mirror.py [--level lower|light|bare] IN.jsonl ... > OUT.jsonl

Every recap's text is rewritten one character at a time (so the rewrite never moves a word):

- ``lower``: all lower case (``I`` becomes ``i`` too), punctuation kept;
- ``light`` (the default): lower case, and commas, semicolons and exclamation marks dropped;
- ``bare``: as ``light``, and sentence-ending periods (a period before white space or at the
  end) and colons dropped too, so only line breaks, question marks, apostrophes and the
  punctuation inside words ("P&L", "2.5", "e-mail") are left.

The labels follow the text: a label found in the original text (insights, follow-ups, and
usually names, titles and companies) becomes exactly the rewritten slice of the text it
came from, so insights and follow-ups stay exact substrings of the new text; a label not
found (a name written fuller than the recap says it) gets the same character rewrite on its
own. The judge (``shared/tools/score_extraction.py``) compares words lower-cased, so the
figures differ from the cased ones only by what the extractor reads differently. Only for
development authors (a..s, v, w, dev): never run it on an untouched author to look at errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

LEVELS = ("lower", "light", "bare")


def _dropped(text: str, i: int, level: str) -> bool:
    """Whether the character at ``i`` goes at this level (the punctuation people leave out)."""
    ch = text[i]
    if level == "lower":
        return False
    if ch in ",;!":
        return True
    if level == "bare" and ch in ".:":
        after = text[i + 1] if i + 1 < len(text) else " "
        return after.isspace()
    return False


def rewrite(text: str, level: str) -> tuple[str, list[int]]:
    """The rewritten text and, for every original position, where it starts in the new one."""
    out: list[str] = []
    starts: list[int] = []
    for i, ch in enumerate(text):
        starts.append(len(out))
        if not _dropped(text, i, level):
            out.append(ch.lower())
    starts.append(len(out))
    new = "".join(out)
    # a dropped comma can leave "word  word": one space, as a typist would
    while "  " in new and level != "lower":
        new, starts = _squeeze(new, starts)
    return new, starts


def _squeeze(new: str, starts: list[int]) -> tuple[str, list[int]]:
    """Drop the first of each pair of spaces, moving the position map with it."""
    at = new.index("  ")
    return new[:at] + new[at + 1 :], [s - 1 if s > at else s for s in starts]


def follow(label: str | None, text: str, new: str, starts: list[int], level: str) -> str | None:
    """A label rewritten the way the text was: the slice it came from when it is in the text."""
    if not label:
        return label
    at = text.find(label)
    if at < 0:
        alone, _ = rewrite(label, level)
        return alone.strip()
    return new[starts[at] : starts[at + len(label)]].strip()


def mirror(rec: dict[str, Any], level: str) -> dict[str, Any]:
    """One recap and its labels, rewritten consistently."""
    text = rec["text"]
    new, starts = rewrite(text, level)

    def f(label: str | None) -> str | None:
        return follow(label, text, new, starts, level)

    out = dict(rec, id=f"{rec['id']}-{level}", text=new)
    out["contact"] = {k: f(v) for k, v in rec["contact"].items()}
    out["insights"] = [dict(i, text=f(i["text"])) for i in rec["insights"]]
    out["follow_ups"] = [dict(u, text=f(u["text"])) for u in rec["follow_ups"]]
    out["people_mentioned"] = [
        dict(p, name=f(p["name"]), company=f(p.get("company"))) for p in rec["people_mentioned"]
    ]
    out["companies_mentioned"] = [f(c) for c in rec["companies_mentioned"]]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="labelled recap JSONL files")
    parser.add_argument("--level", choices=LEVELS, default="light")
    args = parser.parse_args()
    for path in args.files:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = mirror(json.loads(line), args.level)
                    for item in rec["insights"] + rec["follow_ups"]:
                        assert item["text"] in rec["text"], (rec["id"], item["text"])
                    sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
