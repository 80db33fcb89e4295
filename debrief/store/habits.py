"""The follow-up ledger's habits (issue 14): items debrief files for the user after a call.

Every filed call gets, in ``follow_ups`` next to what the user said aloud (``kind`` NULL):

- ``thanks``: a thank-you note to the contact, due the next day, unless the recap says it
  was sent or the user spoke a thank-you item of their own (which keeps its own date);
- ``reach_out``: one per referral, due in 7 days (closed by the referral's own call);
- ``tell_referrer``: on the first call with someone a contact referred, "tell <referrer>
  how it went";
- ``stay_in_touch``: per contact, counted from their last call (``stay_in_touch_days``,
  default 90, a per-person override in ``person_settings``); an earlier call's item is
  closed by the next call with the same person;
- ``offer``: what the contact said they would do for the user ("she'll send me the job
  posting"), direction ``theirs``, quoted from the recap as said; an offer to introduce
  the user to a referral of the call is closed by the first call with that person.

Texts, delays and cues live in ``pipelines/habits.toml``. A generated item is identified
by ``(debrief_id, habit_key)``: :func:`refresh` re-plans a call and updates its items in
place, so ids, done state and every field the user set (``user_fields``) survive
``debrief reextract``; an item no longer planned goes unless the user touched it.
What the user reads and closes of the ledger (``todo``, ``show``, dismissing) is
:mod:`debrief.store.ledger_view`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from debrief.config import MAX_STAY_IN_TOUCH_DAYS, Settings, coerce_setting
from debrief.errors import NotFound
from debrief.names import person_key, words
from debrief.store.db import transaction
from debrief.store.filed_late import planned_late
from debrief.store.habit_rules import mentions as _mentions
from debrief.store.habit_rules import rules
from debrief.store.habit_rules import thanks_contact as _thanks_contact
from debrief.store.ids import next_id

# What the user reads and closes of the ledger is ledger_view's; habits still offers it,
# where callers found it before.
from debrief.store.ledger_view import dismiss as dismiss
from debrief.store.ledger_view import generated as generated
from debrief.store.ledger_view import ledger as ledger
from debrief.store.met import may_name, met_referral
from debrief.store.offer_names import compiled as offer_cues
from debrief.store.people import contact_ids
from debrief.store.repo import Store
from debrief.store.respell import respell_follow_ups
from debrief.store.spoken_since import plans_reach
from debrief.store.thanks_you import contact_pronouns

#: Default days between calls with one person before a "stay in touch" item is due.
DEFAULT_STAY_IN_TOUCH_DAYS = 90
HABIT_KINDS = ("thanks", "reach_out", "tell_referrer", "stay_in_touch", "offer")
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


@dataclass
class Habit:
    """One item a call should have in the ledger."""

    habit_key: str
    kind: str
    person: str | None
    text: str
    due: str | None
    direction: str = "mine"
    done_at: str | None = None  # closed by a later call (not by the user)
    start: int | None = None
    end: int | None = None


def _day(stamp: str, days: int) -> str:  # capped: an override saved before the cap (qa69)
    days = min(days, MAX_STAY_IN_TOUCH_DAYS)
    return (datetime.fromisoformat(stamp).date() + timedelta(days=days)).isoformat()


def person_days(store: Store) -> list[tuple[str, int]]:
    """Each contact's own ``stay_in_touch_days`` (``config set ... --person``), by name."""
    return [
        (str(r["name"]), int(r["stay_in_touch_days"]))
        for r in store.rows(
            "SELECT name, stay_in_touch_days FROM person_settings"
            " WHERE stay_in_touch_days IS NOT NULL ORDER BY name COLLATE NOCASE"
        )
    ]


def stay_in_touch_days(store: Store, key: str, default: int) -> int:
    """The stay-in-touch interval for the person with ``key``: their override or ``default``."""
    row = store.rows("SELECT stay_in_touch_days FROM person_settings WHERE key = ?", [key])
    return int(row[0]["stay_in_touch_days"]) if row and row[0]["stay_in_touch_days"] else default


