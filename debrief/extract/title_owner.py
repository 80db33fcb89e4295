"""The contact's title "owner" where no title is said and the recap says they own the named
organisation.

"talked to Ray, Ray Ortega, owns Ortega Electric, little shop in Belen", "Pete owns
Northpoint Controls, it's him and five guys": the writer gives no job title, only that the
contact owns the business, and the labels file "owner" (am, v). Where the thing owned is not
named ("he owns it with his wife", "owns a two man cabinet business") the labels keep no
title (n, q), so only an organisation said with a capital right after "owns" counts. Said
of the contact: right after their name (or a word of it), a comma after it, or "he"/"she",
in the sentence the name is first said in or the next; the organisation (its capitalised
words) is the company where none was kept ("Ortega Electric"). Runs last on the combined answer
(:func:`~debrief.extract.roles_combine.combine`), only where no title was kept. Counted in
docs/extraction-history.md, "contact52".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.contact_title_first import first_said_at
from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import word_list
from debrief.models import Contact

#: The title the labels give one who owns the business.
_OWNER = "owner"
#: Sentences after the one the name is first said in that may still say it.
_SENTENCES_AFTER = 1


def owns_named(doc: Doc, name: str) -> str | None:
    """The named organisation the contact is said to own (module doc), or None."""
    at = first_said_at(doc, name) or first_said_at(doc, name.split()[0])
    if at is None:
        return None
    sents = list(doc.sents)
    first = next(k for k, s in enumerate(sents) if s.start <= at < s.end)
    end = sents[min(len(sents) - 1, first + _SENTENCES_AFTER)].end
    lows = lowers(doc)
    own = {w.lower() for w in name.split()} | {",", "he", "she"}
    verbs = word_list("owner_verbs")
    for i in range(max(at, 1), min(end, len(doc) - 1)):
        if lows[i] not in verbs or lows[i - 1] not in own:
            continue
        # the tagger reads "Northpoint Controls" as a person's name: only the capitals count,
        # and the run is no word of the contact's name alone ("Ortega Electric" is)
        e = i + 1
        while e < end and doc[e].is_alpha and doc[e].text[:1].isupper():
            e += 1
        if e > i + 1 and any(t.lower_ not in own for t in doc[i + 1 : e]):
            return doc[i + 1 : e].text
    return None


def owner_title(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with the title "owner" where none was kept and they own the named
    organisation, and that organisation as the company where none was kept; unchanged
    otherwise."""
    if contact.title or not contact.name:
        return contact
    owned = owns_named(doc, contact.name)
    if owned is None:
        return contact
    return replace(contact, title=_OWNER, company=contact.company or owned)
