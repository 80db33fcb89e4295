"""The contact known by a form of address and a surname ("Mr. Haddad", "Dr. Solheim"), the
given name said apart from it.

A speaker who knows the contact as a former pupil's parent, a teacher or a professor says
"Mr. Haddad" first and the given name on its own, somewhere else. Three shapes:

- inverted, as a register lists people: "Ms. Fuentes, Marisol, she's a senior instructional
  designer" (only a comma between the parts: :mod:`.contact_parts` wants a hesitation or a
  bracket there, so that a list of people is not joined);
- the given name as a sentence of its own, the next one about the contact: "... bless him.
  Samir. He's the manager of clinical education";
- said as the first name: "Femi, his first name is Femi", "first name's Ingrid".

And where the name found so far is someone said only in a possessive ("Ms. Truong's retirement
cake"), one inverted name introduced with "she's the ..." is the contact's.

The rules and the roles model keep one of the parts; :func:`given_and_surname` joins them,
the given name first and without the form of address, as the labels write it (142 of the 155
development recaps that name the contact after a form of address and give the full name;
author w alone keeps "Dr.").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from debrief.extract.casing import NOT_NAMES
from debrief.extract.doc_arrays import doc_text, texts
from debrief.extract.lexicon import non_name_words, word_list
from debrief.extract.people_places import place_name
from debrief.names import fold_lower, person_key
from debrief.names_spelling import lexicon

#: entity types no word of a person's name carries
_NOT_PERSON = {"GPE", "LOC", "NORP", "PRODUCT", "EVENT", "DATE", "TIME", "MONEY", "LANGUAGE"}
#: the tags a given name the small model does not know often gets ("Adaeze" GPE, "Haruto" ORG)
_MISTAGS = {"GPE", "LOC", "NORP", "PRODUCT", "ORG", "FAC"}
#: words a sentence about the contact opens with, after a given name said on its own
_PRONOUNS = {"he", "she", "they", "his", "her", "their"}
#: words before a place or an organisation's name, not before a person's
_PLACE_WORDS = {"at", "in", "from", "to", "for", "near", "of"}
#: "his first name is Femi", "first name's Ingrid", "first name: Femi"
_FIRST_NAME = re.compile(r"\bfirst name(?:\s+is|\s+was|'s|:|,)?\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _forms() -> frozenset[str]:
    """Forms of address said before a surname ("Ms", "Dr", "Professor")."""
    return frozenset(w.lower() for w in word_list("contact_surname_address"))


def _word(t: Token, *, given: bool = False) -> bool:
    """A capitalised word that can be a surname, or (``given``) a given name: the small model
    tags many given names it does not know as places, products or organisations ("Mr.
    Venkataraman, Anand, he's"), so such a tag rules a given name out only when the word is a
    place of ``places.txt``, or is no census name and fails :func:`_unlisted_given`."""
    if given and t.ent_type_ in _MISTAGS:
        tag_ok = not place_name(t.text) and (lexicon().known(t.lower_) or _unlisted_given(t))
    else:
        tag_ok = t.ent_type_ not in _NOT_PERSON
    return (
        tag_ok
        and t.is_alpha
        and t.text[:1].isupper()
        and not t.is_stop
        and t.lower_ not in NOT_NAMES
        and t.lower_.rstrip(".") not in _forms()
        and (t.pos_ == "PROPN" or t.ent_type_ == "PERSON")
    )


def _unlisted_given(t: Token) -> bool:
    """Whether ``t``, a word the tagger reads as a place, a product or an organisation, can
    still be a given name the census lists miss ("Adaeze", "Wayra", "Thulasi"): its position
    vouches for it (said apart from a surname after a form of address), so it need only be no
    English word or well-known organisation (:func:`~debrief.extract.lexicon.non_name_words`:
    "Meridian", "Moderna") and never be said elsewhere after a place or organisation word
    ("in Kivu", "at Summit")."""
    if t.lower_ in non_name_words():
        return False
    doc = t.doc
    return not any(
        u.lower_ == t.lower_ and u.i > 0 and doc[u.i - 1].lower_ in _PLACE_WORDS for u in doc
    )


def _addressed(doc: Doc, i: int) -> bool:
    """Whether a form of address stands just before token ``i`` ("Ms." or "Ms" ".")."""
    j = i - 1
    if j >= 0 and doc[j].text == ".":
        j -= 1
    return j >= 0 and doc[j].lower_.rstrip(".") in _forms()


def _ends_part(doc: Doc, i: int) -> bool:
    """Whether the name part ends before token ``i``: a comma or a full stop, not a list
    going on ("Marisol, and Jo") nor another name word."""
    if i >= len(doc):
        return True
    if doc[i].text in {".", "!", ";", ":"}:
        return True
    return doc[i].text == "," and not (i + 1 < len(doc) and doc[i + 1].lower_ in {"and", "or"})


def _inverted(doc: Doc) -> list[tuple[str, str, int]]:
    """Every 'Ms. Fuentes, Marisol, ...': (given, surname, index of the token after them)."""
    pairs = []
    for t in doc[:-2]:
        if not (_word(t) and _addressed(doc, t.i)):
            continue
        comma, given = doc[t.i + 1], doc[t.i + 2]
        if comma.text == "," and _word(given, given=True) and _ends_part(doc, given.i + 1):
            pairs.append((given.text, t.text, given.i + 1))
    return pairs


def _introduced(doc: Doc, i: int) -> bool:
    """Whether the words from token ``i`` say who the person is: ", she's the ...", ", he is
    a ..." (a pronoun and a form of "be")."""
    words = [t.lower_ for t in doc[i : i + 4] if t.text != ","]
    return len(words) >= 2 and words[0] in {"he", "she"} and words[1] in {"'s", "is", "was"}


def _only_possessive(doc: Doc, key: str) -> bool:
    """Whether every mention of ``key`` is a possessive ("Ms. Truong's retirement cake"): a
    person whose things are talked about, not the one talked to."""
    said = [t for t in doc if fold_lower(t.text) == key]
    return bool(said) and all(t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "'s" for t in said)


def _surname_addressed(doc: Doc, key: str) -> str | None:
    """The surname as written where ``key`` is said after a form of address ("Mr. Haddad")."""
    # the words read once per doc (doc_arrays.texts): a Token is built only where the key is said
    for i, text in enumerate(texts(doc)):
        if fold_lower(text) == key and _word(doc[i]) and _addressed(doc, i):
            return text
    return None


def _said_alone(doc: Doc, surname: str) -> str | None:
    """The one given name said as a sentence of its own before one about the contact
    ("Samir. He's ..."), or after "first name is"; None when there is none or two."""
    found: set[str] = set()
    text = doc_text(doc)  # ``doc.text`` joins every token again on each access
    for t in doc:
        if not _word(t, given=True) or t.text == surname or _addressed(doc, t.i):
            continue
        if _FIRST_NAME.search(text[max(0, t.idx - 20) : t.idx]):
            found.add(t.text)
            continue
        alone = (t.i == 0 or doc[t.i - 1].is_sent_end or doc[t.i - 1].text in {".", "!", "?"}) and (
            t.i + 2 < len(doc) and doc[t.i + 1].text == "." and doc[t.i + 2].lower_ in _PRONOUNS
        )
        if alone and _only_alone(doc, t.text) and _could_be_given(t):
            found.add(t.text)
    return next(iter(found)) if len(found) == 1 else None


def _could_be_given(t: Token) -> bool:
    """Whether a word said as a sentence of its own can be the given name: no English word
    the census lists hold as no given name. A transcript (and a clipped note) says plain
    words as sentences of their own too ("... plus 2 media people. Hybrid. She said ...",
    spoken50): "Hybrid" is no name, "Grace" and "Hope" are census names and stay."""
    return t.lower_ not in non_name_words() or lexicon().known(t.lower_)


def _only_alone(doc: Doc, word: str) -> bool:
    """Whether ``word`` is never said as a word of another full name or in a possessive
    ("Layla Haddad was in my class", "Layla's dad"): then it names someone else."""
    for t in doc:
        if t.text != word:
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and (nxt.lower_ == "'s" or _word(nxt)):
            return False
        if t.i > 0 and _word(doc[t.i - 1]) and not _addressed(doc, t.i - 1):
            return False
    return True


def given_and_surname(doc: Doc, name: str | None) -> str | None:
    """``name``, one part of a name said after a form of address, joined with the other part
    said apart from it (module doc); unchanged in any other case."""
    if not name or "-" in name:
        return name
    if len(name.split()) == 2:
        return _relative_taken(doc, name)
    if " " in name.strip():
        return name
    key = fold_lower(name.strip().rstrip("."))
    pairs = _inverted(doc)
    for given, surname, _end in pairs:
        if key in {fold_lower(given), fold_lower(surname)}:
            return f"{given} {surname}"
    introduced = [(g, s) for g, s, end in pairs if _introduced(doc, end)]
    if len(introduced) == 1 and _only_possessive(doc, key):
        # "Ms. Truong's retirement cake ... Dr. Solheim, Ingrid, she's the associate director"
        return f"{introduced[0][0]} {introduced[0][1]}"
    addressed = _surname_addressed(doc, key)
    if addressed is None:
        return name
    alone = _said_alone(doc, addressed)
    return f"{alone} {addressed}" if alone else name


def _relative_taken(doc: Doc, name: str) -> str:
    """'Mr. Haddad tonight, Layla's dad. Layla Haddad was in my class ... Samir. He's ...':
    the contact's surname completed with a relative's given name (the fuller mention the
    rules take) gives way to the given name said alone."""
    first, last = name.split()
    addressed = _surname_addressed(doc, fold_lower(last))
    if addressed is None:
        return name
    alone = _said_alone(doc, addressed)
    return f"{alone} {addressed}" if alone and alone != first else name


def named_in_full(doc: Doc, name: str | None, key: str) -> bool:
    """Whether the person ``key`` is the contact, known by the one word ``name``, named in
    full ("Mr. Dube, Sipho Dube"): a fuller name with that word in it, unless the recap gives
    the contact another given name ("Mr. Haddad ... Samir.": "Layla Haddad" is his daughter).
    For the people rules, which run before the contact's name is settled."""
    if not name or len(name.split()) != 1 or person_key(name) not in key.split():
        return False
    full = given_and_surname(doc, name)
    return full is None or full == name or person_key(full) == key
