"""The terminal renderer of a `debrief ask` answer (rich): kind ``ask``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from debrief.models import CATEGORY_LABELS

if TYPE_CHECKING:
    from debrief.ask.answer import Answer

NOTHING = "No one has talked about this yet."
NOT_DIRECTLY = "No one has talked about this directly. The closest notes:"


def _who(contact: str, title: str | None) -> str:
    return f"{contact}, {title}" if title else contact


def print_answer(console: Any, answer: Answer) -> None:
    """The answer grouped by company and contact, sources and stances; or what to try."""
    from rich.text import Text

    if answer.empty:
        console.print(Text(NOTHING, style="bold"))
        for tip in answer.suggestions:
            console.print(Text(f"  try: {tip}", style="dim"))
        return
    contacts = sum(len(g.contacts) for g in answer.companies)
    people = "contact" if contacts == 1 else "contacts"
    firms = "company" if len(answer.companies) == 1 else "companies"
    if answer.tentative:
        console.print(Text(NOT_DIRECTLY, style="bold"))
    else:
        console.print(
            Text(
                f"{contacts} {people} at {len(answer.companies)} {firms} talked about this"
                " (closest first):",
                style="dim",
            )
        )
    for group in answer.companies:
        console.print(Text(group.company, style="bold"))
        for person in group.contacts:
            mark = {1: " (+)", -1: " (-)"}.get(person.stance, "") if contacts > 1 else ""
            console.print(Text("  ").append(_who(person.contact, person.title) + mark))
            for s in person.sources:
                label = CATEGORY_LABELS.get(s.category or "", s.category or "")
                line = Text("    • ").append(s.text)
                line.append(
                    f"  #{s.debrief_id} · {s.date}" + (f" · {label}" if label else ""), style="dim"
                )
                console.print(line)
    if answer.tentative:
        for tip in answer.suggestions:
            console.print(Text(f"  try: {tip}", style="dim"))
        return
    if answer.disagreement:
        console.print(
            Text("They disagree: ", style="bold")
            .append("positive: " + ", ".join(answer.positive))
            .append("; negative: " + ", ".join(answer.negative))
        )
    elif answer.agree:
        tone = "positive" if answer.agree[0] in answer.positive else "negative"
        console.print(
            Text("They agree ", style="bold").append(f"({tone}): " + ", ".join(answer.agree))
        )


KINDS = {"ask": print_answer}
