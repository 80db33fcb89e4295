"""The knowledge base as HTML pages: home, search, company, person and one debrief.

The same renderer as the weekly review's page (:mod:`debrief.review.render_html`: one
stylesheet, one page shell, self-contained). Standalone, names are plain text; served by
``debrief browse`` a :class:`Links` turns contacts, companies and calls into links and a
navigation bar with a search box heads each page. Column names of the database never
appear: every label is written for the job seeker.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any
from urllib.parse import quote, urlencode

from debrief.models import CATEGORIES, category_label
from debrief.review import fmt
from debrief.review.home import Home
from debrief.review.model import FollowUpGroup, Referral
from debrief.review.render_html import e, page
from debrief.views.text import search_hint

HL_START, HL_END = "\x02", "\x03"

#: One colour per category (background, text) for tags and transcript highlights.
CATEGORY_COLOURS = {
    "career_path": ("#e0e7ff", "#3730a3"),
    "typical_day": ("#e0f2fe", "#075985"),
    "likes": ("#dcfce7", "#166534"),
    "dislikes": ("#fee2e2", "#991b1b"),
    "skills": ("#fef3c7", "#92400e"),
    "culture": ("#fae8ff", "#86198f"),
    "mission_values": ("#ccfbf1", "#115e59"),
    "advancement": ("#ffedd5", "#9a3412"),
    "advice": ("#f1f5f9", "#334155"),
    "self_pitch": ("#ede9fe", "#5b21b6"),
}
OTHER_COLOUR = ("#f3f4f6", "#374151")


class Links:
    """Where a contact, a company or a call points when the pages are served.

    ``Links(None)`` (standalone pages) links nothing."""

    def __init__(self, base: str | None = "", raw: str = "/debrief") -> None:
        self.base = base
        self.raw = raw  # Datasette's page of the database: every raw table

    def to(self, path: str) -> str | None:
        """``path`` under the served root, None on a standalone page."""
        return None if self.base is None else f"{self.base}{path}"

    def company(self, name: str) -> str | None:
        return self.to("/company/" + quote(str(name), safe=""))

    def person(self, name: str) -> str | None:
        return self.to("/person/" + quote(str(name), safe=""))

    def call(self, debrief_id: int) -> str | None:
        return self.to(f"/call/{int(debrief_id)}")

    def search(self, query: str = "", category: str | None = None) -> str | None:
        params = {"q": query, **({"category": category} if category else {})}
        return self.to("/search?" + urlencode(params))

    def review(self, week: str | None = None) -> str | None:
        return self.to("/review" + (f"?week={quote(week)}" if week else ""))

    @property
    def served(self) -> bool:
        return self.base is not None


STANDALONE = Links(None)


def link(href: str | None, text: object, cls: str = "") -> str:
    """``text`` (escaped) as a link to ``href``, or plain when there is nowhere to go."""
    attr = f' class="{cls}"' if cls else ""
    if not href:
        return f"<span{attr}>{e(text)}</span>" if cls else e(text)
    return f'<a href="{e(href)}"{attr}>{e(text)}</a>'


def who(links: Links, name: str | None) -> str:
    return link(links.person(name), name) if name else '<span class="dim">unknown contact</span>'


def where(links: Links, name: str | None) -> str:
    return link(links.company(name), name) if name else '<span class="dim">no company</span>'


def call_link(links: Links, debrief_id: int, text: str | None = None) -> str:
    """A link to one call's page: ``#id`` (dim) or ``text`` (a date, usually)."""
    return link(links.call(debrief_id), text or f"#{debrief_id}", "" if text else "id")


def due_day(value: str | None) -> str:
    """A stored due date as the user reads it (Tue 01 Dec); free text stays as said."""
    try:
        return f"{date.fromisoformat((value or '')[:10]):%a %d %b}"
    except ValueError:
        return value or ""


def cat_tag(category: str | None) -> str:
    bg, ink = CATEGORY_COLOURS.get(category or "", OTHER_COLOUR)
    return (
        f'<span class="cat" style="background:{bg};color:{ink}">{e(category_label(category))}'
        "</span>"
    )


