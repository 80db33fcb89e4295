"""The contact's title said right beside their name, where no other reading kept one.

"the co-founder is Tunde Bakare", "Had a call with the CEO of Quiet Room, a four-person
startup, Anouk de Vries", "Community Research Lead at Fable (the testing platform), Yusuf
Demir", "w/ Naledi Khumalo - Health Equity Lead", "Roza Melnychuk, GS-12 supply management
specialist": the rules and the model read a title in their own few shapes (after the name,
opened by "the" after "with", lower case), and where the recap says it in another, the
contact is kept with no title. Counted over the development authors
(docs/extraction-history.md, "contact38"), a title missed where the name is right is one of
the kinds the most authors show, each in its own shape; what they share is where it is said:
next to the contact's name, with nothing between them but an organisation, a comma, a dash
or "is".

So this decides one thing, on the combined answer: where a name is kept and no title, the
title phrase said nearest the name's mentions (a run of one to four words ending on a job
title's head word, ``[title] heads`` of ``pipelines/contact_patterns.toml`` or a clipped head;
any casing), before it within the same sentence or after it within a few words, with no
other person, no finite verb but "is" and no full stop between them. A head that is part of
a longer noun ("the owner stuff"), another's ("the co-founder's cousin", "my manager") or a
past job ("was a line cook once") is no title.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.doc_arrays import lowers, word_runs
from debrief.extract.lexicon import title_head_words
from debrief.models import Contact

#: How far before the name's mention a title's head may end ("the CEO of Quiet Room, a
#: four-person accessibility startup, Anouk de Vries").
_BEFORE = 14
#: How far after the name's mention a title's head may be ("Mei-Ling Chou, she's the one I
#: talked to, recruiting coordinator" is too far; "Tina Fa'asalele, she's a GS-13 contract
#: specialist" is not).
_AFTER = 7
#: Words a title has at most.
_MOST_WORDS = 4
#: Verbs allowed between the title and the name ("the co-founder is Tunde", "she's a"); not
#: "was": a past job ("Ines was a line cook once") is no title now (title31).
_COPULA = {"is", "'s"}
#: Words an organisation said between a title and the name opens on ("the CTO of Brindle").
_PLACE_LINKS = {"of", "at", "from"}
#: A finite verb's tags: a clause between the title and the name ("she goes by").
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
#: Words that say a title belongs to the speaker or another: no title of the contact.
_NOT_THEIRS = {"i", "my", "me", "we", "our", "his", "her", "your"}
#: Words a title's run may hold besides nouns and adjectives ("Sr.", "GS-12", "co-founder").
_RANK = {"sr", "sr.", "jr", "jr.", "senior", "junior", "chief", "lead", "assistant", "associate"}


def _title_at(doc: Doc, head: int, floor: int) -> tuple[int, str] | None:
    """The title ending on ``doc[head]``, starting at ``floor`` or later: (its first token,
    its text) or None."""
    nxt = doc[head + 1] if head + 1 < len(doc) else None
    if nxt is not None and nxt.is_alpha and nxt.pos_ in {"NOUN", "PROPN"} and nxt.is_lower:
        return None  # "the owner stuff": the head is part of a longer noun
    if nxt is not None and nxt.tag_ == "POS":
        return None  # "the co-founder's brother-in-law": another person
    lo = head
    while lo > floor and head - lo + 1 < _MOST_WORDS + 2:
        prev = doc[lo - 1]
        low = prev.lower_
        if prev.text == "-" and lo - 2 >= floor and doc[lo - 2].is_alpha and not prev.whitespace_:
            lo -= 2  # "co-founder", "GS-12"
            continue
        if low in _RANK or (
            (prev.is_alpha or prev.like_num or "-" in prev.text)
            and (prev.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"} or prev.tag_ == "VBG")
            and low not in _NOT_THEIRS
            and prev.ent_type_ != "GPE"
        ):
            lo -= 1
            continue
        break
    words = [t for t in doc[lo : head + 1]]
    if len([t for t in words if t.is_alpha]) > _MOST_WORDS:
        return None
    if lo > 0 and doc[lo - 1].lower_ in _NOT_THEIRS:
        return None  # "my manager", "her boss": another's
    return lo, doc[lo : head + 1].text


def _clear(doc: Doc, lo: int, hi: int, own: set[int]) -> bool:
    """Nothing between ``doc[lo:hi]`` that would make the title another's: no full stop, no
    finite verb but a copula, no other person (``own``: the tokens of the name's mention and
    of a person entity run over it; a person entity said after "of", "at", "from" is a
    misread organisation, "the CTO of Brindle Works")."""
    for t in doc[lo:hi]:
        if t.text in {".", "!", "?", ";"} or "\n" in t.text:
            return False
        if t.tag_ in _FINITE and t.lower_ not in _COPULA:
            return False
        if t.ent_type_ == "PERSON" and t.i not in own:
            return False
        if t.lower_ in {"i", "we", "and", "but", "or"}:
            return False
    return True


def _own(doc: Doc, start: int, end: int) -> set[int]:
    """The tokens ``_clear`` lets a person entity hold: the name's mention, a person entity
    run over it, and a person entity after "of", "at", "from"."""
    own = set(range(start, end))
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        overlaps = ent.start < end and start < ent.end
        placed = ent.start > 0 and doc[ent.start - 1].lower_ in _PLACE_LINKS
        if overlaps or placed:
            own.update(range(ent.start, ent.end))
    return own


def _mentions(doc: Doc, name: str) -> list[tuple[int, int]]:
    """Where the name is said in full, any casing: (start, end) token indices."""
    words = name.lower().split()
    return [(i, i + len(words)) for i in word_runs(lowers(doc), words)]


def title_beside(doc: Doc, name: str | None) -> str | None:
    """The title said nearest the contact's name (module docstring), or None."""
    if not name:
        return None
    mentions = _mentions(doc, name)
    if not mentions:
        return None
    heads = title_head_words()
    lows = lowers(doc)
    best: tuple[int, str] | None = None
    for start, end in mentions:
        own = _own(doc, start, end)
        for h in range(max(0, start - _BEFORE), min(len(doc), end + _AFTER + 1)):
            if start <= h < end or lows[h] not in heads:
                continue
            found = _title_at(doc, h, 0 if h < start else end)
            if found is None:
                continue
            lo, text = found
            if h < start:
                gap, ok = start - h, _clear(doc, h + 1, start, own)
            else:
                gap, ok = lo - end, lo >= end and _clear(doc, end, lo, own)
            if ok and (best is None or gap < best[0]):
                best = (gap, text)
        if best is not None:
            break  # the first mention the title is said beside
    return best[1] if best else None


def titled_beside(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with the title said beside its name where it has none."""
    if contact.title is not None or not contact.name:
        return contact
    title = title_beside(doc, contact.name)
    return replace(contact, title=title) if title else contact
