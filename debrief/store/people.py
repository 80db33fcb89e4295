"""Contacts, the people they mentioned, who referred whom, and referrals not yet contacted.

A referral counts as contacted by the one rule of :mod:`debrief.store.met` (who the
referral is among the contacts, and which call at or after the referral contacts them), the
rule `todo`, the weekly review and `draft thanks` use too.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from debrief.errors import NotFound
from debrief.models import CATEGORIES
from debrief.names import company_key, person_key
from debrief.store.company import as_listed
from debrief.store.match import resolve
from debrief.store.met import Contacts, Met, met_referral, met_referrals
from debrief.store.repo import Store


def _referrals(
    store: Store,
    where: str = "",
    params: list[Any] | None = None,
    *,
    prefix: str = "",
    mentions: str = "people_mentioned p",
) -> list[dict]:
    return store.rows(
        prefix + "SELECT p.id, p.name, p.key, p.company, p.relation, p.debrief_id, d.recorded_at,"
        " d.contact_id AS referrer_id, c.name AS referrer, co.name AS referrer_company,"
        " co.key AS referrer_company_key"
        f" FROM {mentions} JOIN debriefs d ON d.id = p.debrief_id"
        " LEFT JOIN contacts c ON c.id = d.contact_id"
        " LEFT JOIN companies co ON co.id = d.company_id"
        f" {where} ORDER BY d.recorded_at, p.id",
        params or [],
    )


def _reached_out(store: Store) -> dict[tuple[int, str], str]:
    """(referring call, person key) -> when its "reach out" item was closed (done, or
    dismissed: "I will not contact them"): that referral is no longer one to contact, though
    no call with them is filed yet."""
    return {
        (int(r["debrief_id"]), person_key(r["person"] or "")): str(r["done_at"])
        for r in store.rows(
            "SELECT debrief_id, person, done_at FROM follow_ups"
            " WHERE kind = 'reach_out' AND done_at IS NOT NULL"
        )
    }


def _still_to_contact(refs: list[dict[str, Any]], reached: dict[tuple[int, str], str]) -> list:
    """The referrals neither talked to nor reached out to; each gets ``reached_out``."""
    for r in refs:
        r["reached_out"] = reached.get((int(r["debrief_id"]), person_key(r["name"])))
    return [r for r in refs if not r["contacted"] and not r["reached_out"]]


def _once(refs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per person and referrer, the first (in order): the same referral filed
    twice (a typed note and the spoken recap of the same call, or said again on a later
    call) is one person to contact, not two. The row keeps ``debrief_ids``, every call that
    made it, and is reached out once any of its "reach out" items is closed. A referral of
    an unknown referrer stays per call (two unknown contacts may be two people)."""
    first: dict[tuple[str, str], dict[str, Any]] = {}
    out = []
    for r in refs:
        who = person_key(r.get("referrer")) or f"#{r['debrief_id']}"
        kept = first.setdefault((person_key(r["name"]), who), r)
        if kept is r:
            r["debrief_ids"] = [r["debrief_id"]]
            out.append(r)
            continue
        kept["debrief_ids"].append(r["debrief_id"])
        kept["reached_out"] = kept.get("reached_out") or r.get("reached_out")
        kept["company"] = kept["company"] or r["company"]
    return out


def _same_person(r: dict[str, Any], group: list[dict[str, Any]]) -> bool:
    """Whether referral row ``r`` names the person of ``group`` (rows of one name key): no
    company said against another, no other known contact matched (James's "Tom" is Tom
    Becker of Stripe; Priya's "Tom", at Figma, is not), and a lone first name only where
    the company or the matched contact says it is the same one."""
    co = company_key(r.get("company"))
    if co and any(company_key(x.get("company")) not in ("", co) for x in group):
        return False
    if any(x.get("contact") != r.get("contact") for x in group):
        return False
    if len(str(r["name"]).split()) > 1:
        return True
    return bool(r.get("contact")) or (
        bool(co) and all(company_key(x.get("company")) == co for x in group)
    )


