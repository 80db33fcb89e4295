"""Everything known about one company, across every contact who works there.

The view groups insights by question category and, per category, by contact, then says
where contacts agree and where they differ. Two honest, simple signals drive that:

- *tone*: praise or complaint, given only where it is clear (:mod:`debrief.store.tone`:
  the extractor's likes/dislikes verdict, or praise or complaint said *of* something;
  advice and descriptions get no mark).
- *themes*: the terms (nouns and noun phrases by lemma, :mod:`debrief.store.terms`: the
  weekly review's rule) that two or more contacts used; for each, the tone each contact
  gave it. Both positive: they agree; one positive and one negative: they differ.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from typing import Any

from debrief.models import CATEGORIES, CATEGORY_LABELS, QUESTION_CATEGORIES
from debrief.names import company_key
from debrief.store.match import resolve
from debrief.store.repo import Store
from debrief.store.said_dates import without_said_dates
from debrief.store.spoken_since import mark_rows
from debrief.store.terms import (
    THEME_CATEGORIES,
    cached_terms,
    name_keys,
    shared_terms,
    term_label,
)
from debrief.store.thanks import hold_moved
from debrief.store.tone import tone

# -- resolving names ------------------------------------------------------------------------


def resolve_company(store: Store, name: str) -> dict[str, Any]:
    """The company ``name`` refers to: case, legal suffixes and near spellings forgiven.

    Raises :class:`~debrief.errors.NotFound` or :class:`~debrief.store.match.Ambiguous`.
    """
    exact = store.rows("SELECT id, name, key FROM companies WHERE key = ?", [company_key(name)])
    if exact:
        return {**exact[0], "match_score": 100.0}
    rows = store.rows("SELECT id, name, key FROM companies")
    by_key = {r["key"]: r for r in rows}
    found = resolve(name, ((r["key"], r["name"]) for r in rows), key_fn=company_key, what="company")
    row = dict(by_key[found.key])
    row["match_score"] = found.score
    return row


# -- listing --------------------------------------------------------------------------------


def list_companies(store: Store) -> list[dict[str, Any]]:
    """Every company with its calls, contacts, insights, last contact date and mentions.

    Companies only mentioned in calls (nobody from there spoken to yet) have 0 calls.
    """
    return store.rows(
        """
        SELECT co.id, co.name,
               coalesce(s.calls, 0) AS calls,
               coalesce(s.contacts, 0) AS contacts,
               coalesce(s.insights, 0) AS insights,
               s.last_contact,
               (SELECT count(*) FROM companies_mentioned m JOIN debriefs d2
                    ON d2.id = m.debrief_id
                 WHERE m.company_id = co.id AND d2.company_id IS NOT co.id) AS mentions
        FROM companies co
        LEFT JOIN (
            SELECT d.company_id,
                   count(*) AS calls,
                   count(DISTINCT d.contact_id) AS contacts,
                   sum((SELECT count(*) FROM insights i WHERE i.debrief_id = d.id)) AS insights,
                   max(d.recorded_at) AS last_contact
            FROM debriefs d WHERE d.company_id IS NOT NULL GROUP BY d.company_id
        ) s ON s.company_id = co.id
        ORDER BY s.last_contact IS NULL, s.last_contact DESC, co.name COLLATE NOCASE
        """
    )


# -- the company view -----------------------------------------------------------------------


def _who(row: dict[str, Any]) -> str:
    return row.get("contact") or f"unknown contact (#{row['debrief_id']})"


def tones_verdict(tones: dict[str, int]) -> str:
    """What per-contact tones (+1/-1/0) say together.

    ``differ``: one contact positive, another negative. ``agree``: two or more with the
    same tone (others neutral). ``one opinion``: a single contact has a tone. Otherwise
    ``one contact`` or ``N contacts`` (mentioned, no tone either way).
    """
    if len(tones) < 2:
        return "one contact"
    voiced = [t for t in tones.values() if t]
    if {1, -1} <= set(voiced):
        return "differ"
    if len(voiced) >= 2:
        return "agree"
    if voiced:
        return "one opinion"
    return f"{len(tones)} contacts"


def tones_by_category(insights: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The insights by category (in the categories' order, the uncategorised last as None),
    each category with every contact's net tone on it (+1/-1/0) and what those say together
    (:func:`tones_verdict`): the per-category part of the company view and of the prep page.
    Each insight needs its ``contact``; its ``tone`` is set here."""
    by_cat: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
    for ins in insights:
        ins["tone"] = tone(ins["text"], ins["category"])
        by_cat[ins["category"] if ins["category"] in CATEGORY_LABELS else None].append(ins)
    categories = []
    for cat in [*CATEGORIES, None]:
        statements = by_cat.get(cat)
        if not statements:
            continue
        per_contact: dict[str, list[int]] = defaultdict(list)
        for s in statements:
            per_contact[s["contact"]].append(s["tone"])
        tones = {who: _net(ts) for who, ts in per_contact.items()}
        categories.append(
            {
                "category": cat,
                "label": CATEGORY_LABELS.get(cat or "", "Other"),
                "contacts": [
                    {"contact": who, "tone": t, "statements": len(per_contact[who])}
                    for who, t in tones.items()
                ],
                "verdict": tones_verdict(tones),
                "statements": statements,
            }
        )
    return categories


