"""Which person the contact's title belongs to, read against the whole recap: where the name
kept is someone else the recap talks about (who set the call up or handed the speaker on,
someone the contact pointed the speaker to), the person the kept title is said with is the
contact.

"Dante Brooks, my QB, ... he got me on with his boss, Jasmine Ortiz-Reyes, she's VP of sales",
"Called Seo back ... he put me on with their PM, Mr. Adebayo Ilori, program manager at ...",
"Ravi ... got sick and his colleague Sunita took it, she's a consultant there too", "jess at
tidewater brewing co she's the quality lab manager ... talk to her buddy oskar lindqvist": the
rules and the model read the first person of the opening, or a referral, for the contact, and
the title right, beside the other person. Errors of this kind are in 13 development authors
(people31's count, contact30's re-count); each says it in its own words, so no phrase shape is
read here but three pieces of evidence from the whole recap:

1. who the title is said with: the person mentioned nearest the title's first mention (before
   it past a comma, "she's", "their"; or right after it), within a few words;
2. the kept name said as not the contact: said as who introduced the speaker or handed them on
   ("introduced us", "set it up", "put me on with"), said after a cue of a referral or a
   go-between ("talk to", "text", "through"), or
3. said with the other pronoun: the recap tells of the contact in one pronoun ("she said",
   "she's") at least twice as often as the other, the holder of the title is said with that
   one and the kept name with the other (or with its form of address, "Mrs.").

The name kept gives way only where 1 names another person and 2 or 3 holds: a title said near
a second person in a recap that talks with the first is left alone. Cue phrases are data in
``pipelines/contact_patterns.toml`` (``[holder]``). See docs/extraction-history.md, "contact30:
which person the recap is about".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from debrief.extract.casing import names_lower
from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.contact_plausible import person_like
from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import PhraseSet, cue_set, non_name_words, org_name_heads
from debrief.extract.people_cues import people_cues
from debrief.extract.roles_people import said_as_introducer, same_person
from debrief.models import Contact, Person
from debrief.names import person_key
from debrief.names_spelling import lexicon

#: Span labels of the roles model that name a person.
_PERSON_LABELS = {"CONTACT_NAME", "MENTIONED", "REFERRAL"}
#: The base model's labels of a word that names no person (a place, an organisation).
_NOT_PERSON = {"GPE", "LOC", "ORG", "FAC", "NORP", "DATE", "TIME"}
#: How many words may lie between a name and its title.
_REACH = 7
#: Words before an organisation's name, never before the person the title is said with.
_ORG_BEFORE = {"at", "from", "@", "of"}
_SHE = {"she", "she's", "her", "hers", "herself"}
_HE = {"he", "he's", "him", "his", "himself"}
_SUBJECT = {"she": "f", "he": "m", "she's": "f", "he's": "m"}


@lru_cache(maxsize=1)
def _data() -> dict[str, list[str]]:
    """``pipelines/contact_patterns.toml``'s ``[holder]`` table, read once."""
    table: dict[str, list[str]] = contact_patterns()["holder"]
    return table


@lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    """The forms of address that give a pronoun."""
    holder = _data()
    return {w: "f" for w in holder["her_forms"]} | {w: "m" for w in holder["his_forms"]}


def _phrases(doc: Doc, key: str) -> PhraseSet:
    """The phrase set of the ``[holder]`` phrase list ``key`` (built once per vocab): after_name,
    said after a name that makes it a go-between; before_name, said before one that makes it
    a referral or a go-between; referral_before, said before one that makes it a referral."""
    return cue_set(doc.vocab, _data()[key])


def _mentions(
    lows: list[str], key: list[str], lo: int = 0, hi: int | None = None
) -> list[tuple[int, int]]:
    """Where the name's words are said in a row, punctuation between them skipped ("Ortiz -
    Reyes", "Mr. Ilori"): (first token, token after the last); the first word between
    ``lo`` and ``hi`` only, where given."""
    found: list[tuple[int, int]] = []
    if not key:
        return found
    hi = len(lows) if hi is None else min(hi, len(lows))
    first = key[0]
    starts = [i for i in range(lo, hi) if lows[i] == first or lows[i] == first + "."]
    for i in starts:
        j, k = i + 1, 1
        while k < len(key) and j < len(lows):
            w = lows[j].rstrip(".")
            if w == key[k]:
                k += 1
            elif w.isalnum():
                break
            j += 1
        if k == len(key):
            found.append((i, j))
    return found