def day(value: str | None) -> str:
    """A stored ISO timestamp as the user reads a date (Fri 20 Nov 2026)."""
    if not value:
        return "–"
    try:
        return f"{date.fromisoformat(value[:10]):%a %d %b %Y}"
    except ValueError:
        return value[:10]


def marked(snippet: str) -> str:
    """A search snippet whose \\x02…\\x03 marks become <mark>."""
    out, on = [], False
    for part in snippet.replace(HL_END, HL_START).split(HL_START):
        if part:
            out.append(f"<mark>{e(part)}</mark>" if on else e(part))
        on = not on
    return "".join(out)


def nav(links: Links, query: str = "", category: str | None = None) -> str:
    """The bar heading every served page: home, review, the search box, the raw tables."""
    if not links.served:
        return ""
    options = "".join(
        f'<option value="{c}"{" selected" if c == category else ""}>{e(category_label(c))}</option>'
        for c in CATEGORIES
    )
    return (
        '<nav class="top"><div class="in">'
        f'<a class="brand" href="{e(links.to("/"))}">debrief</a>'
        f'<a href="{e(links.review())}">Weekly review</a>'
        f'<form class="search" action="{e(links.to("/search"))}" method="get" role="search">'
        f'<input type="search" name="q" value="{e(query)}" placeholder="Search your calls"'
        ' aria-label="Search your calls">'
        f'<select name="category" aria-label="Category"><option value="">All topics</option>'
        f"{options}</select>"
        "<button>Search</button></form>"
        f'<a class="raw" href="{e(links.to(links.raw))}" title="Every table, in Datasette">'
        "Raw tables</a>"
        "</div></nav>"
    )


def _section(ident: str, title: str, inner: Iterable[str]) -> list[str]:
    return [f'<section id="{ident}"><h2>{e(title)}</h2>', *inner, "</section>"]


def _follow_up_items(links: Links, groups: list[FollowUpGroup]) -> list[str]:
    shown = [g for g in groups if g.total]
    if not shown:
        return ["<p>Nothing owed: no open follow-ups.</p>"]
    out = []
    for group in shown:
        out.append(f'<div class="group {group.key}"><h3>{e(group.title)} ({group.total})</h3><ul>')
        for item in group.items:
            flag = "⚠ " if item.overdue else ""
            out.append(
                f'<li class="follow-up">{e(item.text)} · <span class="due">{flag}'
                f'{e(fmt.due(item))}</span> <span class="src">from '
                f"{who(links, item.contact)}"
                f"{', ' + where(links, item.company) if item.company else ''}"
                f", {call_link(links, item.debrief_id, f'call of {fmt.day(item.recorded_at)}')}"
                "</span></li>"
            )
        if group.more:
            out.append(f'<li class="dim">… and {group.more} more: <code>debrief todo</code></li>')
        out.append("</ul></div>")
    return out


def _referral_items(links: Links, referrals: list[Referral], total: int) -> list[str]:
    if not referrals:
        return ["<p>Everyone you were referred to has been contacted.</p>"]
    out = ["<ul>"]
    for ref in referrals:
        # Plain text: a referral's company may have no page (nobody from there called yet).
        at = f' <span class="dim">({e(ref.company)})</span>' if ref.company else ""
        by = "; ".join(
            f"{who(links, n)} on {call_link(links, did, fmt.day(w))}"
            for n, w, did in ref.suggested_by
        )
        out.append(
            f'<li class="referral"><b>{e(ref.name)}</b>{at} <span class="src">suggested by '
            f"{by}</span></li>"
        )
    if total > len(referrals):
        out.append(f'<li class="dim">… and {total - len(referrals)} more</li>')
    out.append("</ul>")
    return out


# -- home -----------------------------------------------------------------------------------


