"""Questions about the calls themselves, answered from the file rather than from notes.

"when did I last talk to Maria?", "when was my last call with someone at Stripe?" ask
when a call was; "who should I contact at Stripe?", "who can I talk to at Shopify?" ask
whom the user knows or was pointed to there. No note answers either: the nearest notes
("She loves talking to customers") read as an answer to the first and named the wrong
person for a company (its first contact, not the one called last). They are answered from
the calls (each contact's calls, the last first) and the referrals not contacted yet, as
`debrief people` counts them. The cue words are data (``[calls_asked]`` of
``pipelines/ask.toml``); the names are those :func:`debrief.store.vectors.named_in` finds
in the question (a contact by any part of their name, a company by its name).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from debrief.ask.question import WORD, ask_toml, content_words
from debrief.ask.who_referred import people_named
from debrief.names import company_key, person_key
from debrief.store import Store
from debrief.store import vectors as vstore
from debrief.store.met import Contacts, at_company


def _cues(kind: str) -> tuple[str, ...]:
    return tuple(str(ask_toml().get("calls_asked", {}).get(kind, "")).lower().split())


def _words(question: str) -> list[str]:
    return [w.lower() for w in WORD.findall(question)]


def _has(words: list[str], stems: tuple[str, ...]) -> bool:
    return any(w.startswith(s) for w in words for s in stems)


def asks_when_talked(question: str) -> bool:
    """ "when did I last talk to ...", "how long since I spoke with ...", "last time I
    called ...": a "when" word and a word of talking."""
    words = _words(question)
    joined = " ".join(words)
    phrases = [p.replace("-", " ") for p in _cues("when_phrases")]
    when = "when" in words or any(f" {p} " in f" {joined} " for p in phrases)
    return when and _has(words, _cues("talk"))


def asks_who_to_contact(question: str) -> bool:
    """ "who should I contact at ...", "who can I talk to at ...", "who do I know at ...":
    "who" followed by a word of reaching someone."""
    words = _words(question)
    if "who" not in words:
        return False
    return _has(words[words.index("who") + 1 :], _cues("reach"))


def _ago(day: str, today: date) -> str:
    days = (today - date.fromisoformat(day[:10])).days
    if days <= 0:
        return "today" if days == 0 else "ahead"
    return "yesterday" if days == 1 else f"{days} days ago"


def _named(store: Store, question: str, names: tuple[str | None, ...]) -> dict[str, Any]:
    from debrief.ask.asked import everyday

    words = content_words(" ".join([question, *(n for n in names if n)]))
    return vstore.named_in(store, words, everyday)


def _spells_named(store: Store, word: str, contact_ids: list[int]) -> bool:
    """Whether ``word`` is a misspelling of a part of a named contact's name ("Mraia
    Lopez", named by "Lopez"): part of the name, not a subject asked about."""
    from rapidfuzz import fuzz

    if not contact_ids:
        return False
    marks = ",".join("?" * len(contact_ids))
    rows = store.rows(f"SELECT key FROM contacts WHERE id IN ({marks})", contact_ids)
    parts = {p for r in rows for p in str(r["key"]).split() if len(p) >= 3}
    return any(fuzz.ratio(word, p) >= 75 for p in parts)


def _company_rows(store: Store, ids: list[int]) -> list[dict[str, Any]]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return store.rows(f"SELECT id, name, key FROM companies WHERE id IN ({marks})", ids)


def _calls(store: Store, where: str, params: list[Any]) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT d.id, d.recorded_at, d.contact, d.company FROM debriefs_named d"
        f" WHERE {where} ORDER BY d.recorded_at DESC, d.id DESC",
        params,
    )


