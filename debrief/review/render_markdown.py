"""The review as a Markdown document."""

from __future__ import annotations

import re

from debrief.review import fmt
from debrief.review.model import Review

_SPECIAL = re.compile(r"([\\`*_\[\]<|])")


def md(text: str | None) -> str:
    """User text made inert in Markdown (no emphasis, links, HTML or table breaks)."""
    return _SPECIAL.sub(r"\\\1", " ".join((text or "").split()))


def render_markdown(review: Review) -> str:
    out: list[str] = [f"# {review.title}", "", f"*{fmt.subtitle(review)}*", ""]
    if review.empty:
        out += [md(fmt.empty_message(review)).replace("\\`", "`"), ""]
        if review.open_follow_ups:
            out += [md(fmt.owed_line(review)).replace("\\`", "`"), ""]
        return "\n".join(out)
    out += [fmt.headline(review), ""]
    if review.summary:
        out += [md(review.summary), ""]

    header = "| When | Contact | Title | Company | Call length (as said) |"
    out += ["## Calls", "", header, "|---" * 5 + "|"]
    for c in review.calls:
        length = fmt.minutes(c) + (f" **⚠ {fmt.over_limit_note()}**" if c.over_limit else "")
        out.append(
            f"| {fmt.day_time(c.when)} | {md(fmt.who(c))} | {md(c.title) or '–'}"
            f" | {md(c.company) or '–'} | {length} |"
        )
    out.append("")

    out += ["## Takeaways", ""]
    if not review.takeaways:
        out += ["No takeaways were extracted from this week's calls.", ""]
    for group in review.takeaways:
        out += [f"### {group.label}", ""]
        out += [f"- {md(t.text)} — *{md(t.source)}*" for t in group.items]
        if group.rest:
            out.append(f"- … and {len(group.rest)} more: `debrief review --all`")
        out.append("")

    out += ["## Themes", ""]
    if review.themes:
        for theme in review.themes:
            out.append(f"- **{md(theme.label)}**: {md(', '.join(theme.contacts))}")
        if review.themes_more:
            out.append(f"- … and {review.themes_more} more: `debrief review --all`")
    else:
        out.append("Nothing came up with more than one contact yet.")
    out.append("")

    out += _companies(review)
    out += _follow_ups(review)

    out += ["## Referrals not yet contacted", ""]
    if not review.referrals:
        out.append("Everyone you were referred to has been contacted.")
    for ref in review.referrals:
        at = f" ({md(ref.company)})" if ref.company else ""
        by = "; ".join(md(fmt.referral_source(n, w)) for n, w, _ in ref.suggested_by)
        out.append(f"- **{md(ref.name)}**{at}: suggested by {by}")
    if review.referrals_total > len(review.referrals):
        out.append(f"- … and {review.referrals_total - len(review.referrals)} more")
    out.append("")

    out += ["## Coverage: what to ask next", ""]
    if not review.coverage:
        out.append("No company in this week's calls.")
    for cov in review.coverage:
        calls = f"{cov.calls} call{'s' if cov.calls != 1 else ''}"
        if cov.missing:
            missing = ", ".join(cov.missing_labels)
            out.append(f"- **{md(cov.company)}** ({calls}): not covered yet: {missing}")
        else:
            out.append(f"- **{md(cov.company)}** ({calls}): every question category covered")
    out.append("")
    return "\n".join(out)


def _companies(review: Review) -> list[str]:
    if not review.companies_with_notes:  # a table of dashes compares nothing (qa65)
        return []
    out = ["## Companies side by side", ""]
    labels = review.side_by_side_labels
    if review.companies_as_columns:
        head = "| | " + " | ".join(f"{md(s.company)}" for s in review.companies) + " |"
        out += [head, "|---" * (len(review.companies) + 1) + "|"]
        for cat, label in labels:
            cells = [
                "<br>".join(md(t.text) for t in side.by_category[cat]) or "–"
                for side in review.companies
            ]
            out.append(f"| **{label}** | " + " | ".join(cells) + " |")
    else:
        out += ["| Company | " + " | ".join(label for _, label in labels) + " |"]
        out += ["|---" * (len(labels) + 1) + "|"]
        for side in review.companies_with_notes:
            cells = [
                "<br>".join(md(t.text) for t in side.by_category[cat]) or "–" for cat, _ in labels
            ]
            out.append(f"| **{md(side.company)}** | " + " | ".join(cells) + " |")
        quiet = len(review.companies) - len(review.companies_with_notes)
        if quiet:
            out += ["", f"{fmt.plural(quiet, 'company', 'companies')} with nothing on these yet."]
    out.append("")
    return out


def _follow_ups(review: Review) -> list[str]:
    out = ["## Follow-ups", ""]
    shown = [g for g in review.follow_ups if g.total]
    if not shown:
        return [*out, "Nothing owed: no open follow-ups.", ""]
    for group in shown:
        out += [f"### {group.title} ({group.total})", ""]
        for item in group.items:
            out.append(
                f"- [ ] **#{item.id}** {md(item.text)} — {fmt.due(item)} · from {md(item.source)}"
            )
        if group.more:
            out.append(f"- … and {group.more} more: `debrief todo`")
        out.append("")
    return out
