"""Between calls (issue 14): the prep sheet (terminal, Markdown, the self-contained HTML page
of the weekly review's style), the thank-you draft and the follow-up ledger by person.
Registered in each format's ``KINDS`` as ``prep``, ``thanks`` and ``ledger``."""

from __future__ import annotations

from collections.abc import Callable
from html import escape as e
from typing import Any

from rich.console import Console
from rich.markup import escape

from debrief.views.text import closest_note

TONE = {1: "+", -1: "-", 0: "·"}


def _due(item: dict[str, Any]) -> str:
    if item.get("done_at"):
        return "dismissed" if item.get("dismissed_at") else f"done {item['done_at'][:10]}"
    if not item.get("due"):
        return "no due date"
    return f"OVERDUE {item['due'][:10]}" if item.get("overdue") else f"due {item['due'][:10]}"


def _item_line(item: dict[str, Any]) -> str:
    line = f"#{item['id']} {item['text']} ({_due(item)}; call #{item['debrief_id']})"
    met = item.get("spoken_since")  # the user's step to reach a referral called since
    if met and not item.get("done_at"):
        line += (
            f" (spoken with {met['name']} since: call #{met['debrief_id']};"
            f" done? `debrief done {item['id']}`)"
        )
    return line


def _chain_line(r: dict[str, Any]) -> str:
    state = (
        "talked to"
        if r["contacted"]
        else "reached out"
        if r.get("reached_out")
        else "not yet contacted"
    )
    ids = r.get("debrief_ids") or [r["debrief_id"]]
    calls = ("call " if len(ids) == 1 else "calls ") + ", ".join(f"#{i}" for i in ids)
    return f"{r['referrer']} → {r['referred']} ({calls}, {r['recorded_at'][:10]}; {state})"


def _last(data: dict[str, Any]) -> str:
    if data.get("referral"):
        return "none with them yet"  # the calls read are other people's
    c = data["last_call"]
    who = c["contact"] or "unknown contact"
    at = f" at {c['company']}" if c.get("company") and data["kind"] == "person" else ""
    return f"#{c['debrief_id']} {c['recorded_at'][:10]} with {who}{at}"


def _calls(data: dict[str, Any]) -> str:
    """How many calls the page reads. For a referral they are other people's calls (that
    named them or their company): "Zoë Brontë (not called yet)  1 call(s)" read as a
    contradiction."""
    from debrief.review.fmt import plural

    n = len(data["calls"])
    if str(data["name"]).endswith("(not called yet)"):
        return f"from {plural(n, 'call')} that named them or their company"
    return plural(n, "call")


def _title(data: dict[str, Any]) -> str:
    return f"Prep: {data['name']}"


def _closest(data: dict[str, Any]) -> str:
    """ "  (closest match for 'Brannok Foods')" when the name typed was not the one on file
    (as the `company` view says it: :func:`debrief.views.text.closest_note`), else nothing."""
    return closest_note(str(data["query"]), str(data["name"]), bool(data.get("exact", True)))


def _known_head(data: dict[str, Any]) -> tuple[str, str]:
    """The heading of what is known and its empty line: for a referral, what is known of
    their company (the referrer's own insights are not theirs)."""
    referral = data.get("referral")
    if not referral:
        return "What you know", "nothing filed yet"
    where = referral["company"] or "their company"
    return f"What you know about {where}", f"nothing filed about {where} yet"


def _named_by(m: dict[str, Any]) -> str:
    """Who named a referral, where: "Maria Lopez (Stripe) referred them on call #1, ..."."""
    at = f" ({m['company']})" if m.get("company") else ""
    did = "referred them" if m["relation"] == "referral" else "mentioned them"
    return f"{m['referrer']}{at} {did} on call #{m['debrief_id']}, {m['recorded_at'][:10]}"


# -- terminal -------------------------------------------------------------------------------


