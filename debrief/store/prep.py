"""Between calls (issue 14): the prep sheet before the next call with a person or company.
A read model (a plain dict) drawn by :mod:`debrief.views`; its words come from the
knowledge base and from ``pipelines/questions.toml`` (the article's question sets, per
category). The thank-you draft is :mod:`debrief.store.thanks`."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from debrief.config import cue_file
from debrief.errors import NotFound
from debrief.models import CATEGORIES, category_label
from debrief.names import company_key, person_key
from debrief.store.company import resolve_company, shared_themes, tones_by_category
from debrief.store.ledger_view import ledger
from debrief.store.match import offered, rank, resolve, shown
from debrief.store.people import known_people, referral_links
from debrief.store.repo import Store

# -- the prep sheet -------------------------------------------------------------------------


def _resolve(store: Store, query: str) -> tuple[str, str, list[dict[str, Any]], bool]:
    """(kind, name, calls, exact) for a contact's name or a company's: a person named
    exactly wins, then a company named exactly, then a person named forgivingly ("Kenji"
    for Kenji Watanabe), then a company named forgivingly (``exact`` False: the sheet says
    it is the closest match, as the `company` view does). A referral nobody has called yet
    (the usual next call) gets the calls that mentioned them and the calls at their
    company: what is known before that first call."""
    calls_sql = (
        "SELECT d.id AS debrief_id, d.recorded_at, d.contact, d.company, d.title, c.key"
        " FROM debriefs_named d LEFT JOIN contacts c ON c.id = d.contact_id WHERE {}"
        " ORDER BY d.recorded_at, d.id"
    )
    if not query.strip():
        raise NotFound("give a contact or company name")
    people = store.rows(calls_sql.format("c.key = ?"), [person_key(query)])
    if people:
        return "person", str(people[-1]["contact"]), people, True
    if not store.rows("SELECT 1 FROM companies WHERE key = ?", [company_key(query)]):
        try:
            person = resolve(
                query, known_people(store), key_fn=person_key, what="person", first_names=True
            )
        except NotFound:
            person = None
        if person is not None:
            exact = person.score == 100.0
            people = store.rows(calls_sql.format("c.key = ?"), [person.key])
            if people:
                return "person", str(people[-1]["contact"]), people, exact
            return (*_referral(store, calls_sql, person.key, person.name), exact)
    try:
        company = resolve_company(store, query)
    except NotFound:
        near = _closest(store, query)
        hint = f"closest: {near}" if near else "see `debrief people` and `debrief companies`"
        raise NotFound(f"no contact or company matching {shown(query)}; {hint}") from None
    calls = store.rows(calls_sql.format("d.company_id = ?"), [company["id"]])
    if not calls:
        said = store.rows(
            "SELECT count(*) AS n FROM companies_mentioned WHERE company_id = ?", [company["id"]]
        )[0]["n"]
        # said in words here rather than with review.fmt.plural: store sits below review
        calls_said = "1 call mentions" if said == 1 else f"{said:,} calls mention"
        hint = f"; {calls_said} it: debrief company {company['name']!r}" if said else ""
        raise NotFound(f"no call with anyone at {company['name']} yet{hint}")
    return "company", str(company["name"]), calls, company["match_score"] == 100.0


def _closest(store: Store, query: str) -> str:
    """The people and companies on file nearest ``query`` (at most three, none far): what a
    near-miss spelling is offered instead of a silent pick or nothing."""
    companies = [(r["key"], r["name"]) for r in store.rows("SELECT key, name FROM companies")]
    as_person, as_company = person_key(query), company_key(query)
    scored = [(as_person, s) for s in rank(as_person, known_people(store))]
    scored += [(as_company, s) for s in rank(as_company, companies)]
    scored.sort(key=lambda pair: -pair[1].score)
    near = list(dict.fromkeys(s.name for typed, s in scored if offered(typed, s)))
    return ", ".join(near[:3])


def _referral(
    store: Store, calls_sql: str, key: str, name: str
) -> tuple[str, str, list[dict[str, Any]]]:
    """A person only mentioned so far: the calls that named them and those at their
    company (as the mention gives it)."""
    mentions = store.rows("SELECT debrief_id, company FROM people_mentioned WHERE key = ?", [key])
    ids = {int(m["debrief_id"]) for m in mentions}
    company_keys = {company_key(m["company"]) for m in mentions if m["company"]}
    calls = [
        c
        for c in store.rows(calls_sql.format("1"))
        if c["debrief_id"] in ids or (c["company"] and company_key(c["company"]) in company_keys)
    ]
    if not calls:
        raise NotFound(f"nothing filed about {name} yet")
    return "person", f"{name}{NOT_CALLED}", calls


def prep(store: Store, query: str, today: date) -> dict[str, Any]:
    """One page before the next call with a person or at a company: what is known per
    category and who said it, where contacts disagree, suggested questions for the
    categories no call covered, open items both ways, last call, referral chain."""
    kind, name, calls, exact = _resolve(store, query)
    ids = [int(c["debrief_id"]) for c in calls]
    referral = _referred(store, calls, name) if name.endswith(NOT_CALLED) else None
    # A referral's page knows their company from the calls there; the referrer's own call
    # (their career path, their likes) is not theirs: it gives who referred them and what
    # was said about them (``referral``).
    known = referral["known_ids"] if referral else ids
    marks = ",".join("?" * len(known))
    insights = store.rows(
        "SELECT i.id AS insight_id, i.debrief_id, i.category, i.text, d.recorded_at,"
        " coalesce(d.contact, 'unknown contact') AS contact"
        f" FROM insights i JOIN debriefs_named d ON d.id = i.debrief_id WHERE d.id IN ({marks})"
        " ORDER BY d.recorded_at, d.id, i.start_char",
        known,
    )
    categories = [
        {k: c[k] for k in ("category", "label", "verdict", "statements")}
        for c in tones_by_category(insights)
    ]
    disagreements = [
        {"topic": c["label"], "statements": c["statements"]}
        for c in categories
        if c["verdict"] == "differ"
    ]
    disagreements += [
        {
            "topic": th["term"],
            "statements": [
                {"contact": who["contact"], "text": text, "tone": who["tone"]}
                for who in th["contacts"]
                for text in who["texts"]
            ],
        }
        for th in shared_themes(store, insights)
        if th["verdict"] == "differ"
    ]
    questions = cue_file("questions.toml")
    covered = {c["category"] for c in categories}
    suggested = _suggested(questions, [c for c in CATEGORIES if c not in covered])
    people_keys = {c["key"] for c in calls if c["key"]}
    chain = _chain(store, people_keys, ids)
    if referral:  # their own items and links only ("reach out to ..."), not the referrer's
        ids, people_keys = [], {referral["key"]}
        chain = [r for r in _chain(store, people_keys, known or [0]) if r["key"] in people_keys]
    open_items = [
        {**item, "person_group": g["person"]}
        for g in ledger(store, today)
        for item in g["owed"] + g["offered"]
        if item["debrief_id"] in ids or person_key(g["person"]) in people_keys
    ]
    if kind == "person":
        # what is owed to the person asked about comes first ("Send Tomasz my resume"), then
        # what their calls owe others ("Tell Priya how it went with Tomasz"); each part in
        # the ledger's order (overdue and soonest first)
        open_items.sort(key=lambda i: person_key(i["person_group"]) not in people_keys)
    return {
        "kind": kind,
        "name": name,
        "query": query,
        "exact": exact,
        "today": today.isoformat(),
        "calls": calls,
        "last_call": calls[-1],
        "contacts": sorted(
            {c["contact"] for c in calls if c["contact"] and c["debrief_id"] in known}
        ),
        "categories": categories,
        "disagreements": disagreements,
        "suggested": suggested,
        "owed": [i for i in open_items if i["direction"] == "mine"],
        "offered": [i for i in open_items if i["direction"] == "theirs"],
        "referrals": chain,
        "referral": referral and {k: v for k, v in referral.items() if k != "known_ids"},
    }


def _referred(store: Store, calls: list[dict[str, Any]], name: str) -> dict[str, Any]:
    """A referral's page: who named them, on which call, and the sentences of that call
    that name them ("what was said about them"); their company; and ``known_ids``, the
    calls at that company, whose insights the page shows (those of the referrer's call
    only when the referrer works there too)."""
    shown = name.removesuffix(NOT_CALLED)
    key = person_key(shown)
    mentions = store.rows(
        "SELECT p.debrief_id, p.company, p.relation, p.heard, d.recorded_at, d.contact, d.company"
        " AS at, t.text FROM people_mentioned p JOIN debriefs_named d ON d.id = p.debrief_id"
        " LEFT JOIN transcripts t ON t.debrief_id = p.debrief_id WHERE p.key = ?"
        " ORDER BY d.recorded_at, d.id",
        [key],
    )
    companies = [m["company"] for m in mentions if m["company"]]
    keys = {company_key(c) for c in companies}
    return {
        "key": key,
        "name": shown,
        "company": companies[0] if companies else None,
        "named_by": [
            {
                "referrer": m["contact"] or "unknown contact",
                "company": m["at"],
                "relation": m["relation"],
                "debrief_id": m["debrief_id"],
                "recorded_at": m["recorded_at"],
                # the transcript stays as said: a name renamed from what was heard
                # ("Thomas Farra" -> "Tomas Ferreira") is found by the heard one
                "said": _sentences_naming(m["text"] or "", shown)
                or _sentences_naming(m["text"] or "", m["heard"] or ""),
            }
            for m in mentions
        ],
        "known_ids": [
            int(c["debrief_id"])
            for c in calls
            if c["company"] and company_key(c["company"]) in keys
        ],
    }


#: What a referral's page name ends with (see _referral).
NOT_CALLED = " (not called yet)"
#: A sentence: up to its stop (a spoken run-on is cut at SAID_CHARS around the name).
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
SAID_CHARS = 240


def _sentences_naming(text: str, name: str) -> list[str]:
    """The sentences of ``text`` that name ``name`` (a word of it, as the follow-up ledger
    matches names), each at most :data:`SAID_CHARS` long around the name."""
    from debrief.store.spoken_since import last_mention

    out = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group().strip()
        at = last_mention(sentence, name)
        if at < 0:
            continue
        if len(sentence) > SAID_CHARS:
            start = max(0, at - SAID_CHARS // 2)
            sentence = "…" + sentence[start : start + SAID_CHARS].strip() + "…"
        out.append(sentence)
    return out


def _chain(store: Store, keys: set[str], ids: list[int]) -> list[dict[str, Any]]:
    """Referral links touching these people: who referred them, whom they referred (and
    whether that person has been talked to yet)."""
    if not ids:
        return []
    return [
        {
            "referred": r["name"],
            "key": r["key"],
            "referrer": r["referrer"] or "unknown contact",
            "debrief_id": r["debrief_id"],
            "debrief_ids": r["debrief_ids"],
            "recorded_at": r["recorded_at"],
            "contacted": r["contacted"],  # the one rule, as `debrief people` says it
            "reached_out": r["reached_out"],  # their reach-out item closed (no call yet)
        }
        for r in referral_links(store, sorted(keys), ids)
    ]


def _suggested(questions: dict[str, Any], uncovered: list[str]) -> list[dict[str, Any]]:
    """The questions still to ask, per uncovered category; a question two of them share
    ("What do you enjoy (or dislike) most ...?" for likes and dislikes) is listed once, under
    both labels ("Likes & dislikes"), not repeated as the second one's own question."""
    out: list[dict[str, Any]] = []
    for cat in uncovered:
        if cat not in questions:
            continue
        qs = list(questions[cat].get("questions", []))
        shared = next((s for s in out if qs and s["questions"] == qs), None)
        if shared is not None:
            shared["categories"].append(cat)
            shared["label"] += " & " + category_label(cat).lower()
            continue
        out.append(
            {
                "category": cat,
                "categories": [cat],
                "label": category_label(cat),
                "set": questions[cat]["set"],
                "questions": qs,
                "notes": list(questions[cat].get("notes", [])),
            }
        )
    return out
