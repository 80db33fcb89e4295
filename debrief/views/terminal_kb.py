"""The terminal renderer's knowledge-base kinds: search, company, companies, people, person.

Presentation only. Stored text (which came from speech recognition or typing) is never
parsed as rich markup: everything is assembled from :class:`rich.text.Text` pieces.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from debrief.models import HL_END, HL_START, category_label
from debrief.review.fmt import plural
from debrief.views.models import CompanyView, PeopleOverview, PersonView, SearchHit
from debrief.views.text import closest_note, follow_up_line, search_hint
from debrief.views.text import day as _day

#: A clear tone gets a mark; anything unclear gets none (a space keeps the columns).
TONE = {1: ("+", "green"), -1: ("-", "red"), 0: (" ", "dim")}
VERDICT_STYLE = {  # anything else ("3 contacts") is dim
    "agree": "green",
    "one opinion": "dim",
    "differ": "bold red",
    "one contact": "dim",
    "no clear tone": "dim",
}


def highlighted(snippet: str) -> Text:
    """A snippet whose \\x02...\\x03 marks become bold yellow."""
    text = Text()
    on = False
    for part in snippet.replace(HL_END, HL_START).split(HL_START):
        if part:
            text.append(part, style="bold yellow" if on else None)
        on = not on
    return text


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", show_edge=False, header_style="bold")
    for col in columns:
        table.add_column(col, overflow="fold")
    return table


def _title(console: Console, title: str) -> None:
    """A section title after a blank line."""
    console.print()
    console.print(Text(title, style="bold"))


def _follow_ups(console: Console, title: str, items: list[dict[str, Any]]) -> None:
    if items:
        _title(console, title)
        for f in items:
            if not f.get("overdue"):
                console.print(Text(follow_up_line(f)))
                continue
            # The company view flags what `debrief todo` calls overdue, in red.
            line = Text(follow_up_line({**f, "due": None}))
            n = f["days_overdue"]
            line.append(f"  ⚠ {n} day{'s' * (n != 1)} overdue (due {f['due']})", style="red")
            console.print(line)


def _line(*parts: tuple[str, str | None] | str) -> Text:
    text = Text()
    for part in parts:
        if isinstance(part, str):
            text.append(part)
        else:
            text.append(part[0], style=part[1])
    return text


# -- search -----------------------------------------------------------------------------------


def print_search(
    console: Console,
    hits: list[SearchHit],
    *,
    query: str = "",
    filters: dict[str, Any] | None = None,
    ask: bool = False,
) -> None:
    if not hits:
        listing = getattr(hits, "match", None) == ""
        if getattr(hits, "match", "") is None:
            message = (
                "nothing to search for: give a word to find (punctuation and words like"
                ' "the" or "I" are ignored;'
                " -word only excludes),"
                " or list a topic with --category"
            )
            console.print(Text(message), soft_wrap=True)
            return
        if listing:
            what = ", ".join(
                category_label(v) if k == "category" else f"{k} {v}"
                for k, v in (filters or {}).items()
                if v
            )
            message = f"nothing filed for {what} yet"
        else:
            shown = " ".join(query.split())
            shown = shown if len(shown) <= 60 else shown[:59] + "…"
            message = f"no results for {shown!r}"
        # One line, never wrapped: the finding, then what to try; a search by meaning
        # adds its own tips (ask it as a question, a name's spelling) below.
        console.print(Text(f"{message}: {search_hint(query, filters, ask)}"), soft_wrap=True)
        for tip in getattr(hits, "suggestions", None) or []:
            console.print(Text(f"  try: {tip}", style="dim"), soft_wrap=True)
        return
    for h in hits:
        where = " · ".join(
            x
            for x in (
                _day(h.get("recorded_at")),
                h.get("contact") or "unknown contact",
                h.get("company") or "",
                category_label(h.get("category")) if h.get("source") == "insight" else "transcript",
            )
            if x
        )
        console.print(_line((f"#{h['debrief_id']}", "bold"), " ", (where, "dim")))
        console.print(Text("  ").append_text(highlighted(h.get("snippet") or "")))
    from debrief.store.search import capped_note

    note = capped_note(hits)
    if note:
        console.print(Text(f"({note})", style="dim"))


# -- companies ----------------------------------------------------------------------------------


def print_companies(console: Console, rows: list[dict[str, Any]]) -> None:
    if not rows:
        console.print("no companies yet: add a debrief with `debrief add`")
        return
    table = Table(show_edge=False, header_style="bold")
    for col, justify in (
        ("company", "left"),
        ("calls", "right"),
        ("contacts", "right"),
        ("insights", "right"),
        ("last contact", "left"),
        ("mentioned in", "right"),
    ):
        table.add_column(col, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for r in rows:
        table.add_row(
            Text(r["name"]),
            str(r["calls"]),
            str(r["contacts"]),
            str(r["insights"]),
            _day(r["last_contact"]),
            str(r["mentions"] or "") or "-",
        )
    console.print(table)


def _tone(value: int) -> Text:
    mark, style = TONE.get(value, TONE[0])
    return Text(mark, style=style)


def print_company(console: Console, data: CompanyView) -> None:
    name = data["company"]["name"]
    head = _line((name, "bold"))
    head.append(closest_note(data["query"], name, data["exact"]), style="dim")
    console.print(head)
    calls, contacts = data["calls"], data["contacts"]
    last = _day(calls[-1]["recorded_at"]) if calls else "-"
    summary = f"{len(calls)} call{'s' * (len(calls) != 1)} with {len(contacts)} contact"
    summary += "s" * (len(contacts) != 1) + f" · last {last}"
    if data["mentioned_in"]:
        summary += f" · mentioned in {plural(len(data['mentioned_in']), 'other call')}"
    console.print(Text(summary, style="dim"))
    for c in contacts:
        title = f", {c['title']}" if c.get("title") else ""
        console.print(
            _line(
                "  ",
                (c["name"], "cyan"),
                title,
                (f"  {plural(c['calls'], 'call')}, last ", "dim"),
                (_day(c.get("last")), "dim"),
            )
        )
    if not calls:
        console.print(Text("no calls with anyone there yet", style="dim"))

    if data["themes"]:
        console.print()
        console.print(
            _line(
                ("Where contacts agree and differ", "bold"),
                ("  (+ praised, - criticised; no mark where it is not clear)", "dim"),
            )
        )
        for theme in data["themes"]:
            line = _line(
                (f"  {theme['verdict']:<13}", VERDICT_STYLE.get(theme["verdict"], "dim")),
                (theme["term"], "bold"),
                " ",
            )
            for n, c in enumerate(theme["contacts"]):
                line.append(", " if n else "— ")
                line.append(c["contact"])
                if c["tone"]:
                    line.append(" ")
                    line.append_text(_tone(c["tone"]))
            console.print(line)

    for cat in data["categories"]:
        console.print()
        line = _line((cat["label"], "bold"), "  ")
        line.append(f"[{cat['verdict']}", style=VERDICT_STYLE.get(cat["verdict"], "dim"))
        if len(cat["contacts"]) > 1:
            line.append(": ", style=VERDICT_STYLE.get(cat["verdict"], "dim"))
            for n, c in enumerate(cat["contacts"]):
                if n:
                    line.append(", ")
                line.append(c["contact"])
                if c["tone"]:
                    line.append(" ")
                    line.append_text(_tone(c["tone"]))
        line.append("]", style=VERDICT_STYLE.get(cat["verdict"], "dim"))
        console.print(line)
        for s in cat["statements"]:
            row = _line("  ")
            row.append_text(_tone(s["tone"]))
            row.append(f" {s['text']}  ")
            row.append(
                f"— {s['contact']}, {_day(s['recorded_at'])} #{s['debrief_id']}", style="dim"
            )
            console.print(row)

    if calls and data["not_covered"]:
        console.print()
        console.print(
            Text(
                "not asked yet: " + ", ".join(category_label(c) for c in data["not_covered"]),
                style="dim",
            )
        )
    _follow_ups(console, "Open follow-ups", data["follow_ups"])
    if data["people"]:
        _title(console, "People")
        for p in data["people"]:
            at = f", {p['company']}" if p.get("company") else ""
            by = p.get("said_by") or "unknown contact"
            console.print(
                _line(
                    f"  {p['name']}{at} ",
                    (f"({p['relation']}, from {by}, {_day(p['recorded_at'])})", "dim"),
                )
            )
    _print_no_company(console, data)
    if data["mentioned_in"]:
        _title(console, "Mentioned in other calls")
        for m in data["mentioned_in"]:
            who = m.get("contact") or "unknown contact"
            at = f" ({m['company']})" if m.get("company") else ""
            console.print(Text(f"  #{m['debrief_id']} {_day(m['recorded_at'])} {who}{at}"))


def no_company_hint(data: CompanyView) -> str | None:
    """The pointer to calls filed without a company, and how to set one (or None)."""
    rows = data.get("no_company") or []
    if not rows:
        return None
    name = data["company"]["name"]
    quoted = f'"{name}"' if " " in name else name
    n = len(rows)
    return (
        f"{n} call{'s' * (n != 1)} filed without a company (not in this view);"
        f" if one was with {name}: debrief edit {rows[0]['debrief_id']} --company {quoted}"
    )


def _print_no_company(console: Console, data: CompanyView) -> None:
    hint = no_company_hint(data)
    if not hint:
        return
    console.print()
    console.print(Text(hint, style="yellow"))
    for r in data["no_company"][:5]:
        also = f" (mentions {data['company']['name']})" if r.get("mentions") else ""
        who = r.get("contact") or "unknown contact"
        console.print(Text(f"  #{r['debrief_id']} {_day(r['recorded_at'])} {who}{also}"))


# -- people ---------------------------------------------------------------------------------


def _status(ref: dict[str, Any]) -> Text:
    if ref["contacted"]:
        return Text(f"contacted #{ref['contacted_in']} {_day(ref['contacted_on'])}", style="green")
    before = ""  # a call from before the referral: not the contact it asks for
    if ref.get("spoke_before_in"):
        before = f"; spoke before: #{ref['spoke_before_in']} {_day(ref['spoke_before_on'])}"
    if ref.get("reached_out"):  # the reach-out item closed: waiting for the call
        since = "since" if before else "yet"
        return Text(
            f"reached out {_day(ref['reached_out'])}, no call {since}{before}", style="cyan"
        )
    return Text(f"not yet{before}", style="yellow")


def _referral_company(ref: dict[str, Any]) -> str:
    """Where a referred person works, as best known: their own call's company first (it is
    what they said themselves, and the referrer often named no company), else the company
    the referrer said; "-" when neither is known."""
    return ref.get("contact_company") or ref.get("company") or "-"


def print_people(console: Console, data: PeopleOverview) -> None:
    if not data["contacts"] and not data["referrals"] and not data["mentioned"]:
        console.print("no people yet: add a debrief with `debrief add`")
        return
    if data["contacts"]:
        table = _table("Contacts", "name", "title", "company", "calls", "last call", "referred by")
        for c in data["contacts"]:
            table.add_row(
                Text(c["name"]),
                Text(c.get("title") or "-"),
                Text(c.get("company") or "-"),
                str(c["calls"]),
                _day(c.get("last_call")),
                Text(", ".join(c["referred_by"]) or "-"),
            )
        console.print(table)
    if data["referrals"]:
        console.print()
        table = _table(
            "Referrals (who referred whom)", "referred", "company", "referred by", "when", "status"
        )
        for r in data["referrals"]:
            table.add_row(
                Text(r["name"]),
                Text(_referral_company(r)),
                # ``referrers``: every contact who named this person (store.people)
                Text(", ".join(s["referrer"] or "unknown contact" for s in r["referrers"])),
                ", ".join(
                    f"{_day(s['recorded_at'])} " + ", ".join(f"#{i}" for i in s["debrief_ids"])
                    for s in r["referrers"]
                ),
                _status(r),
            )
        console.print(table)
        waiting = data["not_contacted"]
        console.print(
            Text(f"{plural(len(waiting), 'referral')} not yet contacted", style="yellow")
            if waiting
            else Text("every referral contacted", style="green")
        )
    # A contact someone mentioned is in the table above already (their page lists who
    # mentioned them): "Also mentioned" is the people not talked to.
    others = [m for m in data["mentioned"] if not m.get("contact")]
    if others:
        _title(console, "Also mentioned")
        for m in others:
            at = f", {m['company']}" if m.get("company") else ""
            by = ", ".join(sorted({x["referrer"] or "unknown" for x in m["mentioned_by"]}))
            console.print(_line(f"  {m['name']}{at} ", (f"(by {by})", "dim")))


def print_person(console: Console, data: PersonView) -> None:
    head = _line((data["name"], "bold"))
    head.append(closest_note(data["query"], data["name"], data["exact"]), style="dim")
    console.print(head)
    for c in data["contacts"]:
        bits = ", ".join(x for x in (c.get("title"), c.get("company")) if x)
        console.print(
            _line(
                "  ",
                bits or "contact",
                (f"  {plural(c['calls'], 'call')}, last {_day(c.get('last_call'))}", "dim"),
            )
        )
    if not data["is_contact"]:
        console.print(Text("  no debrief with them yet", style="yellow"))
        if data["referred_by"]:
            # not a dead end: prep gathers what the referrer and their company said
            console.print(_line("  before the call: ", (f'debrief prep "{data["name"]}"', "bold")))
    for r in data["referred_by"]:
        reached = (
            f"; reached out {_day(r['reached_out'])}, no call yet"
            if r.get("reached_out") and not data["is_contact"]
            else ""
        )
        console.print(
            _line(
                "  referred by ",
                (r.get("referrer") or "unknown contact", "cyan"),
                (
                    f" on {_day(r['recorded_at'])} "
                    + ", ".join(f"#{i}" for i in r.get("debrief_ids") or [r["debrief_id"]])
                    + reached,
                    "dim",
                ),
            )
        )
    if data["calls"]:
        _title(console, "Calls")
        for c in data["calls"]:
            extra = f", {c['call_minutes']} min" if c.get("call_minutes") else ""
            console.print(
                Text(
                    f"  #{c['debrief_id']} {_day(c['recorded_at'])} "
                    f"{c.get('company') or ''} ({plural(c['insights'], 'insight')}{extra})"
                )
            )
    if data["insights"]:
        _title(console, "What they said")
        for i in data["insights"]:
            console.print(
                _line(
                    "  ",
                    (f"{category_label(i['category']):<17}", "cyan"),
                    i["text"],
                    (f"  {_day(i['recorded_at'])}", "dim"),
                )
            )
    _follow_ups(console, "Follow-ups", data["follow_ups"])
    if data["referred"]:
        _title(console, "People they referred you to")
        for r in data["referred"]:
            at = f", {r['company']}" if r.get("company") else ""
            line = _line(f"  {r['name']}{at} ", (f"({r['relation']}) ", "dim"))
            line.append_text(_status(r))
            console.print(line)
    if data["mentioned"]:
        _title(console, "People they mentioned")
        for m in data["mentioned"]:
            at = f", {m['company']}" if m.get("company") else ""
            console.print(Text(f"  {m['name']}{at} {_day(m['recorded_at'])} #{m['debrief_id']}"))
    if data["mentioned_by"]:
        _title(console, "Mentioned by")
        for m in data["mentioned_by"]:
            console.print(
                Text(
                    f"  {m.get('referrer') or 'unknown contact'} "
                    f"{_day(m['recorded_at'])} #{m['debrief_id']}"
                )
            )


KINDS: dict[str, Callable[..., None]] = {
    "search": print_search,
    "company": print_company,
    "companies": print_companies,
    "people": print_people,
    "person": print_person,
}
