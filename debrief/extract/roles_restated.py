"""The contact's name said twice in a row, a short or slipped form and then the full one, is
one person: the contact by the full form, and neither form among the people.

"talked to Seun — Oluwaseun Adeyemi — managing editor at ...", "Anh Thanh, Thanh Nguyen,
he's VP of ...", "Big Mike, well Michael Oyelaran, he runs ...": the rules keep the first form
as the contact and file the second as someone mentioned, or (a correction, which
:mod:`.contact_corrected` already reads) keep the corrected form as the contact and the first
among the people. The kind is in four development authors (cb, ac, ak, and ax without the
comma; docs/extraction-history.md, "people49").

What is read: a mention of the contact's name, then only a comma or a dash, then a name of two
or three capitalised words (no stop word, no title or organisation head) that shares a word
with the first form or, the first form one word, whose given name holds it ("Seun" of
"Oluwaseun"). Without a cue of correction the second form must restate the first so: two
people said in a row ("Priya, Tom Hale and I") share no word. The text is searched with
str.find (no regex, no Token built but where a dash or comma follows): a few microseconds a
recap.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import IDX
from spacy.tokens import Doc

from debrief.extract.contact_corrected import corrected_name
from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import org_or_title_heads
from debrief.models import Contact
from debrief.names import person_key

#: the spaced dashes between the two forms of a name kept whole ("Seun \u2014 Oluwaseun
#: Adeyemi"), in the order they are tried
_DASHES = (" \u2014 ", " \u2013 ", " - ")
#: what may stand between the two forms in the text: a comma or a dash, spaced or not (no
#: one is the start of another, so the order is no matter)
_BETWEEN = (", ", *_DASHES, "\u2014", " -- ")


def _name_after(doc: Doc, at: int) -> str | None:
    """The capitalised name of two or three words starting at character ``at``, else None."""
    # the tokens' character offsets read as one array: a Token built for every word of the
    # recap was most of this rule's time (speed2)
    i = next((k for k, idx in enumerate(doc.to_array(IDX).tolist()) if idx == at), None)
    if i is None:
        return None
    words: list[str] = []
    heads = org_or_title_heads()
    while i < len(doc) and len(words) < 3:
        t = doc[i]
        if not (t.text.replace("-", "").isalpha() and t.text[:1].isupper()):
            break
        if t.is_stop or t.lower_ in heads:
            return None  # "Seun, Director of ...", "Anh, The Agency": no name said again
        words.append(t.text)
        i += 1
    return " ".join(words) if len(words) >= 2 else None


def _restates(first: str, second: str) -> bool:
    """Whether ``second`` (two or three words) says the person ``first`` names again: a word
    shared, or the one-word ``first`` held in the given name ("Seun" in "Oluwaseun")."""
    a, b = person_key(first).split(), person_key(second).split()
    if not a or not b or a == b:
        return False
    if set(a) & set(b):
        return True
    return len(a) == 1 and len(a[0]) >= 3 and a[0] in b[0]


def restated_name(doc: Doc, name: str | None) -> str | None:
    """``name`` replaced by the fuller form said right after it, beside a comma or dash, that
    restates it (module doc); else unchanged. A name kept with both forms and the dash
    between ("Seun \u2014 Oluwaseun Adeyemi") is the second form."""
    if not name:
        return name
    for dash in _DASHES:
        first, _, second = name.partition(dash)
        if second and 2 <= len(second.split()) <= 3 and _restates(first, second):
            return second
    if len(name.split()) > 2:
        return name
    text = doc_text(doc)
    at = text.find(name)
    seen = 0
    while at >= 0 and seen < 3:
        end = at + len(name)
        seen += 1
        if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
            for gap in _BETWEEN:
                if text.startswith(gap, end):
                    fuller = _name_after(doc, end + len(gap))
                    if fuller and len(fuller) > len(name) and _restates(name, fuller):
                        return fuller
                    break
        at = text.find(name, end)
    return name


def restated_contact(doc: Doc, contact: Contact) -> Contact:
    """The contact named by the fuller form that restates the name kept (module doc)."""
    return replace(contact, name=restated_name(doc, contact.name))


def said_as_contact(doc: Doc, person: str, contact_name: str | None) -> bool:
    """Whether ``person`` is the contact's name in another form: said right before the
    contact's name, which corrects or restates it ("Big Mike, well Michael Oyelaran")."""
    if not contact_name or person_key(person) == person_key(contact_name):
        return False
    if corrected_name(doc, person) == contact_name:
        return True
    return restated_name(doc, person) == contact_name and _restates(person, contact_name)
