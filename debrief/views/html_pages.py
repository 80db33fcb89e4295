"""The knowledge base as HTML pages: home and search, and the helpers every page shares
(links, names, dates, category tags, the navigation bar); the company, person and debrief
pages are in :mod:`debrief.views.html_kb`.

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

from debrief.models import CATEGORIES, HL_END, HL_START, category_label
from debrief.review import fmt
from debrief.review.actions import FollowUpGroup, Referral
from debrief.review.home import Home
from debrief.review.render_html import e, page
from debrief.views.models import SearchHit
from debrief.views.text import search_hint

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


def section(ident: str, title: str, inner: Iterable[str]) -> list[str]:
    return [f'<section id="{ident}"><h2>{e(title)}</h2>', *inner, "</section>"]


def list_section(ident: str, title: str, items: list[str], css: str = "") -> list[str]:
    """A :func:`section` holding ``items`` (``<li>`` elements) as a list; nothing at all
    when there are none (a page leaves out what it has nothing to say about)."""
    if not items:
        return []
    return section(ident, title, [f'<ul class="{css}">' if css else "<ul>", *items, "</ul>"])


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

#: A call as a row of the home page's tables: (id, when as shown, contact, company, takeaways).
CallRow = tuple[int, str, str | None, str | None, int]


def _calls_table(links: Links, rows: Iterable[CallRow]) -> list[str]:
    """Calls as a table, a row each: the call's link, when, who, where, how many takeaways."""
    return [
        "<table><tbody>",
        *(
            f"<tr><td>{call_link(links, did)}</td><td>{e(when)}</td>"
            f"<td>{who(links, contact)}</td><td>{where(links, company)}</td>"
            f"<td>{fmt.plural(insights, 'takeaway')}</td></tr>"
            for did, when, contact, company, insights in rows
        ),
        "</tbody></table>",
    ]


def render_home(home: Home, links: Links = STANDALONE, **options: Any) -> str:
    week = home.week
    body = [
        "<header><h1>Your informational interviews</h1>",
        f'<div class="sub">{e(week.period.span)} · as of {home.today:%a %d %b %Y}</div>',
        "</header>",
    ]
    if not home.total_calls:
        body += section(
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
    this_week = [
        (c.debrief_id, fmt.day_time(c.when), c.contact, c.company, c.insights) for c in week.calls
    ]
    body += section(
        "this-week",
        "This week",
        _calls_table(links, this_week) if this_week else ["<p>No calls yet this week.</p>"],
    )
    body.append('<div class="grid2">')
    body += section("follow-ups", "Open follow-ups", _follow_up_items(links, home.follow_ups))
    body += section(
        "referrals",
        "Referrals to contact",
        _referral_items(links, home.referrals, home.referrals_total),
    )
    body.append("</div>")
    recent = _calls_table(
        links,
        [
            (
                r["id"],
                day(r["recorded_at"])[:10],
                r.get("contact"),
                r.get("company"),
                r.get("insights") or 0,
            )
            for r in home.recent
        ],
    )
    companies = ['<ul class="plain">']
    for co in home.companies:
        companies.append(
            f'<li>{where(links, co["name"])} <span class="src">'
            f"{fmt.plural(co['calls'], 'call')}, last {e(day(co['last_contact']))}</span></li>"
        )
    companies.append("</ul>")
    body.append('<div class="grid2">')
    body += section("recent", "Recent calls", recent)
    body += section("companies", "Companies", companies)
    body.append("</div>")
    if home.no_company:
        n = len(home.no_company)
        items = ", ".join(
            f"{call_link(links, r['debrief_id'])} {who(links, r.get('contact'))}"
            for r in home.no_company[:8]
        )
        body += section(
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
    hits: list[SearchHit],
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
        out.append(f'<p class="hint">{code(hint[:1].upper() + hint[1:])}.</p>')
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
    body += section("results", "Results", out)
    return page(title, body, nav(links, query, category))


def code(text: str) -> str:
    """``text`` escaped, its `backquoted` parts as <code>."""
    parts = e(text).split("`")
    return "".join(f"<code>{p}</code>" if i % 2 else p for i, p in enumerate(parts))
