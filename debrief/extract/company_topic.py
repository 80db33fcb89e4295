"""The organisation a recap opens on as the call's topic, where no rule found the company.

Many recaps name the organisation first, as what the call was, before the contact is
introduced: in a heading ("Classwise - Ngozi Uchendu (Head of Talent)", "TD Bank (digital
accessibility team). Marisol Quintero, ..."), as the opening's subject ("ok this one was
Hudl.", "so, Tangerine, the online bank, I just had ...", "Lake Erie Christian, small D2
school, talked with ..."), or after the call word ("Call w/ X -", "Call notes - X", "Recap. X,
Emergency Services, talked to ..."). The rules that read beside the name take nothing there.

This reads the opening: the words before the contact's first mention (or, with no name found,
the opening sentence), at most the first line and the first two sentences. A capitalised run
there is the call's topic when it stands on its own: said at a sentence's or line's start,
after a lead word ("so", "recap", "call", "was", "with"; `[topic] leads` of
``pipelines/contact_patterns.toml`` and the heading's fillers), a heading's mark (". : | -")
or a comma in a chain of lead words ("so, X"), and set off after it (a comma,
bracket, dash, full stop, line break, the end, a call word, or a possessive with a unit after
it: "DMG Mori's training center"). A run inside a clause ("the Rotary lunch", "my Acme
badge", "moved from Denver") is not a topic; the run must be an organisation by
`company_before.an_org` (no place, date, title or person, not the contact's name), not a
word that employs no one (`company_word`), and not said as the speaker's own ("my", "our")
or as an event ("Rotary lunch, ...": an event word after it). The first such run is the
company. The study is in docs/extraction-history.md, "company28".
"""

from __future__ import annotations

import functools
from dataclasses import replace

from spacy.tokens import Doc, Span

from debrief.extract.company_before import an_org
from debrief.extract.company_placed import name_said_at, taken_back, usable_company
from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.lexicon import load_lines, title_heads
from debrief.extract.org_names import display_name
from debrief.models import Contact

#: The most words of an organisation's name read here.
_MOST_WORDS = 5
#: The most tokens of the opening read.
_OPENING = 40
#: Marks that set a topic off after it.
_SET_OFF = {",", "(", "-", "—", "–", ".", ":", ";", "|", "/"}
#: Marks that lead a topic after them wherever they are said (a heading's separators).
_HEADING_MARKS = {".", ":", "|", "-", "—", "–"}
#: The base model's place tags, which it also gives a name it does not know ("Hudl").
_PLACE_TAGS = {"GPE", "LOC", "NORP"}
#: How many words after the set-off mark are read for a description.
_DESCRIBED = 6
#: Lower-case words that join a name's capitalised words ("Parks and Rec", "Bank of X").
_JOINS = {"and", "&", "of", "de", "for"}


@functools.cache
def _topic() -> dict[str, frozenset[str]]:
    data = contact_patterns()
    topic = {k: frozenset(v) for k, v in data["topic"].items()}
    # the heading's fillers lead too: interjections the tagger reads as names ("Mm, ...")
    topic["leads"] |= frozenset(w for w in data["header"]["fillers"] if w.isalpha())
    return topic


@functools.cache
def _org_nouns() -> frozenset[str]:
    """Nouns that describe an organisation ("a small D2 school", "the online bank")."""
    data = contact_patterns()
    nouns = data["orgs"]["apposition_nouns"] + data["company"]["description_nouns"]
    return frozenset(nouns)


@functools.cache
def _places() -> frozenset[str]:
    return frozenset(p.lower() for p in load_lines("places.txt"))


def _listed_place(run: Span) -> bool:
    """Whether the run is, whole, a place of ``places.txt`` (a large city, a state)."""
    return run.text.lower() in _places()


def _described(doc: Doc, run: Span) -> bool:
    """Whether the words set off after the run describe an organisation ("Lake Erie Christian,
    small D2 school,", "Tangerine, the online bank"), up to the next mark."""
    for t in doc[run.end + 1 : run.end + 1 + _DESCRIBED]:
        if t.is_punct or "\n" in t.text:
            return False
        if t.lower_ in _org_nouns():
            return True
    return False


def _placed_org(doc: Doc, run: Span, name: str) -> bool:
    """A run the base model tags a place: an organisation when it is no listed place, is
    described as an organisation after it, and passes `an_org`'s other checks."""
    if any(t.lower_ in _places() for t in run):
        return False
    if any(t.ent_type_ and t.ent_type_ not in _PLACE_TAGS for t in run):
        return False
    if any(t.lower_ in title_heads() for t in run) or not _described(doc, run):
        return False
    own = {w.lower() for w in name.split()}
    return not all(t.lower_ in own for t in run) and usable_company(run.text, name)


