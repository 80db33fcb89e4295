"""Which of the user's own spoken steps to reach a referral ("I'll email Marcus next
Monday") the user has since done by talking to that person.

A referral gets a generated "reach out" item unless the user said how they will reach them
(:func:`debrief.store.habits.plan`): then the spoken step is the item, and it keeps its own
date. The generated item closes itself with the referral's call (the one rule of
:mod:`debrief.store.met`); the spoken one stayed open in `todo` with nothing to say the
call happened. It is the user's own words, so it is never closed or dropped for them (the
step may say more than a call covers: "email Marcus my portfolio"); the lists say
"spoken with Marcus Oyelaran since (call #4)" beside it, and `debrief done ID` closes it.

A step is about a referral when :func:`debrief.store.habits.plan` takes it as the plan to
reach them (it names them, or reaches them by pronoun right after they were named): the
same reading that kept their generated item from being filed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from debrief.names import words
from debrief.store.habit_rules import mentions as _mentions
from debrief.store.habit_rules import rules
from debrief.store.met import Contacts, met_referrals
from debrief.store.repo import Store
from debrief.store.thanks_you import contact_pronouns


def last_mention(text: str, name: str) -> int:
    """Where ``text`` last names a word of ``name`` (-1: nowhere)."""
    spans = [
        m.start()
        for w in words(name)
        if len(w) > 1
        for m in re.finditer(rf"\b{re.escape(w)}\b", text, re.IGNORECASE)
    ]
    return max(spans, default=-1)


#: Which of the contact's pronouns (``he``/``she``) an object pronoun would be.
_OBJECT = {"him": "he", "her": "she"}


def plans_reach(
    spoken: dict[str, Any], name: str, others: list[str], transcript: str, contact: str | None
) -> bool:
    """Whether the spoken follow-up is the user's plan to reach ``name``: it names them, or
    it reaches someone by pronoun ("I will email him") and ``name`` is who was named last
    before it (in its sentence or the one before; nobody in ``others`` since) and, unless
    in the same sentence, the pronoun is not the contact's own (``contact``: he/she)."""
    if _mentions(spoken["text"], name):
        return True
    cue = rules()["reach_out"]["planned"].search(spoken["text"])
    if not cue or spoken["start_char"] is None:
        return False
    before = transcript[: spoken["start_char"]]
    last = last_mention(before, name)
    if last < 0 or any(last_mention(before, o) > last for o in others):
        return False
    stops = len(re.findall(r"[.!?](?:\s|$)", before[last:]))
    if stops == 0:
        return True
    return stops == 1 and _OBJECT.get(cue.group(1).lower()) != contact


def spoken_since(store: Store, ids: list[int]) -> dict[int, tuple[str, int]]:
    """For the open spoken follow-ups among ``ids``: follow-up id -> (the referral's name,
    the id of the first call with them at or after the referring call), for each step that
    plans to reach a referral the user has since talked to."""
    if not ids:
        return {}
    # only the rows of the steps asked for, their calls and the calls' referrals, read in
    # chunks of ids under SQLite's limit on parameters (a ledger of thousands of items)
    steps = _rows_in(
        store,
        "SELECT f.id, f.debrief_id, f.text, f.start_char FROM follow_ups f"
        " WHERE f.id IN ({}) AND f.done_at IS NULL AND f.kind IS NULL"
        " AND f.direction = 'mine' AND EXISTS (SELECT 1 FROM people_mentioned p"
        " WHERE p.debrief_id = f.debrief_id AND p.relation = 'referral') ORDER BY f.id",
        sorted(set(ids)),
    )
    by_call: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for s in steps:
        by_call[int(s["debrief_id"])].append(s)
    out: dict[int, tuple[str, int]] = {}
    contacts = Contacts(store, lazy=True)  # one cache for every referral looked up
    call_ids = sorted(by_call)
    calls = {
        int(r["id"]): r
        for r in _rows_in(
            store,
            "SELECT d.id, d.contact, c.key AS contact_key FROM debriefs_named d"
            " LEFT JOIN contacts c ON c.id = d.contact_id WHERE d.id IN ({})",
            call_ids,
        )
    }
    named: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in _rows_in(
        store,
        "SELECT debrief_id, name, key, company FROM people_mentioned"
        " WHERE relation = 'referral' AND debrief_id IN ({}) ORDER BY id",
        call_ids,
    ):
        named[int(r["debrief_id"])].append(r)
    # each step with the referrals it plans to reach (a call's first such referral the
    # user has since talked to marks it), then whether they were met: in one batch
    reaching: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    for debrief_id, said in by_call.items():
        if debrief_id not in calls:
            continue
        key = calls[debrief_id]["contact_key"]
        referrals = named[debrief_id]
        said_in = _Said(store, debrief_id)
        for p in referrals:
            if p["key"] == key:
                continue
            others = [o["name"] for o in referrals if o["key"] != p["key"]]
            others.append(calls[debrief_id]["contact"] or "")
            mine = [s for s in said if _reaches(s, str(p["name"]), others, said_in)]
            if mine:
                reaching.append((p, mine))
    met = met_referrals(
        store,
        [(int(p["debrief_id"]), str(p["name"]), p["company"]) for p, _ in reaching],
        contacts=contacts,
    )
    for (p, mine), m in zip(reaching, met, strict=True):
        if m.after:
            for s in mine:
                out.setdefault(int(s["id"]), (str(p["name"]), m.after[0]))
    return out


#: Ids per ``IN (...)``: under SQLite's default limit on parameters (999 before 3.32).
CHUNK = 900


def _rows_in(store: Store, sql: str, ids: list[int]) -> list[dict[str, Any]]:
    """``sql`` (one ``IN ({})``) for ``ids``, CHUNK at a time; rows in chunk order."""
    rows: list[dict[str, Any]] = []
    for at in range(0, len(ids), CHUNK):
        part = ids[at : at + CHUNK]
        rows += store.rows(sql.format(",".join("?" * len(part))), part)
    return rows


class _Said:
    """A call's transcript and its contact's pronouns, read only when a step reaches
    someone by pronoun (most name them: :func:`_reaches` needs neither then)."""

    def __init__(self, store: Store, debrief_id: int) -> None:
        self.store, self.debrief_id = store, debrief_id
        self._text: str | None = None
        self._pronouns: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            row = self.store.rows(
                "SELECT text FROM transcripts WHERE debrief_id = ?", [self.debrief_id]
            )
            self._text = str(row[0]["text"] or "") if row else ""
            self._pronouns = contact_pronouns(self._text)
        return self._text

    @property
    def pronouns(self) -> str | None:
        _ = self.text
        return self._pronouns


def _reaches(step: dict[str, Any], name: str, others: list[str], said: _Said) -> bool:
    """:func:`plans_reach`, reading the transcript only for a step with a reaching cue
    that does not name ``name``."""
    if _mentions(step["text"], name):
        return True
    if not rules()["reach_out"]["planned"].search(step["text"]):
        return False
    return plans_reach(step, name, others, said.text, said.pronouns)


def mark_rows(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each follow-up row (``id``, ``done_at``) with ``spoken_since`` ({name, debrief_id})
    where :func:`spoken_since` finds the referral called since: every view that lists the
    user's follow-ups (the ledger, `company`, `person`) says so beside it."""
    since = spoken_since(store, [int(r["id"]) for r in rows if r.get("done_at") is None])
    for r in rows:
        met = since.get(int(r["id"]))
        if met:
            r["spoken_since"] = {"name": met[0], "debrief_id": met[1]}
    return rows