def plan(store: Store, debrief_id: int, default_days: int) -> list[Habit]:
    """The generated items call ``debrief_id`` should have now, in order; one ``habit_key``
    may come more than once (a referral named twice): :func:`sync` files the first."""
    r = rules()
    call = store.rows(
        "SELECT d.id, d.recorded_at, d.created_at, d.contact, d.heard_contact,"
        " c.key AS contact_key, t.text AS transcript"
        " FROM debriefs_named d LEFT JOIN contacts c ON c.id = d.contact_id"
        " LEFT JOIN transcripts t ON t.debrief_id = d.id WHERE d.id = ?",
        [debrief_id],
    )
    if not call:
        raise NotFound(f"no debrief with id {debrief_id}")
    d = call[0]
    stamp, contact, key = d["recorded_at"], d["contact"], d["contact_key"]
    transcript = d["transcript"] or ""
    spoken = store.rows(
        "SELECT id, text, start_char, end_char FROM follow_ups"
        " WHERE debrief_id = ? AND kind IS NULL",
        [debrief_id],
    )
    name = contact or f"the contact of call #{debrief_id}"
    out: list[Habit] = []

    sent = any(p.search(transcript) for p in r["thanks"]["sent"])
    if not sent and not any(_thanks_contact(s["text"], contact, r["thanks"]) for s in spoken):
        out.append(
            Habit(
                "thanks",
                "thanks",
                contact,
                r["thanks"]["text"].format(name=name),
                _day(stamp, r["thanks"]["due_days"]),
            )
        )

    referrals = store.rows(
        "SELECT name, key, company FROM people_mentioned WHERE debrief_id = ?"
        " AND relation = 'referral'"
        " ORDER BY id",
        [debrief_id],
    )
    pronouns = contact_pronouns(transcript) if referrals and spoken else None
    for p in referrals:
        if p["key"] == key:
            continue  # the contact named as their own referral
        others = [o["name"] for o in referrals if o["key"] != p["key"]] + [contact or ""]
        if any(plans_reach(s, p["name"], others, transcript, pronouns) for s in spoken):
            continue  # the user said how they will reach out: that item keeps its date
        met = met_referral(store, debrief_id, p["name"], p["company"], since=stamp)
        text = r["reach_out"]["text"].format(name=p["name"], referrer=name)
        if met.before and not met.after:  # a call with them before this one: say which
            text = r["reach_out"]["spoke_before_text"].format(
                name=p["name"], referrer=name, call=met.before[0], day=met.before[1][:10]
            )
        out.append(
            Habit(
                f"reach_out:{p['key']}",
                "reach_out",
                p["name"],
                text,
                _day(stamp, r["reach_out"]["due_days"]),
                done_at=met.at,
            )
        )

    if key:
        # Only the first call with the referral after the referral closes the loop: a
        # contact called before someone referred them still owes that referrer the news.
        # the referrals of this person by their key or another form of the name, as ids
        # (an OR of the two in one WHERE read every row of people_mentioned)
        said = store.rows("SELECT id FROM people_mentioned WHERE key = ?", [key])
        ids = [int(x["id"]) for x in said] + list(_referred_by_near_name(store, debrief_id))
        referrers = store.rows(
            "SELECT r.contact AS referrer, c.key AS referrer_key,"
            " min(r.recorded_at) AS referred_at"
            " FROM people_mentioned p JOIN debriefs_named r ON r.id = p.debrief_id"
            " JOIN contacts c ON c.id = r.contact_id"
            f" WHERE p.id IN ({','.join(map(str, ids))}) AND p.relation = 'referral'"
            " AND r.id != ? AND r.recorded_at <= ? AND c.key != ?"
            " GROUP BY c.key ORDER BY referred_at",
            [debrief_id, stamp, key],
        )
        for ref in referrers:
            earlier = store.rows(
                "SELECT 1 FROM debriefs d JOIN contacts c ON c.id = d.contact_id"
                " WHERE c.key = ? AND d.id != ? AND d.recorded_at >= ? AND (d.recorded_at < ?"
                " OR (d.recorded_at = ? AND d.id < ?)) LIMIT 1",
                [key, debrief_id, ref["referred_at"], stamp, stamp, debrief_id],
            )
            if not earlier:
                out.append(
                    Habit(
                        f"tell_referrer:{ref['referrer_key']}",
                        "tell_referrer",
                        ref["referrer"],
                        r["tell_referrer"]["text"].format(name=contact, referrer=ref["referrer"]),
                        _day(stamp, r["tell_referrer"]["due_days"]),
                    )
                )
        days = stay_in_touch_days(store, key, default_days)
        later = store.rows(
            "SELECT min(d.recorded_at) AS at FROM debriefs d JOIN contacts c ON c.id = d.contact_id"
            " WHERE c.key = ? AND d.id != ? AND (d.recorded_at > ? OR"
            " (d.recorded_at = ? AND d.id > ?))",
            [key, debrief_id, stamp, stamp, debrief_id],
        )
        out.append(
            Habit(
                "stay_in_touch",
                "stay_in_touch",
                contact,
                r["stay_in_touch"]["text"].format(name=contact),
                _day(stamp, days),
                done_at=later[0]["at"] if later else None,
            )
        )

    # "she'll send me ..." and "Sam offered to ..." (the contact's own name: offer_names)
    matchers = offer_cues(tuple(r["offer"]["cues"]), (contact, d["heard_contact"]))
    for m in _SENTENCE.finditer(transcript):
        sentence = m.group().strip()
        if not any(p.search(sentence) for p in matchers):
            continue
        offer_key = "offer:" + " ".join(words(sentence))[:120]  # said twice: one key
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        end = start + len(sentence)
        out.append(
            Habit(
                offer_key,
                "offer",
                contact,
                r["offer"]["text"].format(name=name, quote=sentence),
                None,
                direction="theirs",
                done_at=_introduced(store, sentence, referrals, debrief_id, stamp),
                start=start,
                end=end,
            )
        )
    held = _held_by_twin(store, debrief_id, key, stamp)
    out = [h for h in out if h.kind == "stay_in_touch" or h.habit_key not in held]
    return planned_late(out, stamp, d["created_at"], r["filed_late"])


