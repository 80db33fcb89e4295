"""Fields the user set by hand, which extraction never overwrites (issue 17.7).

``user_fields`` (migration m008; ``item`` from m011) records who set what: a contact,
title or company corrected, a follow-up closed or reworded, and (issue 12) the corrections
of items extraction files anew each time, keyed by the text extraction gave them
(``item``): an insight moved to another category or dropped, a follow-up dropped.
:meth:`Store.save_extraction <debrief.store.repo.Store.save_extraction>` honours it, and
re-extracted follow-ups are matched to the old ones so their ids and done state survive
``debrief reextract``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from debrief.models import Extraction, FollowUp, Insight
from debrief.names import words
from debrief.store.db import now_iso, transaction
from debrief.store.ids import next_id
from debrief.store.recut import recut_fix, shared_words

if TYPE_CHECKING:
    from debrief.store.db import Database

#: Fields of a debrief the user can set by hand (``user_fields``, entity ``debrief``).
USER_DEBRIEF_FIELDS = ("contact", "company", "title")
#: Fields of a follow-up the user can set by hand (entity ``follow_up``).
USER_FOLLOW_UP_FIELDS = ("text", "due", "done_at")
#: Corrections of extracted items of a debrief (entity ``debrief``, ``item`` = the text
#: extraction gave the item): an insight's category, a dropped insight, a dropped follow-up.
ITEM_FIXES = ("insight_category", "insight_dropped", "follow_up_dropped", "contact_read")
#: ``contact_read``: a contact name extraction read (or Whisper heard) that the user replaced
#: with ``edit --contact``; `show` says "(heard: ...)" only for a reading not among them.
_INSIGHT_FIXES = ("insight_category", "insight_dropped")
#: How alike (difflib ratio, 0..1) a re-extracted follow-up must be to an old one to be
#: taken for the same item: "email James by Friday" vs "email James Chen by Friday" match,
#: unrelated action items do not.
FOLLOW_UP_MATCH = 0.6
#: Token F1 (the scorer's measure, :func:`token_f1`) from which a later insight of one recap
#: is the same one said again: Whisper repeats a sentence of a long memo with a word
#: misheard (one word of four or more: 0.75 and up). No two true insights of one recap in the
#: spoken check files come closer than 0.50; at 0.75 filing removes no true insight there
#: (pipelines/training/spoken-01.jsonl, benchmarks/spoken_heldout.jsonl: 1 of 1,142 removed,
#: an overlap the labels do not have).
NEAR_DUPLICATE = 0.75
#: Words whose presence in one text and not the other makes two alike texts say opposite
#: things ("is great" / "is not great"); "t" is what the word split leaves of "n't".
_NEGATORS = frozenset({"not", "no", "never", "nor", "nothing", "none", "t"})


def token_f1(a: str, b: str) -> float:
    """Token F1 of two texts, as the extraction scorer measures it (which does not fold
    accents): their words (lower case) matched as multisets, the harmonic mean of the two
    shares matched."""
    ta, tb = words(a), words(b)
    hit = sum((Counter(ta) & Counter(tb)).values())
    if not hit:
        return 0.0
    return 2 * hit / (len(ta) + len(tb))


def near_duplicate(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` said again with a word or two misheard (:data:`NEAR_DUPLICATE`),
    not its opposite (a negation in one only)."""
    if token_f1(a, b) < NEAR_DUPLICATE:
        return False
    return _NEGATORS.isdisjoint(words(a)) == _NEGATORS.isdisjoint(words(b))


def _fixed(fixes: dict[tuple[str, str], Any], fix: str, text: str) -> tuple[str, str] | None:
    """The key of the user's ``fix`` of an item said as ``text``, or as a near duplicate of
    it: a recording transcribed again ("long-claning cycles" -> "long planning cycles")
    holds the insight they dropped or moved, not a new one."""
    if (fix, text) in fixes:
        return (fix, text)
    return next((k for k in fixes if k[0] == fix and near_duplicate(k[1], text)), None)


