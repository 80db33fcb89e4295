"""A contact "named" by a rank alone: "Talked to Master Sgt. Alvarez today", "call with Sgt.
Maj. Alvarez, a logistics planner at ...". Both answers can stop at the rank's abbreviation
dot, leaving the name "Master Sgt" or "Sgt" and, in the second, the rest ("Maj. Alvarez") as
the company. A rank is never a name, so :func:`rank_only` reads the capitalised words said
after the rank (and any further rank words, "(ret.)") as the name, and drops a company made
of those words and ranks. Rank words are ``[intro] ranks`` of ``contact_patterns.toml`` and
``person_ranks`` in ``word_lists.toml``.

:func:`rank_dropped` reads a name that a rank still opens ("Major Luis Reyes", "Sergeant Major
Tuilagi", "Command Sergeant Major Ngozi Eze"): "Major" is a census given name, so the readers
that drop a leading rank (``person_ranks``) keep it, with any rank words before it. Every
development author who files such a contact files the name without the rank, before a
surname alone too (ai, ax, s, z: contact50, people41), as people.py files the people
mentioned (``[context] ranks_left_out`` of ``people_cues.toml``); the forms of address ("Ms.
Hargreaves", "Brother Anselm") are another matter, on which the authors differ, and stay.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from debrief.extract.lexicon import rank_words
from debrief.extract.people_cues import people_cues
from debrief.models import Contact

#: punctuation and words that may stand between the ranks and the name ("(ret.)")
_BETWEEN = {".", "(", ")", "ret", "ret.", "retired", ","}


@lru_cache(maxsize=1)
def _ranks() -> frozenset[str]:
    # "Maj." is said before a name as often as "Major"
    return rank_words() | {"maj", "gen", "adm", "cpl"}


def _is_rank(word: str) -> bool:
    return word.lower().rstrip(".") in _ranks()


def rank_only(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with a name that is only rank words replaced by the name said after them
    (module doc); unchanged in any other case."""
    words = (contact.name or "").split()
    if not words or not all(_is_rank(w) for w in words):
        return contact
    last = words[-1].rstrip(".")
    for tok in doc:
        if tok.text.rstrip(".") != last:
            continue
        i = tok.i + 1
        while i < len(doc) and (doc[i].lower_ in _BETWEEN or _is_rank(doc[i].text)):
            i += 1
        name: list[str] = []
        while i < len(doc) and len(name) < 3 and doc[i].is_title and not _is_rank(doc[i].text):
            name.append(doc[i].text)
            i += 1
        if not name:
            continue
        company = contact.company
        if company and all(_is_rank(w) or w in name for w in company.split()):
            company = None  # "Maj. Alvarez": the rest of the name, not an organisation
        return replace(contact, name=" ".join(name), company=company)
    return contact


@lru_cache(maxsize=1)
def _left_out() -> tuple[frozenset[str], frozenset[str]]:
    """(the ranks a name is filed without, every word a rank is made of): ``[context]
    ranks_left_out`` and ``rank_words`` of ``people_cues.toml``."""
    ctx = people_cues()["context"]
    left = frozenset(ctx["ranks_left_out"])
    return left, left | frozenset(ctx["rank_words"]) | {"maj"}


def rank_dropped(contact: Contact) -> Contact:
    """``contact`` without the rank words that open its name, where they hold a rank the
    name is filed without and a word of the same case follows them (module doc)."""
    left, words_of = _left_out()
    words = (contact.name or "").split()
    i = 0
    while i < len(words) - 1 and words[i].lower().rstrip(".") in words_of:
        i += 1
    if not i or not any(w.lower().rstrip(".") in left for w in words[:i]):
        return contact
    # "Major Reyes" and "major reyes", never "Major league" nor "General Mills"
    if words[i][:1].isupper() != words[0][:1].isupper() or not words[i][:1].isalpha():
        return contact
    return replace(contact, name=" ".join(words[i:]))
