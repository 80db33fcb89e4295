"""The contact's title said first, the name only after it: "the call this morning was with a
CX program manager at Zappos, on the customer loyalty team, ... Her name is Amara", "talked to
a CRA tonight, her name is Rowena Bautista", "a call last night with the CEO of Quiet Room, a
four-person accessibility startup, Anouk de Vries", or a function said beside the name as
"the X guy": "talked to tomasz the labor relations guy at denver health".

A user who does not yet know the name (or says it late) introduces the contact by what they
do. ``contact_title_first`` reads the tidy form of this ("with the operations lead at Wren,
..., Priscila Gonçalves": "at"/"from", no verb before the name); here the name may come in the
next sentence when it is introduced as a name ("her name is", "name's"), the organisation may
follow "of", and the function may be said with "guy"/"lady"/"person" after it, whose words
before ("labor relations", "service sales") are the title. Runs on the combined answer
(:func:`~debrief.extract.roles_combine.combine`) only where no title was kept.
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.contact_title_first import title_words
from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import title_heads, word_list

#: Words that open a title said first ("with a CX program manager", "to the people director").
_OPENERS = {"the", "a", "an", "their"}
#: Words the user says before whom they talked with ("a call with", "talked to"). Not "was":
#: "She was a designer at Pentagram" is the contact's past, not whom the user talked with.
_CALLED_WITH = {"with", "to", "called", "phoned", "met", "interviewed"}
#: A function said as a person ("the labor relations guy"): the words before it are the title.
_PERSON_WORDS = {"guy", "lady", "woman", "man", "gal", "person", "dude"}
#: What may follow a title said first: where they work, or a pause ("a CRA tonight, ...").
_AFTER = {"at", "from", "of", "with", "for", ",", ".", ";", "tonight", "today", "yesterday"}
#: What may follow a function said right after the name ("tomasz the labor relations guy at").
_BESIDE = {"at", "from", "of", "for", ","}
#: Where they work, when no name is said ("the service sales guy at Johnson Controls").
_PLACE_LINKS = {"at", "from", "of"}
#: Words of the recap's opening where whom the user talked with is read when no name is said.
_MOST_OPENING = 40
#: Words a title said first has at most; words between its end and the name at most.
_MOST_WORDS = 4
_MOST_BETWEEN = 25
#: Sentence ends: the name is said in the title's sentence or the next one.
_ENDS = {".", "!", "?"}
#: "her name is Amara", "Name is Yolanda", "his name's Gus".
_NAME_IS = {"is", "'s", "’s", "was"}


def _name_spans(lows: list[str], name: str) -> list[tuple[int, int]]:
    """Where the contact's name is first said, and where its first word is first said (the
    given name alone is often said first: "talked to tomasz the labor relations guy ...,
    tomasz wisniewski"), earliest first."""
    spans = set()
    for words in (name.lower().split(), name.lower().split()[:1]):
        n = len(words)
        for i in range(len(lows) - n + 1):
            if lows[i : i + n] == words:
                spans.add((i, i + n))
                break
    return sorted(spans)


def _function_words(doc: Doc, lo: int, hi: int) -> str | None:
    """``doc[lo:hi]`` before "guy"/"lady" as a function: one to three lower-case nouns
    ("labor relations", "service sales") or a short acronym ("HR"), no name, no adjective
    ("the nice guy"), not a governing body whose "guy" is a member ("the board guy")."""
    words = doc[lo:hi]
    if not 0 < len(words) <= 3 or words[-1].lower_ in word_list("title_function_refused"):
        return None
    for t in words:
        short_acronym = t.is_upper and t.is_alpha and len(t) <= 4  # "the HR lady"
        if not (short_acronym or (t.is_alpha and t.is_lower and t.pos_ == "NOUN")):
            return None
        if t.ent_type_ and not short_acronym:
            return None
    return words.text


