"""The model's contact name said where a place is said: "a design agency on Queen West",
"their office in Port Credit", "the clinic near Grand Ave".

The roles model reads a capitalised pair after the agency or office the contact works at as
the contact's name (a transcript's "Ashling O'Connor, UX strategist, ... agency on Queen West":
the model's name "Queen West", the rules' "Ashling O'Connor"). A person is met, talked to or
named, not sat "on" or "in"; a span the recap says right after one of
``name_place_preps`` (``pipelines/word_lists.toml``) is a street, a district or a town. Where
the rules read a name of their own, the model's gives way to it
(:func:`debrief.extract.roles_who.not_the_contact`). Reads the model's CONTACT_NAME spans only.
Measured in docs/extraction-history.md, "spoken46".
"""

from __future__ import annotations

from spacy.tokens import Span

from debrief.extract.lexicon import word_list


def name_at_place(model_name: str | None, rule_name: str | None, spans: list[Span]) -> bool:
    """Whether the model's ``model_name`` is said only right after a place preposition ("on
    Queen West") while the rules name someone else."""
    if not model_name or not rule_name or model_name == rule_name:
        return False
    said = [s for s in spans if s.label_ == "CONTACT_NAME" and s.text.strip(" ,.") == model_name]
    if not said:
        return False
    preps = word_list("name_place_preps")
    return all(s.start > 0 and s.doc[s.start - 1].lower_ in preps for s in said)
