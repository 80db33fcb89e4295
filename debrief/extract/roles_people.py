"""Who the combination of the rules and the roles model files as people mentioned, once the
contact is final: the contact's own name said apart ("Nadia Petrova" beside the contact
"Nadia") is no other person, and who introduced the speaker, whom the rules took for the
contact, is one (:func:`debrief.extract.roles_combine.combine`)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import honorific_words
from debrief.extract.people_cues import people_cues
from debrief.models import Person
from debrief.names import person_key


def _initialled(mine: list[str], theirs: list[str]) -> bool:
    """ "Zoe P." beside "Zoe Papadopoulos": the same given name, and the surname said by its
    initial alone (people40)."""
    return (
        len(mine) == len(theirs) == 2
        and mine[0] == theirs[0]
        and len(mine[1]) == 1
        and len(theirs[1]) > 1
        and theirs[1].startswith(mine[1])
    )


@lru_cache(maxsize=1)
def _introducer_cues() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """people_cues.toml's nouns of who introduced the speaker ("Winona's cousin") and the
    phrases said after them ("connected us", "set it up", "mentioned")."""
    ctx = people_cues()["context"]
    phrases = tuple(tuple(p.split()) for p in ctx["low_after"] + ctx["introducer_verbs"])
    return frozenset(ctx["introducer_nouns"]), phrases


def introducer(doc: Doc, rules_name: str | None, name: str | None) -> str | None:
    """ "this was Winona's cousin, Lance Whitebear", "Kalinda Brooks introduced us": the rules
    took who introduced the speaker for the contact, and the model named the contact; the
    rules' name, said before "'s cousin", "introduced us" or "mentioned" ("the guy that Ingrid
    mentioned"), is a person mentioned."""
    if not rules_name or not name:
        return None
    shown = without_possessive(rules_name)
    key = person_key(shown).split()
    if not key or same_person(" ".join(key), person_key(name)):
        return None
    return said_as_introducer(doc, shown)


def without_possessive(name: str) -> str:
    """The name without a possessive "'s" the rules kept ("Rabbi Feldman's")."""
    return name[:-2] if name.endswith(("'s", "\u2019s")) else name


def said_as_introducer(doc: Doc, name: str) -> str | None:
    """The text of ``name`` (capitalised) where the recap says it as who introduced the
    speaker: before "'s" and an introducer noun ("Kalinda's friend"), or before "introduced
    us", "set it up", "mentioned"; else None."""
    key = person_key(name).split()
    if not key:
        return None
    nouns, phrases = _introducer_cues()
    n = len(key)
    words = lowers(doc)
    for i in range(len(doc) - n):
        if words[i : i + n] != key:
            continue  # (on the words first: a span and its tokens built at every word cost more)
        toks = doc[i : i + n]
        if not all(t.text[:1].isupper() for t in toks):
            continue
        rest = [t.lower_ for t in doc[i + n : i + n + 4]]
        if rest[:1] == ["'s"] and any(w in nouns for w in rest[1:3]):
            return toks.text
        if any(tuple(rest[: len(p)]) == p for p in phrases):
            return toks.text
    return None


def same_person(key: str, contact_key: str) -> bool:
    """ "Nadia Petrova" beside the contact "Nadia", "Bryce" beside "Bryce Halvorsen": a person
    whose name's words are all the final contact's, or hold all of them, is the contact (the
    people were found against the rules' contact, which the model may have changed). The
    contact in any form it is said (people27): an honorific on either side is no word of the
    name ("Dr. Abernathy-Cole" is "Helena Abernathy-Cole"), and a one-word short form that
    begins the other's given name, but for its last letter ("Dee" of "Deandra Holloway", "Theo"
    of "Theodore Amsel"), and the given name with the surname's initial ("Zoe P.")."""
    honor = honorific_words()  # each a person key already ("dr." -> "dr")
    mine = [w for w in key.split() if w not in honor]
    theirs = [w for w in contact_key.split() if w not in honor]
    if not mine or not theirs:
        return False
    if set(mine) <= set(theirs) or set(theirs) <= set(mine):
        return True
    if _initialled(mine, theirs) or _initialled(theirs, mine):
        return True
    short, full = (mine, theirs) if len(mine) < len(theirs) else (theirs, mine)
    # a short form keeps the given name's start but for its last letter ("Dee", "Deandra")
    return (
        len(short) == 1
        and 3 <= len(short[0]) < len(full[0])
        and len(full) >= 2
        and full[0].startswith(short[0][:-1])
    )


#: labels of the roles model that mark no person (the ``veto`` policy of :func:`people_keys`)
_NOT_PEOPLE = {"ORG", "CONTACT_ORG", "CONTACT_TITLE"}


def people_keys(
    how: str, rp: dict[str, Person], mp: dict[str, Person], spans: list[Span]
) -> list[str]:
    """The people kept by the combination's ``people`` policy (rules / model / union /
    intersection / intersection_or_referral / veto), as person keys of the rules' (``rp``)
    and the model's (``mp``) people."""
    if how == "rules":
        keys = list(rp)
    elif how == "model":
        keys = list(mp)
    elif how == "union":
        keys = list(rp) + [k for k in mp if k not in rp]
    elif how == "intersection":
        keys = [k for k in rp if k in mp]
    elif how == "intersection_or_referral":
        # a person the rules file as a referral (a cue: "reach out to", "said I should call")
        # stands without the model
        keys = [k for k in rp if k in mp or rp[k].relation == "referral"]
    elif how == "veto":
        # the rules' people, less those the model marks as an organisation or a job title
        not_people = {person_key(s.text) for s in spans if s.label_ in _NOT_PEOPLE}
        keys = [k for k in rp if k not in not_people or k in mp]
    else:
        raise ValueError(f"unknown policy {how!r}")
    return keys
