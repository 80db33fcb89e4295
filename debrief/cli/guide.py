"""The top-level help, grouped by task as gh and git do (``debrief help`` is in helping.py).

The daily commands come first, each with one example; every line is a whole sentence in
the job seeker's words (no "bm25", no "pipeline"). A command not listed here (added by a
later change) still shows, under "More", with the first sentence of its own help.
"""

from __future__ import annotations

import textwrap

import click

#: (title, [(command, one-line summary, example or None)]), in the order shown.
GROUPS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    (
        "After a call (every day)",
        [
            ("record", "Speak your recap; it is transcribed as you talk.", "debrief record"),
            ("add", "File a recording or a typed recap.", "debrief add memo.m4a"),
            ("search", "Find what contacts said about a topic.", "debrief search promotion"),
            ("review", "This week's calls, takeaways and what is owed.", "debrief review"),
            ("todo", "Your open follow-ups, overdue ones first.", "debrief todo"),
        ],
    ),
    (
        "Look things up",
        [
            ("ask", "Ask a question about your calls in your own words.", None),
            ("company", "Everything known about one company.", None),
            ("person", "One contact: calls, what they said, referrals.", None),
            ("people", "Your contacts and the referrals not contacted yet.", None),
            ("companies", "Every company, with calls and last contact.", None),
            ("list", "Your debriefs, newest first.", None),
            ("show", "One debrief with its transcript.", None),
            ("browse", "Your calls as web pages on this machine.", None),
            ("export", "Everything as JSON, Markdown or another export format.", None),
        ],
    ),
    (
        "Between calls",
        [
            ("draft", "A thank-you note from a call, ready to send.", "debrief draft thanks 12"),
            ("prep", "One page to read before your next call with a person or company.", None),
        ],
    ),
    (
        "Fix and tidy",
        [
            ("done", "Close follow-ups (several ids at once).", "debrief done 2 3 5"),
            ("dismiss", "Drop follow-ups you will not do.", None),
            ("edit", "Correct a debrief's contact, title, company or date.", None),
            ("rename", "Rename a contact or a company everywhere.", None),
            ("merge", "Merge two spellings of one contact or company.", None),
            ("insight", "Move an insight to another topic, or drop it.", None),
            ("follow-up", "Reword a follow-up, change its due date, or drop it.", None),
            ("process", "Finish recaps that were interrupted or failed.", None),
            ("reextract", "Read stored recaps again after an upgrade.", None),
            ("delete", "Delete a debrief and its audio for good.", None),
        ],
    ),
    (
        "Set up",
        [
            ("config", "Show or change settings.", None),
            ("devices", "Microphones you can record from.", None),
            ("models", "Speech models and where they live.", None),
            ("extract", "Try the extraction on any text (nothing is stored).", None),
            ("help", "Help on a command.", None),
        ],
    ),
]

WIDTH = 100

#: A word a user types for a task whose command has another name (`debrief week` for
#: `debrief review --week`): click suggests only a close spelling, and these are none.
TASK_WORDS = {
    "week": "review",
    "weekly": "review",
    "summary": "review",
    "tasks": "todo",
    "followups": "todo",
    "contacts": "people",
    "thanks": "draft",
    # putting a follow-up off is a new due date (qa65: `debrief snooze 15` said only "No
    # such command"), as is reopening one: `done --undo`
    "snooze": "follow-up",
    "postpone": "follow-up",
    "reschedule": "follow-up",
    "remind": "follow-up",
    "reopen": "done",
    "undo": "done",
}

#: The example said for a task word whose command's own example (or none) shows another
#: task of it.
TASK_EXAMPLES = {
    "snooze": 'debrief follow-up 15 --due "next monday"',
    "postpone": 'debrief follow-up 15 --due "next monday"',
    "reschedule": 'debrief follow-up 15 --due "next monday"',
    "remind": 'debrief follow-up 15 --due "next monday"',
    "reopen": "debrief done 15 --undo",
    "undo": "debrief done 15 --undo",
}


def task_hint(name: str) -> str | None:
    """What to say for an unknown command ``name`` that names a task: the command and the
    summary shown in the help (:data:`GROUPS`), or None."""
    target = TASK_WORDS.get(name.lower())
    if target is None:
        return None
    summary, example = next((s, e) for _, rows in GROUPS for c, s, e in rows if c == target)
    example = TASK_EXAMPLES.get(name.lower(), example)
    said = f"No such command {name!r}. Did you mean '{target}'? {summary}"
    return f"{said} Example: {example}" if example else said


def first_sentence(command: click.Command) -> str:
    """A command's own one-line summary, whole (click's short help cuts at 45 characters)."""
    text = (command.short_help or command.help or "").strip()
    para = " ".join(text.split("\n\n")[0].split())
    end = para.find(". ")
    return para if end < 0 else para[: end + 1]


def format_commands(group: click.Group, ctx: click.Context, formatter: click.HelpFormatter) -> None:
    """The command list of ``debrief --help``: by task, daily commands first."""
    names = [n for n in group.list_commands(ctx) if not group.commands[n].hidden]
    listed: set[str] = set()
    width = max((len(n) for n in names), default=8) + 2
    indent = " " * (width + 2)
    for title, entries in [*GROUPS, ("More", [])]:
        rows = [(n, s, x) for n, s, x in entries if n in names]
        if title == "More":
            rows = [(n, first_sentence(group.commands[n]), None) for n in names if n not in listed]
        if not rows:
            continue
        with formatter.section(title):
            for name, summary, example in rows:
                listed.add(name)
                lines = textwrap.wrap(summary, WIDTH - len(indent) - 2) or [""]
                formatter.write(f"  {name.ljust(width)}{lines[0]}\n")
                for line in lines[1:]:
                    formatter.write(f"  {indent}{line}\n")
                if example:
                    formatter.write(f"  {indent}e.g. {example}\n")
