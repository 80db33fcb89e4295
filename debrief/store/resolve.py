"""The user's names: name resolution against the names on file.

Names are what the knowledge base is keyed on, and they are what speech recognition gets
wrong. Two defences, both from the names already on file:

* the vocabulary Whisper is primed with, the names the next recap is most likely to say:
  :func:`debrief.store.vocabulary.vocabulary`;
* :func:`resolve_extraction` maps a name extraction found in a transcript onto a known person
  or company when it is close in spelling and sound (:func:`debrief.names.sounds_like`),
  keeping what was heard; an unknown name stays new. A correction the user made (rename,
  merge, the confirm prompt) is an alias: the same mishearing resolves to it next time.
  A spoken name not on file has its unknown spellings repaired against the census name
  lists (:func:`spelled_name`, :mod:`debrief.names_spelling`), still flagged if unsure.
  The names filed while Whisper was unsure of their spelling: :mod:`debrief.store.unsure`.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from debrief.models import Extraction
from debrief.names import (
    company_key,
    person_key,
    sound_key,
    sounds_like,
)
from debrief.store.db import now_iso, transaction
from debrief.store.extracted import Heard, typed_company
from debrief.store.heard_how import RESOLVED, SPELLING, renamed_how
from debrief.store.met import at_company
from debrief.store.repo import Store


@dataclass
class _Known:
    """A person or company on file, as candidates for resolution."""

    name: str
    company_key: str | None = None


def _known_people(store: Store, skip: int, first: str | None = None) -> dict[str, list[_Known]]:
    """People on file (contacts with their company, people mentioned with the company said
    for them) by key, outside debrief ``skip``; with ``first``, only the full names that
    start with that first name (one narrow query instead of the whole table)."""
    people: dict[str, list[_Known]] = defaultdict(list)
    narrow, args = ("", []) if first is None else (" AND {} LIKE ? ESCAPE '\\'", [_starts(first)])
    for r in store.rows(
        "SELECT c.name, c.key, co.key AS company_key FROM contacts c"
        " JOIN debriefs d ON d.contact_id = c.id"
        " LEFT JOIN companies co ON co.id = c.company_id WHERE d.id != ?"
        + narrow.format("c.key")
        + " UNION SELECT p.name, p.key, NULL FROM people_mentioned p WHERE p.debrief_id != ?"
        + narrow.format("p.key"),
        [skip, *args, skip, *args],
    ):
        people[r["key"]].append(_Known(r["name"], r["company_key"]))
    for r in store.rows(
        "SELECT p.key, p.company FROM people_mentioned p"
        " WHERE p.company IS NOT NULL AND p.debrief_id != ?" + narrow.format("p.key"),
        [skip, *args],
    ):
        for known in people.get(r["key"], []):
            known.company_key = known.company_key or company_key(r["company"])
    return people


def _starts(first: str) -> str:
    """A LIKE pattern for the keys "<first> ...", ``first``'s own wildcards escaped."""
    escaped = first.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + " %"


def _one_full_name(known: Iterable[_Known], place: str) -> str | None:
    """The one full name among ``known`` (people with one first name) at company ``place``;
    None for none or two (Mia Kovac and Mia Ortiz: a first name cannot tell)."""
    found = {k.name for k in known if k.company_key == place}
    keys = {person_key(n) for n in found}
    return min(found) if len(keys) == 1 else None


