"""A capitalised word said alone as the subject of a person's verb is a person.

people34's count ("people34: every people error by kind", docs/extraction-history.md) found
lone names the subject of what a person does that a rule dropped all the same: "Bankole set it
up" (after "VP of operations at Sentinel Ridge,", read as the last word of an organisation's
list), "Dawit hooked me up" (tagged an organisation, no candidate), "the course Anjali
mentioned" (a past participle with no auxiliary, read as no clause), "Bogdan was in copy"
(no full verb). Each rule that dropped them reads the name's neighbours; the verb says more.

Decided here (:func:`verb_subject_people`, called after the judged people like
``people_ranks``): one capitalised word (no name word beside it), the nominal subject of a
verb of ``person_subject_verbs`` (``pipelines/word_lists.toml``; "set" and "hook" with "up",
"be" with "in copy"), is a person, unless the word is an English word and no census given
name, a time word, a place, a word of an organisation of the recap (the tagger's guess on
the word itself aside), a word of the contact's names or title, or one of the guards of a
name off the census (``people_unlisted.unlisted_not_person``: a heading, a noun after
"the"). Measured in docs/extraction-history.md, "people35: a lone name as the subject of a
person's verb".
"""

from __future__ import annotations

import functools
from typing import Any

from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import lemmas, lowers, texts
from debrief.extract.lexicon import non_name_words, word_list
from debrief.extract.org_names import org_mentions
from debrief.extract.people_subject import capitalised_word, said_as_place
from debrief.extract.people_unlisted import unlisted_not_person
from debrief.models import Person
from debrief.names import person_key
from debrief.names_spelling import lexicon

#: the tagger's readings that make the word no person: a time, a place, a people, a thing
_NOT_PERSON_ENTS = {"DATE", "TIME", "GPE", "LOC", "FAC", "NORP", "LANGUAGE", "MONEY"}


@functools.cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs, the verbs said with "up" and the states of ``word_lists.toml``."""
    return (
        word_list("person_subject_verbs"),
        word_list("person_subject_particles"),
        word_list("person_subject_states"),
    )


def _person_verb(tok: Token) -> bool:
    """Whether ``tok`` is the subject of a person's verb said after it."""
    head = tok.head
    if tok.dep_ != "nsubj" or head.i <= tok.i:
        return False
    verbs, particles, states = _lists()
    lemma = head.lemma_.lower()
    if lemma == "be":
        # "Bogdan was in copy", "Bogdan was on cc": the state of one copied on an email
        return any(
            c.dep_ == "prep" and any(g.lower_ in states for g in c.children) for c in head.children
        )
    if head.pos_ != "VERB" or lemma not in verbs:
        return False
    if lemma in particles:
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in head.children)
    return True


def _candidates(doc: Doc) -> list[int]:
    """The capitalised words said as the subject of a person's verb. The verbs are found on
    the lemmas read once per doc (``doc_arrays.lemmas``): a Token is built for those alone, not
    for every capitalised word ("be" only with a state word within four words after it)."""
    verbs, _, states = _lists()
    lems, lows, words = lemmas(doc), lowers(doc), texts(doc)
    out: list[int] = []
    for v, lem in enumerate(lems):
        if lem not in verbs and not (lem == "be" and states.intersection(lows[v + 1 : v + 5])):
            continue
        for child in doc[v].lefts:
            if capitalised_word(words[child.i]) and _person_verb(child):
                out.append(child.i)
    return sorted(set(out))


def _name_word(doc: Doc, k: int) -> bool:
    return 0 <= k < len(doc) and doc[k].tag_ in {"NNP", "NNPS"} and doc[k].text[:1].isupper()


def verb_subject_people(ext: Any, doc: Doc, people: list[Person]) -> list[Person]:
    """``people`` with each capitalised word said alone as the subject of a person's verb
    added (once, by name) when nothing in the recap names it as something else. ``ext`` is the
    ``PeopleExtractor``: its referral and company rules decide the relation and company."""
    cands = _candidates(doc)
    if not cands:
        return people
    known_words = {w for p in people for w in person_key(p.name).split()}
    contact = doc._.contact
    barred: set[str] = set()
    if contact is not None:
        for field in (contact.name, contact.company, contact.title):
            barred |= set(person_key(field or "").split())
    barred |= {w for a in (doc._.contact_aliases or []) for w in person_key(a).split()}
    orgs = org_mentions(doc)
    # a company filed from this word alone ("Dawit hooked me up" tagged an organisation)
    # bars nothing; one said elsewhere or of more words does
    alone = {person_key(m.name) for m in orgs if m.end - m.start == 1}
    elsewhere = {
        person_key(m.name) for m in orgs if not (m.end - m.start == 1 and m.start in cands)
    }
    for c in doc._.companies or []:
        key = person_key(c)
        if key not in alone or key in elsewhere:
            barred |= set(key.split())
    title_words = set(((contact.title if contact else None) or "").lower().split())
    given = lexicon().given
    added: list[Person] = []
    for i in cands:
        tok = doc[i]
        low = tok.lower_
        if low in known_words or low in barred or _name_word(doc, i - 1) or _name_word(doc, i + 1):
            continue
        if tok.ent_type_ in _NOT_PERSON_ENTS or low in ext.time_words:
            continue
        if low in non_name_words() and low not in given:
            continue  # "Legal sent", "Finance said": a department or a word
        if low in ext.common_nouns | ext.thing_words | ext.org_heads:
            continue
        # an organisation of the recap holds the word, but the tagger's guess on the word itself
        if any(low in person_key(m.name).split() for m in orgs if not m.start <= i < m.end):
            continue
        if said_as_place(doc, low, tagged=False) or unlisted_not_person(doc, i, title_words):
            continue
        known_words.add(low)
        relation = (
            "referral"
            if ext._referral(doc, i, {a.lower() for a in (doc._.contact_aliases or [])})
            else "mentioned"
        )
        added.append(
            Person(name=tok.text, company=ext._company(doc, i, i + 1, orgs), relation=relation)
        )
    if added and doc._.companies:
        names = {person_key(p.name) for p in added}
        doc._.companies = [c for c in doc._.companies if person_key(c) not in names]
    return people + added
