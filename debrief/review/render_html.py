"""The review as one self-contained HTML page: inline CSS and SVG charts, no scripts, no
external files; a Content-Security-Policy forbids the page any network access."""

from __future__ import annotations

from html import escape

from debrief.review import fmt
from debrief.review.model import Review, Takeaway

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

CSS = """
:root { --ink:#1f2430; --dim:#6b7280; --line:#e5e7eb; --accent:#2563eb; --warn:#b45309;
        --bad:#b91c1c; --bg:#f7f7f5; --card:#fff; }
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--ink);
       font:15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif; }
main { max-width: 1040px; margin: 0 auto; padding: 28px 24px 48px; }
header h1 { margin:0; font-size: 26px; }
header .sub { color:var(--dim); margin-top:2px; }
header .headline { margin-top:10px; font-weight:600; }
header .summary { margin:4px 0 0; }
details summary { cursor:pointer; color:var(--accent); margin:4px 0; font-size:14px; }
section { background:var(--card); border:1px solid var(--line); border-radius:10px;
          padding:16px 20px; margin-top:18px; }
section h2 { margin:0 0 10px; font-size:18px; }
section h3 { margin:14px 0 6px; font-size:15px; color:var(--accent); }
.charts { display:grid; grid-template-columns: 1fr 1fr; gap:18px; }
.charts figure { margin:0; }
.charts figcaption { font-weight:600; margin-bottom:6px; }
svg text { font: 11px system-ui, sans-serif; fill: var(--ink); }
svg .bar { fill: var(--accent); }
svg .zero { fill: var(--line); }
table { border-collapse: collapse; width:100%; }
th, td { text-align:left; vertical-align:top; padding:6px 8px;
         border-bottom:1px solid var(--line); }
th { font-size:13px; color:var(--dim); font-weight:600; }
ul { margin:4px 0; padding-left:20px; }
ul.plain { list-style:none; padding-left:0; }
table.side { table-layout: fixed; }
table.side th:first-child { width: 130px; }
li { margin:3px 0; }
.src, .dim { color:var(--dim); font-size:13px; }
.flag { color:var(--warn); font-weight:600; white-space:nowrap; }
.overdue .due { color:var(--bad); font-weight:600; }
.this_week .due { color:var(--warn); font-weight:600; }
.id { color:var(--dim); font-variant-numeric: tabular-nums; }
.tag { display:inline-block; background:#eef2ff; color:#3730a3; border-radius:999px;
       padding:1px 9px; margin:2px 4px 2px 0; font-size:13px; }
.empty { font-size:17px; }
code { background:#f1f5f9; padding:1px 5px; border-radius:4px; }
a { color:var(--accent); text-decoration:none; }
a:hover { text-decoration:underline; }
nav.top { background:#1f2430; color:#fff; }
nav.top .in { max-width:1040px; margin:0 auto; padding:10px 24px; display:flex; gap:18px;
              align-items:center; flex-wrap:wrap; }
nav.top a { color:#e5e7eb; font-weight:600; }
nav.top a.brand { color:#fff; font-size:17px; margin-right:6px; }
nav.top a.raw { margin-left:auto; font-weight:400; color:#9ca3af; font-size:13px; }
form.search { display:flex; gap:6px; }
form.search input[type=search] { font:inherit; padding:5px 10px; border-radius:6px;
              border:1px solid var(--line); min-width:240px; }
form.search select, form.search button { font:inherit; padding:5px 10px; border-radius:6px;
              border:1px solid var(--line); background:#fff; }
nav.top form.search input[type=search] { border-color:#4b5563; }
mark { background:#fef08a; color:inherit; padding:0 1px; border-radius:2px; }
.grid2 { display:grid; grid-template-columns: 1fr 1fr; gap:0 18px; }
.grid2 > section { margin-top:18px; }
.tone-pos { color:#15803d; font-weight:700; }
.tone-neg { color:var(--bad); font-weight:700; }
.verdict { font-size:13px; border-radius:999px; padding:1px 8px; background:#f1f5f9;
           color:var(--dim); margin-left:6px; font-weight:600; }
.verdict.differ { background:#fee2e2; color:var(--bad); }
.verdict.agree { background:#dcfce7; color:#15803d; }
.transcript { line-height:1.9; font-size:16px; }
.transcript mark { padding:1px 2px; }
.cat { display:inline-block; border-radius:4px; padding:0 6px; font-size:12px;
       font-weight:600; margin-right:6px; }
.hit { margin:10px 0; }
.hit .where { font-size:13px; color:var(--dim); }
.hint { color:var(--dim); }
.stat { display:inline-block; margin-right:18px; }
.stat b { font-size:22px; display:block; }
@media (max-width: 720px) { .grid2 { grid-template-columns: 1fr; } }
@media (max-width: 720px) { .charts { grid-template-columns: 1fr; } }
"""


