"""The review in the terminal (rich).

Each section is assembled as one styled :class:`~rich.text.Text` and printed once with
soft wrapping: rich's per-line layout is what costs time on a busy week (hundreds of
takeaways), not the content.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from debrief.review import fmt
from debrief.review.actions import FollowUpItem
from debrief.review.model import Review

BAR = "█"


def print_review(console: Console, review: Review) -> None:
    console.print(
        Panel(
            Group(
                Text(review.title, style="bold"),
                Text(fmt.subtitle(review), style="dim"),
                *([] if review.empty else [Text(fmt.headline(review))]),
                *([Text(review.summary, style="italic")] if review.summary else []),
            ),
            expand=False,
        ),
        soft_wrap=False,  # a panel wraps its own text (the console may soft-wrap by default)
    )
    if review.empty:
        console.print(Text(fmt.empty_message(review)))
        if review.open_follow_ups:
            console.print(Text(fmt.owed_line(review)))
        return
    for section in (_calls, _takeaways, _themes, _companies, _follow_ups, _referrals, _coverage):
        out = section(review)
        if isinstance(out, Text):
            out.rstrip()
            console.print(out, soft_wrap=True)
        elif out is not None:
            console.print(out, soft_wrap=False)


def _heading(text: Text, title: str) -> Text:
    text.append(f"\n{title}\n", style="bold underline")
    return text


def _section(title: str, items: object, empty: str) -> Text:
    """A section's heading, and ``empty`` in place of ``items`` when there are none."""
    out = _heading(Text(), title)
    if not items:
        out.append(f"  {empty}\n")
    return out


def _lead(out: Text, name: str) -> Text:
    """An entry's name, bold, at the start of its line."""
    out.append(f"  {name}", style="bold")
    return out


def _and_more(out: Text, n: int, hint: str = "") -> None:
    """The dimmed "… and N more" line under a list cut short (``hint``: how to see the rest)."""
    if n > 0:
        out.append(f"  … and {n} more{': ' + hint if hint else ''}\n", style="dim")


def _cut(value: str | None, width: int) -> str:
    value = value or "–"
    return value if len(value) <= width else value[: width - 1] + "…"


