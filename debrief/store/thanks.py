"""Between calls (issue 14): the thank-you draft of one call, said to the contact. A read
model (a plain dict) drawn by :mod:`debrief.views`; its words come from the knowledge base
and from ``pipelines/thanks.toml`` (the note's template and the rules that turn the contact
into "you", :mod:`debrief.store.thanks_you`). A follow-up's date as the ledger holds it
(:func:`dated_as_filed`, :func:`moved_texts`, :func:`hold_moved`) or dropped once passed
(:func:`undated`) is here too: the lists beside a due date say it as the note does."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from debrief.date_resolver import due_span
from debrief.errors import DebriefError
from debrief.names import person_key
from debrief.store.habit_rules import mentions as _mentions
from debrief.store.habit_rules import rules as ledger_rules
from debrief.store.habit_rules import thanks_contact as _thanks_contact
from debrief.store.met import met_referral
from debrief.store.repo import Store
from debrief.store.thanks_offers import joined, offered, whole, within
from debrief.store.thanks_you import (
    as_promise,
    singular_they,
    thanks_rules,
    to_you,
    whose_pronouns,
)


def draft_thanks(store: Store, debrief_id: int, today: date | None = None) -> dict[str, Any]:
    """The thank-you note for call ``debrief_id``: ``{text, insight_ids, quotes, referral,
    next_step, contact, debrief_id}``. Quotes are the call's insights as filed (each is
    transcript text, verbatim), chosen by the template's category preference; the note
    says them, and the next step, to the contact (:func:`to_you`), dated as the ledger
    holds it once that date was moved (:func:`dated_as_filed`), with no date once it has
    passed (:func:`undated`)."""
    t = thanks_rules()
    d = store.get(debrief_id)
    if d["status"] != "extracted":
        # a note from an unfiled recording would thank nobody for nothing ("Hi there")
        why = f": {d['error']}" if d.get("error") else ""
        raise DebriefError(
            f"#{debrief_id} is not filed yet ({d['status']}{why}); `debrief process` retries it"
        )
    insights = store.insights(debrief_id)
    referral = next(
        (p["name"] for p in store.people(debrief_id) if p["relation"] == "referral"), None
    )
    contact = d.get("contact")
    names = [contact, d.get("heard_contact")]
    rules = t["to_you"]
    said = store.transcript(debrief_id)
    text = said["text"] if said else ""
    pronouns = whose_pronouns(text, rules) or ("they" if singular_they(text, rules) else None)
    others = [
        str(p["name"])
        for p in store.people(debrief_id)
        if not any(n and person_key(n) == person_key(str(p["name"])) for n in names)
    ]
    offers = offered(store, debrief_id, t["offers"], pronouns, others, referral, tuple(names))
    called = bool(referral) and _called(store, debrief_id, str(referral))

    step = next(
        (
            f
            for f in store.rows(
                "SELECT id, text, due, start_char, end_char FROM follow_ups"
                " WHERE debrief_id = ? AND kind IS NULL"
                " AND direction = 'mine' AND done_at IS NULL ORDER BY id",
                [debrief_id],
            )
            # the thank-you itself ("I will send Renata a thank you") is this note, not a
            # next step to announce in it
            if not _thanks_contact(f["text"], contact, ledger_rules()["thanks"])
            # nor reaching the referral ("I'll email Marcus next Monday") once the note
            # says "I have since spoken with Marcus": it is done
            and not (called and _mentions(f["text"], str(referral)))
        ),
        None,
    )
    rank = {c: i for i, c in enumerate(t["prefer"])}
    said_to = {
        int(i["id"]): whole(to_you(i["text"], names, pronouns, rules), t["quote_starts"])
        for i in insights
    }
    chosen = sorted(
        (
            i
            for i in insights
            if i["category"] in rank
            and said_to[int(i["id"])]
            and not within(i, offers, t["offers"], tuple(names))
            # the words the next step is made of ("The main takeaway: learn Excel well"
            # filed as advice and as the user's to-do) are said once, as the next step
            and not _same_words(i, step)
        ),
        key=lambda i: (rank[i["category"]], i["start_char"]),
    )[: int(t["max_quotes"])]
    chosen.sort(key=lambda i: i["start_char"])
    said_on = date.fromisoformat(d["recorded_at"][:10])
    next_step = None
    if step:
        moved = "due" in store.user_fields("follow_up", [step["id"]]).get(step["id"], {})
        if step["due"] and today and date.fromisoformat(step["due"][:10]) < today:
            # a note drafted after the step's due date promises no day that has passed
            next_step = undated(step["text"], said_on, t)
        else:
            # drafted on a later day than the call, "next Wednesday" or "in two weeks" as
            # said would name another day: the date is written as the ledger holds it (qa65)
            later = today is not None and today > said_on
            next_step = dated_as_filed(step["text"], step["due"], said_on, today, moved or later, t)
    if next_step:
        next_step = as_promise(to_you(next_step, names, pronouns, rules), t["promise"])
        if next_step[-1:].isalnum():  # a list's to-do ("- [ ] read the checklist") has no stop
            next_step += "."
    fields = {
        "first_name": (contact or "").split()[0] if contact else "there",
        "company_clause": t["company_clause"].format(company=d["company"])
        if d.get("company")
        else "",
        "quotes_intro": t["quotes_intro"] if chosen else None,
        "quotes": "\n".join(t["quote"].format(text=said_to[int(i["id"])]) for i in chosen) or None,
        "referral_line": _referral_line(t, store, debrief_id, referral, called)
        if referral
        else None,
        "offers_line": t["offers_line"].format(
            offers=joined([to_you(o.what, names, pronouns, rules) for o in offers])
        )
        if offers
        else None,
        "next_step_line": t["next_step_line"].format(next_step=next_step) if next_step else None,
    }
    lines = []
    for line in t["lines"]:
        keys = [k for k in fields if "{" + k + "}" in line]
        if any(fields[k] is None for k in keys):
            continue  # the call has nothing for this line: leave it out, invent nothing
        lines.append(line.format(**{k: fields[k] for k in keys}))
    ids = [int(i["id"]) for i in chosen]
    return {
        "debrief_id": debrief_id,
        "contact": contact,
        "text": "\n".join(lines).strip("\n"),
        "quotes": [i["text"] for i in chosen],
        "insight_ids": ids,
        "sources": t["sources"].format(
            ids=", ".join(f"#{i}" for i in ids) or "none", debrief_id=debrief_id
        ),
        "referral": referral,
        "offers": [to_you(o.what, names, pronouns, rules) for o in offers],
        "next_step": next_step,
        # the recap says the note went out ("I already sent the thank-you"): the ledger filed
        # no to-do for it, and the draft says so beside its sources (qa69)
        "already_sent": any(p.search(text) for p in ledger_rules()["thanks"]["sent"]),
    }


def _same_words(insight: dict[str, Any], step: dict[str, Any] | None) -> bool:
    """Whether ``insight`` was filed from the words the next step ``step`` was filed from
    (their transcript spans overlap)."""
    if step is None or None in (step["start_char"], step["end_char"], insight["start_char"]):
        return False
    end = insight.get("end_char")
    if end is None:
        return False
    return bool(insight["start_char"] < step["end_char"] and step["start_char"] < end)


def dated_as_filed(
    text: str,
    due: str | None,
    said_on: date,
    today: date | None,
    moved: bool,
    t: dict[str, Any],
    *,
    add_missing: bool = True,
) -> str:
    """``text`` (a follow-up as said on ``said_on``) with its date in the words of
    ``t["due_words"]`` ("by Friday" becomes "by Friday, December 11") once the ledger's
    ``due`` was ``moved`` (``follow-up ID --due``) or is before ``today``: relative words
    ("next Tuesday", "by December 4" with the day since changed) are only right as said.
    A follow-up that said no date gets the ledger's added ("... by Friday, December 11."),
    unless not ``add_missing`` (a list that shows the due date beside the text)."""
    if not due:
        return text
    day = date.fromisoformat(due[:10])
    if not moved and (today is None or day >= today):
        return text
    words = t["due_words"].format(
        weekday=day.strftime("%A"), month=day.strftime("%B"), day=day.day
    ) + (f", {day.year}" if day.year != (today or said_on).year else "")
    m = due_span(text, said_on)
    if m is None:
        if not add_missing:
            return text
        end = len(text.rstrip(".!;, "))
        return f"{text[:end]} by {words}{text[end:]}"
    lead = m.text.split(" ", 1)[0].lower()
    before = text[: m.start].rstrip().rsplit(" ", 1)[-1].lower()
    if lead in t["due_before"]:
        words = f"{m.text.split(' ', 1)[0]} {words}"  # "by Friday" keeps its "by"
    elif before not in t["due_before"]:
        words = f"on {words}"  # "next Tuesday" alone: "on Tuesday, December 8"
    return text[: m.start] + words + text[m.end :]


def undated(text: str, said_on: date, t: dict[str, Any]) -> str:
    """``text`` (a follow-up as said on ``said_on``) without its due date: a thank-you note
    drafted after that date should not promise it ("I will send you my resume by Friday,
    December 4." on December 7 becomes "I will send you my resume."). The date the step
    meant goes, with the word before it of ``t["due_before"]`` ("by", "on", ...); the
    spans that set no deadline ("this week") stay."""
    m = due_span(text, said_on)
    if m is None:
        return text
    start = m.start
    if m.text.split(" ", 1)[0].lower() not in t["due_before"]:
        head = text[:start].rstrip()
        word = head.rsplit(" ", 1)[-1]
        if word.lower() in t["due_before"]:
            start = len(head) - len(word)
    out = text[:start].rstrip(" ,") + text[m.end :]
    return re.sub(r"\s+([.,;!?])", r"\1", out).strip()


def moved_texts(store: Store, items: list[tuple[int, str, str | None, str]]) -> dict[int, str]:
    """``{id: text}`` of the follow-ups ``(id, text, due, recorded_at)`` whose due date the
    user moved (``follow-up ID --due``), their date words as the ledger now holds it ("by
    Friday" becomes "by Wednesday, December 9"): a list that shows the moved date beside
    the text (``todo``, ``todo --by-person``, the review) must not say the old one in it.
    Items that said no date, or whose date was not moved, are left out."""
    # the moved ones are few: read them, not the fields of every item listed (no IN list)
    moved = {
        int(r["entity_id"])
        for r in store.rows(
            "SELECT entity_id FROM user_fields WHERE entity = 'follow_up' AND field = 'due'"
            " AND item = ''"
        )
    }
    out = {}
    for fid, text, when, said in items:
        if fid not in moved or not when:
            continue
        said_on = date.fromisoformat(said[:10])
        now = dated_as_filed(text, when, said_on, None, True, thanks_rules(), add_missing=False)
        if now != text:
            out[fid] = now
    return out


def follow_up_said(store: Store, row: dict[str, Any]) -> str:
    """The text of one ``follow_ups`` row as the lists show it (:func:`moved_texts`): the
    line that confirms ``follow-up ID --due`` must say the date it just set, not the
    recap's "by Friday" beside it."""
    said = store.rows("SELECT recorded_at FROM debriefs WHERE id = ?", [row["debrief_id"]])
    if not said:
        return str(row["text"])
    held = moved_texts(store, [(row["id"], row["text"], row["due"], said[0]["recorded_at"])])
    return held.get(row["id"], str(row["text"]))


def _called(store: Store, debrief_id: int, referral: str) -> bool:
    """Whether a call with ``referral`` is filed since call ``debrief_id`` named them. Only
    a call at or after this one counts, as for the reach-out item: a call with them that
    came before the referral is not "since". Who the referral is and which calls count:
    :mod:`debrief.store.met`, as for `todo` and `people` (a call whose extraction failed
    still happened)."""
    said = store.rows(
        "SELECT company FROM people_mentioned WHERE debrief_id = ? AND relation = 'referral'"
        " AND key = ? ORDER BY id LIMIT 1",
        [debrief_id, person_key(referral)],
    )
    return bool(
        met_referral(store, debrief_id, referral, said[0]["company"] if said else None).after
    )


def hold_moved(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each follow-up row (``id``, ``text``, ``due``, ``recorded_at``) with the text
    :func:`moved_texts` gives it: every view that lists follow-ups beside their due date
    (``todo``, ``company``, ``person``, ``prep``) says a moved date as the ledger holds it."""
    held = moved_texts(store, [(r["id"], r["text"], r["due"], r["recorded_at"]) for r in rows])
    for r in rows:
        r["text"] = held.get(r["id"], r["text"])
    return rows


def _referral_line(
    t: dict[str, Any], store: Store, debrief_id: int, referral: str, called: bool
) -> str:
    """Thanks for the referral: a promise ("I will reach out") while no call with them is
    filed, what happened ("I have since spoken with her") once one is (``called``:
    :func:`_called`): a note drafted after that call must not promise what is done."""
    if called:
        return str(t["referral_called_line"]).format(
            referral=referral, referral_first=referral.split()[0]
        )
    if _offered_intro(store, debrief_id, referral):
        return str(t["referral_offer_line"]).format(referral=referral)
    closed = [  # its "reach out" item closed: done says so, dismissed promises nothing
        r["dismissed_at"]
        for r in store.rows(
            "SELECT person, dismissed_at FROM follow_ups WHERE debrief_id = ?"
            " AND kind = 'reach_out' AND done_at IS NOT NULL",
            [debrief_id],
        )
        if person_key(r["person"] or "") == person_key(referral)
    ]
    if closed:
        line = "referral_dismissed_line" if closed[0] else "referral_reached_line"
        return str(t[line]).format(referral=referral, referral_first=referral.split()[0])
    return str(t["referral_line"]).format(referral=referral)


def _offered_intro(store: Store, debrief_id: int, referral: str) -> bool:
    """Whether the contact offered, on this call, to introduce the user to ``referral``
    ("He'll introduce me to the hiring manager, Priyanka Desai"): the note thanks them for
    the offer, not for a suggestion the user promises to act on alone."""

    intro = ledger_rules()["offer"]["intro"]
    return any(
        intro.search(r["text"]) and _mentions(r["text"], referral)
        for r in store.rows(
            "SELECT text FROM follow_ups WHERE debrief_id = ? AND kind = 'offer'",
            [debrief_id],
        )
    )
