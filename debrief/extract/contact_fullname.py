"""The contact's name as fully as the recap says it, once the rules and the roles model agree
on who the contact is (:func:`debrief.extract.roles_combine.combine`).

Both stop at the form of the name the intro gives. A recap often says the rest elsewhere:
"Talked to Dr. Okafor today, Nkechi Okafor, at ..." (the surname first, the full name after),
"Call with Hashimoto-san. Ren Hashimoto, ..." (a Japanese form of address), "the panel:
Margit Sorensen, the director, ... I talked mostly with Margit" (the full name before the
intro), "Rob from the credit union, Roberto Paz, ..." (a short form, then the full name). A
one-word name is completed by the one fuller mention of it. A surname said only after a form
of address ("Mrs. Whitaker") keeps it: that is how the speaker knows them, and the surname
alone reads as a first name (the corpus labels keep it too).

And a first name the base model tags as an organisation, which the rules then file as the
company ("..., Heather, didn't catch her last name"), is the name
(:func:`first_name_filed_as_company`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import org_or_title_heads, word_list
from debrief.models import Contact
from debrief.names import company_key, fold_lower, person_key
from debrief.names_spelling import lexicon

#: Japanese forms of address after a surname ("Nakamura-san")
_SUFFIXES = ("-san", "-sensei")
#: entity types a word of a person's name never carries (the small model tags many names it
#: does not know ORG or FAC: "Nadia Petrova did the call"; organisation heads rule those out)
_NOT_PERSON = {"GPE", "LOC", "NORP", "PRODUCT", "EVENT", "DATE", "TIME", "MONEY", "LANGUAGE"}


@lru_cache(maxsize=1)
def _leading() -> frozenset[str]:
    """Forms of address and ranks ("Dr", "Coach", "Captain"): said before a name, never in it."""
    return frozenset(word_list("contact_name_leading") | word_list("person_ranks"))


@lru_cache(maxsize=1)
def _addressed() -> re.Pattern[str]:
    """A form of address ending a piece of text ("... with Ms. "): ``contact_surname_address``."""
    forms = sorted(word_list("contact_surname_address"), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, forms)) + r")(\.?)\s+$")


def _name_word(t: Token) -> bool:
    """A capitalised word that can be part of a person's name (not a stop word like "Then",
    not a form of address, not a word the model places in an organisation or a place)."""
    return (
        t.is_alpha
        and t.text[:1].isupper()
        and not t.is_stop
        and t.lower_ not in _leading()
        and t.lower_ not in org_or_title_heads()
        and t.ent_type_ not in _NOT_PERSON
        and (t.pos_ == "PROPN" or t.ent_type_ == "PERSON")
    )


def _extend(doc: Doc, i: int, step: int) -> int:
    """How far a name goes from token ``i`` in direction ``step`` (one or two more words, a
    hyphenated word counted as one): the index of its last token."""
    j, words = i, 0
    while words < 2:
        k = j + step
        if not 0 <= k < len(doc):
            break
        joined = 0 <= k + step < len(doc) and not doc[min(k, k + step)].whitespace_
        if doc[k].text == "-" and joined and not doc[min(j, k)].whitespace_:
            if _name_word(doc[k + step]):
                j = k + step  # "Adebayo-Reyes", "Hyun-woo": one word of the name
                continue
            break
        if not _name_word(doc[k]):
            break
        j, words = k, words + 1
    return j


def _fuller_forms(doc: Doc, word: str, companies: list[str]) -> dict[str, str]:
    """Every mention of two or three name words that starts or ends with ``word`` (or, a
    short form, starts with a word beginning with it in the same sentence as ``word``): key ->
    text as written."""
    forms: dict[str, str] = {}
    sents = {t.sent.start for t in doc if fold_lower(t.lower_) == word}
    for t in doc:
        folded = fold_lower(t.lower_)
        short = (
            len(word) >= 3 and folded != word and folded.startswith(word) and t.sent.start in sents
        )
        if not (folded == word or short) or not _name_word(t):
            continue
        for s, e in ((t.i, _extend(doc, t.i, 1)), (_extend(doc, t.i, -1), t.i)):
            if short and s != t.i:
                continue  # a short form is a first name: the fuller one goes on after it
            if e == s or (s > 0 and doc[s - 1].lower_ in {"'s", "at", "from", "of", "for"}):
                continue
            text = doc[s : e + 1].text
            key = person_key(text)
            if any(_within(key, company_key(c)) for c in companies if company_key(c)):
                continue  # "Charlotte Electric": the organisation the first name starts
            if len(text.split()) > 1 or "-" in text:
                forms.setdefault(key, text)
    return forms


def _within(a: str, b: str) -> bool:
    """Whether the words of one key are a run of the other's."""
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def fullest_name(doc: Doc, name: str | None, companies: list[str]) -> str | None:
    """``name`` completed from the one fuller mention of it in the recap, else with the form
    of address it is said after when it is a surname alone, else unchanged (module doc)."""
    if not name or " " in name.strip():
        return name
    base = name
    for suffix in _SUFFIXES:
        if base.lower().endswith(suffix) and len(base) > len(suffix) + 1:
            base = base[: -len(suffix)]
    key = person_key(base)
    if not key:
        return name
    if " " not in key:  # a hyphenated name ("Adebayo-Reyes") is complete as it is
        forms = {
            k: v for k, v in _fuller_forms(doc, fold_lower(key), companies).items() if k != key
        }
        if len(forms) == 1:
            return next(iter(forms.values()))
        if forms:
            return name  # two people share the word: which one is the contact is not said
    for m in re.finditer(r"\b" + re.escape(base) + r"\b", doc_text(doc)):
        said = _addressed().search(doc_text(doc)[max(0, m.start() - 12) : m.start()])
        if said is not None:
            return f"{said.group(1)}{said.group(2)} {base}"
    return name


