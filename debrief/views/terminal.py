"""The terminal renderer (rich): what was filed, the debrief list, one debrief, follow-ups,
and (from :mod:`~debrief.views.terminal_kb` and :mod:`debrief.review`) search, companies,
people and the weekly review. Presentation only: no I/O besides printing.

Each kind is a function ``(console, data, **options)``, listed in :data:`KINDS`.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from debrief.durations import fmt_duration
from debrief.errors import no_speech
from debrief.models import CALL_LIMIT_MINUTES, CATEGORIES, Extraction, category_label
from debrief.views import terminal_ask, terminal_kb
from debrief.views.models import Debrief, DebriefRow
from debrief.views.text import follow_up_line


def coverage_line(extraction: Extraction) -> str:
    missing = extraction.not_covered
    if not missing:
        return "every question category covered"
    return "not covered yet: " + ", ".join(category_label(c) for c in missing)


def print_summary(
    console: Console,
    row: dict[str, Any],
    extraction: Extraction,
    filed: tuple[dict[str, str], list[tuple[str, str | None]]] | None = None,
) -> None:
    """What was filed: contact, insights by category, follow-ups, referrals, coverage.
    ``filed`` (:func:`debrief.store.respell.as_filed`): the follow-ups and referrals as
    the store holds them, the user's spellings included, so this agrees with `todo`."""
    who = row.get("contact") or extraction.contact.name or "unknown contact"
    title = row.get("title") or extraction.contact.title
    company = row.get("company") or extraction.contact.company
    head = f"[bold]#{row['id']}[/bold] {escape(who)}"
    if title:
        head += f", {escape(title)}"
    if company:
        head += f" at {escape(company)}"
    console.print(head + f"  [dim]{row['recorded_at']}[/dim]")
    counts = Counter(i.category for i in extraction.insights)
    if counts:
        console.print(
            "  insights: "
            + ", ".join(f"{category_label(c)} {counts[c]}" for c in CATEGORIES if counts.get(c))
        )
    else:
        console.print("  insights: none found")
    texts = filed[0] if filed else {}
    for fu in extraction.follow_ups:
        due = f" (due {fu.due})" if fu.due else ""
        console.print(f"  follow-up: {escape(texts.get(fu.text, fu.text))}{due}")
    referrals = (
        filed[1]
        if filed
        else [(p.name, p.company) for p in extraction.people_mentioned if p.relation == "referral"]
    )
    for name, company in referrals:
        at = f" ({escape(company)})" if company else ""
        console.print(f"  referral: {escape(name)}{at}")
    if extraction.call_minutes:
        flag = (
            " [yellow](over 30 minutes)[/yellow]"
            if extraction.call_minutes > CALL_LIMIT_MINUTES
            else ""
        )
        console.print(f"  call length: {extraction.call_minutes} min{flag}")
    console.print(f"  [dim]{coverage_line(extraction)}[/dim]")


def unsure_lines(unsure: list[Any]) -> list[str]:
    """One line per name filed as heard while Whisper was unsure of its spelling
    (:func:`debrief.store.unsure.unsure_names_of`, as dicts), with the command that
    fixes it."""
    return [
        f'{u["role"]} heard as "{u["name"]}" (unsure of the spelling): {u["fix"]}'
        for u in unsure or ()
    ]


def print_unsure(console: Console, unsure: list[Any], indent: str = "  ") -> None:
    """:func:`unsure_lines`, in yellow: the names worth checking once."""
    for line in unsure_lines(unsure):
        console.print(f"{indent}[yellow]{escape(line)}[/yellow]")


def next_step(result: Any) -> str:
    """What to run after a failed add or process (an ``AddResult``); "" when nothing was
    kept. A silent recording (:func:`debrief.errors.no_speech`) is no failure worth retrying."""
    n = result.debrief_id
    if n is None:
        return ""
    if no_speech(result.error):
        # retrying cannot find words that are not there: the next step is dropping it
        return f"retrying will not help (the wrong file?): `debrief delete {n}` removes it"
    return (
        f"once the cause is fixed, `debrief process` retries it (`debrief delete {n}` removes it)"
    )


