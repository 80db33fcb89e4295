"""A firm written in lower case in a cased recap: "fatima noorzai from bridgeline, QA
manager", "SWE II @ lumenstack". The study is in docs/extraction-history.md, "contact53".

The cased rules read organisations from capitals, and the lower-case rules
(``contact_lower``) run only where the whole recap is lower case, so a brand its writer types
in lower case (as the firm styles itself, or in haste) is read by neither and no company is
filed. Where no company was kept, a single lower-case word right after "at", "from" or "@"
in a sentence that says the contact's name or kept title is the company when it is no
English word: it is not one whole piece of the MiniLM WordPiece vocabulary (a coined word,
"bridgeline", "spectrix"; "home", "data", "school" are pieces), no stop word, no plural
(NNS: "from nonprofits"), no given name and never written with a capital in the recap. The
word test is asked only of the few words after those three, never of every token.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from debrief.embed import known_word
from debrief.extract.casing import lower_doc
from debrief.models import Contact
from debrief.names_spelling import lexicon

#: Words before an employer written as one word: "from bridgeline", "@ lumenstack".
_BEFORE = {"at", "from", "@"}


def lower_brand(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with the lower-case coined word said after "at", "from" or "@" beside
    their name or title as the company, where no company was kept (see the module)."""
    if contact.company or not (contact.name or contact.title) or lower_doc(doc):
        return contact
    said = [w.lower() for w in (contact.name or "").split()[:1]] + [
        w.lower() for w in (contact.title or "").split()[-1:]
    ]
    for i in range(1, len(doc)):
        tok = doc[i]
        if doc[i - 1].lower_ not in _BEFORE or not _coined(tok):
            continue
        if not any(t.lower_ in said for t in tok.sent if t.i != i):
            continue
        if any(t.lower_ == tok.lower_ and t.text != t.lower_ for t in doc):
            continue  # written with a capital elsewhere: the cased rules' to read
        return replace(contact, company=tok.text)
    return contact


def _coined(tok: Token) -> bool:
    """A lower-case word of four letters or more that is no English word (the cheap checks
    first; the vocabulary last)."""
    text = tok.text
    return (
        len(text) >= 4
        and text.isalpha()
        and text.islower()
        and tok.tag_ != "NNS"
        and text not in STOP_WORDS
        and text not in lexicon().given
        and not known_word(text)
    )