def _alike(old: str, new: str) -> float:
    """How alike an old follow-up's text and a new one's are, for :func:`match_texts`."""
    ratio = SequenceMatcher(None, old.casefold(), new.casefold()).ratio()
    if ratio < FOLLOW_UP_MATCH and shared_words(old, new):
        return FOLLOW_UP_MATCH
    return ratio


def match_texts(old: Sequence[str], new: Sequence[str]) -> dict[int, int]:
    """Pair new items with old ones by text similarity: ``{new_index: old_index}``.

    Greedy on the best ratio first (difflib, case-folded), each old item used once, pairs
    below :data:`FOLLOW_UP_MATCH` left unmatched. A pair one of which runs unbroken inside
    the other (:func:`~debrief.store.recut.shared_words`: an upgraded pipeline trimmed "I
    will send Devon the slides from my capstone project by the end of the month." to "send
    Devon the slides") counts as the weakest match taken, after every closer pair (qa68:
    the user's done state and due date were left on the old item and the new one filed
    beside it, open).
    """
    scored = sorted(
        ((_alike(o, n), ni, oi) for oi, o in enumerate(old) for ni, n in enumerate(new)),
        reverse=True,
    )
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for ratio, ni, oi in scored:
        if ratio < FOLLOW_UP_MATCH:
            break
        if ni in pairs or oi in used:
            continue
        pairs[ni] = oi
        used.add(oi)
    return pairs