def left_out_line(row: dict[str, Any]) -> str:
    """`debrief process`'s line for a silent recording it does not retry."""
    n = row["id"]
    return (
        f"#{n} left out: no speech was found in it and retrying will not help;"
        f" `debrief process {n}` retries it anyway, `debrief delete {n}` removes it"
    )


def filed_line(row: dict[str, Any]) -> str:
    """`debrief process ID`'s line for a call already filed: nothing to retry, and what
    runs it again instead (a bare "nothing to process" did not say why)."""
    n = row["id"]
    line = f"#{n} is already filed: nothing to retry; `debrief reextract {n}` extracts it again"
    if row.get("audio_path"):
        line += f", `debrief process --retranscribe {n}` transcribes it again"
    return line


def process_summary(results: list[Any]) -> str:
    """What ``debrief process`` did: how many were filed, and for each failure what failed
    and the exact command to run next (a bare "fix the cause" left the user guessing)."""
    failures = [r for r in results if not r.ok]
    line = f"processed {len(results)}: {len(results) - len(failures)} filed, {len(failures)} failed"
    for r in failures:
        error = (r.error or "unknown error").rstrip(".")
        line += f"\n  #{r.debrief_id} failed: {error}; {next_step(r)}"
    return line


def print_contact_line(
    console: Console, row: dict[str, Any], verb: str, *, dated: bool = False
) -> None:
    """One line: what a debrief is filed under now (after an edit or a correction). With
    ``dated`` it ends with the call's date and time as `debrief list` shows them: a user
    who moved the call (`edit --when yesterday`) sees where it landed."""
    parts = " / ".join(escape(row.get(k) or "?") for k in ("contact", "title", "company"))
    when = f", recorded {row['recorded_at'].replace('T', ' ')[:16]}" if dated else ""
    console.print(f"#{row['id']} {verb}: {parts}{when}")


def list_table(rows: list[DebriefRow]) -> Table:
    """``debrief list``: one row per debrief. Its length is the recording's ("-" for a
    typed recap), headed so, as the review's is the call's length as said ("call length")."""
    table = Table(show_edge=False, header_style="bold")
    for col in ("id", "recorded", "contact", "company", "recording", "insights", "status"):
        table.add_column(col, overflow="fold")
    for r in rows:
        status = r["status"]
        if status == "failed" and r.get("error"):
            status = f"failed: {r['error']}"
        table.add_row(
            str(r["id"]),
            r["recorded_at"].replace("T", " ")[:16],
            escape(r.get("contact") or "-"),
            escape(r.get("company") or "-"),
            fmt_duration(r.get("duration")) if r.get("duration") else "-",
            str(r.get("insights", 0)),
            escape(status),
        )
    return table