def e(text: object) -> str:
    return escape(str(text if text is not None else ""), quote=True)


def _code(text: str) -> str:
    """Escaped text with `backticked` spans as <code>."""
    parts = e(text).split("`")
    return "".join(f"<code>{p}</code>" if i % 2 else p for i, p in enumerate(parts))


def bar_chart(
    data: list[tuple[str, int]], title: str, *, width: int = 440, height: int = 170
) -> str:
    """Vertical bars, one per (label, value)."""
    n = max(len(data), 1)
    peak = max((v for _, v in data), default=0) or 1
    top, bottom, side = 18, 22, 6
    slot = (width - 2 * side) / n
    bar_w = max(slot * 0.64, 2)
    plot = height - top - bottom
    parts = []
    for i, (label, value) in enumerate(data):
        h = plot * value / peak if value else 2
        x = side + i * slot + (slot - bar_w) / 2
        y = top + plot - h
        cls = "bar" if value else "zero"
        parts.append(
            f'<g><title>{e(label)}: {value}</title><rect class="{cls}" x="{x:.1f}" y="{y:.1f}"'
            f' width="{bar_w:.1f}" height="{h:.1f}" rx="2"/>'
            + (
                f'<text x="{x + bar_w / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle">{value}</text>'
                if value
                else ""
            )
            + (
                f'<text x="{x + bar_w / 2:.1f}" y="{height - 6}"'
                f' text-anchor="middle">{e(label)}</text>'
                if n <= 16 or i % max(n // 8, 1) == 0
                else ""
            )
            + "</g>"
        )
    return (
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{e(title)}"'
        f' viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMidYMid meet">'
        + "".join(parts)
        + "</svg>"
    )


def hbar_chart(data: list[tuple[str, int]], title: str, *, width: int = 440) -> str:
    """Horizontal bars, one row per (label, value)."""
    row, label_w, pad = 16, 120, 30
    height = row * len(data) + 6
    peak = max((v for _, v in data), default=0) or 1
    span = width - label_w - pad
    parts = []
    for i, (label, value) in enumerate(data):
        y = 3 + i * row
        w = span * value / peak if value else 2
        cls = "bar" if value else "zero"
        parts.append(
            f"<g><title>{e(label)}: {value}</title>"
            f'<text x="{label_w - 8}" y="{y + 11}" text-anchor="end">{e(label)}</text>'
            f'<rect class="{cls}" x="{label_w}" y="{y + 2}" width="{w:.1f}"'
            f' height="{row - 5}" rx="2"/>'
            f'<text x="{label_w + w + 5:.1f}" y="{y + 11}">{value}</text></g>'
        )
    return (
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{e(title)}"'
        f' viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMidYMid meet">'
        + "".join(parts)
        + "</svg>"
    )


def render_html(review: Review, *, nav: str = "", links: object = None) -> str:
    """The review as one page; ``nav`` (HTML) heads it when it is served by ``browse``, and
    ``links`` (a :class:`debrief.views.html_pages.Links`) turns calls into links there."""
    body: list[str] = [
        "<header>",
        f"<h1>{e(review.title)}</h1>",
        f'<div class="sub">{e(fmt.subtitle(review))}</div>',
    ]
    if review.empty:
        body.append("</header>")
        body.append(f'<section id="empty"><p class="empty">{_code(fmt.empty_message(review))}</p>')
        if review.open_follow_ups:
            body.append(f"<p>{_code(fmt.owed_line(review))}</p>")
        body.append("</section>")
        return _page(review, body, nav)
    body += [f'<div class="headline">{e(fmt.headline(review))}</div>']
    if review.summary:
        body.append(f'<p class="summary">{e(review.summary)}</p>')
    body.append("</header>")
    body += _charts(review)
    body += _calls(review, links)
    for section in (_takeaways, _themes, _companies, _follow_ups, _referrals, _coverage):
        part = section(review)  # an open <section>, or nothing when there is no such section
        body += [*part, "</section>"] if part else []
    return _page(review, body, nav)


def _page(review: Review, body: list[str], nav: str = "") -> str:
    return page(review.title, body, nav)


def page(title: str, body: list[str], nav: str = "") -> str:
    """One self-contained HTML page (the review, and the pages ``debrief browse`` serves)."""
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="referrer" content="no-referrer">',
            f"<title>debrief · {e(title)}</title>",
            f"<style>{CSS}</style>",
            "</head>",
            "<body>",
            nav,
            "<main>",
            *body,
            '<p class="dim">Made by debrief on this machine. Nothing in this page is loaded'
            " from or sent to the network.</p>",
            "</main></body>",
            "</html>",
            "",
        ]
    )