def calls_without_company(store: Store, limit: int = 50) -> list[dict[str, Any]]:
    """Filed calls whose company was neither extracted nor given, newest first."""
    return store.rows(
        "SELECT d.id AS debrief_id, d.recorded_at, c.name AS contact FROM debriefs d"
        " LEFT JOIN contacts c ON c.id = d.contact_id"
        " WHERE d.company_id IS NULL AND d.status = 'extracted'"
        " ORDER BY d.recorded_at DESC, d.id DESC LIMIT ?",
        [limit],
    )


def company_view(store: Store, name: str, today: date | None = None) -> dict[str, Any]:
    """Everything known about the company ``name`` (matched forgivingly); follow-ups due
    before ``today`` (default: the real today) are flagged overdue."""
    company = resolve_company(store, name)
    cid = company["id"]
    calls = store.rows(
        "SELECT d.id AS debrief_id, d.recorded_at, d.call_minutes, d.contact_id,"
        " c.name AS contact, c.title AS title,"
        " (SELECT count(*) FROM insights i WHERE i.debrief_id = d.id) AS insights"
        " FROM debriefs d LEFT JOIN contacts c ON c.id = d.contact_id"
        " WHERE d.company_id = ? ORDER BY d.recorded_at, d.id",
        [cid],
    )
    insights = store.rows(
        "SELECT i.id AS insight_id, i.debrief_id, i.category, i.text, d.recorded_at,"
        " c.name AS contact FROM debriefs d JOIN insights i ON i.debrief_id = d.id"
        " LEFT JOIN contacts c ON c.id = d.contact_id"
        " WHERE d.company_id = ? ORDER BY d.recorded_at, d.id, i.start_char",
        [cid],
    )
    contacts: dict[str, dict[str, Any]] = {}
    for call in calls:
        who = _who(call)
        entry = contacts.setdefault(
            who,
            {"name": who, "title": call["title"], "calls": 0, "first": call["recorded_at"]},
        )
        entry["calls"] += 1
        entry["last"] = call["recorded_at"]
        entry["title"] = entry["title"] or call["title"]

    for ins in insights:
        ins["contact"] = _who(ins)
    categories = tones_by_category(insights)
    covered = {c["category"] for c in categories}
    debrief_ids = [c["debrief_id"] for c in calls]
    return {
        "company": {"id": cid, "name": company["name"]},
        "query": name,
        "exact": company["match_score"] == 100.0,
        "contacts": list(contacts.values()),
        "calls": calls,
        "categories": categories,
        # The self-pitch is what the user says, not a question to ask the company.
        "not_covered": [c for c in QUESTION_CATEGORIES if c not in covered],
        "themes": shared_themes(store, insights),
        "follow_ups": _open_follow_ups(store, debrief_ids, today or date.today()),
        "people": _people(store, cid, company["name"], company["key"], debrief_ids),
        "mentioned_in": store.rows(
            "SELECT d.id AS debrief_id, d.recorded_at, c.name AS contact, co.name AS company"
            " FROM companies_mentioned m JOIN debriefs d ON d.id = m.debrief_id"
            " LEFT JOIN contacts c ON c.id = d.contact_id"
            " LEFT JOIN companies co ON co.id = d.company_id"
            " WHERE m.company_id = ? AND d.company_id IS NOT ? ORDER BY d.recorded_at",
            [cid, cid],
        ),
        "no_company": _unfiled(store, cid, company["name"]),
    }


def _unfiled(store: Store, company_id: int, name: str) -> list[dict[str, Any]]:
    """Calls without a company, those that mention this one first (they are likely its)."""
    rows = calls_without_company(store)
    if not rows:
        return rows
    ids = ",".join("?" * len(rows))
    mentioning = {
        r["debrief_id"]
        for r in store.rows(
            "SELECT debrief_id FROM companies_mentioned"
            f" WHERE company_id = ? AND debrief_id IN ({ids})",
            [company_id, *(r["debrief_id"] for r in rows)],
        )
    }
    for r in rows:
        r["mentions"] = r["debrief_id"] in mentioning
    rows.sort(key=lambda r: not r["mentions"])
    return rows


def _net(tones: list[int]) -> int:
    total = sum(tones)
    return (total > 0) - (total < 0)


#: Contrast words and semicolons split a statement into clauses with their own tone.
_CONTRAST = re.compile(
    r"[;:]|\b(?:but|although|though|however|whereas|except|yet)\b", re.IGNORECASE
)
MAX_THEMES = 12
THEME_ORDER = {"differ": 0, "agree": 1, "one opinion": 2}