class UserFields:
    """The part of :class:`~debrief.store.repo.Store` that keeps what the user set."""

    if TYPE_CHECKING:
        db: Database

        def rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]: ...

    def set_user_field(self, entity: str, entity_id: int, name: str, value: Any) -> None:
        """Mark ``name`` of a debrief or follow-up as set by the user to ``value``.

        Extraction (``save_extraction``, ``debrief reextract``) never overwrites it. The
        caller also writes the value where it lives (this only records who set it).
        """
        allowed = USER_DEBRIEF_FIELDS if entity == "debrief" else USER_FOLLOW_UP_FIELDS
        if name not in allowed:
            raise ValueError(f"{entity}.{name} is not a user-settable field")
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO user_fields (entity, entity_id, field, value, set_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity, entity_id, field, item)"
                " DO UPDATE SET value = excluded.value, set_at = excluded.set_at",
                [entity, entity_id, name, value, now_iso()],
            )

    def user_fields(self, entity: str, entity_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """``{entity_id: {field: value}}`` of the fields the user set by hand."""
        out: dict[int, dict[str, Any]] = {}
        if not entity_ids:
            return out
        marks = ",".join("?" * len(entity_ids))
        for r in self.rows(
            "SELECT entity_id, field, value FROM user_fields"
            f" WHERE entity = ? AND item = '' AND entity_id IN ({marks})",
            [entity, *entity_ids],
        ):
            out.setdefault(int(r["entity_id"]), {})[r["field"]] = r["value"]
        return out

    def set_item_fix(self, debrief_id: int, fix: str, item: str, value: Any = None) -> None:
        """Remember the user's correction ``fix`` (one of :data:`ITEM_FIXES`) of the item
        extraction filed with the text ``item`` in debrief ``debrief_id``; extraction applies
        it every time it files that item again."""
        if fix not in ITEM_FIXES:
            raise ValueError(f"{fix} is not a correction of an extracted item")
        self.db.execute(
            "INSERT INTO user_fields (entity, entity_id, field, item, value, set_at)"
            " VALUES ('debrief', ?, ?, ?, ?, ?) ON CONFLICT (entity, entity_id, field, item)"
            " DO UPDATE SET value = excluded.value, set_at = excluded.set_at",
            [debrief_id, fix, item, value, now_iso()],
        )

    def item_fixes(self, debrief_id: int) -> dict[tuple[str, str], Any]:
        """``{(fix, item text): value}``: the user's corrections of the debrief's extracted
        insights and follow-ups (:meth:`set_item_fix`)."""
        return {
            (r["field"], r["item"]): r["value"]
            for r in self.rows(
                "SELECT field, item, value FROM user_fields"
                " WHERE entity = 'debrief' AND entity_id = ? AND item != ''",
                [debrief_id],
            )
        }

    def as_filed(self, debrief_id: int, extraction: Extraction) -> Extraction:
        """``extraction`` as it is filed under the user's fixes (what
        :meth:`~debrief.store.repo.Store.save_extraction` stores and the summary after `add`
        lists): the insights they dropped or moved and the follow-ups they dropped, and an
        insight or follow-up said again word for word filed once, in order; an insight said
        again with a word misheard (:func:`near_duplicate`) too."""
        fixes = self.item_fixes(debrief_id)
        insights: dict[str, Insight] = {}
        said: list[str] = []  # every insight before, the dropped ones too
        for i in extraction.insights:
            again = i.text in said or any(near_duplicate(s, i.text) for s in said)
            said.append(i.text)
            dropped = _fixed(fixes, "insight_dropped", i.text)
            moved = _fixed(fixes, "insight_category", i.text)
            if dropped is None and moved is None:
                # cut otherwise by an upgraded pipeline: the fix of the larger part holds
                recut = recut_fix(fixes, _INSIGHT_FIXES, i.text)
                dropped, moved = (
                    (recut, None) if recut and recut[0] == "insight_dropped" else (None, recut)
                )
            if dropped is None and not again:
                category = (fixes[moved] if moved else None) or i.category
                insights[i.text] = replace(i, category=category)
        follow_ups: dict[str, FollowUp] = {}
        for f in extraction.follow_ups:
            dropped = _fixed(fixes, "follow_up_dropped", f.text)
            if dropped is None and recut_fix(fixes, ("follow_up_dropped",), f.text) is None:
                follow_ups.setdefault(f.text, f)
        return replace(
            extraction, insights=list(insights.values()), follow_ups=list(follow_ups.values())
        )

    def _merge_follow_ups(self, debrief_id: int, new: list[FollowUp]) -> None:
        """File re-extracted follow-ups over the old ones without losing the user's state.

        Each new item is matched to the most alike old one (text similarity); a match keeps
        the old id (``debrief done ID`` stays valid), its done state and every field the user
        set, and takes the rest from the new extraction. Old items are compared by the text
        extraction gave them (``source_text``), so one the user reworded is still found. An
        old item nothing matches goes, unless the user touched it (done, edited): user state
        wins.
        """
        old = self.rows(
            # Generated items (habits, kind set) are debrief.store.habits' to keep.
            "SELECT id, coalesce(source_text, text) AS text, done_at FROM follow_ups"
            " WHERE debrief_id = ? AND kind IS NULL ORDER BY id",
            [debrief_id],
        )
        user = self.user_fields("follow_up", [int(o["id"]) for o in old])
        pairs = match_texts([o["text"] for o in old], [f.text for f in new])
        for new_idx, item in enumerate(new):
            values = {
                "text": item.text,
                "due": item.due,
                "start_char": item.start,
                "end_char": item.end,
            }
            source = item.text
            if new_idx not in pairs:
                self.db.execute(
                    "INSERT INTO follow_ups (id, debrief_id, text, due, start_char, end_char,"
                    f" source_text) VALUES ({next_id('follow_ups')}, ?, ?, ?, ?, ?, ?)",
                    [debrief_id, item.text, item.due, item.start, item.end, source],
                )
                continue
            old_id = int(old[pairs[new_idx]]["id"])
            kept = user.get(old_id, {})
            changes = {k: v for k, v in values.items() if k not in kept}
            changes["source_text"] = source
            sets = ", ".join(f"{k} = ?" for k in changes)
            self.db.execute(
                f"UPDATE follow_ups SET {sets} WHERE id = ?", [*changes.values(), old_id]
            )
        matched = set(pairs.values())
        for idx, o in enumerate(old):
            if idx in matched or o["done_at"] is not None or int(o["id"]) in user:
                continue
            self.db.execute("DELETE FROM follow_ups WHERE id = ?", [o["id"]])
