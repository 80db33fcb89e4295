"""The terminal renderer of a `debrief ask` answer (rich): kind ``ask``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from debrief.models import CATEGORY_LABELS

if TYPE_CHECKING:
    from debrief.ask.answer import Answer

NOTHING = "No one has talked about this yet."
ON_FILE = "No note answers this; on file:"
REFERRED = "From your calls:"
NOT_DIRECTLY = "No one has talked about this directly. The closest notes:"
NO_ITEM = "No open follow-up answers this (`debrief todo --by-person` lists them all)."


def not_on_file_line(answer: Answer) -> str:
    """ "Nothing on file is about Initech." (with a close name on file: "; did you mean
    Brannock Foods?")."""
    line = f"Nothing on file is about {' or '.join(answer.unknown)}"
    return line + (f"; did you mean {' or '.join(answer.close)}?" if answer.close else ".")


def _who(contact: str, title: str | None) -> str:
    return f"{contact}, {title}" if title else contact


def print_answer(console: Any, answer: Answer) -> None:
    """The answer grouped by company and contact, sources and stances; or what to try."""
    from rich.text import Text

    if answer.follow_ups:
        _print_owed(console, answer)
        if not answer.companies:
            return
    elif answer.ledger:
        console.print(Text(NO_ITEM, style="bold"))
    if answer.unknown:
        # the question asks about a name nothing on file names: said first, plainly
        console.print(Text(not_on_file_line(answer), style="bold"))
    if answer.empty:
        if answer.unknown:
            pass  # said above: "no one has talked about this" would add nothing
        elif answer.elsewhere:  # named, on file, and nothing of theirs answers (qa53)
            console.print(
                Text(f"Nothing from {' or '.join(answer.elsewhere)} on this yet.", "bold")
            )
        elif answer.on_file:  # no note answers, but the question names people on file
            # "who referred me to James?" is answered by the file: no "No note answers"
            console.print(Text(REFERRED if answer.referred else ON_FILE, style="bold"))
            for known in answer.on_file:
                console.print(Text(f"  {known}"))
        else:
            console.print(Text(NOTHING, style="bold"))
        for tip in answer.suggestions:
            console.print(Text(f"  try: {tip}", style="dim"))
        return
    contacts = sum(len(g.contacts) for g in answer.companies)
    people = "contact" if contacts == 1 else "contacts"
    firms = "company" if len(answer.companies) == 1 else "companies"
    if answer.unknown and not answer.elsewhere:
        # what is known is from other calls: labelled as such before it
        console.print(
            Text(
                f"Notes from other calls (not about {' or '.join(answer.unknown)}),"
                + (" the closest:" if answer.tentative else " closest first:"),
                style="dim",
            )
        )
    elif answer.elsewhere:
        # the question named them and nothing of theirs answers it: the notes below are
        # other companies', said so before them
        console.print(Text(f"Nothing from {' or '.join(answer.elsewhere)} on this yet.", "bold"))
        console.print(
            Text(
                f"Elsewhere, {contacts} {people} at {len(answer.companies)} {firms}"
                + (" came near it:" if answer.tentative else " talked about this:"),
                style="dim",
            )
        )
    elif answer.tentative:
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


def _print_owed(console: Any, answer: Answer) -> None:
    """The open follow-ups answering a question about the ledger, each with its call."""
    from rich.text import Text

    sides = {i.direction for i in answer.follow_ups}
    both = len(sides) > 1  # each item then says whose side it is on
    heading = {"mine": "What you owe", "theirs": "What they offered"}
    console.print(
        Text(
            "Open follow-ups" if both else heading[sides.pop()] + " (open follow-ups)",
            style="bold",
        )
    )
    for item in answer.follow_ups:
        mark = "they offered: " if both and item.direction == "theirs" else ""
        due = f"due {item.due}" if item.due else "no due date"
        who = ", ".join(x for x in (item.contact, item.company) if x) or "contact not known"
        line = Text(f"  #{item.follow_up_id} ").append(mark + item.text)
        late = item.days_overdue
        if late:  # flagged as `todo` flags it: a plain date hid that it was late
            line.append(f"  ⚠ {late} day{'s' if late > 1 else ''} overdue", style="yellow")
        if item.spoken_since:
            met = item.spoken_since
            line.append(
                f"  (spoken with {met['name']} since: call #{met['debrief_id']};"
                f" done? `debrief done {item.follow_up_id}`)",
                style="cyan",
            )
        line.append(f"  {due} · call #{item.debrief_id} with {who}, {item.date}", style="dim")
        console.print(line)
    if answer.companies:
        console.print()


KINDS = {"ask": print_answer}
