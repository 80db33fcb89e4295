"""The thank-you draft's words said to the contact (issue 14): ``pipelines/thanks.toml``
parsed once (:func:`thanks_rules`), and the rules of its ``[to_you]`` and ``[promise]``
tables that read whose pronouns a recap uses for its contact (:func:`whose_pronouns`,
:func:`singular_they`), turn the contact's name and pronouns into "you" with the verb
agreeing (:func:`to_you`), and say the user's next step as a promise (:func:`as_promise`).

Apart from the draft (:mod:`debrief.store.thanks`) because the reach-out ledger
(:mod:`debrief.store.habits`) and the spoken-since line (:mod:`debrief.store.spoken_since`)
read a recap's contact with the same rules (:func:`contact_pronouns`), and the lists beside
a due date (:mod:`debrief.store.said_dates`) read the same file, without the draft's store
queries."""

from __future__ import annotations

import re
from typing import Any

from debrief.config import cue_file


def thanks_rules() -> dict[str, Any]:
    """``pipelines/thanks.toml``, read once per process: the note's template, ``due_words``
    and ``due_before`` (a follow-up's date as filed or dropped), ``[to_you]``, ``[promise]``
    and ``[offers]`` (:func:`debrief.config.cue_file`). Callers read it and never change it."""
    return cue_file("thanks.toml")


_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")


def whose_pronouns(text: str, rules: dict[str, Any]) -> str | None:
    """``he`` or ``she``: the pronouns a recap uses most (most of a recap is about the
    contact), or None when it uses neither more (then only the name is addressed)."""
    said = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    count = {
        g: sum(w in rules[g] or (g == "she" and w == "her") for w in said) for g in ("he", "she")
    }
    if count["he"] == count["she"]:
        return None
    return "he" if count["he"] > count["she"] else "she"


def as_promise(text: str, rules: dict[str, Any]) -> str:
    """The user's next step (already said to the contact) as a promise made to them in the
    note (qa55): "I promised to send you the link" -> "As promised, I will send you the link",
    "I need to email you the deck by Friday" -> "I will email you the deck by Friday", "send
    you my resume" -> "I will send you my resume"; "My next step: " before any other.
    ``rules``: ``[promise]`` of ``pipelines/thanks.toml``."""
    low = text.lower().replace("’", "'")
    for lead, said in rules["leads"]:
        if low.startswith(lead) and len(text) > len(lead):
            return said + text[len(lead) :]
    first = low.split(" ", 1)[0]
    if first in rules["verbs"] and " " in low:
        return "I will " + text[:1].lower() + text[1:]
    return str(rules["fallback"]) + text


def singular_they(text: str, rules: dict[str, Any]) -> bool:
    """Whether the recap calls its contact "they": no "he" or "she" in it, and one of
    ``they_cues`` ("they said", "their advice", "they'll") said (qa53). The note then says
    "you" for "they" ("the template they use" read as someone else's in a note to them)."""
    low = " ".join(w.lower().replace("’", "'") for w in _WORD.findall(text))
    if any(w in rules[g] or w == "her" for g in ("he", "she") for w in low.split()):
        return False
    return any(re.search(rf"\b{re.escape(cue)}\b", low) for cue in rules["they_cues"])


def contact_pronouns(text: str) -> str | None:
    """:func:`whose_pronouns` by the thank-you draft's rules (``[to_you]`` of
    ``pipelines/thanks.toml``): also how the reach-out ledger reads a recap's contact."""
    return whose_pronouns(text, thanks_rules()["to_you"])


def to_you(text: str, names: list[str | None], pronouns: str | None, rules: dict[str, Any]) -> str:
    """``text`` (an insight, the user's next step) said to the contact: their name and their
    ``pronouns`` (``he``/``she``/``they``) become "you"/"your", and a verb after that "you" agrees
    ("She thinks design matters" -> "You think design matters"; "I need to send Donna my
    portfolio" -> "I need to send you my portfolio"). ``rules``: ``[to_you]`` of
    ``pipelines/thanks.toml``."""
    found = list(_WORD.finditer(text))
    low = [m.group().lower().replace("’", "'") for m in found]
    gaps = [text[found[i - 1].end() if i else 0 : m.start()] for i, m in enumerate(found)]
    own = dict(rules[pronouns]) if pronouns else {}
    targets = sorted(
        {tuple(n.lower().split()) for n in names if n}
        | {(n.lower().split()[0],) for n in names if n},
        key=len,
        reverse=True,
    )
    starts = {i for i in range(len(found)) if i == 0 or re.search(r"[.!?]", gaps[i])}
    new: dict[int, str] = {}
    subjects: list[int] = []
    i = 0
    while i < len(found):
        w = low[i]
        name = next((t for t in targets if _says_name(low[i : i + len(t)], t)), None)
        if name:
            last = i + len(name) - 1
            for j in range(i, last):
                new[j] = ""
            possessive = low[last] != name[-1]
            new[last] = "your" if possessive else "you"
            if i in starts:
                starts.add(last)  # "Sofia Brennan said": "You" starts it as "Sofia" did
            if not possessive and (
                i in starts or low[i - 1] in rules["subject_after"] or "," in gaps[i]
            ):
                subjects.append(last)
            i = last + 1
            continue
        if w in own:
            new[i] = own[w]
            if w in ("he's", "she's") and i + 1 < len(low) and low[i + 1] in rules["have_before"]:
                new[i] = "you've"
            if w in ("he", "she"):
                subjects.append(i)
        elif w == "her" and pronouns == "she":
            after = low[i + 1] if i + 1 < len(low) else None
            stop = i + 1 >= len(low) or re.search(r"[.,;:!?]", gaps[i + 1])
            new[i] = "you" if stop or after in rules["her_object_before"] else "your"
        i += 1
    for s in subjects:
        j = s + 1
        while j < len(low) and (low[j] in rules["adverbs"] or low[j].endswith("ly")):
            j += 1
        if j < len(low) and not re.search(r"[.,;:!?]", "".join(gaps[s + 1 : j + 1])):
            verb = _agree(low[j], rules)
            if verb != low[j]:
                new[j] = verb
    out, at = [], 0
    for i, m in enumerate(found):
        if i not in new:
            continue
        out.append(text[at : m.start()])
        word = new[i]
        out.append(word[:1].upper() + word[1:] if i in starts else word)
        at = m.end()
        if not word and at < len(text) and text[at] == " ":
            at += 1  # "Sofia Brennan said": the first name's space goes with it
    out.append(text[at:])
    return "".join(out)


def _says_name(words: list[str], name: tuple[str, ...]) -> bool:
    """``words`` are ``name``, the last one possibly with a possessive "'s"."""
    if len(words) != len(name) or list(name[:-1]) != words[:-1]:
        return False
    return words[-1] in (name[-1], name[-1] + "'s")


def _agree(verb: str, rules: dict[str, Any]) -> str:
    """A present-tense verb after "he"/"she" as it is after "you" ("thinks" -> "think")."""
    if verb in rules["verbs"]:
        return str(rules["verbs"][verb])
    if len(verb) < 3 or not verb.endswith("s") or verb in rules["not_verbs"]:
        return verb
    if verb.endswith(("ss", "us", "is", "'s")):
        return verb
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return verb[:-2]
    return verb[:-1]