def _per_person(refs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per person (after :func:`_once`): two contacts who both suggested Rosa are
    one person to contact, as the weekly review lists her, with each suggestion kept in
    ``referrers`` (name, calls, when; ``referrer`` stays the first). Namesakes said at two
    different companies stay apart. The row shown is the first still to contact (else the
    first): the ledger keeps a reach-out open per suggestion, so one open makes her open."""
    groups: list[list[dict[str, Any]]] = []
    by_key: dict[str, list[list[dict[str, Any]]]] = defaultdict(list)
    for r in refs:
        group = next((g for g in by_key[person_key(r["name"])] if _same_person(r, g)), None)
        if group is None:
            group = []
            by_key[person_key(r["name"])].append(group)
            groups.append(group)
        group.append(r)
    out = []
    for g in groups:
        open_rows = [r for r in g if not r["contacted"] and not r["reached_out"]]
        row = dict(open_rows[0] if open_rows else g[0])
        row["referrer"] = g[0].get("referrer")
        row["company"] = next((r["company"] for r in g if r.get("company")), None)
        row["debrief_ids"] = [i for r in g for i in r["debrief_ids"]]
        row["referrers"] = [
            {
                "referrer": r.get("referrer"),
                "debrief_ids": r["debrief_ids"],
                "recorded_at": r["recorded_at"],
            }
            for r in g
        ]
        out.append(row)
    return out


def _annotated(refs: list[dict[str, Any]], contacts: Contacts) -> list[dict[str, Any]]:
    """:func:`_annotate` each referral/mention row, judged in one batch
    (:func:`debrief.store.met.met_referrals`)."""
    met = met_referrals(
        contacts.store,
        [(int(r["debrief_id"]), str(r["name"]), r["company"]) for r in refs],
        contacts=contacts,
    )
    return [_annotate(r, m) for r, m in zip(refs, met, strict=True)]


def _annotate(ref: dict[str, Any], met: Met) -> dict[str, Any]:
    """Add ``contacted`` (and the first debrief with them at or after the mention: a call
    from before someone referred them does not contact the referral, as in the ledger) to a
    referral/mention row; ``spoke_before_in``/``_on``: the last call with them before it."""
    found = met.contacts
    ref["contact"] = found[0]["name"] if found else None
    ref["contact_company"] = found[0]["company"] if found else None
    after, before = met.after, met.before
    ref["contacted"] = after is not None
    ref["contacted_in"], ref["contacted_on"] = after or (None, None)
    ref["spoke_before_in"], ref["spoke_before_on"] = before or (None, None)
    for key in ("referrer_id", "referrer_company_key", "key"):
        ref.pop(key, None)
    return ref


def people_overview(store: Store) -> dict[str, Any]:
    """Contacts, people mentioned, referrals (who referred whom) and those not yet contacted."""
    contacts = Contacts(store)
    refs = _annotated(_referrals(store), contacts)
    referrals = [r for r in refs if r["relation"] == "referral"]
    mentioned: dict[str, dict[str, Any]] = {}
    for r in refs:
        if r["relation"] != "mentioned":
            continue
        key = person_key(r["name"])
        entry = mentioned.setdefault(
            key,
            {
                "name": r["name"],
                "company": r["company"],
                "mentioned_by": [],
                "contacted": r["contacted"],
                # the contact they are (a call filed with them, before or since), if any:
                # `people` lists them among the contacts, not again under "Also mentioned"
                "contact": r["contact"],
            },
        )
        entry["company"] = entry["company"] or r["company"]
        entry["contact"] = entry["contact"] or r["contact"]
        entry["mentioned_by"].append(
            {
                "referrer": r["referrer"],
                "debrief_id": r["debrief_id"],
                "recorded_at": r["recorded_at"],
            }
        )
    referred_by: dict[int, list[str]] = defaultdict(list)
    for r in referrals:
        if r["contact"]:  # referred to a contact, called before the referral or since
            for c in contacts.match(person_key(r["contact"]), [company_key(r["contact_company"])]):
                referred_by[c["id"]].append(r["referrer"] or f"#{r['debrief_id']}")
    out_contacts = []
    for c in contacts.rows:
        row = {
            k: c[k] for k in ("id", "name", "title", "company", "calls", "first_call", "last_call")
        }
        row["referred_by"] = sorted(set(referred_by.get(c["id"], [])))
        out_contacts.append(row)
    _still_to_contact(referrals, _reached_out(store))  # each gets ``reached_out``
    referrals = _per_person(_once(referrals))
    return {
        "contacts": out_contacts,
        "referrals": referrals,
        "not_contacted": [r for r in referrals if not r["contacted"] and not r["reached_out"]],
        "mentioned": sorted(mentioned.values(), key=lambda m: m["name"].lower()),
    }


def not_contacted(store: Store) -> list[dict[str, Any]]:
    """Referrals with no debrief with them at or after the referral yet, oldest first: the
    one "referral contacted" rule (a contact with the same name, near spelling included, or
    the same first name at the company concerned), which ``debrief people`` and the weekly
    review both use. A referral whose "reach out" item is done (or dismissed) is not one to
    contact any more."""
    # A contact of the same name key (the referrer aside) settles it in SQL; only the rest
    # (a first name alone, a near spelling) needs the matching below.
    # Each distinct name is probed once (not once per mention): names no contact has, and
    # names a referrer gave as their own; then only those names' mentions are read.
    rows = _referrals(
        store,
        "WHERE p.relation = 'referral'"
        " AND NOT EXISTS (SELECT 1 FROM contacts k JOIN debriefs kd ON kd.contact_id = k.id"
        " WHERE p.key != '' AND k.key = p.key AND k.id IS NOT d.contact_id"
        " AND kd.recorded_at >= d.recorded_at)",
        prefix="WITH open_keys(key) AS MATERIALIZED (SELECT n.key FROM (SELECT DISTINCT key"
        " FROM people_mentioned WHERE relation = 'referral') n"
        " WHERE NOT EXISTS (SELECT 1 FROM contacts k WHERE k.key = n.key)"
        " UNION SELECT p.key FROM people_mentioned p JOIN debriefs d ON d.id = p.debrief_id"
        " JOIN contacts c ON c.id = d.contact_id"
        " WHERE p.relation = 'referral' AND p.key = c.key"
        # names of contacts called only before the referral: not contacted by it
        " UNION SELECT p.key FROM people_mentioned p JOIN debriefs d ON d.id = p.debrief_id"
        " JOIN contacts k ON k.key = p.key WHERE p.relation = 'referral'"
        " AND (SELECT max(kd.recorded_at) FROM debriefs kd WHERE kd.contact_id = k.id)"
        " < d.recorded_at) ",
        mentions="open_keys o JOIN people_mentioned p ON p.key = o.key",
    )
    if not rows:
        return []
    contacts = Contacts(store, lazy=True)
    refs = _annotated(rows, contacts)
    _still_to_contact(refs, _reached_out(store))  # each gets ``reached_out``
    return [r for r in _once(refs) if not r["contacted"] and not r["reached_out"]]


def referral_links(store: Store, keys: list[str], debrief_ids: list[int]) -> list[dict[str, Any]]:
    """Referrals made in the calls ``debrief_ids`` or of the people ``keys``, oldest first,
    each with ``contacted`` by the one rule (:func:`not_contacted`'s): the prep sheet's
    referral chain."""
    if not debrief_ids and not keys:
        return []
    rows = _referrals(
        store,
        f"WHERE p.relation = 'referral' AND (p.debrief_id IN ({','.join('?' * len(debrief_ids))})"
        f" OR p.key IN ({','.join('?' * len(keys))}))",
        [*debrief_ids, *keys],
    )
    contacts = Contacts(store, lazy=True)
    links = [
        {"key": r["key"], **a}
        for r, a in zip(rows, _annotated([dict(r) for r in rows], contacts), strict=True)
    ]
    _still_to_contact(links, _reached_out(store))  # each gets ``reached_out``
    return _once(links)  # a referral filed twice is one link, with both calls


def known_people(store: Store) -> list[tuple[str, str]]:
    """Every person on file (contacts and people mentioned) as ``(key, name)``, the first
    name filed for each key: what a typed name is resolved against (``person_view``, the
    prep sheet)."""
    seen: dict[str, str] = {}
    for row in store.rows(
        "SELECT key, name FROM contacts UNION ALL SELECT key, name FROM people_mentioned"
    ):
        if row["key"]:
            seen.setdefault(row["key"], row["name"])
    return list(seen.items())


def contact_ids(store: Store, name: str) -> list[int]:
    """Ids of the contacts ``name`` refers to (one person, possibly at several companies)."""
    exact = store.rows("SELECT id FROM contacts WHERE key = ?", [person_key(name)])
    if exact:
        return [r["id"] for r in exact]
    rows = store.rows("SELECT id, key, name FROM contacts")
    names = {r["key"]: r["name"] for r in rows}
    found = resolve(name, names.items(), key_fn=person_key, what="contact")
    return [r["id"] for r in rows if r["key"] == found.key]


def person_view(store: Store, name: str) -> dict[str, Any]:
    """One person: their calls and insights if a contact, who referred them, whom they
    referred, and where they were mentioned."""
    exact = store.rows(
        "SELECT key, name FROM contacts WHERE key = ?"
        " UNION ALL SELECT key, name FROM people_mentioned WHERE key = ? LIMIT 1",
        [person_key(name), person_key(name)],
    )
    if exact:
        key, found_name, is_exact = exact[0]["key"], exact[0]["name"], True
    else:
        candidates = known_people(store)
        if not candidates:
            raise NotFound("no people in the knowledge base yet")
        found = resolve(name, candidates, key_fn=person_key, what="person", first_names=True)
        key, found_name, is_exact = found.key, found.name, found.score == 100.0
    contacts = Contacts(store)
    mine = contacts.by_key.get(key, [])
    ids = [c["id"] for c in mine]
    calls: list[dict[str, Any]] = []
    insights: list[dict[str, Any]] = []
    follow_ups: list[dict[str, Any]] = []
    referred: list[dict[str, Any]] = []
    if ids:
        marks = ",".join("?" * len(ids))
        calls = store.rows(
            "SELECT d.id AS debrief_id, d.recorded_at, d.call_minutes, d.title, d.company,"
            " (SELECT count(*) FROM insights i WHERE i.debrief_id = d.id) AS insights"
            f" FROM debriefs_named d WHERE d.contact_id IN ({marks}) ORDER BY d.recorded_at, d.id",
            ids,
        )
        dids = [c["debrief_id"] for c in calls]
        dmarks = ",".join("?" * len(dids))
        order = {c: n for n, c in enumerate(CATEGORIES)}
        insights = store.rows(
            "SELECT i.debrief_id, i.category, i.text, d.recorded_at FROM insights i"
            f" JOIN debriefs d ON d.id = i.debrief_id WHERE i.debrief_id IN ({dmarks})"
            " ORDER BY d.recorded_at, i.start_char",
            dids,
        )
        insights.sort(key=lambda i: order.get(i["category"], len(order)))
        follow_ups = store.rows(
            "SELECT f.id, f.debrief_id, f.text, f.due, f.done_at, f.dismissed_at, d.recorded_at"
            " FROM follow_ups f JOIN debriefs d ON d.id = f.debrief_id"
            f" WHERE f.debrief_id IN ({dmarks}) ORDER BY f.done_at IS NOT NULL, f.due, f.id",
            dids,
        )
        referred = _annotated(
            _referrals(store, f"WHERE p.debrief_id IN ({dmarks})", dids), contacts
        )
    # qa62: what is owed to them from another's call ("Tell Maria how it went with James",
    # "Reach out to James") was under their name in `todo --by-person` and `prep`, and
    # missing from their own page
    listed = {f["id"] for f in follow_ups}  # theirs from their own calls, listed once
    follow_ups += [
        f
        for f in store.rows(
            "SELECT f.id, f.debrief_id, f.text, f.due, f.done_at, f.dismissed_at, d.recorded_at,"
            " f.person FROM follow_ups f JOIN debriefs d ON d.id = f.debrief_id"
            " WHERE f.person IS NOT NULL ORDER BY f.done_at IS NOT NULL, f.due, f.id"
        )
        if person_key(f.pop("person")) == key and f["id"] not in listed
    ]
    follow_ups.sort(key=lambda f: (f["done_at"] is not None, f["due"] or "", f["id"]))
    # flagged overdue, and a moved due date said in the text, as `debrief todo` does
    follow_ups = as_listed(store, follow_ups, date.today())
    # Where others named this person: match each mention to this person's key.
    them = [c for c in mine] or [{"key": key, "company_key": None, "id": None}]
    mentions = []
    first = key.split()[0]
    for r in _referrals(store, "WHERE p.key = ? OR substr(p.key, 1, 1) = ?", [key, key[:1]]):
        if r["referrer_id"] in ids:
            continue
        rkey = r["key"]
        ckeys = [company_key(r["company"]) if r["company"] else r["referrer_company_key"]]
        if ids:  # a contact: who the name is, as `people`, `todo` and the note judge it
            met = met_referral(store, r["debrief_id"], r["name"], r["company"], contacts=contacts)
            same = any(c["id"] in ids for c in met.contacts)
        else:
            same = rkey == key or (
                len(rkey.split()) == 1
                and rkey == first
                and any(t["company_key"] in ckeys for t in them if t["company_key"])
            )
        if same:
            mentions.append(r)
    mentions = _annotated(mentions, contacts)
    reached = _reached_out(store)  # as `people` and `prep` say it: a closed "reach out"
    for m in mentions:
        m["reached_out"] = reached.get((int(m["debrief_id"]), person_key(m["name"])))
    display = mine[0]["name"] if mine else found_name
    return {
        "name": display,
        "query": name,
        "exact": is_exact,
        "is_contact": bool(mine),
        "contacts": [
            {
                k: c[k]
                for k in ("id", "name", "title", "company", "calls", "first_call", "last_call")
            }
            for c in mine
        ],
        "calls": calls,
        "insights": insights,
        "follow_ups": follow_ups,
        "referred_by": _once([m for m in mentions if m["relation"] == "referral"]),
        "mentioned_by": [m for m in mentions if m["relation"] == "mentioned"],
        # whom they referred; a person they only mentioned is no one to contact ("not yet")
        "referred": [r for r in referred if r["relation"] == "referral"],
        "mentioned": [
            {k: r[k] for k in ("name", "company", "debrief_id", "recorded_at")}
            for r in referred
            if r["relation"] != "referral"
        ],
    }
