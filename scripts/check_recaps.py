"""A guest author's format check of labelled recaps (docs/authors-brief.md).

    python3 scripts/check_recaps.py FILE.jsonl

Every line JSON with the corpus's keys, insight texts exact substrings of the recap, categories
and relations from the labelling rules, dates ISO, ids unique. Standard library only: writers
run it outside the repository. Exit 1 when anything is wrong.
"""

from __future__ import annotations

import json
import re
import sys

#: A copy of debrief.models.CATEGORIES (writers run this outside the repository, standard
#: library only); tests/test_check_recaps.py keeps the two equal.
CATEGORIES = {
    "career_path",
    "typical_day",
    "likes",
    "dislikes",
    "skills",
    "culture",
    "mission_values",
    "advancement",
    "advice",
    "self_pitch",
}
KEYS = (
    "id",
    "recorded_at",
    "text",
    "contact",
    "insights",
    "follow_ups",
    "people_mentioned",
    "companies_mentioned",
    "call_minutes",
)


def problems(row: dict, seen: set[str]) -> list[str]:
    """What is wrong with one labelled recap."""
    out = [f"missing key {k}" for k in KEYS if k not in row]
    if row.get("id") in seen:
        out.append("duplicate id")
    seen.add(row.get("id", ""))
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?", row.get("recorded_at", "")):
        out.append("recorded_at not ISO")
    text = row.get("text", "")
    for insight in row.get("insights", []):
        if insight.get("category") not in CATEGORIES:
            out.append(f"bad category {insight.get('category')}")
        if insight.get("text", "") not in text:
            out.append(f"insight not an exact substring: {insight.get('text', '')[:60]!r}")
    for item in row.get("follow_ups", []):
        due = item.get("due")
        if due is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", due):
            out.append(f"due not an ISO date: {due}")
    for person in row.get("people_mentioned", []):
        if person.get("relation") not in ("referral", "mentioned"):
            out.append("bad relation")
    contact = row.get("contact")
    if contact is not None and not all(k in contact for k in ("name", "title", "company")):
        out.append("contact keys")
    return out


def main() -> None:
    seen: set[str] = set()
    count = bad = 0
    with open(sys.argv[1], encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            count += 1
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"line {number}: not JSON: {exc}")
                bad += 1
                continue
            for problem in problems(row, seen):
                print(f"line {number}: {problem}")
                bad += 1
    print(f"{count} recaps, {bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