def print_prep(console: Console, data: dict[str, Any]) -> None:
    """``debrief prep``: one page before the next call."""
    console.print(
        f"[bold]{escape(_title(data))}[/bold]  [dim]{_calls(data)}{escape(_closest(data))}[/dim]"
    )
    console.print(f"last call: {escape(_last(data))}")
    if data["contacts"]:
        console.print("contacts: " + escape(", ".join(data["contacts"])))

    def section(head: str, rows: list[Any], empty: str, lines: Callable[[Any], list[str]]) -> None:
        console.print(f"\n[bold]{head}[/bold]")
        if not rows:
            console.print(f"  {empty}")
        for row in rows:
            for line in lines(row):
                console.print(line)

    if data.get("referral"):
        section(
            "Who referred them",
            data["referral"]["named_by"],
            "nobody",
            lambda m: [
                f"  {escape(_named_by(m))}",
                *(f"    [italic]“{escape(said)}”[/italic]" for said in m["said"]),
            ],
        )
    head, empty = _known_head(data)
    section(
        head,
        data["categories"],
        empty,
        lambda cat: [
            f"  [bold]{escape(cat['label'])}[/bold] [dim]({cat['verdict']})[/dim]",
            *(
                f"    {TONE[s['tone']]} {escape(s['text'])}"
                f" [dim]— {escape(s['contact'])}, #{s['debrief_id']},"
                f" insight #{s['insight_id']}[/dim]"
                for s in cat["statements"]
            ),
        ],
    )
    section(
        "Where contacts disagree",
        data["disagreements"],
        "no disagreement found",
        lambda d: [
            f"  [bold]{escape(d['topic'])}[/bold]",
            *(
                f"    {TONE[s['tone']]} {escape(s['contact'])}: {escape(s['text'])}"
                for s in d["statements"]
            ),
        ],
    )
    section(
        "Still to ask",
        data["suggested"],
        "every category is covered",
        lambda q: [
            f"  [bold]{escape(q['label'])}[/bold] [dim]({escape(q['set'])})[/dim]",
            *(f"    ? {escape(text)}" for text in q["questions"]),
            *(f"    note: {escape(note)}" for note in q["notes"]),
        ],
    )
    for key, head in (("owed", "You owe"), ("offered", "They offered")):
        section(head, data[key], "nothing open", lambda item: [f"  {escape(_item_line(item))}"])
    section(
        "Referral chain",
        data["referrals"],
        "no referrals yet",
        lambda r: [f"  {escape(_chain_line(r))}"],
    )


def print_thanks(console: Console, data: dict[str, Any]) -> None:
    """``debrief draft thanks``: the note as plain text, its sources under it."""
    console.print(data["text"], markup=False, highlight=False, soft_wrap=True)
    console.print(f"\n[dim]{escape(data['sources'])}[/dim]")


def print_ledger(console: Console, groups: list[dict[str, Any]]) -> None:
    """``debrief todo --by-person``: what the user owes and what was offered, per person."""
    if not groups:
        console.print("nothing to do: no open follow-ups")
        return
    for g in groups:
        console.print(f"[bold]{escape(g['person'])}[/bold]")
        for key, head in (("owed", "you owe"), ("offered", "they offered")):
            for item in g[key]:
                style = "red" if item.get("overdue") else ""
                line = escape(f"  {head}: {_item_line(item)}")
                console.print(f"[{style}]{line}[/{style}]" if style else line)


def print_filed_habits(console: Console, items: list[dict[str, Any]]) -> None:
    """The post-add summary's lines for the items debrief filed for the call."""
    for item in items:
        head = "offered" if item["direction"] == "theirs" else "to do"
        due = f" (due {item['due']})" if item.get("due") else ""
        console.print(f"  {head}: #{item['id']} {escape(item['text'])}{due}")


# -- Markdown -------------------------------------------------------------------------------


def prep_markdown(data: dict[str, Any]) -> str:
    out = [f"# {_title(data)}", "", f"Last call: {_last(data)}", ""]
    if _closest(data):
        out[1:1] = ["", f"_{_closest(data).strip()}_"]
    if data["contacts"]:
        out += [f"Contacts: {', '.join(data['contacts'])}", ""]
    if data.get("referral"):
        out += ["## Who referred them", ""]
        for m in data["referral"]["named_by"]:
            out += [f"- {_named_by(m)}", *(f"  > {said}" for said in m["said"])]
        out.append("")
    head, empty = _known_head(data)
    out += [f"## {head}", ""]
    for cat in data["categories"]:
        out += [f"### {cat['label']} ({cat['verdict']})", ""]
        out += [
            f"- {s['text']} — *{s['contact']}*, call #{s['debrief_id']}, insight #{s['insight_id']}"
            for s in cat["statements"]
        ]
        out.append("")
    if not data["categories"]:
        out += [empty[:1].upper() + empty[1:] + ".", ""]
    out += ["## Where contacts disagree", ""]
    for d in data["disagreements"]:
        out += [f"**{d['topic']}**", ""]
        out += [f"- {TONE[s['tone']]} {s['contact']}: {s['text']}" for s in d["statements"]]
        out.append("")
    if not data["disagreements"]:
        out += ["No disagreement found.", ""]
    out += ["## Still to ask", ""]
    for q in data["suggested"]:
        out += [f"**{q['label']}** ({q['set']})", ""]
        out += [f"- {t}" for t in q["questions"]] + [f"- Note: {n}" for n in q["notes"]]
        out.append("")
    if not data["suggested"]:
        out += ["Every category is covered.", ""]
    for key, head in (("owed", "You owe"), ("offered", "They offered")):
        out += [f"## {head}", ""]
        out += [f"- {_item_line(i)}" for i in data[key]] or ["Nothing open."]
        out.append("")
    out += ["## Referral chain", ""]
    out += [f"- {_chain_line(r)}" for r in data["referrals"]] or ["No referrals yet."]
    return "\n".join(out) + "\n"