#: words of "didn't catch her last name", "forgot his surname", "no last name given"
_NOT_CAUGHT = {"catch", "caught", "get", "got", "remember", "forgot", "forget", "give", "gave"}
#: "She didn't say her last name", "he never mentioned his surname" (spoken45).
_NOT_CAUGHT |= {"say", "said", "mention", "mentioned"}
_NEGATIONS = {"n't", "not", "never", "forgot", "forget", "no"}


def _said_as_a_person(doc: Doc, i: int) -> bool:
    """'Heather, didn't catch her last name', 'Deepa from Tandem Health': the word at ``i``
    is followed by the speaker not catching the rest of the name, or by where they are from."""
    if i + 2 >= len(doc):
        return False
    if doc[i + 1].lower_ == "from" and doc[i + 2].text[:1].isupper():
        return True
    window = [t.lower_ for t in doc[i + 1 : i + 10]]
    return (
        # Whisper ends the sentence where a typed recap writes the comma ("today, Siobhan.
        # She didn't say her last name"; spoken45)
        doc[i + 1].text in {",", "."}
        and any(w in _NOT_CAUGHT for w in window)
        and any(w in _NEGATIONS for w in window)
        and any(w in {"name", "surname"} for w in window)
    )


def first_name_filed_as_company(doc: Doc, contact: Contact) -> Contact:
    """No name, and the company a census given name said as a person's ("Called the
    agronomist from the county, Heather, didn't catch her last name", "Deepa from Tandem
    Health, product manager"): the base model tags some first names as organisations, so the
    rules file them as the company. The name is that word; the company is left to the checks
    after (an organisation said with it)."""
    company = contact.company
    if contact.name or not company or " " in company.strip() or not company[:1].isupper():
        return contact
    if company.lower() not in lexicon().given:
        return contact
    if any(t.text == company and _said_as_a_person(doc, t.i) for t in doc):
        return replace(contact, name=company, company=None)
    return contact