def _calls(review: Review) -> Text:
    out = _heading(Text(), "Calls")
    rows = [
        (
            f"#{c.debrief_id}",
            fmt.day_time(c.when),
            _cut(fmt.who(c), 24),
            _cut(c.title, 24),
            _cut(c.company, 20),
        )
        for c in review.calls
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    for call, row in zip(review.calls, rows, strict=True):
        out.append(row[0].rjust(widths[0]) + "  ", style="dim")
        line = "  ".join(cell.ljust(w) for cell, w in zip(row[1:], widths[1:], strict=True))
        length = fmt.call_length(call)
        out.append(line + "  " + length if length else line.rstrip())
        if call.over_limit:
            out.append(f"  ⚠ {fmt.over_limit_note()}", style="yellow")
        out.append("\n")
    if review.unfiled:
        ids = ", ".join(f"#{c.debrief_id}" for c in review.unfiled)
        out.append(
            f"  not filed: {ids} (`debrief show ID` says why; `debrief process` retries,"
            " `debrief delete ID` removes)\n",
            style="yellow",
        )
    if len(review.calls_per_day) <= 14:
        peak = max((n for _, n in review.calls_per_day), default=0) or 1
        out.append("\n")
        for label, n in review.calls_per_day:
            out.append(f"  {label:>6} ", style="dim")
            out.append(BAR * round(12 * n / peak) if n else "", style="cyan")
            out.append(f" {n or ''}\n")
    return out


def _themes(review: Review) -> Text:
    out = _section("Themes", review.themes, "nothing came up with more than one contact yet")
    for theme in review.themes:
        _lead(out, theme.label).append(f"  {', '.join(theme.contacts)}\n", style="dim")
    _and_more(out, review.themes_more, "debrief review --all")
    return out


def _takeaways(review: Review) -> Text:
    out = _section(
        "Takeaways", review.takeaways, "no takeaways were extracted from this week's calls"
    )
    for group in review.takeaways:
        out.append(f"{group.label}\n", style="cyan")
        for t in group.items:
            out.append(f"  • {t.text}")
            out.append(f" — {t.source}\n", style="dim")
        _and_more(out, len(group.rest), "debrief review --all")
    return out


def _companies(review: Review) -> Text | Group | None:
    if not review.companies_with_notes:  # a table of dashes compares nothing (qa65)
        return None
    title = Text()
    _heading(title, "Companies side by side")
    if review.companies_as_columns:
        table = Table(show_lines=True, header_style="bold")
        table.add_column("")
        for side in review.companies:
            table.add_column(escape(side.company), overflow="fold")
        for cat, label in review.side_by_side_labels:
            cells = [
                "\n".join(f"• {escape(t.text)}" for t in side.by_category[cat]) or "[dim]–[/dim]"
                for side in review.companies
            ]
            table.add_row(f"[cyan]{label}[/cyan]", *cells)
        return Group(title, table)
    out = title
    for side in review.companies_with_notes:
        out.append(f"{side.company}\n", style="bold")
        for cat, label in review.side_by_side_labels:
            for t in side.by_category[cat]:
                out.append(f"  {label:<12}", style="cyan")
                out.append(f"{t.text}\n")
    quiet = len(review.companies) - len(review.companies_with_notes)
    if quiet:
        out.append(f"  {fmt.plural(quiet, 'company', 'companies')} with nothing on these yet\n")
    return out


def _follow_ups(review: Review) -> Text:
    out = _heading(Text(), "Follow-ups")
    shown = [g for g in review.follow_ups if g.total]
    if not shown:
        out.append("  nothing owed: no open follow-ups\n")
    styles = {"overdue": "red", "this_week": "yellow"}
    for group in shown:
        style = styles.get(group.key, "cyan")
        out.append(f"{group.title} ({group.total})\n", style=style)
        for item in group.items:
            out.append(f"  #{item.id}", style="bold")
            out.append(f" {item.text} ")
            if item.spoken_since:
                out.append(f"(spoken with {item.spoken_since[0]} since) ", style="cyan")
            out.append(fmt.due(item), style=style)
            out.append(f" · {item.source}\n", style="dim")
        _and_more(out, group.more, "debrief todo")
    return out


def _referrals(review: Review) -> Text:
    out = _section(
        "Referrals not yet contacted",
        review.referrals,
        "everyone you were referred to has been contacted",
    )
    for ref in review.referrals:
        _lead(out, ref.name)
        if ref.company:
            out.append(f" ({ref.company})")
        by = "; ".join(fmt.referral_source(n, w) for n, w, _ in ref.suggested_by)
        out.append(f" suggested by {by}\n", style="dim")
    _and_more(out, review.referrals_total - len(review.referrals))
    return out


def _coverage(review: Review) -> Text:
    out = _section("Coverage: what to ask next", review.coverage, "no company in this week's calls")
    for cov in review.coverage:
        _lead(out, cov.company).append(f" ({fmt.plural(cov.calls, 'call')})", style="dim")
        if cov.missing:
            out.append(f" not covered yet: {', '.join(cov.missing_labels)}\n")
        else:
            out.append(" every category covered\n")
    return out


def todo_table(items: list[FollowUpItem]) -> Text:
    """``debrief todo``: one line per follow-up: id, due date (overdue flagged), text, and
    the call it came from. Plain aligned lines, not a rich table: thousands stay fast."""
    out = Text()
    if not items:
        return out
    labels = []
    for item in items:
        if item.dismissed_at:
            labels.append((f"dismissed {item.dismissed_at[:10]}", "dim"))
        elif item.done_at:
            labels.append((f"done {item.done_at[:10]}", "green"))
        elif item.overdue:
            labels.append((f"⚠ {fmt.due(item)}", "red"))
        elif item.due is not None and item.due == item.today:
            labels.append(("due today", "yellow"))
        else:
            labels.append((fmt.due(item), ""))
    id_width = max(len(str(i.id)) for i in items) + 1
    due_width = max(len(label) for label, _ in labels)
    for item, (label, style) in zip(items, labels, strict=True):
        out.append(f"#{item.id}".rjust(id_width) + "  ", style="bold")
        out.append(label.ljust(due_width), style=style)
        out.append(f"  {item.text}")
        if item.spoken_since and not item.done_at:
            name, call = item.spoken_since
            out.append(
                f"  (spoken with {name} since: call #{call}; done? `debrief done {item.id}`)",
                style="cyan",
            )
        out.append(f"  · debrief #{item.debrief_id}, {item.source}\n", style="dim")
    out.rstrip()
    return out
