"""Between calls (issue 14): the thank-you draft of one call and the prep sheet before the
next call with a person or company. Both are read models (plain dicts) drawn by
:mod:`debrief.views`; their words come from the knowledge base and from two data files,
``pipelines/thanks.toml`` (the note's template) and ``pipelines/questions.toml`` (the
article's question sets, per category)."""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from datetime import date
from functools import lru_cache
from typing import Any

from debrief.config import data_file
from debrief.errors import DebriefError, NotFound
from debrief.models import CATEGORIES, category_label
from debrief.names import company_key, person_key
from debrief.store.company import _themes, _verdict, resolve_company, tone
from debrief.store.match import resolve
from debrief.store.people import _candidates, referral_links
from debrief.store.repo import Store


@lru_cache(maxsize=4)
def _data(name: str) -> dict[str, Any]:
    with data_file("pipelines", name).open("rb") as fh:
        return tomllib.load(fh)


# -- the thank-you draft --------------------------------------------------------------------


def draft_thanks(store: Store, debrief_id: int) -> dict[str, Any]:
    """The thank-you note for call ``debrief_id``: ``{text, insight_ids, quotes, referral,
    next_step, contact, debrief_id}``. Quotes are the call's insights as filed (each is
    transcript text, verbatim), chosen by the template's category preference."""
    t = _data("thanks.toml")
    d = store.get(debrief_id)
    if d["status"] != "extracted":
        # a note from an unfiled recording would thank nobody for nothing ("Hi there")
        why = f": {d['error']}" if d.get("error") else ""
        raise DebriefError(
            f"#{debrief_id} is not filed yet ({d['status']}{why}); `debrief process` retries it"
        )
    insights = store.insights(debrief_id)
    rank = {c: i for i, c in enumerate(t["prefer"])}
    chosen = sorted(
        (i for i in insights if i["category"] in rank),
        key=lambda i: (rank[i["category"]], i["start_char"]),
    )[: int(t["max_quotes"])]
    chosen.sort(key=lambda i: i["start_char"])
    referral = next(
        (p["name"] for p in store.people(debrief_id) if p["relation"] == "referral"), None
    )
    next_step = next(
        (
            f["text"]
            for f in store.rows(
                "SELECT text FROM follow_ups WHERE debrief_id = ? AND kind IS NULL"
                " AND direction = 'mine' AND done_at IS NULL ORDER BY id",
                [debrief_id],
            )
        ),
        None,
    )
    contact = d.get("contact")
    if next_step:
        next_step = _to_you(next_step, [contact, d.get("heard_contact")])
    fields = {
        "first_name": (contact or "").split()[0] if contact else "there",
        "company_clause": t["company_clause"].format(company=d["company"])
        if d.get("company")
        else "",
        "quotes_intro": t["quotes_intro"] if chosen else None,
        "quotes": "\n".join(t["quote"].format(text=i["text"]) for i in chosen) or None,
        "referral_line": _referral_line(t, store, debrief_id, referral) if referral else None,
        "next_step_line": t["next_step_line"].format(next_step=next_step) if next_step else None,
    }
    lines = []
    for line in t["lines"]:
        keys = [k for k in fields if "{" + k + "}" in line]
        if any(fields[k] is None for k in keys):
            continue  # the call has nothing for this line: leave it out, invent nothing
        lines.append(line.format(**{k: fields[k] for k in keys}))
    ids = [int(i["id"]) for i in chosen]
    return {
        "debrief_id": debrief_id,
        "contact": contact,
        "text": "\n".join(lines).strip("\n"),
        "quotes": [i["text"] for i in chosen],
        "insight_ids": ids,
        "sources": t["sources"].format(
            ids=", ".join(f"#{i}" for i in ids) or "none", debrief_id=debrief_id
        ),
        "referral": referral,
        "next_step": next_step,
    }


def _referral_line(t: dict[str, Any], store: Store, debrief_id: int, referral: str) -> str:
    """Thanks for the referral: a promise ("I will reach out") while no call with them is
    filed, what happened ("I have since spoken with her") once one is: a note drafted after
    that call must not promise what is already done."""
    called = store.rows(
        "SELECT 1 FROM debriefs d JOIN contacts c ON c.id = d.contact_id"
        " WHERE c.key = ? AND d.id != ? AND d.status = 'extracted' LIMIT 1",
        [person_key(referral), debrief_id],
    )
    if called:
        return str(t["referral_called_line"]).format(
            referral=referral, referral_first=referral.split()[0]
        )
    return str(t["referral_line"]).format(referral=referral)


def _to_you(step: str, names: list[str | None]) -> str:
    """The user's next step as said to the contact the note is for: their name (as filed or
    as heard) and "him"/"her" before what is sent or asked become "you" ("I need to send
    Donna my portfolio" -> "I need to send you my portfolio", "ask him about" -> "ask you
    about")."""
    words: set[str] = set()
    for name in names:
        if name:
            words |= {name, name.split()[0]}
    for word in sorted(words, key=len, reverse=True):
        step = re.sub(rf"\b{re.escape(word)}\b", "you", step)
    step = re.sub(
        r"\b(?:him|her)\b(?=\s+(?:a|an|the|my|some|this|that|about|by|tomorrow)\b|\s*[.,;!?]|\s*$)",
        "you",
        step,
    )
    return step