def _first_call_with(
    store: Store, referral: dict[str, Any], debrief_id: int, stamp: str
) -> str | None:
    """When the user first talked to ``referral`` (a people_mentioned row of call
    ``debrief_id``) at or after ``stamp``: what closes a referral's reach-out and an
    offered introduction to them. The one rule of :func:`debrief.store.met.met_referral`,
    as `people` and `draft thanks` judge it."""
    return met_referral(
        store, debrief_id, referral["name"], referral.get("company"), since=stamp
    ).at


def _introduced(
    store: Store, sentence: str, referrals: list[dict[str, Any]], debrief_id: int, stamp: str
) -> str | None:
    """When an offer to introduce the user to a referral of the call ("she offered to
    introduce me to Raj Patel") was kept: the first call with that person after it, as for
    the referral's reach-out. Left open, `todo`, `prep` and `company` still listed the
    introduction as owed after the user had talked to them."""
    if not rules()["offer"]["intro"].search(sentence):
        return None
    for p in referrals:
        if not _mentions(sentence, p["name"]):
            continue
        met = _first_call_with(store, p, debrief_id, stamp)
        if met:
            return met
    return None


def _held_by_twin(store: Store, debrief_id: int, key: str | None, stamp: str) -> set[str]:
    """The habit keys another call with the same contact on the same day already holds.
    The same call filed twice (a typed note and the recording of one recap, or one text
    added twice) would otherwise owe two thank-you notes and reach out to the referral
    twice, and closing one would leave its twin open. Whichever filing holds the item first
    keeps it (and its id, edits and state); the other plans none. Stay-in-touch is left
    out: the later call already closes the earlier one's."""
    if not key:
        return set()
    rows = store.rows(
        "SELECT DISTINCT f.habit_key FROM follow_ups f JOIN debriefs d ON d.id = f.debrief_id"
        " JOIN contacts c ON c.id = d.contact_id WHERE c.key = ? AND d.id != ?"
        " AND substr(d.recorded_at, 1, 10) = substr(?, 1, 10) AND f.habit_key IS NOT NULL",
        [key, debrief_id, stamp],
    )
    return {str(r["habit_key"]) for r in rows}


