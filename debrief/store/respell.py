"""The to-do texts follow the user's name fixes (`debrief rename`, `merge`, `edit --contact`).

A follow-up quotes the recap ("I need to send Quayma Santee my portfolio", "From Kwame Asante:
Quayma said she'll send me the job posting"), so it carries the name as it was heard. Once
the user has said how the name is spelled (an alias, :func:`debrief.store.resolve.add_alias`),
every follow-up, offer and generated item shows the fixed name, in `todo`, `export`, the
review and the person and company views alike, and keeps it across `reextract` (this runs
after every re-plan, :func:`debrief.store.habits.sync`). What stays as said: the transcript
and the insights (quotes the transcript view highlights), and a follow-up whose text the user
wrote (`follow-up --text`). ``source_text`` keeps the words extraction gave, so re-extraction
still finds each item.

Which words are the old name: the whole name, in any case ("quayma santee"); the first name
followed by a near spelling of the rest ("Quayma Sante", as :func:`debrief.names.sounds_like`
compares words); and, in the calls that name that person or company only (a word like "tribe"
is a word elsewhere), a one-word old name and the first name alone ("Quayma said ...") when
the fix changed it. The new name itself is left alone ("Mia" renamed "Mia Kovac").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from debrief.names import company_key, person_key, word_close, words
from debrief.store.repo import Store

_TOKEN = re.compile(r"[^\W_][\w'’.-]*[^\W_]|[^\W_]")


@dataclass(frozen=True)
class Fix:
    kind: str  # person or company
    heard: list[str]  # the old name's key, word by word
    name: str  # the name as the user spelled it


def fixes(store: Store) -> list[Fix]:
    """The user's renames whose old name is a different name, not a respelling of case."""
    out = []
    for r in store.rows("SELECT kind, heard_key, name FROM aliases ORDER BY id"):
        key_fn = company_key if r["kind"] == "company" else person_key
        if r["heard_key"] and r["heard_key"] != key_fn(r["name"]):
            out.append(Fix(r["kind"], r["heard_key"].split(), r["name"]))
    return out


def _key(token: str) -> str:
    found = words(token.removesuffix("'s").removesuffix("’s"))
    return found[0] if found else ""


def _new_key(fix: Fix) -> str:
    return company_key(fix.name) if fix.kind == "company" else person_key(fix.name)


def respell(text: str, found: Iterable[Fix], named: Iterable[str] = ()) -> str:
    """``text`` with each old name of ``found`` written as the user spelled it. Where the
    call names the person or company (its new key is in ``named``) also a one-word old name
    ("tribe" for Stripe) and a first name alone; elsewhere only a name of two words or more."""
    known = set(named)
    for fix in found:  # a new name with no word in it (filed before qa60) has nothing to write
        if not _new_key(fix) or _new_key(fix).split()[: len(fix.heard)] == fix.heard:
            continue  # "Dana" completed as "Dana Whitfield": what was said is not misspelt
        here = _new_key(fix) in known
        if here or len(fix.heard) > 1:
            text = _respell_one(text, fix, here)
    return text


def _respell_one(text: str, fix: Fix, alone: bool) -> str:
    tokens = list(_TOKEN.finditer(text))
    keys = [_key(t.group()) for t in tokens]
    n = len(fix.heard)
    new_words = fix.name.split()
    new_keys = _new_key(fix).split()
    out: list[str] = []
    at = 0  # in text
    i = 0
    while i < len(tokens):
        if keys[i : i + len(new_keys)] == new_keys:
            i += len(new_keys)  # already the new name ("Mia" renamed "Mia Kovac")
            continue
        span = keys[i : i + n]
        whole = len(span) == n and (
            span == fix.heard
            or (
                fix.kind == "person"
                and n > 1
                and span[0] == fix.heard[0]
                and all(word_close(a, b) for a, b in zip(span[1:], fix.heard[1:], strict=True))
            )
        )
        if whole:
            start, end = tokens[i].start(), tokens[i + n - 1].end()
            last = tokens[i + n - 1].group()
            tail = last[len(last.removesuffix("'s").removesuffix("’s")) :]
            out += [text[at:start], fix.name + tail]
            at, i = end, i + n
            continue
        first = tokens[i].group()
        if (
            alone
            and fix.kind == "person"
            and n > 1
            and first[:1].isupper()
            and keys[i] == fix.heard[0]
            and person_key(new_words[0]) != fix.heard[0]
        ):
            tail = first[len(first.removesuffix("'s").removesuffix("’s")) :]
            out += [text[at : tokens[i].start()], new_words[0] + tail]
            at = tokens[i].end()
        i += 1
    return "".join(out) + text[at:]


