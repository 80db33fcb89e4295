"""The Markdown renderer: the export (a section per debrief) and the weekly review."""

from __future__ import annotations

from typing import Any

from debrief.models import CATEGORIES, category_label
from debrief.views.models import Debrief
from debrief.views.text import TextRenderer, lazy, when


def render_export(debriefs: list[Debrief], **options: Any) -> str:
    """The export as one Markdown document, a section per debrief."""
    lines = ["# debrief export", ""]
    for d in debriefs:
        who = d.get("contact") or "Unknown contact"
        extra = ", ".join(x for x in (d.get("title"), d.get("company")) if x)
        lines.append(f"## #{d['id']} {who}" + (f" ({extra})" if extra else ""))
        lines.append("")
        lines.append(f"- Recorded: {when(d['recorded_at'])}")
        lines.append(f"- Status: {d['status']}" + (f" ({d['error']})" if d.get("error") else ""))
        if d.get("call_minutes"):
            lines.append(f"- Call length: {d['call_minutes']} min")
        if d.get("companies_mentioned"):
            lines.append("- Companies: " + ", ".join(d["companies_mentioned"]))
        by_cat: dict[str, list[str]] = {}
        for ins in d.get("insights", []):
            by_cat.setdefault(ins["category"], []).append(ins["text"])
        for cat in CATEGORIES:
            if by_cat.get(cat):
                lines += ["", f"### {category_label(cat)}", ""]
                lines += [f"- {t}" for t in by_cat[cat]]
        if d.get("follow_ups"):
            lines += ["", "### Follow-ups", ""]
            for fu in d["follow_ups"]:
                due = f" (due {fu['due']})" if fu.get("due") else ""
                if fu.get("dismissed_at"):  # not done: the user will not do it
                    lines.append(f"- ~~{fu['text']}~~{due} (dismissed)")
                    continue
                box = "x" if fu.get("done_at") else " "
                lines.append(f"- [{box}] {fu['text']}{due}")
        if d.get("people_mentioned"):
            lines += ["", "### People mentioned", ""]
            for p in d["people_mentioned"]:
                at = f", {p['company']}" if p.get("company") else ""
                lines.append(f"- {p['name']}{at} ({p['relation']})")
        transcript = d.get("transcript")
        if transcript:
            lines += ["", "### Transcript", "", transcript["text"] or "(empty)"]
        lines.append("")
    return "\n".join(lines)


KINDS: dict[str, TextRenderer] = {
    "export": render_export,
    "review": lazy("debrief.review.render_markdown", "render_markdown", options=False),
    "prep": lazy("debrief.views.between", "prep_markdown", options=False),
}
