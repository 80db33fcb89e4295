"""A form of address said after the contact's name and kept with it ("Kenji Watanabe-san",
"Rahul Bhatnagar ji"). The readers that drop forms of address read them before a name
(``contact_name_leading``); :mod:`.contact_fullname` drops a Japanese one only from a surname
said alone, to look for the fuller name. Every development author who says one after the
contact's name files the name without it (bk twice, p once: contact50), so
:func:`suffix_dropped` takes it off: a hyphenated one ("-san", "-ji") from the last word, a
word of its own ("ji", "sahib") only as written in lower case ("Wang Ji" is a name). The forms
are ``contact_name_trailing`` in ``pipelines/word_lists.toml``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from debrief.extract.lexicon import word_list
from debrief.models import Contact


@lru_cache(maxsize=1)
def _trailing() -> tuple[tuple[str, ...], frozenset[str]]:
    """(the hyphenated forms, the forms said as a word of their own)."""
    forms = word_list("contact_name_trailing")
    return (
        tuple(sorted((f for f in forms if f.startswith("-")), key=len, reverse=True)),
        frozenset(f for f in forms if not f.startswith("-")),
    )


def address_words() -> frozenset[str]:
    """The forms of address said after a name as a word of their own, in lower case ("ji",
    "sahib"): the people rules trim them off a person's name as this module does off the
    contact's (people_gather.py)."""
    return _trailing()[1]


def suffix_dropped(contact: Contact) -> Contact:
    """``contact`` without a form of address said after its name (module doc), where a name
    of its own remains; unchanged in any other case."""
    hyphened, words_of = _trailing()
    words = (contact.name or "").split()
    if len(words) > 1 and words[-1] in words_of:
        words = words[:-1]
    elif words:
        last = words[-1]
        for suffix in hyphened:
            # "Mori-san", never a name that is only the suffix's letters
            if last.lower().endswith(suffix) and len(last) > len(suffix) + 1:
                if last[: -len(suffix)][-1:].isalpha() and last[-len(suffix) + 1 :].islower():
                    words[-1] = last[: -len(suffix)]
                break
    name = " ".join(words)
    return contact if name == (contact.name or "") else replace(contact, name=name)