class Resolver:
    """Known people and companies (other debriefs than the one being resolved) and aliases."""

    def __init__(self, store: Store, debrief_id: int | None = None) -> None:
        skip = debrief_id if debrief_id is not None else -1
        self.people = _known_people(store, skip)
        self.companies: dict[str, str] = {
            r["key"]: r["name"]
            for r in store.rows(
                "SELECT DISTINCT co.key, co.name FROM companies co"
                " LEFT JOIN companies_mentioned m ON m.company_id = co.id"
                " LEFT JOIN debriefs d ON d.company_id = co.id"
                " WHERE (m.debrief_id IS NOT NULL AND m.debrief_id != ?)"
                " OR (d.id IS NOT NULL AND d.id != ?)",
                [skip, skip],
            )
        }
        self.aliases = {
            (r["kind"], r["heard_key"]): r["name"]
            for r in store.rows("SELECT kind, heard_key, name FROM aliases")
        }
        self._lists: dict[str, tuple[list[str], list[str], list[str]]] = {}
        self._by_first: dict[str, list[_Known]] | None = None  # full names by first name

    def _shortlist(self, kind: str, key: str, keys: list[str]) -> list[str]:
        """Keys worth scoring against ``key``: close in spelling or in sound (rapidfuzz's C
        loops pick them from thousands; :func:`sounds_like` then decides on a few)."""
        if kind not in self._lists:
            self._lists[kind] = (
                keys,
                [k.replace(" ", "") for k in keys],
                [sound_key(k) for k in keys],
            )
        keys, compact, sounds = self._lists[kind]
        picked = {
            i
            for _, _, i in process.extract(
                key.replace(" ", ""), compact, scorer=fuzz.ratio, score_cutoff=40, limit=25
            )
        }
        picked |= {
            i
            for _, _, i in process.extract(
                sound_key(key), sounds, scorer=fuzz.ratio, score_cutoff=75, limit=25
            )
        }
        return [keys[i] for i in sorted(picked)]

    def company(self, heard: str | None, *, fuzzy: bool) -> str | None:
        """The known company ``heard`` names, or None (unknown, or already exact)."""
        if not heard:
            return None
        key = company_key(heard)
        alias = self.aliases.get(("company", key))
        if alias:
            return alias if company_key(alias) != key else None
        if key in self.companies or not fuzzy:
            return None
        near = self._shortlist("company", key, list(self.companies))
        return _best([(self.companies[k], sounds_like(heard, k, company=True)) for k in near])

    def spelled(self, name: str) -> str:
        """``name`` as the company on file under the same key is spelled ("CERNER" after
        `rename company CERNER Cerner`): a mention's free-text company follows the user's
        spelling through `reextract` as the contact's company does."""
        alias = self.aliases.get(("company", company_key(name)))
        # The company on file under the alias's key spells it (an alias filed before qa39
        # was cleaned: "Shopify" for the company renamed "Shopify Inc").
        return self.companies.get(company_key(alias or name)) or alias or name

    def person(self, heard: str | None, company: str | None, *, fuzzy: bool) -> str | None:
        """The known person ``heard`` names (``company``: where they were said to be)."""
        if not heard:
            return None
        key = person_key(heard)
        alias = self.aliases.get(("person", key))
        if alias:
            return alias if person_key(alias) != key else None
        place = company_key(company) if company else None
        full = self.full_name(key, place)
        if full:
            return full
        if key in self.people or not fuzzy:
            return None
        return _best(
            [
                (
                    k.name,
                    sounds_like(heard, k.name, same_place=bool(place) and k.company_key == place),
                )
                for near in self._shortlist("person", key, list(self.people))
                for k in self.people[near]
            ]
        )

    def full_name(self, key: str, place: str | None) -> str | None:
        """The one full name on file at company ``place`` whose first name is ``key``, a
        first name alone ("Mia" at Figma is the Mia Kovac of Figma); None when there is no
        such person, or two (Mia Kovac and Mia Ortiz: a first name cannot tell)."""
        if not place or " " in key:
            return None
        if self._by_first is None:
            self._by_first = defaultdict(list)
            for near, known in self.people.items():
                if " " in near:
                    self._by_first[near.split()[0]].extend(known)
        return _one_full_name(self._by_first.get(key, ()), place)

    def said_short(self, person: str, company: str) -> str | None:
        """The company on file for ``person`` (a contact called before, or a referral said
        at it) that ``company`` names by a shorter or longer form, word for word from the
        start ("Dev Anand at Bellhaven", referred at Bellhaven Health): people say a
        company's short name, and the call belongs with the rest of that company's
        (:func:`debrief.store.met.at_company`, the rule a referral is matched by). None
        when ``company`` is a company on file itself, or when two companies of theirs fit."""
        said = company_key(company)
        found = {
            known.company_key
            for known in self.people.get(person_key(person), [])
            if known.company_key
            and known.company_key != said
            and known.company_key in self.companies
            and at_company(known.company_key, {said})
        }
        if said in self.companies or len(found) != 1:
            return None  # a company on file by that very name stays; two of theirs: unsure
        return self.companies[found.pop()]

    def company_of(self, person: str, mentioned: list[str], text: str = "") -> str | None:
        """The company on file for ``person`` when the recap mentions it (among the
        companies extraction found, or in ``text``): a contact's company the extraction did
        not tie to them ("Jesus security engineer at X")."""
        said = {company_key(c) for c in mentioned}
        spoken = f" {person_key(text)} "
        for known in self.people.get(person_key(person), []):
            key = known.company_key
            if key and (key in said or f" {key} " in spoken):
                return self.companies.get(key)
        return None


