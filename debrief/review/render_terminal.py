"""The review in the terminal (rich)."""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from debrief.review import fmt
from debrief.review.model import FollowUpItem, Review

BAR = "█"


def print_review(console: Console, review: Review) -> None:
    console.print(
        Panel(
            Group(
                Text(review.title, style="bold"),
                Text(fmt.subtitle(review), style="dim"),
                *([] if review.empty else [Text(fmt.headline(review))]),
            ),
            expand=False,
        )
    )
    if review.empty:
        console.print(escape(fmt.empty_message(review)))
        if review.open_follow_ups:
            console.print(escape(fmt.owed_line(review)))
        return
    _calls(console, review)
    _takeaways(console, review)
    _themes(console, review)
    _companies(console, review)
    _follow_ups(console, review)
    _referrals(console, review)
    _coverage(console, review)


def render_text(review: Review, width: int = 100) -> str:
    """The terminal view as plain text (for ``--output`` files)."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, no_color=True, highlight=False, emoji=False)
    print_review(console, review)
    return buffer.getvalue()


def _heading(console: Console, title: str) -> None:
    console.print()
    console.print(f"[bold underline]{title}[/bold underline]")


def _calls(console: Console, review: Review) -> None:
    _heading(console, "Calls")
    table = Table(show_edge=False, header_style="bold", pad_edge=False)
    for col in ("#", "when", "contact", "title", "company", "length"):
        table.add_column(col, overflow="fold")
    for c in review.calls:
        length = escape(fmt.minutes(c))
        if c.over_limit:
            length += f" [yellow]⚠ {fmt.over_limit_note()}[/yellow]"
        table.add_row(
            str(c.debrief_id),
            fmt.day_time(c.when),
            escape(fmt.who(c)),
            escape(c.title or "–"),
            escape(c.company or "–"),
            length,
        )
    console.print(table)
    peak = max((n for _, n in review.calls_per_day), default=0) or 1
    if len(review.calls_per_day) <= 14:
        console.print()
        for label, n in review.calls_per_day:
            bar = BAR * round(12 * n / peak) if n else ""
            console.print(f"  [dim]{label:>6}[/dim] [cyan]{bar}[/cyan] {n or ''}")


def _takeaways(console: Console, review: Review) -> None:
    _heading(console, "Takeaways")
    if not review.takeaways:
        console.print("  no takeaways were extracted from this week's calls")
    for group in review.takeaways:
        console.print(f"[cyan]{escape(group.label)}[/cyan]")
        for t in group.items:
            console.print(f"  • {escape(t.text)} [dim]— {escape(t.source)}[/dim]")


def _themes(console: Console, review: Review) -> None:
    _heading(console, "Themes")
    if not review.themes:
        console.print("  no skill or topic was named by more than one contact")
    for theme in review.themes:
        who = escape(", ".join(theme.contacts))
        console.print(f"  [bold]{escape(theme.label)}[/bold]  [dim]{who}[/dim]")


def _companies(console: Console, review: Review) -> None:
    if not review.companies:
        return
    _heading(console, "Companies side by side")
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
    console.print(table)


def _follow_ups(console: Console, review: Review) -> None:
    _heading(console, "Follow-ups")
    shown = [g for g in review.follow_ups if g.total]
    if not shown:
        console.print("  nothing owed: no open follow-ups")
    styles = {"overdue": "red", "this_week": "yellow"}
    for group in shown:
        style = styles.get(group.key, "cyan")
        console.print(f"[{style}]{group.title} ({group.total})[/{style}]")
        for item in group.items:
            console.print(
                f"  [bold]#{item.id}[/bold] {escape(item.text)}"
                f" [{style}]{escape(fmt.due(item))}[/{style}]"
                f" [dim]· {escape(item.source)}[/dim]"
            )
        if group.more:
            console.print(f"  [dim]… and {group.more} more: debrief todo[/dim]")


def _referrals(console: Console, review: Review) -> None:
    _heading(console, "Referrals not yet contacted")
    if not review.referrals:
        console.print("  everyone you were referred to has been contacted")
    for ref in review.referrals:
        at = f" ({escape(ref.company)})" if ref.company else ""
        by = "; ".join(escape(fmt.referral_source(n, w)) for n, w, _ in ref.suggested_by)
        console.print(f"  [bold]{escape(ref.name)}[/bold]{at} [dim]suggested by {by}[/dim]")
    if review.referrals_total > len(review.referrals):
        console.print(f"  [dim]… and {review.referrals_total - len(review.referrals)} more[/dim]")


def _coverage(console: Console, review: Review) -> None:
    _heading(console, "Coverage: what to ask next")
    if not review.coverage:
        console.print("  no company in this week's calls")
    for cov in review.coverage:
        calls = f"{cov.calls} call{'s' if cov.calls != 1 else ''}"
        if cov.missing:
            console.print(
                f"  [bold]{escape(cov.company)}[/bold] [dim]({calls})[/dim]"
                f" not covered yet: {escape(', '.join(cov.missing_labels))}"
            )
        else:
            console.print(
                f"  [bold]{escape(cov.company)}[/bold] [dim]({calls})[/dim] every category covered"
            )


def todo_table(items: list[FollowUpItem]) -> Table:
    """``debrief todo``: follow-ups with their call, due date and an overdue flag."""
    table = Table(show_edge=False, header_style="bold", pad_edge=False)
    for col in ("id", "follow-up", "due", "from"):
        table.add_column(col, overflow="fold")
    for item in items:
        if item.done_at:
            due = f"[green]done {escape(item.done_at[:10])}[/green]"
        elif item.overdue:
            due = f"[red]⚠ {escape(fmt.due(item))}[/red]"
        elif item.due is not None and item.due == item.today:
            due = "[yellow]due today[/yellow]"
        else:
            due = escape(fmt.due(item))
        table.add_row(str(item.id), escape(item.text), due, f"[dim]{escape(item.source)}[/dim]")
    return table
