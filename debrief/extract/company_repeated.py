"""The contact's company cut to the form the recap says again on its own.

A speaker names the organisation once with more words after it than its name, and Whisper
writes them glued on: a division ("a solutions architect at AWS Public Sector in Arlington"),
a place whose "in" was heard as "and" ("a design systems lead at Spotify and
Stockholm"), or an office before it ("a partner in the Munich Office of Roland Berger"). The
rules take the whole run. The rest of the recap then says the organisation by its name alone
("joined Spotify as a visual designer", "then joined Roland Berger 15 years ago"), and that is
the name the writer means. So where the company, said once in full, has a shorter form (its
first words, or what follows its last "of") that the recap says again apart from it, and the
words it drops only say a part of the organisation (`sub_units`, `division_words`) or, after
"and"/"in", a place (``places.txt``), the company is that shorter form. A place glued on bare
or after "of" is how writers name the organisation ("Ubisoft Montreal", "Nintendo of
America"), any other word dropped may be its own ("Turner Construction" said again as
"Turner"), and a one-word shorter form that is a place or a given name is none. A quick
typist's recap holds the same shape ("a PM at Datadog Public Sector ... Datadog's culture").
The study is in docs/speech-history.md, "Contact, spoken: the company said again shorter".
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import load_lines, word_list
from debrief.extract.people_places import place_name
from debrief.models import Contact
from debrief.names_spelling import lexicon

#: The joins a dropped run may hold without being the organisation's name ("and Stockholm").
_JOINS = {"and", "&", "in", "of", "the"}
#: What says where, before a place dropped ("in Stockholm", heard "and Stockholm").
_WHERE = {"and", "in"}


@functools.cache
def _places() -> frozenset[str]:
    """One-word places of ``pipelines/places.txt``, in lower case."""
    return frozenset(p.lower() for p in load_lines("places.txt") if " " not in p)


def _spans(text: str, form: str) -> list[tuple[int, int]]:
    """Where ``form`` is said in ``text`` as whole words (a possessive "'s" may follow)."""
    pattern = r"(?<![\w&-])" + re.escape(form) + r"(?![\w&-])"
    return [m.span() for m in re.finditer(pattern, text)]


def _shorter_forms(words: list[str]) -> list[tuple[str, list[str]]]:
    """The shorter forms the company may be said by, each with the words it drops, longest
    first: its first words, and what follows its last "of"."""
    forms = [(" ".join(words[:k]), words[k:]) for k in range(len(words) - 1, 0, -1)]
    lowered = [w.lower() for w in words]
    if "of" in lowered[1:-1]:
        cut = len(lowered) - 1 - lowered[::-1].index("of")
        forms.append((" ".join(words[cut + 1 :]), words[: cut + 1]))
    return forms


def _part_or_place(dropped: list[str]) -> bool:
    """Whether the words dropped only say a part of the organisation or where it is: a
    division or an office ("Public Sector", "Munich Office of"), or a city or country after
    "and"/"in" ("and Stockholm": Whisper's "and" for "in"). A place glued on bare or after "of"
    is the name writers give the organisation ("Ubisoft Montreal", "Nintendo of America"), and
    any other word may be its own ("Turner Construction" said again as "Turner")."""
    parts = word_list("sub_units") | word_list("division_words")
    lows = [w.lower().strip(".,") for w in dropped]
    placed = False
    for low in lows:
        if low in _JOINS or low in parts:
            continue
        if not place_name(low):
            return False
        placed = True
    return not placed or lows[0] in _WHERE or any(low in parts for low in lows)


def _said_apart(doc: Doc, form: str, full: list[tuple[int, int]]) -> bool:
    """Whether ``form`` is said at least once outside the full name, as a name: capitalised,
    and, when one word, a proper noun there and neither a place nor a given name ("Morgan")."""
    one_word = " " not in form
    if one_word and (form.lower() in _places() or form.lower() in lexicon().given):
        return False
    for start, end in _spans(doc_text(doc), form):
        if any(s <= start and end <= e for s, e in full):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        # spaCy's entity type is no guide here: it files a firm said once alone as a person or
        # a place as often as not ("then Zalando hired her")
        if one_word and span[0].pos_ != "PROPN":
            continue
        return True
    return False


def repeated_shorter(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with its company cut to the shorter form the recap says again on its own
    (see the module); unchanged where the full name is said twice or no shorter form is."""
    company = contact.company
    if not company or " " not in company:
        return contact
    full = _spans(doc_text(doc), company)
    if len(full) != 1:
        return contact
    for form, dropped in _shorter_forms(company.split()):
        if not form[:1].isupper() and not form[:1].isdigit():
            continue
        if not _part_or_place(dropped):
            continue
        if _said_apart(doc, form, full):
            return replace(contact, company=form)
    return contact
