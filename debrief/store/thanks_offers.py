"""The thank-you draft's thanks for what the contact offered on the call (issue 14): "she
offered to forward my resume to the recruiting lead, and she said she'd send me the salary
survey her team uses" becomes "thank you for offering to forward my resume to the recruiting
lead and to send me the salary survey your team uses".

It reads the ledger's offers of the call (``follow_ups`` of kind ``offer``, as filed or as
the user reworded them; a dismissed one is not thanked for) and keeps, of each, only what
the contact said they would do, in their words: the clause after "she'll", "she offered
to", "he said he'd"... up to the end of that clause. Nothing is thanked for that no offer
says; an offer said by someone else (a "he" in a call whose contact is "she", or a person
the call names before it) is left out, and so is an introduction the referral line already
thanks for. The cue and the clause ends are ``[offers]`` of ``pipelines/thanks.toml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from debrief.store.habit_rules import mentions
from debrief.store.habit_rules import rules as ledger_rules
from debrief.store.offer_names import compiled as offer_cues
from debrief.store.offer_names import is_name
from debrief.store.repo import Store


@dataclass(frozen=True)
class Offered:
    """What the contact offered (``what``: "send me the salary survey her team uses") and
    the recap span of the offer it came from (a quoted insight inside it is this offer)."""

    what: str
    start: int | None
    end: int | None


@lru_cache(maxsize=4)
def _compiled(cues: tuple[str, ...], end: str) -> tuple[list[re.Pattern[str]], re.Pattern[str]]:
    return [re.compile(c, re.IGNORECASE) for c in cues], re.compile(end, re.IGNORECASE)


def _said(cues: list[re.Pattern[str]], text: str) -> list[re.Match[str]]:
    """Every cue's offers in ``text``, in the order said; where two cues read one offer,
    the one that starts first."""
    found = sorted((m for c in cues for m in c.finditer(text)), key=lambda m: m.start())
    out: list[re.Match[str]] = []
    for m in found:
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


def offered(
    store: Store,
    debrief_id: int,
    rules: dict[str, Any],
    pronouns: str | None,
    others: list[str],
    referral: str | None,
    contact: tuple[str | None, ...] = (),
) -> list[Offered]:
    """The offers of call ``debrief_id`` to thank for, in the order said. ``rules``:
    ``[offers]`` of ``pipelines/thanks.toml``; ``pronouns``: the contact's (``he``/``she``,
    or None when unknown); ``others``: the names of the other people the call mentions;
    ``referral``: the one the referral line already thanks for introducing; ``contact``:
    the contact's names, who may be the one offering as the pronoun is ("Sam offered to")."""
    _, end = _compiled(tuple(rules["cues"]), rules["clause_end"])
    cues = offer_cues(tuple(rules["cues"]), contact)
    intro = ledger_rules()["offer"]["intro"]
    rows = store.rows(
        "SELECT text, start_char, end_char FROM follow_ups WHERE debrief_id = ?"
        " AND kind = 'offer' AND dismissed_at IS NULL ORDER BY coalesce(start_char, 0), id",
        [debrief_id],
    )
    out: list[Offered] = []
    for r in rows:
        said = _quoted(str(r["text"]))
        for m in _said(cues, said):
            who = m.group("who").lower()
            if not is_name(m.group("who"), contact):  # "Sam offered to": the contact's
                if pronouns and who in ("he", "she") and who != pronouns:
                    continue  # "he'll send me..." in a call with her: someone else's offer
                if any(mentions(said[: m.start()], name) for name in others):
                    continue  # "Her colleague Raj said he'd send...": Raj's, not the contact's
            rest = said[m.start("what") :]
            stop = end.search(rest)
            what = rest[: stop.start() if stop else len(rest)].strip().rstrip(".,;:!? ")
            if len(what.split()) < 2:
                continue
            if referral and intro.search(what) and mentions(what, referral):
                continue  # the referral line thanks for this introduction
            if what.lower() not in {o.what.lower() for o in out}:
                out.append(Offered(what, r["start_char"], r["end_char"]))
    return out


def _quoted(text: str) -> str:
    """The recap's words of a filed offer: "From Hannah Okafor: She offered to..." without
    the ledger's "From NAME: " (``[offer] text`` of ``pipelines/habits.toml``)."""
    head = str(ledger_rules()["offer"]["text"]).split("{quote}", 1)[0]
    if "{name}" not in head:
        return text
    before, after = head.split("{name}", 1)
    if text.startswith(before) and after and after in text[len(before) :]:
        return text[len(before) :].split(after, 1)[1]
    return text


def joined(what: list[str]) -> str:
    """Offers said in a row: "forward my resume", "send me the survey" -> "forward my
    resume and to send me the survey" (three or more: "a, to b and to c")."""
    if len(what) < 3:
        return " and to ".join(what)
    return ", to ".join(what[:-1]) + " and to " + what[-1]


def within(
    insight: dict[str, Any],
    offers: list[Offered],
    rules: dict[str, Any],
    contact: tuple[str | None, ...] = (),
) -> bool:
    """Whether a quoted insight is one of the ``offers`` thanked for ("she said she'd send
    me the salary survey" filed as advice): it is said inside the offer and says an offer
    itself. The note thanks for it once."""
    s, e = insight.get("start_char"), insight.get("end_char")
    if s is None or e is None:
        return False
    cues = offer_cues(tuple(rules["cues"]), contact)
    if not _said(cues, str(insight.get("text", ""))):
        return False
    return any(
        o.start is not None and o.end is not None and s < o.end and o.start < e for o in offers
    )


def whole(text: str, starts: list[str]) -> str | None:
    """A quoted insight as the note says it: a whole sentence, capitalised ("the team ships
    weekly" -> "The team ships weekly"), or None for a piece cut from one that names no
    one ("hates the on-call." of "She loves the autonomy but hates the on-call"): quoted
    alone in a thank-you it reads as a slip. ``starts``: the lowercase first words that
    begin a sentence (``quote_starts`` of ``pipelines/thanks.toml``)."""
    text = text.strip()
    if not text or not text[0].islower():
        return text or None
    first = re.match(r"[\w'’]+", text)
    if first is None or first.group().lower().replace("’", "'") not in starts:
        return None
    return text[0].upper() + text[1:]