def render_home(home: Home, links: Links = STANDALONE, **options: Any) -> str:
    week = home.week
    body = [
        "<header><h1>Your informational interviews</h1>",
        f'<div class="sub">{e(week.period.span)} · as of {home.today:%a %d %b %Y}</div>',
        "</header>",
    ]
    if not home.total_calls:
        body += _section(
            "start",
            "Nothing here yet",
            [
                "<p>Add your first recap with <code>debrief record</code> or "
                "<code>debrief add FILE</code>, then reload this page.</p>"
            ],
        )
        return page("Home", body, nav(links))
    stats = [
        (len(week.calls), "calls this week"),
        (week.insight_count, "takeaways this week"),
        (home.open_follow_ups, "open follow-ups"),
        (home.referrals_total, "referrals to contact"),
        (home.total_calls, "calls in all"),
    ]
    body.append(
        '<section id="stats">'
        + "".join(f'<span class="stat"><b>{n}</b>{e(label)}</span>' for n, label in stats)
        + f' <p><a href="{e(links.review() or "")}">Open the weekly review →</a></p>' * links.served
        + "</section>"
    )
    calls = []
    if week.calls:
        calls.append("<table><tbody>")
        for c in week.calls:
            calls.append(
                f"<tr><td>{call_link(links, c.debrief_id)}</td><td>{e(fmt.day_time(c.when))}</td>"
                f"<td>{who(links, c.contact)}</td><td>{where(links, c.company)}</td>"
                f"<td>{fmt.plural(c.insights, 'takeaway')}</td></tr>"
            )
        calls.append("</tbody></table>")
    else:
        calls.append("<p>No calls yet this week.</p>")
    body += _section("this-week", "This week", calls)
    body.append('<div class="grid2">')
    body += _section("follow-ups", "Open follow-ups", _follow_up_items(links, home.follow_ups))
    body += _section(
        "referrals",
        "Referrals to contact",
        _referral_items(links, home.referrals, home.referrals_total),
    )
    body.append("</div>")
    recent = ["<table><tbody>"]
    for r in home.recent:
        recent.append(
            f"<tr><td>{call_link(links, r['id'])}</td><td>{e(day(r['recorded_at'])[:10])}</td>"
            f"<td>{who(links, r.get('contact'))}</td><td>{where(links, r.get('company'))}</td>"
            f"<td>{fmt.plural(r.get('insights') or 0, 'takeaway')}</td></tr>"
        )
    recent.append("</tbody></table>")
    companies = ['<ul class="plain">']
    for co in home.companies:
        companies.append(
            f'<li>{where(links, co["name"])} <span class="src">'
            f"{fmt.plural(co['calls'], 'call')}, last {e(day(co['last_contact']))}</span></li>"
        )
    companies.append("</ul>")
    body.append('<div class="grid2">')
    body += _section("recent", "Recent calls", recent)
    body += _section("companies", "Companies", companies)
    body.append("</div>")
    if home.no_company:
        n = len(home.no_company)
        items = ", ".join(
            f"{call_link(links, r['debrief_id'])} {who(links, r.get('contact'))}"
            for r in home.no_company[:8]
        )
        body += _section(
            "no-company",
            "Calls without a company",
            [
                f"<p>{fmt.plural(n, 'call')} filed without a company, so no company page shows"
                f" them: {items}. Set one with <code>debrief edit ID --company NAME</code>.</p>"
            ],
        )
    return page("Home", body, nav(links))


# -- search ---------------------------------------------------------------------------------


def render_search(
    hits: list[dict[str, Any]],
    query: str = "",
    links: Links = STANDALONE,
    category: str | None = None,
    ask: bool = False,
    **options: Any,
) -> str:
    title = f"Search: {query}" if query else (category_label(category) if category else "Search")
    body = [
        f"<header><h1>{e(title)}</h1>",
        f'<div class="sub">{fmt.plural(len(hits), "result")}'
        + (f" in {e(category_label(category))}" if category else "")
        + "</div></header>",
    ]
    out: list[str] = []
    if not query.strip() and not category:
        out.append("<p>Type a word or two in the search box: a skill, a topic, a company.</p>")
    elif not hits:
        what = f"“{e(query)}”" if query.strip() else e(category_label(category))
        out.append(f"<p>Nothing found for {what}.</p>")
        hint = search_hint(query, {"category": category}, ask)
        out.append(f'<p class="hint">{_code(hint[:1].upper() + hint[1:])}.</p>')
    for h in hits:
        source = (
            cat_tag(h.get("category"))
            if h.get("source") != "transcript"
            else ('<span class="cat" style="background:#f3f4f6">said on the call</span>')
        )
        out.append(
            f'<div class="hit">{source}{marked(h.get("snippet") or h.get("text") or "")}'
            f'<div class="where">{who(links, h.get("contact"))}'
            + (f" · {where(links, h.get('company'))}" if h.get("company") else "")
            + f" · {call_link(links, h['debrief_id'], day(h.get('recorded_at')))}</div></div>"
        )
    body += _section("results", "Results", out)
    return page(title, body, nav(links, query, category))


