"""The contact's title tied to their name: where neither the rules nor the model kept a title,
the job said right beside a mention of the name, in front of it or after it, anywhere in the
recap: "with the AD over at Fairbrook High, Denise Albright", "MGM's hospitality analytics
director, Rafael Domínguez", "w/ staff scientist Dr. Haruto Bell", "Roberto Alvarez, Patient
Access Supervisor at El Camino", "Cheng Wei. Billing and coding director at Saint Agnes",
"Grant Halvorsen, CSM - Catapult Sports". A name run on past a spaced dash ("Keisha
Montgomery - founder") is cut there first, so that the title after the dash is read.

The other title readers each read one phrase shape at one place (the intro clause, "he's the X"
after the name, "the X at Org, Name" right after "with"); the recaps of writers nobody fitted to
say the title beside the name in shapes none of them reads. Here the evidence is only that the
title phrase touches a mention of the name: after it, past a comma, dash, bracket or full stop,
and ended by what ends a title (a comma, "at", "for", a dash); before it, opened by "the",
"their", "'s", "with", "w/" or the start of a sentence, with at most an organisation ("at/from/of
X") and a description of it between it and the name, no verb or pronoun on the way. A title
phrase is one to five words ending on a title's head word (``[title] heads`` of
``contact_patterns.toml``, the clipped heads and ``tied_title_heads`` of ``word_lists.toml``, an
acronym only in capitals), all lower case or all capitalised (a typed note's "Regulatory Affairs
Specialist"), with no past cue ("former", "retired"). The first mention with such a title wins.
See docs/extraction-history.md, "contact29: the title tied to the contact's name".
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import cue_set, title_head_words, word_list
from debrief.extract.title_bare import of_part_end, with_of
from debrief.models import Contact

#: Marks between the name and a title said after it ("Name, title", "Name - title").
_AFTER_MARKS = {",", "-", "–", "—", "(", ":", "."}
#: What may follow a title said after the name: the end of the phrase.
_TITLE_ENDS = {",", ".", "at", "@", "for", "with", "from", "-", "–", "—", ")", "in", ";", "of"}
#: What ties a title run on after the name with no mark to its place ("<name> owner of X").
_RUN_ON_LINKS = {"at", "of", "from", "@", "for"}
#: Words that open a title said in front of the name ("the AD", "MGM's director", "w/ staff").
_FRONT_OPENERS = {"the", "their", "'s", "’s", "with", "w/", "w", "our", "a", "an"}
#: Words that tie a title said in front of the name to an organisation between them.
_LINKS = {"at", "from", "of", "for", "with", "@"}
#: Forms of address that may stand between a title and the name ("staff scientist Dr. Bell").
_ADDRESS = word_list("forms_of_address") | word_list("academic_address")
#: Words a title phrase has at most; words between a front title and the name at most.
_MOST_WORDS, _MOST_BETWEEN = 5, 14
#: "his name (is)" / "her name('s)" between a title and the name ("the manager ... his name is
#: bao"): ``name_said_cues`` of ``word_lists.toml``, the two words before the one before the
#: name (whatever that is), read through the per-doc phrase matcher (house41).
_NAME_SAID = "name_said_cues"


@cache
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """(head words, head words taken only in capitals)."""
    tied = word_list("tied_title_heads")
    caps = frozenset(w for w in tied if len(w) <= 3)
    return title_head_words() | (tied - caps), caps


def said_heads() -> frozenset[str]:
    """The head words a title said in words of its own ends on, in any case: the title heads,
    the clipped ones ("mgr") and the tied heads that are words, not acronyms ("chair",
    "commissioner"); :mod:`~debrief.extract.title_later` reads "he's their X" with these."""
    return _heads()[0]


@cache
def _name_said() -> tuple[str, ...]:
    return tuple(sorted(word_list(_NAME_SAID)))


@cache
def _refused() -> frozenset[str]:
    return word_list("title_past_cues") | {"retired", "ret", "interim", "acting", "old"}


def _is_head(doc: Doc, i: int) -> bool:
    heads, caps = _heads()
    t = doc[i]
    if t.lower_ in caps:
        return t.is_upper
    return t.lower_ in heads and t.ent_type_ != "PERSON"


def _word(doc: Doc, i: int) -> bool:
    """A word a title may hold: a noun, adjective or name word, or "&"/"and" inside it."""
    t = doc[i]
    if t.lower_ in _refused():
        return False
    return (t.is_alpha or "-" in t.text) and t.pos_ in {"NOUN", "PROPN", "ADJ", "VERB"}


def _cased(doc: Doc, lo: int, hi: int) -> bool:
    """All lower case (an acronym or a name word first allowed: "Figma researcher"), or all
    capitalised as typed notes write a title."""
    words = [doc[i] for i in range(lo, hi) if doc[i].is_alpha]
    if all(t.is_title or t.is_upper for t in words):
        return True
    return all(t.is_lower or t.is_upper or (k == 0) for k, t in enumerate(words))


def _phrase(doc: Doc, lo: int, hi: int) -> bool:
    """``doc[lo:hi]`` is a title phrase: words a title holds ("and"/"&" only inside), ending
    on a head word, cased as one."""
    if not 0 < hi - lo <= _MOST_WORDS or not _is_head(doc, hi - 1):
        return False
    for i in range(lo, hi - 1):
        joiner = doc[i].lower_ in {"and", "&"} and i > lo
        if not (joiner or _word(doc, i) or _is_head(doc, i)):
            return False
    return _cased(doc, lo, hi) and doc[lo].lower_ not in {"and", "&"}


def _run_on(doc: Doc, lows: list[str], hi: int) -> str | None:
    """The title said right after the full name with no mark between, as speech and quick
    notes run them on ("talked with <name> infection preventionist at <org>", "<Name> chair
    of hospitality at <Org>"): lower-case nouns and adjectives only, ending on a head word
    and tied to a place by "at/of/from/for" (no clause: "<Name> runs operations at")."""
    for end in range(min(len(doc) - 1, hi + _MOST_WORDS), hi, -1):
        if lows[end] not in _RUN_ON_LINKS or not _phrase(doc, hi, end):
            continue
        words = doc[hi:end]
        if not all(t.is_lower and t.pos_ in {"NOUN", "ADJ", "PROPN"} for t in words):
            return None
        # "chair of hospitality at <Org>": a unit, then the place; "owner of rez sun power":
        # the place itself
        unit = of_part_end(doc, end) if lows[end] == "of" else end
        placed = unit > end and unit < len(doc) and lows[unit] in {"at", "@"}
        return with_of(doc, end, words.text) if placed else words.text
    return None


def _after(doc: Doc, lows: list[str], hi: int, full: bool = False) -> str | None:
    """The title said right after a mention ending at ``hi`` (run on with no mark after the
    full name: :func:`_run_on`)."""
    if full and hi < len(doc) and lows[hi] not in _AFTER_MARKS:
        return _run_on(doc, lows, hi)
    if hi >= len(doc) or lows[hi] not in _AFTER_MARKS:
        return None
    j = hi + 1
    if j < len(doc) and lows[j] in {"now", "the", "a", "an"}:
        j += 1  # "Efosa Adeyemi-Okafor, now PM at KSV"
    for end in range(min(len(doc), j + _MOST_WORDS), j, -1):
        if not _phrase(doc, j, end):
            continue
        nxt = lows[end] if end < len(doc) else "."
        if nxt not in _TITLE_ENDS and "\n" not in doc[end - 1].whitespace_ + doc[end].text:
            return None
        if lows[hi] == "." and nxt not in {",", "at", "@", "for", "-", "–", "—"}:
            return None  # "Name. Billing director at X": a verbless line, not any sentence
        title = doc[j:end].text
        return with_of(doc, end, title) if nxt == "of" else title
    return None


def _front(doc: Doc, lows: list[str], lo: int) -> str | None:
    """The title said in front of a mention starting at ``lo``."""
    k = lo - 1
    while k >= 0 and lows[k] in _ADDRESS:
        k -= 1
    if k >= 2 and cue_set(doc.vocab, _name_said()).ends_at(doc, k):
        k -= 3  # "... manager at community regional his name is bao nguyen"
    elif k >= 0 and lows[k] in {",", "-", "–", "—"}:
        k -= 1
    for h in range(k, max(-1, k - _MOST_BETWEEN), -1):
        t = doc[h]
        if t.pos_ in {"VERB", "AUX", "PRON"} and not _is_head(doc, h):
            return None  # a clause between may be about someone else
        if t.text in {"\n", "\n\n"} or "\n" in t.text:
            return None
        if not _is_head(doc, h):
            continue
        between = lows[h + 1 : k + 1]
        if between and between[0] not in _LINKS and between[:2] != ["over", "at"]:
            continue  # the head word must end the title or be followed by its place
        for start in range(max(0, h - _MOST_WORDS + 1), h + 1):
            if not _phrase(doc, start, h + 1):
                continue
            before = lows[start - 1] if start > 0 else "."
            if before in _FRONT_OPENERS or before in {".", ",", ":"} or doc[start].is_sent_start:
                return doc[start : h + 1].text
        return None
    return None


def _mentions(doc: Doc, lows: list[str], name: str) -> list[tuple[int, int]]:
    """Every place the name is said in full, then where its first or last word is."""
    words = name.lower().split()
    full = []
    # "Asante-Boateng" is one word or three tokens ("asante", "-", "boateng")
    for form in {tuple(words), tuple(name.lower().replace("-", " - ").split())}:
        n = len(form)
        full += [(i, i + n) for i in range(len(doc) - n + 1) if tuple(lows[i : i + n]) == form]
    parts = {words[0], words[-1]} if len(words) > 1 else set()
    return full + [(i, i + 1) for i, w in enumerate(lows) if w in parts]


def _dash_cut(contact: Contact) -> Contact:
    """ "Keisha Montgomery - founder", "Aoife Brennan - recruiter": a typed heading's name run
    on past a spaced dash into the title is the name before it (the title is read after it)."""
    name = contact.name or ""
    for dash in (" - ", " – ", " — "):
        if dash in name:
            head = name.split(dash)[0].strip()
            return replace(contact, name=head or None) if head else contact
    return contact


def tied_title(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with the title said beside a mention of their name where it has none
    (module doc); unchanged otherwise."""
    contact = _dash_cut(contact)
    if contact.title or not contact.name:
        return contact
    lows = lowers(doc)
    n = len(contact.name.split())
    for lo, hi in _mentions(doc, lows, contact.name):
        title = _after(doc, lows, hi, full=n > 1 and hi - lo >= n) or _front(doc, lows, lo)
        if title:
            return replace(contact, title=title)
    return contact