def _candidates(
    doc: Doc, spans: list[Span], people: list[Person], name: str, near: range
) -> list[str]:
    """The persons the recap names with a word ``near`` the title: the base model's PERSON,
    the roles model's person spans, the rules' people, and in a recap that writes names in
    lower case a census given name there (with the words after it that go on with a name)."""
    lows = lowers(doc)
    said = set(lows[near.start : near.stop])
    texts: list[str] = []
    for i in near:  # the base model's PERSON said there (doc.ents builds every entity)
        t = doc[i]
        if t.ent_type_ == "PERSON" and (t.ent_iob_ == "B" or i == near.start):
            end = i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            texts.append(doc[i:end].text)
    texts += [
        s.text
        for s in spans
        if s.start < near.stop and s.end > near.start and s.label_ in _PERSON_LABELS
    ]
    texts += [p.name for p in people]
    lex = lexicon()
    if names_lower(doc) and said & lex.given.keys():
        plain = non_name_words()
        for i in near:
            t = doc[i]
            if t.is_lower and t.lower_ in lex.given and not t.is_stop and t.pos_ != "VERB":
                end = t.i + 1
                while end < min(len(doc), t.i + 3) and _name_word(doc[end], lex.known, plain):
                    end += 1
                texts.append(doc[t.i : end].text)
    out: list[str] = [name]
    seen = {person_key(name)}
    heads = org_name_heads()
    for text in texts:
        text = text.strip(" ,.'\"")
        key = person_key(text)
        if not key or key in seen or key.split()[0] not in said or len(key.split()) > 3:
            continue
        seen.add(key)
        if person_shaped(text, heads):
            out.append(text)
    return out


def person_shaped(text: str, heads: frozenset[str] | None = None) -> bool:
    """A census given name first, or one to three capitalised words with no organisation's
    head word: what may be filed as a person ("hygienists" may not)."""
    heads = org_name_heads() if heads is None else heads
    words = text.split()
    capitalised = all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
    return person_like(text, min_words=1) or (
        capitalised and not set(person_key(text).split()) & heads
    )


def _short_form(one: str, other: str) -> bool:
    """ "Bart" of "Bartholomew": one first name begins the other's (three letters or more)."""
    a = (person_key(one).split() or [""])[0]
    b = (person_key(other).split() or [""])[0]
    short, full = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 3 and full.startswith(short)


def _name_word(t: Token, known: Callable[[str], bool], plain: frozenset[str]) -> bool:
    """A lower-case word after a given name that goes on with the name: a census name, or a
    word no English word list holds ("lindqvist")."""
    if not t.is_alpha or t.pos_ == "VERB":
        return False
    return known(t.text) or t.lower_ not in plain


def _title_at(lows: list[str], title: str) -> tuple[int, int] | None:
    key = title.lower().split()
    if not key or key[0] not in lows:
        return None
    for i in [i for i, w in enumerate(lows) if w == key[0]]:
        found = _mentions(lows, key, i, i + 1)
        if found:
            return found[0]
    return None


def _holder(doc: Doc, lows: list[str], title: tuple[int, int], names: list[str]) -> str | None:
    """The name mentioned nearest the title's first mention, within :data:`_REACH` words
    before it or right after it ("<title>, <Name>"); not a mention the base model tags as a
    place or an organisation or one said after "at"."""
    best: tuple[int, str] | None = None
    lo = max(0, title[0] - _REACH - 4)
    for text in names:
        key = person_key(text).split()
        for i, end in _mentions(lows, key, lo, title[1] + 4):
            if end <= title[0]:
                gap = title[0] - end
            elif i >= title[1]:
                gap = i - title[1] + 1  # said after the title: one word farther
                if gap > 3:
                    continue
            else:
                continue
            if gap > _REACH or (best is not None and gap >= best[0]):
                continue
            if (i > 0 and lows[i - 1] in _ORG_BEFORE) or doc[i].ent_type_ in _NOT_PERSON:
                continue  # "the supply chain director at Hollow Oak": an organisation
            best = (gap, text)
    return best[1] if best else None


def _pronoun_of(lows: list[str], key: list[str]) -> str | None:
    """The pronoun a person is said with: a form of address before their first mention
    ("Mrs. Donnelly"), else the first subject pronoun within a few words after it."""
    forms = _forms()
    found = _mentions(lows, key)
    if not found:
        return None
    i, end = found[0]
    if key[0] in forms:
        return forms[key[0]]
    if i > 0 and lows[i - 1].rstrip(".") in forms:
        return forms[lows[i - 1].rstrip(".")]
    for w in lows[end : end + 10]:
        if w in _SUBJECT:
            return _SUBJECT[w]
    return None


def _told_in(lows: list[str]) -> str | None:
    """The pronoun the recap tells its story in: one at least twice as often as the other,
    and at least four times."""
    she = sum(w in _SHE for w in lows)
    he = sum(w in _HE for w in lows)
    if she >= 4 and she >= 2 * he:
        return "f"
    if he >= 4 and he >= 2 * she:
        return "m"
    return None


def _go_between(doc: Doc, lows: list[str], name: str) -> bool:
    """The name is said as who set the call up or handed the speaker on (a phrase of
    ``[holder] after_name`` within twelve words after it), or right after a cue of a referral
    or a go-between (``before_name``; a possessive and a relation noun may lie between: "talk
    to her buddy X", "through a parent, Mrs. X")."""
    if said_as_introducer(doc, name) is not None:
        return True
    after, before = _phrases(doc, "after_name"), _phrases(doc, "before_name")
    between = _between()
    key = person_key(name).split()
    given = lexicon().given
    for i, end in _mentions(lows, key):
        rest = lows[end : end + 12]
        # up to the next person said ("X ... site, priya set it up": priya's, not X's)
        cut = next((j for j, w in enumerate(rest) if w in given), len(rest))
        if after.within(doc, end, end + cut):
            return True
        if before.ends_at(doc, _cue_end(lows, i, between)):
            return True
    return False