def last_talked(
    store: Store, question: str, today: date, names: tuple[str | None, ...] = ()
) -> list[str]:
    """One line per contact and company the question names: the last call, how long ago,
    and how many calls in all (with whom, for a company)."""
    named = _named(store, question, names)
    # people suggested or mentioned on a call and never called ("when did I talk to Dana
    # Wu"): no call with them yet is the answer, and who named them
    people = people_named(store, question)
    only_named = [
        n
        for n in people
        if not store.rows("SELECT 1 FROM contacts WHERE key = ? LIMIT 1", [person_key(n)])
    ]
    # a whole name said ("Priya Raman") is that person, not every contact called Priya
    whole = {k for k in map(person_key, people) if f" {k} " in f" {person_key(question)} "}
    said = set(named["words"]) | {w for n in only_named for w in person_key(n).split()}
    asked = [
        w
        for w in content_words(question)
        if w not in said and not _has([w], _cues("talk"))
        if w not in _cues("when_filler")
    ]
    if [w for w in asked if not _spells_named(store, w, named["contact_ids"])]:
        return []  # "when did Maria talk about SQL": her note on it, dated, answers
    lines = []
    for cid in named["contact_ids"]:
        key = store.rows("SELECT key FROM contacts WHERE id = ?", [cid])
        if whole and key and key[0]["key"] not in whole:
            continue
        calls = _calls(store, "d.contact_id = ?", [cid])
        if not calls:
            continue
        last = calls[0]
        at = f", {last['company']}" if last["company"] else ""
        n = len(calls)
        lines.append(
            f"{last['contact']}{at}: last call #{last['id']} on {str(last['recorded_at'])[:10]}"
            f" ({_ago(last['recorded_at'], today)}); {n} call{'s' * (n != 1)} in all"
        )
    for name in only_named:
        by = store.rows(
            "SELECT p.relation, p.debrief_id, d.contact, d.recorded_at FROM people_mentioned p"
            " JOIN debriefs_named d ON d.id = p.debrief_id WHERE p.key = ?"
            " ORDER BY d.recorded_at, p.id",
            [person_key(name)],
        )
        if by:
            first = by[0]
            verb = "suggested" if first["relation"] == "referral" else "mentioned"
            lines.append(
                f"{name}: no call with them yet ({verb} by"
                f" {first['contact'] or 'a call with no contact'},"
                f" #{first['debrief_id']} {str(first['recorded_at'])[:10]})"
            )
    for co in _company_rows(store, named["company_ids"]):
        calls = _calls(store, "d.company_id = ?", [co["id"]])
        if not calls:
            lines.append(f"{co['name']}: no call with anyone there yet (only mentioned)")
            continue
        last = calls[0]
        who = f" with {last['contact']}" if last["contact"] else ""
        people = list(dict.fromkeys(c["contact"] for c in calls if c["contact"]))
        n = len(calls)
        lines.append(
            f"{co['name']}: last call #{last['id']} on {str(last['recorded_at'])[:10]}{who}"
            f" ({_ago(last['recorded_at'], today)}); {n} call{'s' * (n != 1)} in all"
            + (f", with {', '.join(people)}" if len(people) > 1 else "")
        )
    return lines


def to_contact(store: Store, question: str, names: tuple[str | None, ...] = ()) -> list[str]:
    """For each company the question names: the people there suggested to the user and
    not contacted yet, then the contacts there (the last called first). With no company
    named: every referral not contacted yet."""
    from debrief.store.people import people_overview

    named = _named(store, question, names)
    companies = _company_rows(store, named["company_ids"])
    if named["contact_ids"] and not companies:
        return []  # "who should I ask about Maria": not a question of whom to contact
    data = people_overview(store)
    waiting = data["not_contacted"]

    def suggested(r: dict[str, Any]) -> str:
        by = "; ".join(  # ``referrers``: every contact who named them (store.people)
            f"{s['referrer'] or 'a call with no contact'}, #{s['debrief_ids'][0]}"
            f" {str(s['recorded_at'])[:10]}"
            for s in r["referrers"]
        )
        return f"{r['name']} (suggested by {by})"

    if not companies:
        asked = [
            w
            for w in content_words(question)
            if not _has([w], _cues("reach")) and w not in _cues("reach_filler")
        ]
        if asked or named["contact_ids"]:
            return []  # "who should I talk to about salaries": the notes answer that
        if not waiting:
            return ["Everyone you were referred to has been contacted (`debrief people`)."]
        return [
            "Suggested to you, not contacted yet: "
            + "; ".join(
                suggested(r) + (f", {r['company']}" if r.get("company") else "") for r in waiting
            )
        ]
    contacts = Contacts(store)
    lines = []
    for co in companies:
        wanted = {str(co["key"])}
        there = [
            r for r in waiting if at_company(company_key(r["company"]), wanted) if r.get("company")
        ] + [
            r
            for r in waiting
            if not r.get("company")
            and r.get("referrer_company")
            and at_company(company_key(r["referrer_company"]), wanted)
        ]
        if there:
            lines.append(
                f"At {co['name']}, suggested to you and not contacted yet: "
                + "; ".join(suggested(r) for r in there)
            )
        known = sorted(
            (c for c in contacts.rows if c["company_key"] == co["key"] and c["calls"]),
            key=lambda c: str(c["last_call"]),
            reverse=True,
        )
        if known:
            lines.append(
                f"At {co['name']}, you have talked to: "
                + "; ".join(
                    f"{c['name']}"
                    + (f", {c['title']}" if c["title"] else "")
                    + f" (last call {str(c['last_call'])[:10]})"
                    for c in known
                )
            )
        if not there and not known:
            lines.append(f"{co['name']}: no one there on file yet (only mentioned)")
    return lines


def from_calls(store: Store, question: str, names: tuple[str | None, ...] = ()) -> list[str]:
    """The lines answering ``question`` from the calls, when it asks when a call was or whom
    to contact (else none); ``names``: the ``--company``/``--person`` it is narrowed to."""
    if asks_when_talked(question):
        return last_talked(store, question, date.today(), names)
    if asks_who_to_contact(question):
        return to_contact(store, question, names)
    return []


def asks_calls(question: str) -> bool:
    """Whether ``question`` asks when a call was or whom to contact."""
    return asks_when_talked(question) or asks_who_to_contact(question)