#: section anchor -> (heading, what it says when there is nothing to show)
SECTIONS = {
    "takeaways": ("Takeaways", "No takeaways were extracted from this week's calls."),
    "themes": ("Themes", "Nothing came up with more than one contact yet."),
    "referrals": (
        "Referrals not yet contacted",
        "Everyone you were referred to has been contacted.",
    ),
    "coverage": ("Coverage: what to ask next", "No company in this week's calls."),
}


def _section(anchor: str, items: object) -> list[str]:
    """A section's opening and heading, and its empty note in place of ``items`` when none."""
    title, empty = SECTIONS[anchor]
    out = [f'<section id="{anchor}"><h2>{title}</h2>']
    if not items:
        out.append(f"<p>{empty}</p>")
    return out


def _item(kind: str, body: str, source: str) -> str:
    """A list item of ``kind`` (a CSS class) with where it came from, dimmed."""
    return f'<li class="{kind}">{body} <span class="src">{source}</span></li>'


def _and_more(n: int, hint: str = "") -> str:
    return f'<li class="dim">… and {n} more{hint}</li>'


def _charts(review: Review) -> list[str]:
    per_cat = [(label, n) for _, label, n in review.insights_per_category]
    per_day_title = "Calls per day" if len(review.period.days) <= 62 else "Calls per week"
    return [
        '<section id="charts" class="charts">',
        f'<figure id="chart-calls"><figcaption>{per_day_title}</figcaption>'
        f"{bar_chart(review.calls_per_day, per_day_title)}</figure>",
        '<figure id="chart-insights"><figcaption>Takeaways per category</figcaption>'
        f"{hbar_chart(per_cat, 'Takeaways per category')}</figure>",
        "</section>",
    ]


def _link(links: object, kind: str, value: object, text: str) -> str:
    """``text`` (escaped) as a link to ``kind`` (call, person, company) when pages are served."""
    href = getattr(links, kind)(value) if links is not None and value else None
    return f'<a href="{e(href)}">{e(text)}</a>' if href else e(text)


def _calls(review: Review, links: object = None) -> list[str]:
    rows = []
    for c in review.calls:
        flag = f' <span class="flag">⚠ {fmt.over_limit_note()}</span>' if c.over_limit else ""
        rows.append(
            f'<tr class="call{" long" if c.over_limit else ""}">'
            f'<td class="id">{_link(links, "call", c.debrief_id, f"#{c.debrief_id}")}</td>'
            f"<td>{e(fmt.day_time(c.when))}</td>"
            f"<td>{_link(links, 'person', c.contact, fmt.who(c))}</td>"
            f"<td>{e(c.title or '–')}</td>"
            f"<td>{_link(links, 'company', c.company, c.company or '–')}</td>"
            f"<td>{e(fmt.minutes(c))}{flag}</td></tr>"
        )
    return [
        '<section id="calls"><h2>Calls</h2><table>',
        "<thead><tr><th></th><th>When</th><th>Contact</th><th>Title</th><th>Company</th>"
        "<th>Call length (as said)</th></tr></thead><tbody>",
        *rows,
        "</tbody></table></section>",
    ]


def _themes(review: Review) -> list[str]:
    out = _section("themes", review.themes)
    if review.themes:
        out.append('<p class="dim">What came up with more than one contact.</p>')
        out.append('<ul class="plain">')
        for theme in review.themes:
            out.append(
                f'<li class="theme"><span class="tag">{e(theme.label)}</span>'
                f'<span class="src">{e(", ".join(theme.contacts))}</span></li>'
            )
        if review.themes_more:
            out.append(
                f'<li class="dim">… and {review.themes_more} more:'
                " <code>debrief review --all</code></li>"
            )
        out.append("</ul>")
    return out