def print_debrief(console: Console, d: Debrief) -> None:
    """``debrief show``: metadata, insights by category, follow-ups, people, transcript."""
    console.print(f"[bold]Debrief #{d['id']}[/bold]  {d['recorded_at'].replace('T', ' ')}")

    def heard(value: Any, was: Any) -> Any:
        return f"{value} (heard: {was})" if value and was and was != value else value

    meta = [
        ("contact", heard(d.get("contact"), d.get("heard_contact"))),
        ("title", d.get("title")),
        ("company", heard(d.get("company"), d.get("heard_company"))),
        ("status", d["status"] + (f" ({d['error']})" if d.get("error") else "")),
        ("source", d["source"] + (f": {d['original_name']}" if d.get("original_name") else "")),
        ("audio", d.get("audio_path")),
        ("duration", fmt_duration(d.get("duration")) if d.get("duration") else None),
        ("call length", f"{d['call_minutes']} min" if d.get("call_minutes") else None),
        ("pipeline", d.get("pipeline_version")),
    ]
    t = d.get("transcript")
    if t and t.get("engine") and t["engine"] != "text":
        meta.append(("model", f"{t['engine']} {t['model']}"))
    for key, value in meta:
        if value:
            console.print(f"  [dim]{key:<12}[/dim]{escape(str(value))}")
    by_cat: dict[str, list[dict[str, Any]]] = {}
    for ins in d.get("insights", []):
        by_cat.setdefault(ins["category"] or "other", []).append(ins)
    if by_cat:
        console.print("\n[bold]Insights[/bold]")
        for cat in [*CATEGORIES, "other"]:
            for ins in by_cat.get(cat, []):  # the id: for `debrief insight ID`
                console.print(
                    f"  [cyan]{category_label(cat):<17}[/cyan][dim]#{ins['id']}[/dim] "
                    + escape(ins["text"])
                )
    if d.get("follow_ups") or d.get("generated"):
        console.print("\n[bold]Follow-ups[/bold]")
        for fu in d.get("follow_ups") or []:
            console.print(escape(follow_up_line(fu)))
        for fu in d.get("generated") or []:  # the ledger's items for this call (habits)
            mark = "generated, they offered" if fu.get("direction") == "theirs" else "generated"
            console.print(escape(follow_up_line(fu)) + f" [dim]({mark})[/dim]")
    if d.get("unsure_names"):
        console.print("\n[bold]Check the spelling[/bold]")
        print_unsure(console, d["unsure_names"])
    if d.get("people_mentioned"):
        console.print("\n[bold]People mentioned[/bold]")
        for p in d["people_mentioned"]:
            at = f", {escape(p['company'])}" if p.get("company") else ""
            was = f", heard: {escape(p['heard'])}" if p.get("heard") else ""
            console.print(f"  {escape(p['name'])}{at} ({p['relation']}{was})")
    if d.get("companies_mentioned"):
        console.print("\n[bold]Companies[/bold] " + escape(", ".join(d["companies_mentioned"])))
    console.print("\n[bold]Transcript[/bold]")
    if d.get("segments"):
        for s in d["segments"]:
            console.print(f"  [dim]{fmt_duration(s['start'])}[/dim] {escape(s['text'])}")
    elif t:
        console.print("  " + escape(t["text"] or "(empty)"))
    else:
        console.print("  (not transcribed yet)")


def print_list(
    console: Console, rows: list[DebriefRow], status: str | None = None, others: Any = None
) -> None:
    if not rows and status and others:
        console.print(f"no {status} debriefs; every debrief: `debrief list`")
    elif not rows:
        console.print("no debriefs yet: add one with `debrief add FILE` or `debrief record`")
    else:
        console.print(list_table(rows))


def print_todo(console: Console, items: list[Any]) -> None:
    """``debrief todo``: the follow-ups, one aligned line each."""
    if not items:
        console.print("nothing to do: no open follow-ups")
        return
    from debrief.review.render_terminal import todo_table

    console.print(todo_table(items))
    console.print("[dim]close one with `debrief done ID`[/dim]")


def print_review(console: Console, review: Any) -> None:
    from debrief.review.render_terminal import print_review as _print

    _print(console, review)


KINDS: dict[str, Callable[..., None]] = {
    "list": print_list,
    "show": print_debrief,
    "todo": print_todo,
    "review": print_review,
    **terminal_kb.KINDS,
    **terminal_ask.KINDS,
    # issue 14: between calls
    "prep": lambda console, data, **_: _between().print_prep(console, data),
    "thanks": lambda console, data, **_: _between().print_thanks(console, data),
    "ledger": lambda console, data, **_: _between().print_ledger(console, data),
}


def _between() -> Any:
    from debrief.views import between

    return between


def render(kind: str, data: Any, width: int = 100, **options: Any) -> str:
    """The terminal view as plain text (for ``--output`` files)."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, no_color=True, highlight=False, emoji=False)
    KINDS[kind](console, data, **options)
    return buffer.getvalue()