def _overlaps(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> bool:
    if None in a or None in b:
        return False
    return a[0] < b[1] and b[0] < a[1]  # type: ignore[operator]


def sync(store: Store, debrief_id: int, wanted: list[Habit]) -> None:
    """Make the call's generated items match ``wanted``, keeping what the user set. An item
    is one per ``habit_key`` (the first of ``wanted``: a person or an offer said twice)."""
    first: dict[str, Habit] = {}
    for h in wanted:
        first.setdefault(h.habit_key, h)
    wanted = list(first.values())
    with transaction(store.db):
        # A spoken item that is an offer the contact made ("she'll send me ...") is theirs.
        for s in store.rows(
            "SELECT id, start_char, end_char FROM follow_ups WHERE debrief_id = ? AND kind IS NULL",
            [debrief_id],
        ):
            span = (s["start_char"], s["end_char"])
            hit = [h for h in wanted if h.kind == "offer" and _overlaps(span, (h.start, h.end))]
            store.db.execute(
                "UPDATE follow_ups SET direction = ? WHERE id = ?",
                ["theirs" if hit else "mine", s["id"]],
            )
            for h in hit:
                wanted.remove(h)
        old = {
            r["habit_key"]: r
            for r in store.rows(
                "SELECT id, habit_key, done_at FROM follow_ups"
                " WHERE debrief_id = ? AND habit_key IS NOT NULL",
                [debrief_id],
            )
        }
        user = store.user_fields("follow_up", [int(r["id"]) for r in old.values()])
        for h in wanted:
            values = {
                "kind": h.kind,
                "person": h.person,
                "direction": h.direction,
                "text": h.text,
                "due": h.due,
                "done_at": h.done_at,
                "start_char": h.start,
                "end_char": h.end,
            }
            found = old.pop(h.habit_key, None)
            if found is None:
                cols = ", ".join(values)
                store.db.execute(
                    f"INSERT INTO follow_ups (id, debrief_id, habit_key, {cols})"
                    f" VALUES ({next_id('follow_ups')}, ?, ?, {', '.join('?' * len(values))})",
                    [debrief_id, h.habit_key, *values.values()],
                )
                continue
            kept = user.get(int(found["id"]), {})
            changes = {k: v for k, v in values.items() if k not in kept}
            sets = ", ".join(f"{k} = ?" for k in changes)
            store.db.execute(
                f"UPDATE follow_ups SET {sets} WHERE id = ?", [*changes.values(), found["id"]]
            )
        for gone in old.values():
            if int(gone["id"]) not in user:
                store.db.execute("DELETE FROM follow_ups WHERE id = ?", [gone["id"]])
        respell_follow_ups(store, [debrief_id])  # the names as the user fixed them


def default_days(settings: Settings | None = None) -> int:
    """The ``stay_in_touch_days`` setting (the settings of the environment's data home
    when none are given)."""
    from debrief.config import load_settings

    return (settings or load_settings()).stay_in_touch_days


def refresh(store: Store, debrief_id: int, default_days: int = DEFAULT_STAY_IN_TOUCH_DAYS) -> None:
    """Re-plan the call's items, and those of the calls it changes: earlier calls with the
    same person (their stay-in-touch closes) and calls that referred this person (their
    reach-out closes)."""
    for did in [debrief_id, *related(store, debrief_id)]:
        sync(store, did, plan(store, did, default_days))


def related(store: Store, debrief_id: int) -> list[int]:
    """Calls whose generated items depend on call ``debrief_id``: the calls just before and
    just after it with the same person (their stay-in-touch and tell-the-referrer items),
    the calls that referred this person, and the calls with people it referred."""
    rows = store.rows(
        "WITH me AS (SELECT d.id, d.recorded_at, c.key FROM debriefs d"
        "   JOIN contacts c ON c.id = d.contact_id WHERE d.id = :id),"
        " same AS (SELECT d.id, d.recorded_at FROM debriefs d JOIN contacts c"
        "   ON c.id = d.contact_id WHERE c.key = (SELECT key FROM me) AND d.id != :id)"
        " SELECT * FROM (SELECT id FROM same WHERE recorded_at < (SELECT recorded_at FROM me)"
        "   OR (recorded_at = (SELECT recorded_at FROM me) AND id < :id)"
        "   ORDER BY recorded_at DESC, id DESC LIMIT 1)"
        " UNION SELECT * FROM (SELECT id FROM same WHERE recorded_at > (SELECT recorded_at FROM me)"
        "   OR (recorded_at = (SELECT recorded_at FROM me) AND id > :id)"
        "   ORDER BY recorded_at, id LIMIT 1)"
        " UNION SELECT p.debrief_id FROM people_mentioned p WHERE p.relation = 'referral'"
        " AND p.key = (SELECT key FROM me) AND p.debrief_id != :id"
        " UNION SELECT d.id FROM debriefs d JOIN contacts c ON c.id = d.contact_id"
        " WHERE c.key IN (SELECT key FROM people_mentioned WHERE debrief_id = :id"
        "   AND relation = 'referral') AND d.id != :id",
        {"id": debrief_id},
    )
    near = _referred_by_near_name(store, debrief_id)
    return sorted({int(r["id"]) for r in rows} | set(near.values()))


def _referred_by_near_name(store: Store, debrief_id: int) -> dict[int, int]:
    """The referrals (people_mentioned id -> referring call) of this call's contact by
    another form of the name ("talk to James", "Jon Whitlow" for John Whitlow):
    :func:`debrief.store.met.met_referral` is them, so this call closes those calls'
    reach-outs and tells those referrers how it went, as for the exact name."""
    me = store.rows(
        "SELECT d.contact_id, c.key FROM debriefs d JOIN contacts c ON c.id = d.contact_id"
        " WHERE d.id = ?",
        [debrief_id],
    )
    if not me or not me[0]["key"]:
        return {}
    key = str(me[0]["key"])
    candidates = store.rows(
        "SELECT id, debrief_id, name, key, company FROM people_mentioned"
        # the keys with this key's first letter, as a range the key index serves
        " WHERE relation = 'referral' AND debrief_id != ? AND key != ? AND key >= ? AND key < ?",
        [debrief_id, key, key[:1], chr(ord(key[0]) + 1)],
    )
    # met_referral reads the contacts for each referral: only for those whose name may be
    # this contact's (on a knowledge base of thousands, every referral with the same initial
    # took 0.15 s a filing, growing with the knowledge base)
    return {
        int(r["id"]): int(r["debrief_id"])
        for r in candidates
        if may_name(str(r["key"]), key)
        and any(
            c["id"] == me[0]["contact_id"]
            for c in met_referral(store, r["debrief_id"], r["name"], r["company"]).contacts
        )
    }


def refresh_all(store: Store, default_days: int = DEFAULT_STAY_IN_TOUCH_DAYS) -> int:
    """Re-plan every extracted call (after ``stay_in_touch_days`` changes). Returns how many."""
    ids = [int(r["id"]) for r in store.rows("SELECT id FROM debriefs WHERE status = 'extracted'")]
    for did in ids:
        sync(store, did, plan(store, did, default_days))
    return len(ids)


def set_person_stay_in_touch(store: Store, name: str, days: int | None) -> str:
    """Set (``None``: clear) one person's stay-in-touch interval; returns their name as
    known. Raises NotFound when no contact has that name."""
    try:  # forgiving, as `debrief person` is: "kenji" names Kenji Watanabe
        ids = contact_ids(store, name)
    except NotFound:
        referral = store.rows(
            "SELECT name FROM people_mentioned WHERE key = ? LIMIT 1", [person_key(name)]
        )
        if referral:  # named in a call, never called: there is no last call to count from
            raise NotFound(
                f"{referral[0]['name']} has no call yet (only named in one); stay in touch"
                " counts from your last call with someone, so set it after you talk"
            ) from None
        raise NotFound(f"no contact named {name!r}; see `debrief people`") from None
    row = store.rows("SELECT key, name FROM contacts WHERE id = ?", [ids[0]])[0]
    key, known = str(row["key"]), str(row["name"])
    with transaction(store.db):
        store.db.execute(
            "INSERT INTO person_settings (key, name, stay_in_touch_days) VALUES (?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET stay_in_touch_days = excluded.stay_in_touch_days",
            [key, known, days],
        )
    return known


def set_person_days(store: Store, settings: Settings, person: str, value: str) -> str:
    """``debrief config set stay_in_touch_days N --person NAME``: one person's interval
    (``none`` clears it), then their calls' stay-in-touch items are re-planned. Returns
    the person's name as known."""
    days: int | None = None
    if value.strip().lower() not in {"none", "default", ""}:
        days = coerce_setting("stay_in_touch_days", value, "argument")  # whole days, > 0
    known = set_person_stay_in_touch(store, person, days)
    for debrief_id in person_debriefs(store, known):
        refresh(store, debrief_id, default_days(settings))
    return known


def person_debriefs(store: Store, name: str) -> list[int]:
    """The calls with the contact called ``name``."""
    return [
        int(r["id"])
        for r in store.rows(
            "SELECT d.id FROM debriefs d JOIN contacts c ON c.id = d.contact_id WHERE c.key = ?",
            [person_key(name)],
        )
    ]
