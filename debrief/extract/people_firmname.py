"""A person filed whose name is a company kept, or the first words of one, is no person
(people40).

The people rules take an organisation's name for a person where a person's cue stands
before it ("they call Stoneridge", "call Kent" of Kent State University, "Keystone's partner
Motion Supply") or where the tagger reads its words as a name ("Baylor Scott" of Baylor Scott
and White), and the companies stage files the same name, or a longer name it opens, as a
company: the answer then holds the organisation twice, once as a person. Over the
development authors these were five false people of four authors, and no labelled person.

Decided here (:func:`firms_filed_as_people`), after the roles step has settled the companies:
a person is dropped when

- their name (case and punctuation aside) is a company kept, or the first whole words of a
  company kept that goes on in words ("Kent" of "Kent State University"; not "Rebecca" of
  "Rebecca's team", nor "Chidi Okafor" of the run-on "Chidi Okafor (Intact Insurance": a
  possessive or a bracket after the name is no organisation's name going on);
- and the recap says the name nowhere as a person: after a form of address ("Dr. Kent",
  ``honorifics`` of ``people_cues.toml``) or before a verb only a person does ("Kent said",
  ", who": ``person_verbs_after`` of ``word_lists.toml``, its "and" and "or" aside: "Baylor
  Scott and White" is the firm's own name).

Measured in docs/extraction-history.md, "people40: false people by kind".
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from debrief.extract.lexicon import honorific_words, word_list
from debrief.models import Person
from debrief.names import person_key

#: the words of ``person_verbs_after`` that also join the words of a firm's name
_JOINERS = frozenset({"and", "or"})


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str]]:
    """(the forms of address, the words after a name only a person's name has)."""
    honorifics = honorific_words()
    after = frozenset(word_list("person_verbs_after")) - _JOINERS
    return honorifics, after


def _opens_company(name: str, company: str) -> bool:
    """Whether ``company`` is ``name`` or goes on from it in words ("Kent State
    University" from "Kent"), as written and case aside."""
    key, ckey = person_key(name), person_key(company)
    if not key or not ckey:
        return False
    if key == ckey:
        return True
    if not ckey.startswith(key + " "):
        return False
    # the words after the name as the company writes them: a possessive or a bracket is a
    # run-on or an owner ("Rebecca's team"), not the rest of a firm's name
    m = re.match(re.escape(name), company, flags=re.IGNORECASE)
    rest = company[m.end() :] if m else ""
    return rest[:1] == " " and rest[1:2].isalnum()


def _said_as_person(doc: Doc, name: str) -> bool:
    """Whether the recap says ``name`` once after a form of address or before a person's
    verb."""
    honorifics, after = _cues()
    text = doc.text
    for m in re.finditer(re.escape(name), text):
        span = doc.char_span(m.start(), m.end())
        if span is None:
            continue
        s, e = span.start, span.end
        if s > 0 and doc[s - 1].lower_.rstrip(".") in honorifics:
            return True
        if e < len(doc) and doc[e].lower_ in after:
            return True
        if e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in {"who", "whose"}:
            return True
    return False


def firms_filed_as_people(doc: Doc, people: list[Person], companies: list[str]) -> list[Person]:
    """``people`` without those whose name is a company kept or opens one, said nowhere as a
    person (see the module)."""
    if not people or not companies:
        return people
    return [
        p
        for p in people
        if not (
            any(_opens_company(p.name, c) for c in companies) and not _said_as_person(doc, p.name)
        )
    ]
