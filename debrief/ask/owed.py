"""`debrief ask` about the follow-up ledger: "what did I promise to send?", "what do I owe
Maria?" are answered by the open follow-ups, each with the call it came from, beside any
insights. The cue words are data (``[follow_ups]`` of ``pipelines/ask.toml``).

An item answers when it is open, on the side the question asks about (what the user owes,
what a contact offered, or both), of the person or company the question names (the call's
contact or company, or the person the item is about: a referral to reach out to) and, when
the question has other content words ("send", "portfolio"), holding one of them (by word
start, so "send" finds "sending"); when none holds one, every item of that side and person
answers ("what did I promise to email" about items that say "send").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from debrief.ask.question import WORD, ask_toml, content_words
from debrief.names import person_key
from debrief.store import Store
from debrief.store import vectors as vstore
from debrief.store.company import as_listed

#: Shortest word start compared between a question word and an item's words.
STEM = 4


@dataclass
class OwedItem:
    """An open follow-up answering a question, with its call as the source."""

    follow_up_id: int
    text: str
    due: str | None
    direction: str  # "mine": the user owes it; "theirs": the contact offered it
    person: str | None
    debrief_id: int
    date: str
    contact: str | None
    company: str | None
    #: days past its due date, as `debrief todo` counts them (0: not overdue)
    days_overdue: int = 0
    #: the user's step to reach a referral called since: {name, debrief_id}
    #: (:func:`debrief.store.spoken_since.mark_rows`)
    spoken_since: dict[str, Any] | None = None


def _words(kind: str) -> list[str]:
    return str(ask_toml().get("follow_ups", {}).get(kind, "")).lower().split()


def _said(words: list[str], kind: str) -> bool:
    """Whether ``words`` hold a cue of ``kind``: a word start, or words in a row ("-")."""
    joined = "-".join(words)
    return any(
        (t in joined) if "-" in t else any(w.startswith(t) for w in words) for t in _words(kind)
    )


def asks_ledger(question: str, store: Store | None = None) -> bool:
    """Whether ``question`` asks about the user's follow-ups: a cue word start ("promised",
    "owe") and a word of the user ("I", "me", "my"), or a contact on file (in ``store``)
    named beside it ("what did Grace offer": "what benefits are offered" names no one), or
    a cue that asks it alone ("what is overdue"). A contact named only as the owner of
    something else ("what benefits does Grace's company offer") is not the one offering:
    the question is about her company, not the ledger."""
    words = [w.lower().replace("’", "'") for w in WORD.findall(question)]
    if _said(words, "alone"):
        return True
    if not _said(words, "cues"):
        return False
    if set(words) & set(_words("user")):
        return True
    return store is not None and bool(named_on_file(store, _owners_out(question))["contact_ids"])


def _owners_out(question: str) -> str:
    """``question`` without the names said as the owner of another thing: "Grace's
    company", "Grace Okafor's team" (the capitalised words before the "'s" too). A
    possessive before a cue word stays: in "Grace's offer" she is the one offering."""
    tokens = WORD.findall(question.replace("’", "'"))
    cues = _words("cues")
    keep = [True] * len(tokens)
    for i, tok in enumerate(tokens[:-1]):
        nxt = tokens[i + 1].lower()
        if not tok.lower().endswith("'s") or any(nxt.startswith(c) for c in cues):
            continue
        keep[i] = False
        j = i - 1
        while j >= 0 and tokens[j][:1].isupper() and j > 0:
            keep[j] = False  # "Grace Okafor's": the whole name (not the question's first word)
            j -= 1
    return " ".join(t for t, k in zip(tokens, keep, strict=True) if k)


def named_on_file(store: Store, question: str) -> dict[str, Any]:
    """The contacts and companies on file ``question`` names (:func:`vstore.named_in`)."""
    return vstore.named_in(store, content_words(question))


def _sides(question: str) -> set[str]:
    """The ledger sides asked about: what I owe ("did I promise"), what they offered
    ("what did Maria offer me"), or both."""
    words = {w.lower() for w in WORD.findall(question)}
    sides = set()
    if words & set(_words("mine")):
        sides.add("mine")
    if words & set(_words("theirs")):
        sides.add("theirs")
    return sides or {"mine", "theirs"}


def _stems(text: str) -> set[str]:
    return {w.lower()[:STEM] for w in WORD.findall(text) if len(w) >= 3}


def owed(store: Store, question: str, *, names: tuple[str | None, ...] = ()) -> list[OwedItem]:
    """The open follow-ups answering ``question`` (empty when it is not about them);
    ``names``: a company or person the question is narrowed to (``--company``, ``--person``)."""
    if not asks_ledger(question, store):
        return []
    words = content_words(" ".join([question, *(n for n in names if n)]))
    named = vstore.named_in(store, words)
    rows = store.rows(
        "SELECT f.id, f.text, f.due, f.direction, f.person, f.debrief_id, d.recorded_at,"
        " d.contact, d.company, d.contact_id, d.company_id FROM follow_ups f"
        " JOIN debriefs_named d ON d.id = f.debrief_id"
        " WHERE f.done_at IS NULL ORDER BY f.due IS NULL, f.due, f.id"
    )
    sides = _sides(question)
    rows = [r for r in rows if r["direction"] in sides]
    name_words = {w for w in words if any(w in person_key(r["person"]).split() for r in rows)}
    name_words |= set(named["words"])
    if named["contact_ids"] or named["company_ids"] or name_words:
        rows = [r for r in rows if _of_named(r, named, name_words)]
    ledger = set(_words("ledger"))
    topic = {w[:STEM] for w in words if w not in ledger and w not in name_words and len(w) >= 3}
    holding = [r for r in rows if topic & _stems(r["text"])]
    # flagged overdue, and a moved due date said in the text, as `debrief todo` does
    listed = as_listed(store, holding or rows, date.today())
    if _said([w.lower() for w in WORD.findall(question)], "late"):
        listed = [r for r in listed if r["days_overdue"]]  # "what is overdue": those only
    return [_item(r) for r in listed]


def asked_beside(store: Store, question: str) -> set[str]:
    """The word starts (:data:`STEM`) of what ``question`` asks about beside the ledger:
    its content words without the ledger's words and the names on file it says ("what did
    Grace offer": none; "what did Grace offer about the portfolio": "port"). A note
    beside the ledger's answer holds one of them or is no part of it (qa55)."""
    words = content_words(question)
    named = vstore.named_in(store, words)
    said = {w.replace("’", "'").removesuffix("'s") for w in named["words"]}
    ledger = set(_words("ledger"))
    return {
        w[:STEM]
        for w in words
        if w not in ledger and w.replace("’", "'").removesuffix("'s") not in said and len(w) >= 3
    }


def _of_named(row: dict[str, Any], named: dict[str, Any], name_words: set[str]) -> bool:
    """Whether the item is of a person or company the question names: the call's contact
    or company, or the person the item is about ("reach out to James Chen")."""
    if row["contact_id"] in named["contact_ids"] or row["company_id"] in named["company_ids"]:
        return True
    return bool(name_words & set(person_key(row["person"]).split()))


def _item(r: dict[str, Any]) -> OwedItem:
    return OwedItem(
        follow_up_id=int(r["id"]),
        text=r["text"],
        due=(r["due"] or None) and str(r["due"])[:10],
        direction=r["direction"],
        person=r["person"],
        debrief_id=int(r["debrief_id"]),
        date=str(r["recorded_at"])[:10],
        contact=r["contact"],
        company=r["company"],
        days_overdue=int(r["days_overdue"]),
        spoken_since=r.get("spoken_since"),
    )
