"""The contact's name in a recap whose capitals do not mark names, where no comma ends it.

"the estimating lead from ironbridge haruto sato operations pm at cascadia transit": typed or
heard without capitals and commas, the title said after a name runs into it, for the rules'
lower-case reading and for the trained model alike ("haruto sato operations pm"). A person's
name of three words or more is rare in a recap beside a name with its title after it, so from
a name's third word on, a job title's head ("pm", "director", "cfp", ``[title] heads`` of
``pipelines/contact_patterns.toml``) or a word that opens a title ("senior",
``[lowercase] title_openers``) ends the name; the words up to the last head are the title,
where the recap gave no other. Two-word names are left whole ("sam cook", "ben carpenter").
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from debrief.extract.casing import names_lower
from debrief.extract.contact_patterns import contact_patterns
from debrief.models import Contact


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(title heads, title openers)."""
    cfg = contact_patterns()
    return frozenset(cfg["title"]["heads"]), frozenset(cfg["lowercase"]["title_openers"])


def title_off_name(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with a title run into its name split off (see the module docstring)."""
    if not contact.name or not names_lower(doc):
        return contact
    words = contact.name.split()
    if len(words) < 3:
        return contact
    heads, openers = _words()
    tail = [w.lower() for w in words[2:]]
    last = max((i for i, w in enumerate(tail) if w in heads), default=None)
    if last is None and tail[0] not in openers:
        return contact
    title = contact.title
    if not title and last is not None:
        title = " ".join(words[2 : 3 + last])
    return replace(contact, name=" ".join(words[:2]), title=title)