def _cue_end(lows: list[str], i: int, between: frozenset[str]) -> int:
    """Where a cue said before the name at ``i`` must end: up to three words of
    :func:`_between` (a possessive, a relation noun: "talk to her buddy X") skipped back."""
    k = i
    while k > 0 and i - k < 3 and lows[k - 1] in between:
        k -= 1
    return k


@lru_cache(maxsize=1)
def _between() -> frozenset[str]:
    """Words that may lie between a go-between's cue and the name: a possessive, an article,
    a comma and the nouns a person is named after ("her buddy", "a parent,")."""
    holder = _data()
    nouns = people_cues()["context"]["introducer_nouns"]
    return frozenset(holder["between"]) | frozenset(nouns)


def holder_of_title(
    doc: Doc, contact: Contact, spans: list[Span], people: list[Person]
) -> str | None:
    """The person said nearest the kept title's first mention other than the name kept (as
    :func:`title_holder` finds them), or None."""
    name, title = contact.name, contact.title
    if not name or not title:
        return None
    lows = lowers(doc)
    at = _title_at(lows, title)
    if at is None:
        return None
    near = range(max(0, at[0] - _REACH - 4), min(len(lows), at[1] + 4))
    holder = _holder(doc, lows, at, _candidates(doc, spans, people, name, near))
    if holder is None or same_person(person_key(holder), person_key(name)):
        return None
    return holder


def title_holder(doc: Doc, contact: Contact, spans: list[Span], people: list[Person]) -> Contact:
    """``contact`` with the person its title is said with as the name, where the name kept is
    a go-between, a referral or said with the other pronoun (module doc); unchanged
    otherwise."""
    holder = holder_of_title(doc, contact, spans, people)
    name = contact.name
    if holder is None or not name or _short_form(holder, name):
        return contact
    lows = lowers(doc)
    own = person_key(name)
    told = _told_in(lows)
    other_pronoun = (
        told is not None
        and _pronoun_of(lows, own.split()) not in (None, told)
        and _pronoun_of(lows, person_key(holder).split()) == told
    )
    if other_pronoun or _go_between(doc, lows, name):
        return replace(contact, name=holder)
    return contact


def _name_unknown(lows: list[str]) -> bool:
    """The speaker says they never got the contact's name ("I never caught his name", "I'm
    blanking on his name"): a verb of ``[holder] name_unknown`` (negated where it needs it)
    within five words before "his/her/their name" (not "last name")."""
    holder = _data()
    verbs, bare = set(holder["name_unknown"]), set(holder["name_unknown_bare"])
    negations = {"never", "n't", "not", "didn't", "don't", "cannot", "can't"}
    if "name" not in lows:
        return False
    for i in [i for i, w in enumerate(lows) if w == "name"]:
        if i == 0 or lows[i - 1] not in {"his", "her", "their"}:
            continue
        before = lows[max(0, i - 6) : i - 1]
        if any(b in bare for b in before):
            return True
        if any(b in verbs for b in before) and any(b in negations for b in before):
            return True
    return False


def unnamed_contact(doc: Doc, contact: Contact) -> Contact:
    """``contact`` without a name where the recap says the speaker never got the contact's
    name and the name kept is said as who set the call up or handed the speaker on ("I never
    caught his name, Father Tom set it up"); unchanged otherwise."""
    if not contact.name:
        return contact
    lows = lowers(doc)
    if _name_unknown(lows) and _go_between(doc, lows, contact.name):
        return replace(contact, name=None)
    return contact


def go_between_relation(doc: Doc, name: str, contact: str | None) -> str:
    """How the person the contact was taken for is filed: a referral where they are said
    after the contact and after a cue of one ("talk to her buddy X", ``[holder]
    referral_before``); mentioned otherwise (who set the call up or handed the speaker on is
    said before the contact: "the person I was supposed to talk to, X, got sick")."""
    cues = _phrases(doc, "referral_before")
    lows = lowers(doc)
    said = _mentions(lows, person_key(contact).split()) if contact else []
    after = said[0][0] if said else len(lows)
    between = _between()
    for i, _ in _mentions(lows, person_key(name).split()):
        if i < after:
            continue
        k = _cue_end(lows, i, between)
        if cues.ends_at(doc, k):
            return "referral"
    return "mentioned"


def said_as_go_between(doc: Doc, name: str) -> bool:
    """Whether ``name`` is said as who set the call up or handed the speaker on (for
    ``contact_nameless``: such a person said beside the title is not the contact)."""
    return _go_between(doc, lowers(doc), name)