def _takeaways(review: Review) -> list[str]:
    out = _section("takeaways", review.takeaways)
    for group in review.takeaways:
        out.append(f'<h3 id="cat-{e(group.category)}">{e(group.label)}</h3><ul>')
        out += [
            f'<li>{e(t.text)} <span class="src">— {e(t.source)}</span></li>' for t in group.items
        ]
        out.append("</ul>")
        if group.rest:  # held back, not lost: one click opens them (no script needed)
            out.append(f"<details><summary>{len(group.rest)} more</summary><ul>")
            out += [
                f'<li>{e(t.text)} <span class="src">— {e(t.source)}</span></li>' for t in group.rest
            ]
            out.append("</ul></details>")
    return out


def _cell(items: list[Takeaway]) -> str:
    if not items:
        return '<td class="dim">–</td>'
    return "<td><ul>" + "".join(f"<li>{e(t.text)}</li>" for t in items) + "</ul></td>"


def _companies(review: Review) -> list[str]:
    if not review.companies_with_notes:  # a table of dashes compares nothing (qa65)
        return []
    labels = review.side_by_side_labels
    out = ['<section id="companies"><h2>Companies side by side</h2>']
    if review.companies_as_columns:
        head = "".join(
            f'<th>{e(s.company)} <span class="dim">({fmt.plural(s.calls, "call")})</span></th>'
            for s in review.companies
        )
        out += ['<table class="side">', f"<thead><tr><th></th>{head}</tr></thead><tbody>"]
        for cat, label in labels:
            cells = "".join(_cell(side.by_category[cat]) for side in review.companies)
            out.append(f"<tr><th>{e(label)}</th>{cells}</tr>")
    else:
        head = "".join(f"<th>{e(label)}</th>" for _, label in labels)
        out += [
            '<table class="side rows">',
            f"<thead><tr><th>Company</th>{head}</tr></thead><tbody>",
        ]
        for side in review.companies_with_notes:
            cells = "".join(_cell(side.by_category[cat]) for cat, _ in labels)
            out.append(
                f'<tr><th>{e(side.company)} <span class="dim">({fmt.plural(side.calls, "call")})'
                f"</span></th>{cells}</tr>"
            )
    out.append("</tbody></table>")
    quiet = len(review.companies) - len(review.companies_with_notes)
    if not review.companies_as_columns and quiet:
        out.append(
            f'<p class="dim">{fmt.plural(quiet, "company", "companies")} with nothing on these'
            " yet.</p>"
        )
    return out


def _follow_ups(review: Review) -> list[str]:
    out = ['<section id="follow-ups"><h2>Follow-ups</h2>']
    shown = [g for g in review.follow_ups if g.total]
    if not shown:
        out.append("<p>Nothing owed: no open follow-ups.</p>")
    for group in shown:
        out.append(f'<div class="group {group.key}"><h3>{e(group.title)} ({group.total})</h3><ul>')
        for item in group.items:
            head = f'<span class="id">#{item.id}</span> {e(item.text)}'
            due = f'<span class="due">{e(fmt.due(item))}</span>'
            out.append(_item("follow-up", f"{head} · {due}", f"from {e(item.source)}"))
        if group.more:
            out.append(_and_more(group.more, ": <code>debrief todo</code>"))
        out.append("</ul></div>")
    return out


def _referrals(review: Review) -> list[str]:
    out = _section("referrals", review.referrals)
    if review.referrals:
        out.append("<ul>")
        for ref in review.referrals:
            at = f' <span class="dim">({e(ref.company)})</span>' if ref.company else ""
            by = "; ".join(e(fmt.referral_source(n, w)) for n, w, _ in ref.suggested_by)
            out.append(_item("referral", f"<b>{e(ref.name)}</b>{at}", f"suggested by {by}"))
        if review.referrals_total > len(review.referrals):
            out.append(_and_more(review.referrals_total - len(review.referrals)))
        out.append("</ul>")
    return out


def _coverage(review: Review) -> list[str]:
    out = _section("coverage", review.coverage)
    if review.coverage:
        out.append(
            "<table><thead><tr><th>Company</th><th>Calls</th><th>Not covered yet</th></tr>"
            "</thead><tbody>"
        )
        for cov in review.coverage:
            missing = (
                "".join(f'<span class="tag">{e(label)}</span>' for label in cov.missing_labels)
                or '<span class="dim">every question category covered</span>'
            )
            out.append(f"<tr><td>{e(cov.company)}</td><td>{cov.calls}</td><td>{missing}</td></tr>")
        out.append("</tbody></table>")
    return out