def _code(text: str) -> str:
    parts = e(text).split("`")
    return "".join(f"<code>{p}</code>" if i % 2 else p for i, p in enumerate(parts))


# -- company --------------------------------------------------------------------------------

TONE_HTML = {
    1: '<span class="tone-pos" title="praised">+</span> ',
    -1: '<span class="tone-neg" title="criticised">−</span> ',
}


def render_company(data: dict[str, Any], links: Links = STANDALONE, **options: Any) -> str:
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
    body += _section("contacts", "Contacts", people)
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
        body += _section(
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
                f"{call_link(links, s['debrief_id'], day(s['recorded_at']))}</span></li>"
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
    body += _section("insights", "What they said", insights)
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
    if fus:
        body += _section("follow-ups", "Open follow-ups", ["<ul>", *fus, "</ul>"])
    if data["people"]:
        items = [
            f"<li>{link(links.person(p['name']), p['name'])}"
            + (f", {e(p['company'])}" if p.get("company") else "")
            + f' <span class="src">({e(p["relation"])}, from '
            f"{e(p.get('said_by') or 'unknown contact')}, "
            f"{call_link(links, p['debrief_id'], day(p['recorded_at']))})</span></li>"
            for p in data["people"]
        ]
        body += _section("people", "People named", ["<ul>", *items, "</ul>"])
    if data.get("no_company"):
        rows = data["no_company"]
        items = [
            f"<li>{call_link(links, r['debrief_id'])} {e(day(r['recorded_at']))} "
            f"{who(links, r.get('contact'))}"
            + (f' <span class="flag">mentions {e(name)}</span>' if r.get("mentions") else "")
            + "</li>"
            for r in rows[:8]
        ]
        quoted = f'"{name}"' if " " in name else name
        body += _section(
            "no-company",
            "Calls without a company",
            [
                f"<p>{fmt.plural(len(rows), 'call')} filed without a company"
                f" {'is' if len(rows) == 1 else 'are'} not on this page."
                f" If one was with {e(name)}, set it: <code>debrief edit ID --company"
                f" {e(quoted)}</code>.</p>",
                "<ul>",
                *items,
                "</ul>",
            ],
        )
    if data["mentioned_in"]:
        items = [
            f"<li>{call_link(links, m['debrief_id'], day(m['recorded_at']))} "
            f"{who(links, m.get('contact'))}"
            + (f" ({where(links, m['company'])})" if m.get("company") else "")
            + "</li>"
            for m in data["mentioned_in"]
        ]
        body += _section("mentioned", "Mentioned in other calls", ["<ul>", *items, "</ul>"])
    return page(name, body, nav(links))


# -- person ---------------------------------------------------------------------------------


def render_person(data: dict[str, Any], links: Links = STANDALONE, **options: Any) -> str:
    name = data["name"]
    bits = []
    for c in data["contacts"]:
        bits.append(
            ", ".join(x for x in (e(c.get("title") or ""), where(links, c.get("company"))) if x)
        )
    sub = "; ".join(bits) if data["is_contact"] else "No call with them yet"
    body = [f"<header><h1>{e(name)}</h1>", f'<div class="sub">{sub}</div></header>']
    if data["referred_by"]:
        body += _section(
            "referred-by",
            "Referred by",
            ["<ul>"]
            + [
                f"<li>{who(links, r.get('referrer'))} on "
                f"{call_link(links, r['debrief_id'], day(r['recorded_at']))}</li>"
                for r in data["referred_by"]
            ]
            + ["</ul>"],
        )
    if data["calls"]:
        body += _section(
            "calls",
            "Calls",
            ["<ul>"]
            + [
                f"<li>{call_link(links, c['debrief_id'], day(c['recorded_at']))} "
                f'{where(links, c.get("company"))} <span class="src">'
                f"{fmt.plural(c['insights'], 'takeaway')}"
                + (f", {c['call_minutes']} min" if c.get("call_minutes") else "")
                + "</span></li>"
                for c in data["calls"]
            ]
            + ["</ul>"],
        )
    if data["insights"]:
        items = [
            f'<li>{cat_tag(i["category"])}{e(i["text"])} <span class="src">'
            f"{call_link(links, i['debrief_id'], day(i['recorded_at']))}</span></li>"
            for i in data["insights"]
        ]
        body += _section("said", "What they said", ['<ul class="plain">', *items, "</ul>"])
    if data["follow_ups"]:
        items = [
            f"<li>{'✓ ' if f.get('done_at') else ''}{e(f['text'])}"
            + (f' <span class="src">due {e(due_day(f["due"]))}</span>' if f.get("due") else "")
            + (' <span class="src">(done)</span>' if f.get("done_at") else "")
            + "</li>"
            for f in data["follow_ups"]
        ]
        body += _section("follow-ups", "Follow-ups", ["<ul>", *items, "</ul>"])
    if data["referred"]:
        items = []
        for r in data["referred"]:
            status = (
                '<span class="src">contacted '
                f"{call_link(links, r['contacted_in'], day(r['contacted_on']))}</span>"
                if r["contacted"]
                else '<span class="flag">not contacted yet</span>'
            )
            at = f", {e(r['company'])}" if r.get("company") else ""
            items.append(f"<li>{link(links.person(r['name']), r['name'])}{at} {status}</li>")
        body += _section("referred", "People they referred you to", ["<ul>", *items, "</ul>"])
    if data["mentioned_by"]:
        items = [
            f"<li>{who(links, m.get('referrer'))} on "
            f"{call_link(links, m['debrief_id'], day(m['recorded_at']))}</li>"
            for m in data["mentioned_by"]
        ]
        body += _section("mentioned-by", "Mentioned by", ["<ul>", *items, "</ul>"])
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


def render_debrief(d: dict[str, Any], links: Links = STANDALONE, **options: Any) -> str:
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
    head = link(links.person(d["contact"]), who_) if d.get("contact") else e(who_)
    body = [f"<header><h1>{head}</h1>", f'<div class="sub">{sub}</div></header>']
    if d["status"] != "extracted":
        body += _section(
            "status",
            "Not finished",
            [
                f"<p>This recap is {e(d['status'])}"
                + (f" ({e(d['error'])})" if d.get("error") else "")
                + ": <code>debrief process</code> finishes it.</p>"
            ],
        )
    if not d.get("company") and d["status"] == "extracted":
        body += _section(
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
    body += _section(
        "insights",
        "Insights",
        ['<ul class="plain">', *items, "</ul>"] if items else ["<p>No insights found.</p>"],
    )
    side = []
    if d.get("follow_ups"):
        side += _section(
            "follow-ups",
            "Follow-ups",
            ["<ul>"]
            + [
                f"<li>{'✓ ' if f.get('done_at') else ''}{e(f['text'])}"
                + (f' <span class="src">due {e(due_day(f["due"]))}</span>' if f.get("due") else "")
                + "</li>"
                for f in d["follow_ups"]
            ]
            + ["</ul>"],
        )
    if d.get("people_mentioned") or d.get("companies_mentioned"):
        inner = ["<ul>"]
        for p in d.get("people_mentioned", []):
            at = f", {e(p['company'])}" if p.get("company") else ""
            label = "referral" if p["relation"] == "referral" else "mentioned"
            inner.append(
                f"<li>{link(links.person(p['name']), p['name'])}{at}"
                f' <span class="src">({label})</span></li>'
            )
        for name in d.get("companies_mentioned", []):
            inner.append(f'<li>{where(links, name)} <span class="src">(company)</span></li>')
        inner.append("</ul>")
        side += _section("people", "People and companies named", inner)
    if side:
        body += ['<div class="grid2">', *side, "</div>"]
    t = d.get("transcript")
    text = (t or {}).get("text") or ""
    legend = "".join(
        cat_tag(c) for c in CATEGORIES if any(i["category"] == c for i in d.get("insights", []))
    )
    body += _section(
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
