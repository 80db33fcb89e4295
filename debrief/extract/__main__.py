"""``python -m debrief.extract --jsonl``: the extractor without the CLI (for scoring)."""

from __future__ import annotations

import json
import sys
from datetime import datetime

from debrief.extract import extract


def main() -> int:
    for line in sys.stdin:
        if not line.strip():
            continue
        item = json.loads(line)
        when = datetime.fromisoformat(item["recorded_at"]) if item.get("recorded_at") else None
        result = extract(item.get("text", ""), when).to_dict()
        result["id"] = item.get("id")
        sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
