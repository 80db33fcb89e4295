"""The contact's name between the rules and the roles model (:func:`debrief.extract.roles_combine.
combine`): whether the model's name can be a person's at all (:func:`person_like`,
:func:`not_a_name`), whether one side's is the other's with a surname or first name added
(:func:`completes`, :func:`fuller`), and the name without the form of address or opening verb
it is filed without (:func:`unaddressed`). Each reads the two names, the model's CONTACT_NAME
spans and the word lists; none changes the company or the title."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span

from debrief.extract.lexicon import call_words, title_head_words, word_list
from debrief.extract.roles_spans import Roles
from debrief.names import company_key, person_key


def person_like(spans: list[Span]) -> bool:
    """Whether the model's first CONTACT_NAME can be a person's name: not one holding a
    lower-case function word ("quick maybe", "themselves"). Without a rule's name, a wrong
    name from the model is worse than none: the knowledge base files the call under it. (An
    organisation the recap names is no reason: the rules file some names as companies.)"""
    if not spans:
        return False
    return not any(t.is_stop and t.is_lower for t in spans[0])


def in_title(name: str, title: str | None) -> bool:
    """Whether the model's one-word name is the head word of the rules' title ("call w dana
    kim, ops mgr at ...": the model's "mgr" of "ops mgr"), a clipped head too: a job, not the
    contact, where the rules have a name of their own."""
    key = person_key(name)
    if not title or not key or " " in key:
        return False
    return key in title_head_words() and key in person_key(title).split()


def completes(rule: str, model: str) -> bool:
    """Whether the model's name is the rules' with more words after it, a surname ("priya"
    -> "priya natarajan"), not a longer phrase."""
    r, m = person_key(rule).split(), person_key(model).split()
    return len(r) < len(m) <= 3 and m[: len(r)] == r


def unaddressed(name: str) -> str:
    """The name without the leading words it is filed without (``contact_name_leading`` in
    ``pipelines/word_lists.toml``: forms of address, and opening verbs the model took into
    it), when a name remains."""
    # ranks too ("Capt." of "Capt. Lorna Pettigrew", which the model marks as a name of its own)
    leading = word_list("contact_name_leading") | word_list("person_ranks")
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in leading:
        words.pop(0)
    return " ".join(words)


def fuller(rule: str, spans: list[Span]) -> str | None:
    """A name the model marks that is the rules' with a first name or surname added: "Ms.
    Ortega, Carmen Ortega" (the rules keep "Ortega"), "Hyun-woo Park", "Chef Dario" and
    "Benedetti". Only a person-like span of at most three words, without its form of address."""
    r = person_key(unaddressed(rule)).split()
    if not r:
        return None
    # the model sometimes splits one name in two ("Chef Dario" + "Benedetti")
    texts = [*spans, *(a.doc[a.start : b.end] for a, b in pairwise(spans) if b.start == a.end)]
    for s in texts:
        if any(t.is_stop and t.is_lower for t in s):
            continue
        text = unaddressed(s.text)
        m = person_key(text).split()
        if len(r) < len(m) <= 3 and (m[: len(r)] == r or m[-len(r) :] == r):
            if m[-len(r) :] == r and set(m[: -len(r)]) & title_head_words():
                continue  # "dispatcher rosa": the title said before the name, no more of it
            return text
    return None


def not_a_name(doc: Doc, name: str, spans: list[Span], rules: Roles) -> bool:
    """Whether the model's contact name is one the rules know is not a person: the
    contact's company ("Informational - Dan Li, quant researcher, Two Sigma"), or the
    misheard heading word ("Deep Reef, Harlow Parks call": "Debrief")."""
    # only the contact's company: the rules' other organisations hold contacts' names the
    # rules missed (h+i name 0.91 -> 0.88 when they counted)
    if rules.contact.company and company_key(name) == company_key(rules.contact.company):
        return True
    if rules.contact.name and in_title(name, rules.contact.title):
        return True
    if rules.contact.name and person_key(name) in call_words():
        return True  # "Appel avec Karim Benali ...": the heading's word for the call
    heard = doc._.heading_word if Doc.has_extension("heading_word") else None
    return bool(heard and spans and spans[0].start < heard[1] and heard[0] < spans[0].end)
