"""Which person the combination of the rules and the roles model files as the contact, where
one answer took another person of the recap: who introduced the speaker ("Kalinda's friend,
Ingrid ...", "Ben Carrow set it up"), or someone the contact referred the speaker to ("reach
out to Priya Raman"). Used by :func:`debrief.extract.roles.combine`."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from debrief.extract.roles_people import said_as_introducer, same_person
from debrief.models import Person
from debrief.names import person_key


def _bare(name: str) -> str:
    """The name without a possessive "'s" the rules kept ("Rabbi Feldman's")."""
    return name[:-2] if name.endswith(("'s", "\u2019s")) else name


def referred_not_contact(
    model_name: str | None, rule_name: str | None, people: list[Person], spans: list[Span]
) -> bool:
    """Whether the model's contact is a person the rules file as a referral ("he said to
    reach out to Priya Raman at ..."), where the rules named someone else whom the model
    marks as a person too (any of ``spans``: a rules' "name" that is a place or a word stays
    weaker than the model's): whom the contact pointed the speaker to is not the contact, so
    the rules' name stands."""
    if not model_name or not rule_name:
        return False
    key, own = person_key(model_name), person_key(_bare(rule_name))
    if not key or not own or same_person(key, own):
        return False
    persons = [s for s in spans if s.label_ in {"CONTACT_NAME", "REFERRAL", "MENTIONED"}]
    if not any(person_key(s.text) == own for s in persons):
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
    shown = _bare(name)
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