def shared_themes(store: Store, insights: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The terms (:mod:`debrief.store.terms`, the weekly review's rule) that two or more
    contacts named, with each contact's tone on them."""
    chosen = [i for i in insights if i["category"] in THEME_CATEGORIES]
    terms = cached_terms(store, [(int(i["insight_id"]), i["text"]) for i in chosen])
    # term -> contact -> [(insight, tone of the clause holding the term)]
    uses: dict[str, dict[str, list[tuple[dict[str, Any], int]]]] = defaultdict(dict)
    surface: dict[str, list[str]] = defaultdict(list)
    for ins in chosen:
        clauses = _CONTRAST.split(ins["text"])
        for key, said in terms.get(int(ins["insight_id"]), []):
            # A term's tone is its clause's: in "promotions are slow, but the mentoring is
            # great" promotions get the complaint and mentoring the praise.
            value = ins["tone"]
            if len(clauses) > 1:
                clause = next((c for c in clauses if said.lower() in c.lower()), ins["text"])
                value = tone(clause, ins["category"])
            uses[key].setdefault(ins["contact"], []).append((ins, value))
            surface[key].append(said)
    ranked = []
    for key in shared_terms(uses, names=name_keys(store)):
        who = uses[key]
        tones = {contact: _net([v for _, v in found]) for contact, found in who.items()}
        verdict = tones_verdict(tones)
        order = (
            THEME_ORDER.get(verdict, len(THEME_ORDER)),
            -len(who),
            -sum(map(len, who.values())),
            key,
        )
        ranked.append((order, key, verdict, tones))
    ranked.sort(key=lambda r: r[0])
    # Disagreements first, then agreements, then terms merely shared; more voices first.
    return [
        {
            "term": term_label(surface[key]),
            "key": key,
            "verdict": verdict,
            "contacts": [
                {"contact": c, "tone": tones[c], "texts": [i["text"] for i, _ in found[:3]]}
                for c, found in uses[key].items()
            ],
        }
        for _order, key, verdict, tones in ranked[:MAX_THEMES]
    ]


def _open_follow_ups(store: Store, debrief_ids: list[int], today: date) -> list[dict[str, Any]]:
    """Open follow-ups of these calls; ``days_overdue`` > 0 when due before ``today``; a
    due date the user moved is said in the text as ``todo`` says it (:func:`hold_moved`)."""
    if not debrief_ids:
        return []
    marks = ",".join("?" * len(debrief_ids))
    rows = store.rows(
        "SELECT f.id, f.debrief_id, f.text, f.due, d.recorded_at FROM follow_ups f"
        " JOIN debriefs d ON d.id = f.debrief_id"
        f" WHERE f.done_at IS NULL AND f.debrief_id IN ({marks})"
        " ORDER BY f.due IS NULL, f.due, f.id",
        debrief_ids,
    )
    return as_listed(store, rows, today)


def as_listed(store: Store, rows: list[dict[str, Any]], today: date) -> list[dict[str, Any]]:
    """Open follow-up rows (``id``, ``text``, ``due``, ``recorded_at``, ``done_at``) as every
    list of them shows them (`todo`, `company`, `person`, `ask`): a moved due date said in the
    text (:func:`hold_moved`), the user's step to reach a referral called since marked
    (:func:`mark_rows`), relative date words said on the call dropped beside the due date
    (:func:`without_said_dates`), and overdue flagged (:func:`mark_overdue`); returns rows."""
    shown = without_said_dates(hold_moved(store, rows))
    return mark_overdue(mark_rows(store, shown), today)


def mark_overdue(rows: list[dict[str, Any]], today: date) -> list[dict[str, Any]]:
    """Sets ``days_overdue`` (> 0 when due before ``today``) and ``overdue`` on each open
    follow-up (``done_at`` empty or absent), as `debrief todo` counts them; returns rows."""
    for row in rows:
        try:
            due = date.fromisoformat((row["due"] or "")[:10])
        except ValueError:
            due = None
        late = bool(due and due < today and not row.get("done_at"))
        row["days_overdue"] = (today - due).days if late and due else 0
        row["overdue"] = late
    return rows


#: People named in calls, with who named them and when.
_MENTIONS = (
    "SELECT p.name, p.company, p.relation, p.debrief_id, d.recorded_at, d.contact AS said_by"
    " FROM people_mentioned p JOIN debriefs_named d ON d.id = p.debrief_id"
)


def _people(
    store: Store, company_id: int, name: str, key: str, debrief_ids: list[int]
) -> list[dict[str, Any]]:
    """People named in calls with this company, and people said elsewhere to work there."""
    out = []
    if debrief_ids:
        marks = ",".join("?" * len(debrief_ids))
        out = store.rows(
            _MENTIONS + f" WHERE p.debrief_id IN ({marks}) ORDER BY d.recorded_at, p.id",
            debrief_ids,
        )
    # Said elsewhere to work there: candidates by name prefix (indexed), confirmed by key.
    first = (name.split() or [""])[0].lower()
    if first:
        elsewhere = store.rows(
            _MENTIONS + " WHERE (p.company LIKE ? OR p.company LIKE ?)"
            " AND d.company_id IS NOT ? ORDER BY d.recorded_at, p.id",
            [first + "%", "the " + first + "%", company_id],
        )
        out += [p for p in elsewhere if company_key(p["company"]) == key]
    return out