def thanks_text(data: dict[str, Any]) -> str:
    return f"{data['text']}\n\n{data['sources']}\n"


# -- HTML -----------------------------------------------------------------------------------


def prep_html(data: dict[str, Any]) -> str:
    """The prep sheet as one self-contained page (the weekly review's style sheet and
    security policy: nothing loaded from anywhere)."""
    from debrief.review.render_html import page

    body = [f"<h1>{e(_title(data))}</h1>", f'<p class="dim">Last call: {e(_last(data))}</p>']
    if _closest(data):
        body.insert(1, f'<p class="dim">{e(_closest(data).strip())}</p>')

    def grouped(
        anchor: str,
        head: str,
        rows: list[Any],
        empty: str,
        title: Callable[[Any], str],
        lines: Callable[[Any], list[str]],
    ) -> list[str]:
        out = [f'<section id="{anchor}"><h2>{head}</h2>']
        for row in rows:
            out += [f"<h3>{title(row)}</h3><ul>", *lines(row), "</ul>"]
        return [*out, *([] if rows else [f"<p>{empty}</p>"]), "</section>"]

    head, empty = _known_head(data)
    if data.get("referral"):
        body += ['<section id="referred"><h2>Who referred them</h2><ul>']
        for m in data["referral"]["named_by"]:
            said = "".join(f"<blockquote>{e(t)}</blockquote>" for t in m["said"])
            body.append(f"<li>{e(_named_by(m))}{said}</li>")
        body.append("</ul></section>")
    know = grouped(
        "known",
        e(head),
        data["categories"],
        e(empty[:1].upper() + empty[1:]) + ".",
        lambda cat: f"{e(cat['label'])} <small>({e(cat['verdict'])})</small>",
        lambda cat: [
            f'<li>{e(s["text"])} <span class="dim">— {e(s["contact"])}, call'
            f" #{s['debrief_id']}, insight #{s['insight_id']}</span></li>"
            for s in cat["statements"]
        ],
    )
    dis = grouped(
        "disagreements",
        "Where contacts disagree",
        data["disagreements"],
        "No disagreement found.",
        lambda d: e(d["topic"]),
        lambda d: [
            f"<li>{TONE[s['tone']]} {e(s['contact'])}: {e(s['text'])}</li>" for s in d["statements"]
        ],
    )
    ask = grouped(
        "questions",
        "Still to ask",
        data["suggested"],
        "Every category is covered.",
        lambda q: f"{e(q['label'])} <small>({e(q['set'])})</small>",
        lambda q: (
            [f"<li>{e(t)}</li>" for t in q["questions"]]
            + [f"<li>Note: {e(n)}</li>" for n in q["notes"]]
        ),
    )
    items = []
    for key, head in (("owed", "You owe"), ("offered", "They offered")):
        items.append(f'<section id="{key}"><h2>{head}</h2><ul>')
        items += [f"<li>{e(_item_line(i))}</li>" for i in data[key]] or ["<li>Nothing open.</li>"]
        items.append("</ul></section>")
    chain = ['<section id="referrals"><h2>Referral chain</h2><ul>']
    chain += [f"<li>{e(_chain_line(r))}</li>" for r in data["referrals"]] or [
        "<li>No referrals yet.</li>"
    ]
    chain.append("</ul></section>")
    return page(_title(data), [*body, *know, *dis, *ask, *items, *chain])