def respell_follow_ups(store: Store, debrief_ids: Iterable[int] | None = None) -> None:
    """Write the follow-ups of ``debrief_ids`` (every call: None) with the user's spellings;
    a text the user set is theirs and stays."""
    found = fixes(store)
    if not found:
        return
    ids = [] if debrief_ids is None else list(debrief_ids)
    if debrief_ids is not None and not ids:
        return
    marks = ", ".join("?" * len(ids))

    def of_calls(column: str, joined: str = " WHERE") -> str:
        """The condition to read only the calls asked for (none: every call)."""
        return f"{joined} {column} IN ({marks})" if debrief_ids is not None else ""

    rows = store.rows(
        "SELECT f.id, f.debrief_id, f.text FROM follow_ups f WHERE NOT EXISTS"
        " (SELECT 1 FROM user_fields u WHERE u.entity = 'follow_up' AND u.entity_id = f.id"
        " AND u.field = 'text')" + of_calls("f.debrief_id", " AND"),
        ids,
    )
    named: dict[int, set[str]] = {}
    calls = {int(r["debrief_id"]) for r in rows}
    # who each of those calls names: only those calls are read (this runs at every re-plan)
    for r in store.rows(
        "SELECT d.id, c.key FROM debriefs d JOIN contacts c ON c.id = d.contact_id"
        + of_calls("d.id")
        + " UNION ALL SELECT debrief_id, key FROM people_mentioned"
        + of_calls("debrief_id")
        + " UNION ALL SELECT d.id, co.key FROM debriefs d JOIN companies co ON co.id = d.company_id"
        + of_calls("d.id")
        + " UNION ALL SELECT m.debrief_id, co.key FROM companies_mentioned m"
        " JOIN companies co ON co.id = m.company_id" + of_calls("m.debrief_id"),
        ids * 4,
    ):
        if int(r["id"]) in calls:
            named.setdefault(int(r["id"]), set()).add(r["key"])
    for r in rows:
        new = respell(r["text"], found, named.get(int(r["debrief_id"]), set()))
        if new != r["text"]:
            store.db.execute("UPDATE follow_ups SET text = ? WHERE id = ?", [new, r["id"]])


def as_filed(store: Store, debrief_id: int) -> tuple[dict[str, str], list[tuple[str, str | None]]]:
    """How call ``debrief_id``'s follow-ups and referrals read once filed, for the summary
    `add` prints: each follow-up's extracted text -> its text with the user's spellings
    (`todo` shows the same), and the referrals (name, company) as the store names them."""
    texts = {
        str(r["said"]): str(r["text"])
        for r in store.rows(
            "SELECT coalesce(source_text, text) AS said, text FROM follow_ups"
            " WHERE debrief_id = ? AND kind IS NULL ORDER BY id",
            [debrief_id],
        )
    }
    referrals = [
        (str(r["name"]), r["company"])
        for r in store.rows(
            "SELECT name, company FROM people_mentioned WHERE debrief_id = ?"
            " AND relation = 'referral' ORDER BY id",
            [debrief_id],
        )
    ]
    return texts, referrals