# -- the prep sheet -------------------------------------------------------------------------


def _resolve(store: Store, query: str) -> tuple[str, str, list[dict[str, Any]]]:
    """(kind, name, calls) for a contact's name or a company's: a person named exactly
    wins, then a company named exactly, then a person named forgivingly ("Kenji" for
    Kenji Watanabe), then a company named forgivingly. A referral nobody has called yet
    (the usual next call) gets the calls that mentioned them and the calls at their
    company: what is known before that first call."""
    calls_sql = (
        "SELECT d.id AS debrief_id, d.recorded_at, d.contact, d.company, d.title, c.key"
        " FROM debriefs_named d LEFT JOIN contacts c ON c.id = d.contact_id WHERE {}"
        " ORDER BY d.recorded_at, d.id"
    )
    people = store.rows(calls_sql.format("c.key = ?"), [person_key(query)])
    if people:
        return "person", str(people[-1]["contact"]), people
    if not store.rows("SELECT 1 FROM companies WHERE key = ?", [company_key(query)]):
        try:
            person = resolve(query, _candidates(store), key_fn=person_key, what="person")
        except NotFound:
            person = None
        if person is not None:
            people = store.rows(calls_sql.format("c.key = ?"), [person.key])
            if people:
                return "person", str(people[-1]["contact"]), people
            return _referral(store, calls_sql, person.key, person.name)
    try:
        company = resolve_company(store, query)
    except NotFound:
        raise NotFound(
            f"no contact or company matching {query!r}; see `debrief people` and"
            " `debrief companies`"
        ) from None
    calls = store.rows(calls_sql.format("d.company_id = ?"), [company["id"]])
    if not calls:
        said = store.rows(
            "SELECT count(*) AS n FROM companies_mentioned WHERE company_id = ?", [company["id"]]
        )[0]["n"]
        hint = f"; {said} call(s) mention it: debrief company {company['name']!r}" if said else ""
        raise NotFound(f"no call with anyone at {company['name']} yet{hint}")
    return "company", str(company["name"]), calls


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
    return "person", f"{name} (not called yet)", calls


def prep(store: Store, query: str, today: date) -> dict[str, Any]:
    """One page before the next call with a person or at a company: what is known per
    category and who said it, where contacts disagree, suggested questions for the
    categories no call covered, open items both ways, last call, referral chain."""
    from debrief.store.habits import ledger

    kind, name, calls = _resolve(store, query)
    ids = [int(c["debrief_id"]) for c in calls]
    marks = ",".join("?" * len(ids))
    insights = store.rows(
        "SELECT i.id AS insight_id, i.debrief_id, i.category, i.text, d.recorded_at,"
        " coalesce(d.contact, 'unknown contact') AS contact"
        f" FROM insights i JOIN debriefs_named d ON d.id = i.debrief_id WHERE d.id IN ({marks})"
        " ORDER BY d.recorded_at, d.id, i.start_char",
        ids,
    )
    by_cat: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ins in insights:
        ins["tone"] = tone(ins["text"], ins["category"])
        by_cat[ins["category"] or ""].append(ins)
    categories = []
    for cat in [*CATEGORIES, ""]:
        statements = by_cat.get(cat)
        if not statements:
            continue
        per: dict[str, list[int]] = defaultdict(list)
        for s in statements:
            per[s["contact"]].append(s["tone"])
        tones = {who: (sum(t) > 0) - (sum(t) < 0) for who, t in per.items()}
        categories.append(
            {
                "category": cat or None,
                "label": category_label(cat),
                "verdict": _verdict(tones),
                "statements": statements,
            }
        )
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
        for th in _themes(store, insights)
        if th["verdict"] == "differ"
    ]
    questions = _data("questions.toml")
    covered = {c["category"] for c in categories}
    suggested = [
        {
            "category": cat,
            "label": category_label(cat),
            "set": questions[cat]["set"],
            "questions": list(questions[cat].get("questions", [])),
            "notes": list(questions[cat].get("notes", [])),
        }
        for cat in CATEGORIES
        if cat not in covered and cat in questions
    ]
    people_keys = {c["key"] for c in calls if c["key"]}
    open_items = [
        {**item, "person_group": g["person"]}
        for g in ledger(store, today)
        for item in g["owed"] + g["offered"]
        if item["debrief_id"] in ids or person_key(g["person"]) in people_keys
    ]
    return {
        "kind": kind,
        "name": name,
        "query": query,
        "today": today.isoformat(),
        "calls": calls,
        "last_call": calls[-1],
        "contacts": sorted({c["contact"] for c in calls if c["contact"]}),
        "categories": categories,
        "disagreements": disagreements,
        "suggested": suggested,
        "owed": [i for i in open_items if i["direction"] == "mine"],
        "offered": [i for i in open_items if i["direction"] == "theirs"],
        "referrals": _chain(store, people_keys, ids),
    }


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
            "recorded_at": r["recorded_at"],
            "contacted": r["contacted"],  # the one rule, as `debrief people` says it
            "reached_out": r["reached_out"],  # their reach-out item closed (no call yet)
        }
        for r in referral_links(store, sorted(keys), ids)
    ]