def _best(scored: list[tuple[str, float]]) -> str | None:
    """The best-scoring name, unless nothing scored or two different names tie closely."""
    scored = sorted((s for s in scored if s[1] > 0), key=lambda s: -s[1])
    if not scored:
        return None
    if (
        len(scored) > 1
        and scored[0][1] - scored[1][1] < 2.0
        and person_key(scored[0][0]) != person_key(scored[1][0])
    ):
        return None  # ambiguous: keep what was heard
    return scored[0][0]


def resolve_extraction(
    store: Store,
    extraction: Extraction,
    *,
    debrief_id: int | None = None,
    spoken: bool = True,
    text: str = "",
) -> tuple[Extraction, Heard]:
    """``extraction`` with its names resolved to known people and companies, and what was
    heard where a name changed. ``spoken``: the text came from speech recognition, so close
    spellings and sounds count; a typed recap only follows the user's aliases. ``text``: the
    transcript (where a known contact's company may be named)."""
    resolver = Resolver(store, debrief_id)
    out = copy.deepcopy(extraction)
    heard = Heard(people=[None] * len(out.people_mentioned))
    out.companies_mentioned = [
        resolver.company(c, fuzzy=spoken) or c for c in out.companies_mentioned
    ]
    contact = out.contact
    company = resolver.company(contact.company, fuzzy=spoken)
    if company:
        heard.company, contact.company = contact.company, company
    name, how = resolver.person(contact.name, contact.company, fuzzy=spoken), RESOLVED
    if not name and spoken:  # not on file: a heard spelling no name list knows is repaired
        name, how = spelled_name(contact.name, changed=True), SPELLING
    if name:
        heard.contact, heard.contact_how, contact.name = contact.name, how, name
    if contact.name:
        # A known contact's company, when the recap names it, fills a missing company; in
        # speech it also wins over a company nobody has on file ("Siobhan Okonkwo, Chisa
        # Security Engineer at CrowdStrike" gave the company "Chisa Security Engineer").
        short = resolver.said_short(contact.name, contact.company) if contact.company else None
        if short:  # "Dev Anand at Bellhaven", referred at Bellhaven Health: that company
            said = company_key(contact.company)
            out.companies_mentioned = [
                short if company_key(c) == said else c for c in out.companies_mentioned
            ]
            heard.company = heard.company or contact.company
            contact.company = short
        known = resolver.company_of(contact.name, out.companies_mentioned, text)
        unknown = bool(contact.company) and company_key(contact.company) not in resolver.companies
        if known and (not contact.company or (spoken and unknown)):
            if contact.company and company_key(contact.company) != company_key(known):
                heard.company = heard.company or contact.company
            contact.company = known
    for n, person in enumerate(out.people_mentioned):
        if person.company:
            person.company = resolver.company(person.company, fuzzy=spoken) or resolver.spelled(
                person.company
            )
        found, how = resolver.person(person.name, person.company, fuzzy=spoken), RESOLVED
        if not found and not person.company and person.relation == "referral":
            # A referral's first name said without a company is at the contact's ("talk to
            # Tom": Tom of the contact's company), as debrief.store.people matches referrals.
            place = company_key(contact.company) if contact.company else None
            found = resolver.full_name(person_key(person.name), place)
        if not found and spoken:
            found, how = spelled_name(person.name, changed=True), SPELLING
        if found:
            heard.people[n], heard.people_how[n], person.name = person.name, how, found
    return out, heard