def _title_at(doc: Doc, lows: list[str], k: int, after: set[str]) -> tuple[str, int] | None:
    """The title opened at ``k`` ("the"/"a"), and where it ends: a title ending on a head
    word, or the words of a function before "guy"; followed by a word of ``after``."""
    heads = title_heads()
    for end in range(min(len(doc) - 1, k + 1 + _MOST_WORDS), k + 1, -1):
        if lows[end] not in after:
            continue
        if lows[end - 1] in _PERSON_WORDS:
            title = _function_words(doc, k + 1, end - 1)
        elif lows[end - 1] in heads:
            title = title_words(doc, k + 1, end)
        else:
            continue
        return (title, end) if title else None
    return None


def _plain_between(doc: Doc, lo: int, hi: int) -> bool:
    """Nothing between the title and the name that could be about someone else: no verb or
    pronoun (title18's shape: "..., the app company, Priscila")."""
    return not any(t.pos_ in {"VERB", "AUX", "PRON"} for t in doc[lo:hi])


def _named_as_name(lows: list[str], at: int) -> int | None:
    """Where "her name is" / "name's" that introduces the name at ``at`` starts."""
    fillers = word_list("title_fillers")
    i = at - 1
    while i > 0 and lows[i] in fillers:
        i -= 1
    if i < 2 or lows[i] not in _NAME_IS or lows[i - 1] != "name":
        return None
    return i - 1 if lows[i - 2] not in {"her", "his", "their"} else i - 2


def _others_between(doc: Doc, lo: int, hi: int, own: set[str]) -> bool:
    """Another person or more than one sentence end between the title and the name."""
    ends = 0
    for t in doc[lo:hi]:
        if t.ent_type_ == "PERSON" and t.lower_ not in own:
            return True
        ends += t.text in _ENDS
    return ends > 1


def _called_with(lows: list[str], k: int, fillers: frozenset[str]) -> bool:
    """Whether the opener at ``k`` follows whom the user talked with ("with, um, a")."""
    before = k - 1
    while before > 0 and lows[before] in fillers:
        before -= 1
    return lows[before] in _CALLED_WITH


def _unnamed(doc: Doc, lows: list[str]) -> str | None:
    """No name was said ("Talked to the service sales guy at Johnson Controls, the one my
    cousin set up"): the title of whom the user first says they talked with, placed at an
    organisation, in the recap's opening words."""
    fillers = word_list("title_fillers") - _OPENERS
    for k in range(1, min(len(doc), _MOST_OPENING)):
        if lows[k] in _OPENERS and _called_with(lows, k, fillers):
            found = _title_at(doc, lows, k, _PLACE_LINKS)
            return found[0] if found else None
    return None


def title_named_after(doc: Doc, name: str | None) -> str | None:
    """The contact's title said first, by whom the user talked with ("with a CX program
    manager at Zappos"), and the name within the same or the next sentence, after a comma or
    full stop with no verb between or introduced as a name ("Her name is Amara"); or a
    function said right after the name ("tomasz the labor relations guy at denver health")."""
    lows = lowers(doc)
    if not name:
        return _unnamed(doc, lows)
    spans = _name_spans(lows, name)
    if not spans:
        return None
    own = set(name.lower().split())
    for _, stop in spans:
        if stop < len(doc) - 2 and lows[stop] in _OPENERS:
            # "tomasz the labor relations guy at denver health": a function beside the name
            found = _title_at(doc, lows, stop, _BESIDE)
            if found and lows[found[1] - 1] in _PERSON_WORDS:
                return found[0]
    at = spans[0][0]
    fillers = word_list("title_fillers") - _OPENERS
    for k in range(max(1, at - _MOST_BETWEEN), at - 1):
        if lows[k] not in _OPENERS:
            continue
        if not _called_with(lows, k, fillers):
            continue
        found = _title_at(doc, lows, k, _AFTER)
        if found is None:
            continue
        title, end = found
        named = _named_as_name(lows, at)
        if named is not None and named >= end:
            if not _others_between(doc, end, named, own):
                return title
            continue
        plain = lows[at - 1] in {",", "."} and _plain_between(doc, end, at)
        if plain and not _others_between(doc, end, at, own):
            return title
    return None
