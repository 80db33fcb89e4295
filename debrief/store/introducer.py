"""The person who sent the user to a call's contact, named in that call, is no new referral.

A recap of a call the user got through a referral names the referrer back ("Omar
Castellanos, who Dana pointed me to"), and extraction can take that name for a referral
of this call: the user then owed "Reach out to Dana Whitfield (suggested by Omar...; spoke
before: call #1)", `people` and `review` listed Dana, already called, as a referral not yet
contacted, the referral chain read "Omar Castellanos -> Dana Whitfield" beside "Dana
Whitfield -> Omar Castellanos", and the thank-you note to Omar thanked him "for suggesting
I reach out to Dana Whitfield; I will" (docs/extraction-history.md, "qa65"). The user has
already talked to that person, and that person's call named this contact as a referral:
the name is the introducer, filed as ``mentioned``.

Reads the ``people_mentioned`` referrals of a call and of the calls whose people it
referred (a referring call filed after the call it led to: an old memo filed late), with
the one rule of who a referral is (:func:`debrief.store.met.met_referral`). Run on filing
and re-extraction, before the ledger is planned (:func:`debrief.store.habits.refresh`).
"""

from __future__ import annotations

from debrief.store.met import met_referral
from debrief.store.repo import Store


def mark_introducers(store: Store, debrief_id: int) -> list[int]:
    """File as ``mentioned`` the referrals of call ``debrief_id``, and of the calls with
    the people it referred, who referred that call's contact in an earlier call with
    them. Returns the calls changed (their to-dos are planned again by the caller)."""
    from debrief.store.habits import related

    changed = []
    for did in [debrief_id, *related(store, debrief_id)]:
        if _mark(store, did):
            changed.append(did)
    return changed


def _mark(store: Store, debrief_id: int) -> bool:
    call = store.rows(
        "SELECT contact_id, recorded_at FROM debriefs WHERE id = ? AND contact_id IS NOT NULL",
        [debrief_id],
    )
    if not call:
        return False
    contact_id, at = call[0]["contact_id"], str(call[0]["recorded_at"])
    marked = False
    for p in store.rows(
        "SELECT id, name, company FROM people_mentioned"
        " WHERE debrief_id = ? AND relation = 'referral'",
        [debrief_id],
    ):
        met = met_referral(store, debrief_id, p["name"], p["company"])
        them = [int(c["id"]) for c in met.contacts]
        if them and _referred_here(store, them, contact_id, at, debrief_id):
            store.db.execute(
                "UPDATE people_mentioned SET relation = 'mentioned' WHERE id = ?", [p["id"]]
            )
            marked = True
    return marked


def _referred_here(
    store: Store, people: list[int], contact_id: int, at: str, debrief_id: int
) -> bool:
    """Whether a call with one of ``people``, at or before ``at``, named the contact
    ``contact_id`` as a referral (by the rule of :func:`met_referral`)."""
    marks = ",".join("?" * len(people))
    for r in store.rows(
        "SELECT p.debrief_id, p.name, p.company FROM people_mentioned p"
        " JOIN debriefs d ON d.id = p.debrief_id"
        f" WHERE d.contact_id IN ({marks}) AND d.recorded_at <= ? AND d.id != ?"
        " AND p.relation = 'referral'",
        [*people, at, debrief_id],
    ):
        met = met_referral(store, r["debrief_id"], r["name"], r["company"])
        if any(int(c["id"]) == contact_id for c in met.contacts):
            return True
    return False
