"""Which person the combination of the rules and the roles model files as the contact, where
one answer took another person of the recap: who introduced the speaker ("Kalinda's friend,
Ingrid ...", "Ben Carrow set it up"), or someone the contact referred the speaker to ("reach
out to Priya Raman"). Used by :func:`debrief.extract.roles_combine.combine`."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from debrief.extract.contact_placed_name import name_at_place
from debrief.extract.contact_plausible import person_like
from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import honorific_words, non_name_words, word_list
from debrief.extract.people_cues import people_cues
from debrief.extract.roles_people import said_as_introducer, same_person, without_possessive
from debrief.extract.roles_titled import title_apposed
from debrief.models import Contact, Person
from debrief.names import person_key
from debrief.names_spelling import lexicon


def referred_not_contact(
    model_name: str | None, rules: Contact, people: list[Person], spans: list[Span]
) -> bool:
    """Whether the model's contact is a person the rules file as a referral ("he said to
    reach out to Priya Raman at ..."), where the rules named someone else whom the model
    marks as a person too (any of ``spans``: a rules' "name" that is a place or a word stays
    weaker than the model's): whom the contact pointed the speaker to is not the contact, so
    the rules' name stands. Only where the rules read a title beside their name (they
    read an introduction, not "the number Pastor Dave gave me"). A rules' name the model
    does not mark counts too where the model marks the rules' title said beside it
    (:func:`~debrief.extract.roles_titled.title_apposed`: "Met Odile Brannick, head of
    planning at ...", where the tagger glued "Met" into the name)."""
    rule_name = rules.name
    if not model_name or not rule_name or not rules.title:
        return False
    key, own = person_key(model_name), person_key(without_possessive(rule_name))
    if not key or not own or same_person(key, own):
        return False
    persons = [s for s in spans if s.label_ in {"CONTACT_NAME", "REFERRAL", "MENTIONED"}]
    if not any(person_key(s.text) == own for s in persons) and not title_apposed(
        own, rules.title, spans
    ):
        return False
    return any(p.relation == "referral" and person_key(p.name) == key for p in people)


def past_introducer(doc: Doc, name: str | None, spans: list[Span]) -> str | None:
    """ "Rabbi Feldman's friend, Miriam Katz, ...", "Kalinda's friend, Ingrid Halvorsen.
    Kalinda Brooks introduced us", "the call with Ben's friend. Ben Carrow set it up. Her
    name's Nadia Haddad": the name kept is said as who introduced the speaker; the model's
    next CONTACT_NAME that is another person, not itself said so, is the contact. None when
    the name is no introducer or the model marks no one else."""
    if not name:
        return None
    shown = without_possessive(name)
    if said_as_introducer(doc, shown) is None:
        return None
    own = person_key(shown)
    for s in spans:
        other = s.text.strip(" ,.")
        key = person_key(other)
        if not key or same_person(key, own) or any(t.is_stop and t.is_lower for t in s):
            continue
        if any(t.ent_type_ in {"GPE", "LOC", "DATE", "TIME"} for t in s):
            continue
        if said_as_introducer(doc, other) is not None:
            continue
        return other
    return None


_OWNERS = {"her", "his", "their"}


@lru_cache(maxsize=1)
def _relation_nouns() -> frozenset[str]:
    """people_cues.toml's nouns a person is named after ("her partner Jonah", "his boss
    Dev"), less forms of address and titles ("dr", "director"): not the relation nouns that
    are also forms of address ("brother", "sergeant"; ``honorifics_unread``)."""
    before = people_cues()["context"]["before"]
    titles = honorific_words("roles_who") | {"director", "vp", "founder", "ceo"}
    return frozenset(w for w in before if w.isalpha() and w not in titles)


def contacts_own(
    doc: Doc, model_name: str | None, rule_name: str | None, spans: list[Span]
) -> bool:
    """ "From Fable & Fig, Camille. She's half of it, her and her partner Jonah Reyes": the
    model's contact is said after "her"/"his" and a relation noun, after the rules' name:
    the contact's own partner, boss or friend, not the contact, so the rules' name stands."""
    if not model_name or not rule_name:
        return False
    key, own = person_key(model_name), person_key(without_possessive(rule_name))
    if not key or not own or same_person(key, own):
        return False
    first = next((s for s in spans if s.label_ == "CONTACT_NAME"), None)
    if first is None or person_key(first.text) != key or first.start < 2:
        return False
    owner, noun = doc[first.start - 2], doc[first.start - 1]
    if owner.lower_ not in _OWNERS or noun.lower_ not in _relation_nouns():
        return False
    words = own.split()
    said = [
        t.i
        for t in doc[: first.start - 2]
        if [x.lower_ for x in doc[t.i : t.i + len(words)]] == words
    ]
    return bool(said)


def not_the_contact(
    doc: Doc, model_name: str | None, rules: Contact, people: list[Person], spans: list[Span]
) -> bool:
    """Whether the model's contact name gives way to the rules': a referral
    (:func:`referred_not_contact`), the contact's own partner (:func:`contacts_own`), or a
    place the model took for the name (:func:`~debrief.extract.contact_placed_name.name_at_place`:
    "an agency on Queen West")."""
    return (
        referred_not_contact(model_name, rules, people, spans)
        or contacts_own(doc, model_name, rules.name, spans)
        or name_at_place(model_name, rules.name, spans)
    )


def _unknown_words(name: str) -> bool:
    """No word of ``name`` a census given name, and its last word an English word that is
    no census surname ("Kowalski Machine", "Wakanda Dairy Tech", "Professor Emeritus"): it
    names no person. (The census lists alone would say so of "Abebe Tesfaye" too.)"""
    words = person_key(name).split()
    lex = lexicon()
    if not words or not lex.given:
        return False
    last = words[-1]
    if any(w in lex.given for w in words) or lex.known(last):
        return False
    return last in non_name_words()


def _after_address(doc: Doc, word: str) -> bool:
    """Whether ``word`` is said after a form of address or a title it is filed without
    (``contact_name_leading``: "Professor Emeritus")."""
    leading = word_list("contact_name_leading")
    return any(
        t.text == word and t.i > 0 and doc[t.i - 1].lower_.rstrip(".") in leading for t in doc
    )


def no_person_kept(name: str | None, spans: list[Span]) -> str | None:
    """ "The call with Kowalski Machine was fun. Teresa Kowalski, she's ...": the name kept
    names no person (:func:`_unknown_words`), and the model marks a later CONTACT_NAME that
    looks like one (a census given name first): that is the contact. Run after
    ``contact_plausible.org_filed_as_name``, which files a name with an organisation's word
    ("Halden Robotics") as the company too."""
    if not name or not _unknown_words(name) or not spans:
        return None
    doc = spans[0].doc
    if len(name.split()) == 1 and not _after_address(doc, name):
        return None  # one word alone ("Faisal") is most often a first name the lists lack
    at = doc_text(doc).find(name)
    for s in spans:
        text = s.text.strip(" ,.")
        if s.label_ == "CONTACT_NAME" and s.start_char > at and person_like(text):
            return text
    return None
