"""Whether the user has talked to a referral: one rule for the ledger, the thank-you note
and the people views.

A referral ("she suggested I reach out to Diego Santos") is *met* by the first filed call
whose contact is that person, recorded at or after the referring call (a call from before
it is ``before``: "spoke before: #3", not the contact). `todo`/`review` close the
"reach out" item and an offered introduction with it (:mod:`debrief.store.habits`),
`draft thanks` says "I have since spoken with her" (:mod:`debrief.store.thanks`) and
`people`/`person` show "contacted #N" (:mod:`debrief.store.people`). Each once had its own
query and they drifted: the ledger and the note matched by the exact name key only, so
"talk to James" stayed owed in `todo` while `people` showed James Chen contacted; the note
counted only extracted calls.

The same person (:meth:`Contacts.match`, then :func:`referral_contacts`):

1. their name keys are equal (case, accents, punctuation ignored), or
2. the referral is a first name alone, it is the contact's first name, and the contact is
   at the company the referral was said to be at (else at the referrer's company), or
3. both are full names spelled close (rapidfuzz ratio >= 88, same first letter);

never the referrer themself. Two contacts of one name at two companies (Sam Lee at Globex,
Sam Lee at Stripe): a referral said with a company ("Sam Lee, a designer at Stripe") is
only a contact of that name at that company (or one whose company is unknown; the company
said short or in full, "Fern Castle" for Fern Castle Robotics, is the same): a call with
the Globex Sam Lee does not contact them. Said without one, the contacts at the referrer's
company are the person when there are any, else every contact of that name is (nothing
tells them apart; the referral's company is unknown).

The call: any filed debrief with that contact, whatever its status. A call whose
extraction later failed (`status = 'failed'`, its contact kept from the recording's
filing) still happened: the user did talk to them. The referring call itself never
counts; a call at the same minute as the referral does (a twin filing of another call).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from debrief.names import company_key, person_key
from debrief.store.repo import Store

FUZZY_PERSON = 88.0


_WHO = (
    "SELECT c.id, c.name, c.key, c.title, co.name AS company, co.key AS company_key"
    " FROM contacts c LEFT JOIN companies co ON co.id = c.company_id"
)


class Contacts:
    """Every contact, indexed for matching people's names against them.

    With ``lazy`` nothing is read up front: each lookup is a query (indexed by name key),
    for a few names among many contacts (the weekly review's referrals). Either way
    :meth:`match` is the one rule.
    """

    def __init__(self, store: Store, *, lazy: bool = False) -> None:
        self.store = store
        self.lazy = lazy
        self.rows: list[dict[str, Any]] = []
        self._by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._by_first: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._full_keys: list[str] | None = None
        if lazy:
            return
        self.rows = store.rows(
            "SELECT c.id, c.name, c.key, c.title, co.name AS company, co.key AS company_key,"
            " count(d.id) AS calls, min(d.recorded_at) AS first_call,"
            " max(d.recorded_at) AS last_call"
            " FROM contacts c LEFT JOIN companies co ON co.id = c.company_id"
            " LEFT JOIN debriefs d ON d.contact_id = c.id"
            " GROUP BY c.id ORDER BY c.name COLLATE NOCASE, c.id"
        )
        for row in self.rows:
            self._by_key[row["key"]].append(row)
            if row["key"]:
                self._by_first[row["key"].split()[0]].append(row)
        self._full_keys = [k for k in self._by_key if len(k.split()) >= 2]

    @property
    def by_key(self) -> dict[str, list[dict[str, Any]]]:
        return self._by_key

    def with_key(self, key: str) -> list[dict[str, Any]]:
        if self.lazy and key not in self._by_key:
            self.preload([key])
        return self._by_key.get(key, [])

    def preload(self, keys: list[str]) -> None:
        """Lazy: read the contacts of every key of ``keys`` not read yet, a few hundred keys
        a query (a batch of thousands of referrals read them one query each), and remember
        the keys no contact has (they were read again at each lookup)."""
        if not self.lazy:
            return
        todo = sorted({k for k in keys if k and k not in self._by_key})
        for i in range(0, len(todo), 500):
            part = todo[i : i + 500]
            marks = ",".join("?" * len(part))
            found: dict[str, list[dict[str, Any]]] = {k: [] for k in part}
            for row in self.store.rows(_WHO + f" WHERE c.key IN ({marks}) ORDER BY c.id", part):
                found.setdefault(row["key"], []).append(row)
            self._by_key.update(found)

    def with_first_name(self, first: str) -> list[dict[str, Any]]:
        if self.lazy and first not in self._by_first:
            self._by_first[first] = self.store.rows(
                _WHO + " WHERE c.key = ? OR c.key LIKE ? ORDER BY c.id", [first, first + " %"]
            )
        return self._by_first.get(first, [])

    def full_keys(self) -> list[str]:
        """The keys of two words or more (a first name alone is never fuzzy-matched)."""
        if self._full_keys is None:
            keys = (r[0] for r in self.store.db.execute("SELECT DISTINCT key FROM contacts"))
            self._full_keys = [k for k in keys if len(k.split()) >= 2]
        return self._full_keys

    def match(self, key: str, company_keys: list[str]) -> list[dict[str, Any]]:
        """Contacts who are the person ``key`` said to be at one of ``company_keys``: the
        same name key; a first name alone at one of those companies; else a near spelling
        of the whole name (same first letter)."""
        if not key:
            return []
        exact = self.with_key(key)
        if exact:
            return exact
        words = key.split()
        if len(words) == 1:
            wanted = {k for k in company_keys if k}
            return [c for c in self.with_first_name(words[0]) if c["company_key"] in wanted]
        found = process.extractOne(
            key, self.full_keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_PERSON
        )
        if found and found[0][0] == key[0]:
            return self.with_key(found[0])
        return []


def may_name(key: str, contact_key: str) -> bool:
    """Whether :meth:`Contacts.match` could take the referral ``key`` for the contact whose
    key is ``contact_key`` (another key than ``key``): a first name alone that is theirs, or a
    full name spelled close (the fuzzy step's score, the same first letter). A cheap test
    that lets a caller with many referrals in hand run :func:`met_referral` on the few it
    may decide for, with the same answer."""
    words = key.split()
    if len(words) == 1:
        return words[0] == contact_key.split()[0]
    return key[:1] == contact_key[:1] and fuzz.ratio(key, contact_key) >= FUZZY_PERSON


Call = tuple[int, str]


@dataclass(frozen=True)
class Met:
    """Who a referral is among the contacts and the calls around the referral: ``after``
    (id, recorded_at) the first call with them at or after it, ``before`` the last one
    before it."""

    contacts: list[dict[str, Any]]
    after: Call | None
    before: Call | None

    @property
    def at(self) -> str | None:
        return self.after[1] if self.after else None


def referral_contacts(
    contacts: Contacts,
    key: str,
    company_keys: list[str],
    referrer_id: int | None,
    *,
    said_at: bool = False,
) -> list[dict[str, Any]]:
    """The contacts who are the referral ``key`` said to be at ``company_keys`` (see the
    module's rule), never the referrer."""
    found = [c for c in contacts.match(key, company_keys) if c["id"] != referrer_id]
    wanted = {k for k in company_keys if k}
    if said_at:
        return [c for c in found if not c["company_key"] or at_company(c["company_key"], wanted)]
    if len(found) > 1:
        found = [c for c in found if c["company_key"] in wanted] or found
    return found


def at_company(key: str, wanted: set[str]) -> bool:
    """Whether the company ``key`` is one of ``wanted`` or a longer or shorter form of one,
    word for word from the start: a referral said at "Fern Castle" is the contact filed at
    "Fern Castle Robotics" (people say a company's short name); Globex is never Stripe."""
    return any(key == w or key.startswith(w + " ") or w.startswith(key + " ") for w in wanted)


def met_referral(
    store: Store,
    debrief_id: int,
    name: str,
    company: str | None = None,
    *,
    contacts: Contacts | None = None,
    since: str | None = None,
) -> Met:
    """Whether the user talked to ``name``, referred (said with ``company`` or not) on call
    ``debrief_id``: the one rule of the module docstring. ``since`` defaults to that call's
    time; ``contacts`` lets a view that reads every contact once share it."""
    return met_referrals(store, [(debrief_id, name, company)], contacts=contacts, since=since)[0]


def met_referrals(
    store: Store,
    referrals: list[tuple[int, str, str | None]],
    *,
    contacts: Contacts | None = None,
    since: str | None = None,
) -> list[Met]:
    """:func:`met_referral` for each ``(debrief_id, name, company)``, in order: the
    referring calls in one read and every call with the people found in one more (a list
    of thousands of referrals read three rows each, one by one)."""
    if not referrals:
        return []
    contacts = contacts or Contacts(store, lazy=True)
    contacts.preload([person_key(name) for _, name, _ in referrals])
    ids = ",".join(str(i) for i in sorted({int(r[0]) for r in referrals}))
    calls = {
        int(r["id"]): r
        for r in store.rows(
            "SELECT d.id, d.recorded_at, d.contact_id, co.key AS company_key FROM debriefs d"
            f" LEFT JOIN companies co ON co.id = d.company_id WHERE d.id IN ({ids})"
        )
    }
    found: list[list[dict[str, Any]]] = []
    for debrief_id, name, company in referrals:
        call = calls.get(int(debrief_id))
        if call is None:
            found.append([])
            continue
        found.append(
            referral_contacts(
                contacts,
                person_key(name),
                [company_key(company) if company else call["company_key"]],
                call["contact_id"],
                said_at=bool(company),
            )
        )
    people = sorted({int(c["id"]) for f in found for c in f})
    with_them: dict[int, list[Call]] = defaultdict(list)
    if people:
        for row in store.db.execute(
            "SELECT id, recorded_at, contact_id FROM debriefs"
            f" WHERE contact_id IN ({','.join(map(str, people))})"
        ):
            with_them[int(row[2])].append((int(row[0]), str(row[1])))
    out = []
    for (debrief_id, _, _), f in zip(referrals, found, strict=True):
        if not f:
            out.append(Met([], None, None))
            continue
        at = since or str(calls[int(debrief_id)]["recorded_at"])
        # by time, then id, as SQL orders them; the referring call itself never counts
        theirs = sorted(
            (c for cid in {int(c["id"]) for c in f} for c in with_them[cid]),
            key=lambda c: (c[1], c[0]),
        )
        theirs = [c for c in theirs if c[0] != int(debrief_id)]
        after = next((c for c in theirs if c[1] >= at), None)
        before = next((c for c in reversed(theirs) if c[1] < at), None)
        out.append(Met(f, after, before))
    return out