def _capital(doc: Doc, i: int) -> bool:
    return doc[i].is_alpha and doc[i].text[:1].isupper()


def _opening_end(doc: Doc, contact: Contact) -> int:
    """Where the opening ends: the contact's first mention, the first line break, the end of
    the second sentence, or ``_OPENING`` tokens in."""
    end = min(len(doc), _OPENING)
    if contact.name:
        said_at = name_said_at(doc, contact.name)
        if said_at:
            end = min(end, min(s.start for s in said_at))
    sents = 0
    for i in range(end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            return i + (0 if "\n" in doc[i].text else 1)
        if doc[i].is_sent_end:
            sents += 1
            if sents == 2:
                return i + 1
    return end


def _run_at(doc: Doc, j: int, end: int) -> Span | None:
    """The capitalised run from token ``j`` (before ``end``), joining words inside."""
    if not _capital(doc, j):
        return None
    e = j + 1
    while e < end and e - j < _MOST_WORDS:
        if _capital(doc, e):
            e += 1
        elif doc[e].lower_ in _JOINS and e + 1 < end and _capital(doc, e + 1):
            e += 2
        else:
            break
    return doc[j:e]


def _set_off(doc: Doc, run: Span, end: int) -> bool:
    """Whether the run stands alone after it: a mark, a line break, the opening's end, a call
    word, or a possessive with a unit after it."""
    k = run.end
    if "\n" in doc[k - 1].whitespace_ or k >= len(doc):
        return True
    word = doc[k].lower_
    if word in _SET_OFF or "\n" in doc[k].text:
        return True
    if word in _topic()["calls"]:
        return True
    if word in {"'s", "'"}:
        return any(t.lower_ in _topic()["units"] for t in doc[k + 1 : k + 4])
    return k >= end and word not in _topic()["events"]


def _led(doc: Doc, j: int) -> bool:
    """Whether token ``j`` opens a sentence or a line."""
    if j == 0 or doc[j].is_sent_start:
        return True
    before = doc[j - 1]
    return "\n" in before.text or "\n" in before.whitespace_


#: What a capitalised lead word is tagged ("Um", "Right, so", "Called Seo back"): no name.
_LEAD_POS = {"INTJ", "VERB", "AUX", "PRON", "ADV", "SCONJ", "CCONJ", "ADP", "DET"}


def _lead_word(doc: Doc, j: int) -> bool:
    """Whether token ``j`` is a word that leads, not a name ("Recap", "Um", "Sorry")."""
    t = doc[j]
    return t.is_stop or t.lower_ in _topic()["leads"] or t.pos_ in _LEAD_POS


def _topics(doc: Doc, end: int) -> list[Span]:
    runs = []
    j = 0
    led = True
    while j < end:
        if _lead_word(doc, j) or doc[j].is_punct:
            # a mark or a lead word leads what follows; a capitalised word that is no name
            # ("Um", "Sorry", "Called") passes on the lead it had
            t = doc[j]
            led = (
                t.lower_ in _topic()["leads"]
                or (t.is_punct and (led or t.text in _HEADING_MARKS))
                or (led and t.text[:1].isupper())
                or (t.is_punct and _led(doc, j))
            )
            j += 1
            continue
        run = _run_at(doc, j, end) if (led or _led(doc, j)) else None
        led = False
        if run is None:
            j += 1
            continue
        words = [t.lower_ for t in doc[max(0, run.start - 2) : run.start]]
        own = any(w in _topic()["owners"] for w in words)
        event = any(t.lower_ in _topic()["events"] for t in doc[run.end : run.end + 2])
        if _set_off(doc, run, end) and not own and not event:
            runs.append(run)
        j = run.end
    return runs


def topic_company(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with the organisation its recap opens on as the call's topic (see the
    module docstring) as the company, where none was found."""
    if contact.company:
        return contact
    end = _opening_end(doc, contact)
    name = contact.name or ""
    for run in _topics(doc, end):
        if run[0].lower_ in _topic()["honorifics"] or taken_back(doc, run):
            continue
        if len(run.text) < 2:  # a letter spelled out ("W-A-K-A")
            continue
        # a listed place ("Albuquerque, coffee with ..."), a field's label ("Contact: ...")
        if _listed_place(run) or (run.end < len(doc) and doc[run.end].text == ":"):
            continue
        placed = any(t.ent_type_ in _PLACE_TAGS for t in run)
        if an_org(run, name) or (placed and _placed_org(doc, run, name)):
            return replace(contact, company=display_name(run.text))
    return contact