def spelled_name(heard: str | None, *, changed: bool = False) -> str | None:
    """A name heard by Whisper and not on file, its unknown spellings repaired against the
    census name lists ("Grassiela Montoya" -> "Graciela Montoya"); see
    :mod:`debrief.names_spelling` and README, "Names that survive speech". ``changed``:
    None when the repair left the name as heard."""
    if not heard:
        return None
    from debrief.extract.lexicon import non_name_words
    from debrief.names_spelling import repair_name

    spelled = repair_name(heard, non_name_words())
    return None if changed and spelled == heard else spelled


def complete_first_names(store: Store, debrief_id: int) -> None:
    """File the earlier calls and referrals that knew a debrief's contact by first name
    alone under their full name, now that it is known: one person for `debrief people`,
    the reach-out ledger and stay-in-touch (which match people by ``key``).

    A contact "Mia" of Figma becomes the contact "Mia Kovac" of Figma (their calls are
    one person's), and a referral "Tom" said at Figma (or by a Figma contact) becomes "Tom
    Reyes" when Tom Reyes of Figma is this debrief's contact; the referral keeps what was
    heard. Only when the company has one full name with that first name, and never a
    name the user set (``--contact``, `edit`). Re-extraction files them alike
    (:meth:`Resolver.full_name`)."""
    found = store.rows(
        "SELECT c.id, c.name, c.key, c.company_id, co.key AS company_key FROM debriefs d"
        " JOIN contacts c ON c.id = d.contact_id JOIN companies co ON co.id = c.company_id"
        " WHERE d.id = ?",
        [debrief_id],
    )
    if not found or " " not in found[0]["key"]:
        return
    me = found[0]
    first = me["key"].split()[0]
    # Resolver.full_name's rule, over the full names starting with this first name only
    # (a whole Resolver here read every person on file on every filing and re-extraction).
    known = [k for near, ks in _known_people(store, -1, first).items() if " " in near for k in ks]
    one = _one_full_name(known, me["company_key"])
    if one is None or person_key(one) != me["key"]:
        return  # two full names share the first name here: "Mia" could be either
    with transaction(store.db):
        for old in store.rows(
            "SELECT c.id FROM contacts c WHERE c.key = ? AND c.company_id = ?"
            " AND NOT EXISTS"
            " (SELECT 1 FROM debriefs d WHERE d.contact_id = c.id AND d.contact_override"
            " IS NOT NULL)",
            [first, me["company_id"]],
        ):
            store.move_contact(old["id"], me["id"])  # as `debrief merge person` moves one
        for ref in store.rows(
            "SELECT p.id, p.name, p.company, co.key AS referrer_company FROM people_mentioned p"
            " JOIN debriefs_named d ON d.id = p.debrief_id"
            " LEFT JOIN companies co ON co.id = d.company_id"
            " WHERE p.key = ? AND p.relation = 'referral' AND p.debrief_id != ?",
            [first, debrief_id],
        ):
            place = company_key(ref["company"]) if ref["company"] else ref["referrer_company"]
            if place == me["company_key"]:
                store.db.execute(
                    "UPDATE people_mentioned SET name = ?, key = ?, heard = coalesce(heard, ?),"
                    f" heard_how = {renamed_how('heard_how')} WHERE id = ?",
                    [me["name"], me["key"], ref["name"], ref["id"]],
                )


def add_alias(store: Store, kind: str, heard: str, name: str) -> None:
    """Remember that ``heard`` means ``name`` (a ``person`` or ``company``). The same name
    (a rename to itself) is kept too: the user confirmed its spelling, so it is no longer
    "heard unsure" (:func:`debrief.store.unsure.unsure_names_of`) and joins the vocabulary
    as theirs."""
    key = company_key(heard) if kind == "company" else person_key(heard)
    # The company as the user typed it ("Shopify Inc", not "Shopify"): the alias is what a
    # later mention of it is filed as (Resolver.spelled), so the name they chose shows.
    target = typed_company(name) if kind == "company" else name.strip()
    if not key:
        return
    with transaction(store.db):
        store.db.execute(
            "INSERT INTO aliases (kind, heard_key, name, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (kind, heard_key) DO UPDATE SET name = excluded.name,"
            " created_at = excluded.created_at",
            [kind, key, target, now_iso()],
        )
        # Aliases pointing at the old name follow it (A -> B, then B -> C: A -> C).
        store.db.execute(
            "UPDATE aliases SET name = ? WHERE kind = ? AND name = ?", [target, kind, heard]
        )
