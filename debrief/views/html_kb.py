"""The knowledge-base pages in HTML: one company, one person, one debrief (its transcript
with the insight spans highlighted). Shared helpers and the home and search pages are in
:mod:`debrief.views.html_pages`; the stylesheet and page shell in
:mod:`debrief.review.render_html`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from debrief.models import CATEGORIES, category_label
from debrief.review import fmt
from debrief.review.render_html import e, page
from debrief.views.html_pages import (
    CATEGORY_COLOURS,
    OTHER_COLOUR,
    STANDALONE,
    Links,
    call_link,
    cat_tag,
    day,
    due_day,
    link,
    list_section,
    nav,
    section,
    where,
    who,
)
from debrief.views.models import CompanyView, Debrief, PersonView


def dated_call(links: Links, row: Mapping[str, Any]) -> str:
    """A link to the call ``row`` comes from (its ``debrief_id``), labelled with its day."""
    return call_link(links, row["debrief_id"], day(row["recorded_at"]))


def call_item(links: Links, row: Mapping[str, Any], text: str, src: str = "") -> str:
    """A call in a page's list: its dated link, ``text`` (HTML: who or where), and ``src``
    (HTML, the call's details) in the small print."""
    small = f' <span class="src">{src}</span>' if src else ""
    return f"<li>{dated_call(links, row)} {text}{small}</li>"


# -- company --------------------------------------------------------------------------------

TONE_HTML = {
    1: '<span class="tone-pos" title="praised">+</span> ',
    -1: '<span class="tone-neg" title="criticised">−</span> ',
}


def render_company(data: CompanyView, links: Links = STANDALONE, **options: Any) -> str:
    name = data["company"]["name"]
    calls, contacts = data["calls"], data["contacts"]
    sub = f"{fmt.plural(len(calls), 'call')} with {fmt.plural(len(contacts), 'contact')}"
    if calls:
        sub += f" · last {day(calls[-1]['recorded_at'])}"
    body = [f"<header><h1>{e(name)}</h1>", f'<div class="sub">{e(sub)}</div></header>']
    people = ['<ul class="plain">']
    for c in contacts:
        title = f", {e(c['title'])}" if c.get("title") else ""
        people.append(
            f'<li>{who(links, c["name"])}{title} <span class="src">'
            f"{fmt.plural(c['calls'], 'call')}, last {e(day(c.get('last')))}</span></li>"
        )
    people.append("</ul>")
    if calls:
        people.append(
            '<p class="src">Calls: '
            + ", ".join(
                call_link(
                    links,
                    c["debrief_id"],
                    f"{day(c['recorded_at'])} ({c.get('contact') or 'unknown'})",
                )
                for c in calls
            )
            + "</p>"
        )
    body += section("contacts", "Contacts", people)
    if data["themes"]:
        rows = []
        for t in data["themes"]:
            voices = ", ".join(
                (TONE_HTML.get(c["tone"], "") + e(c["contact"])) for c in t["contacts"]
            )
            rows.append(
                f'<li><b>{e(t["term"])}</b> <span class="verdict {e(t["verdict"])}">'
                f'{e(t["verdict"])}</span> <span class="src">{voices}</span></li>'
            )
        body += section(
            "agree-differ",
            "Where contacts agree and differ",
            [
                '<p class="dim">+ praised, − criticised; no mark where it is not clear.</p>',
                '<ul class="plain">',
                *rows,
                "</ul>",
            ],
        )
    insights = []
    for cat in data["categories"]:
        insights.append(
            f'<h3>{cat_tag(cat["category"])}<span class="verdict {e(cat["verdict"])}">'
            f'{e(cat["verdict"])}</span></h3><ul class="plain">'
        )
        for s in cat["statements"]:
            insights.append(
                f'<li>{TONE_HTML.get(s["tone"], "")}{e(s["text"])} <span class="src">— '
                f"{who(links, s.get('contact'))}, "
                f"{dated_call(links, s)}</span></li>"
            )
        insights.append("</ul>")
    if not insights:
        insights.append("<p>No insights filed for this company yet.</p>")
    if calls and data["not_covered"]:
        insights.append(
            "<p>Not asked yet: "
            + "".join(
                f'<span class="tag">{e(category_label(c))}</span>' for c in data["not_covered"]
            )
            + "</p>"
        )
    body += section("insights", "What they said", insights)
    fus = []
    for f in data["follow_ups"]:
        if f.get("overdue"):
            n = f["days_overdue"]
            due = (
                f'<span class="flag">⚠ {n} day{"s" * (n != 1)} overdue'
                f" (due {e(due_day(f['due']))})</span>"
            )
        else:
            due = f'<span class="src">due {e(due_day(f["due"]))}</span>' if f.get("due") else ""
        fus.append(f"<li>{e(f['text'])} {due} {call_link(links, f['debrief_id'])}</li>")
    body += list_section("follow-ups", "Open follow-ups", fus)
    people_named = [
        f"<li>{link(links.person(p['name']), p['name'])}"
        + (f", {e(p['company'])}" if p.get("company") else "")
        + f' <span class="src">({e(p["relation"])}, from '
        f"{e(p.get('said_by') or 'unknown contact')}, "
        f"{dated_call(links, p)})</span></li>"
        for p in data["people"]
    ]
    body += list_section("people", "People named", people_named)
    if data.get("no_company"):
        unfiled = data["no_company"]
        items = [
            f"<li>{call_link(links, r['debrief_id'])} {e(day(r['recorded_at']))} "
            f"{who(links, r.get('contact'))}"
            + (f' <span class="flag">mentions {e(name)}</span>' if r.get("mentions") else "")
            + "</li>"
            for r in unfiled[:8]
        ]
        quoted = f'"{name}"' if " " in name else name
        body += section(
            "no-company",
            "Calls without a company",
            [
                f"<p>{fmt.plural(len(unfiled), 'call')} filed without a company"
                f" {'is' if len(unfiled) == 1 else 'are'} not on this page."
                f" If one was with {e(name)}, set it: <code>debrief edit ID --company"
                f" {e(quoted)}</code>.</p>",
                "<ul>",
                *items,
                "</ul>",
            ],
        )
    mentioned_in = [
        call_item(
            links,
            m,
            who(links, m.get("contact"))
            + (f" ({where(links, m['company'])})" if m.get("company") else ""),
        )
        for m in data["mentioned_in"]
    ]
    body += list_section("mentioned", "Mentioned in other calls", mentioned_in)
    return page(name, body, nav(links))


# -- person ---------------------------------------------------------------------------------


def render_person(data: PersonView, links: Links = STANDALONE, **options: Any) -> str:
    name = data["name"]
    bits = []
    for c in data["contacts"]:
        bits.append(
            ", ".join(x for x in (e(c.get("title") or ""), where(links, c.get("company"))) if x)
        )
    sub = "; ".join(bits) if data["is_contact"] else "No call with them yet"
    body = [f"<header><h1>{e(name)}</h1>", f'<div class="sub">{sub}</div></header>']
    referred_by = [
        f"<li>{who(links, r.get('referrer'))} on {dated_call(links, r)}</li>"
        for r in data["referred_by"]
    ]
    body += list_section("referred-by", "Referred by", referred_by)
    calls = [
        call_item(
            links,
            c,
            where(links, c.get("company")),
            fmt.plural(c["insights"], "takeaway")
            + (f", {c['call_minutes']} min" if c.get("call_minutes") else ""),
        )
        for c in data["calls"]
    ]
    body += list_section("calls", "Calls", calls)
    said = [
        f'<li>{cat_tag(i["category"])}{e(i["text"])} <span class="src">'
        f"{dated_call(links, i)}</span></li>"
        for i in data["insights"]
    ]
    body += list_section("said", "What they said", said, css="plain")
    follow_ups = [
        f"<li>{'✓ ' if f.get('done_at') and not f.get('dismissed_at') else ''}{e(f['text'])}"
        + (f' <span class="src">due {e(due_day(f["due"]))}</span>' if f.get("due") else "")
        + (
            ' <span class="src">(dismissed)</span>'
            if f.get("dismissed_at")
            else ' <span class="src">(done)</span>'
            if f.get("done_at")
            else ""
        )
        + "</li>"
        for f in data["follow_ups"]
    ]
    body += list_section("follow-ups", "Follow-ups", follow_ups)
    referred = []
    for r in data["referred"]:
        status = (
            '<span class="src">contacted '
            f"{call_link(links, r['contacted_in'], day(r['contacted_on']))}</span>"
            if r["contacted"]
            else '<span class="flag">not contacted yet</span>'
            + (
                f' <span class="src">(spoke before: '
                f"{call_link(links, r['spoke_before_in'], day(r['spoke_before_on']))})</span>"
                if r.get("spoke_before_in")
                else ""
            )
        )
        at = f", {e(r['company'])}" if r.get("company") else ""
        referred.append(f"<li>{link(links.person(r['name']), r['name'])}{at} {status}</li>")
    body += list_section("referred", "People they referred you to", referred)
    mentioned = [
        f"<li>{link(links.person(m['name']), m['name'])}"
        + (f", {e(m['company'])}" if m.get("company") else "")
        + f" on {dated_call(links, m)}</li>"
        for m in data["mentioned"]
    ]
    body += list_section("mentioned", "People they mentioned", mentioned)
    mentioned_by = [
        f"<li>{who(links, m.get('referrer'))} on {dated_call(links, m)}</li>"
        for m in data["mentioned_by"]
    ]
    body += list_section("mentioned-by", "Mentioned by", mentioned_by)
    return page(name, body, nav(links))


# -- one debrief ----------------------------------------------------------------------------


def highlighted_transcript(text: str, insights: list[dict[str, Any]]) -> str:
    """The transcript with each insight's span marked in its category's colour."""
    spans = sorted(
        (i for i in insights if 0 <= i["start_char"] < i["end_char"] <= len(text)),
        key=lambda i: (i["start_char"], -i["end_char"]),
    )
    out, pos = [], 0
    for ins in spans:
        start, end = ins["start_char"], ins["end_char"]
        if start < pos:  # overlapping spans: the first one wins
            continue
        bg, _ink = CATEGORY_COLOURS.get(ins["category"] or "", OTHER_COLOUR)
        out.append(e(text[pos:start]))
        out.append(
            f'<mark class="insight" style="background:{bg}"'
            f' title="{e(category_label(ins["category"]))}">'
            f"{e(text[start:end])}</mark>"
        )
        pos = end
    out.append(e(text[pos:]))
    return "".join(out)


def render_debrief(d: Debrief, links: Links = STANDALONE, **options: Any) -> str:
    who_ = d.get("contact") or "Unknown contact"
    title = f"{who_} · {day(d['recorded_at'])}"
    sub = ", ".join(
        x
        for x in (
            e(d.get("title") or ""),
            where(links, d.get("company")) if d.get("company") else "",
            e(f"{day(d['recorded_at'])}, {d['recorded_at'][11:16]}".rstrip(", ")),
            f"{d['call_minutes']} min call" if d.get("call_minutes") else "",
        )
        if x
    )
    head = link(links.person(who_), who_) if d.get("contact") else e(who_)
    body = [f"<header><h1>{head}</h1>", f'<div class="sub">{sub}</div></header>']
    if d["status"] != "extracted":
        body += section(
            "status",
            "Not finished",
            [
                f"<p>This recap is {e(d['status'])}"
                + (f" ({e(d['error'])})" if d.get("error") else "")
                + ": <code>debrief process</code> finishes it.</p>"
            ],
        )
    if not d.get("company") and d["status"] == "extracted":
        body += section(
            "no-company",
            "No company",
            [
                f"<p>No company was found in this recap. Set it with"
                f" <code>debrief edit {d['id']} --company NAME</code>.</p>"
            ],
        )
    by_cat: dict[str | None, list[dict[str, Any]]] = {}
    for ins in d.get("insights", []):
        by_cat.setdefault(ins["category"], []).append(ins)
    items = []
    for cat in [*CATEGORIES, None]:
        for ins in by_cat.get(cat, []):
            items.append(f"<li>{cat_tag(cat)}{e(ins['text'])}</li>")
    body += section(
        "insights",
        "Insights",
        ['<ul class="plain">', *items, "</ul>"] if items else ["<p>No insights found.</p>"],
    )
    # what the recap said, then the ledger's items for the call, marked as `show` marks them
    follow_ups = [
        f"<li>{'✓ ' if f.get('done_at') and not f.get('dismissed_at') else ''}{e(f['text'])}"
        + (f' <span class="src">due {e(due_day(f["due"]))}</span>' if f.get("due") else "")
        + (' <span class="src">(dismissed)</span>' if f.get("dismissed_at") else "")
        + (f' <span class="src">({e(mark)})</span>' if mark else "")
        + "</li>"
        for f, mark in [
            *((f, "") for f in d.get("follow_ups") or []),
            *(
                (f, "generated, they offered" if f.get("direction") == "theirs" else "generated")
                for f in d.get("generated") or []
            ),
        ]
    ]
    side = list_section("follow-ups", "Follow-ups", follow_ups)
    named = []
    for p in d.get("people_mentioned") or []:
        at = f", {e(p['company'])}" if p.get("company") else ""
        label = "referral" if p["relation"] == "referral" else "mentioned"
        named.append(
            f"<li>{link(links.person(p['name']), p['name'])}{at}"
            f' <span class="src">({label})</span></li>'
        )
    for name in d.get("companies_mentioned") or []:
        named.append(f'<li>{where(links, name)} <span class="src">(company)</span></li>')
    side += list_section("people", "People and companies named", named)
    if side:
        body += ['<div class="grid2">', *side, "</div>"]
    t = d.get("transcript")
    text = (t or {}).get("text") or ""
    legend = "".join(
        cat_tag(c) for c in CATEGORIES if any(i["category"] == c for i in d.get("insights", []))
    )
    body += section(
        "transcript",
        "Transcript",
        [
            f'<p class="dim">Highlighted: the insights, by topic. {legend}</p>' if legend else "",
            f'<p class="transcript">{highlighted_transcript(text, d.get("insights", []))}</p>'
            if text
            else "<p>Not transcribed yet: <code>debrief process</code>.</p>",
        ],
    )
    return page(title, body, nav(links))
