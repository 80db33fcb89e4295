"""The contact's company said after their title as a name that ends on a lower-case
organisation head: "the commissioner of the greater Pinecone conference", "director of Rose
Hollow's Free Clinic", "she runs the Bay Shore youth soccer alliance".

Whisper writes a name it does not know half in capitals ("greater Pinecone conference",
"Lake Shor youth football alliance"), and a possessive inside a name ("Hope Garden's Free
Clinic") splits the capitalised run the rules read, so neither side kept a company and the
recap said one right after the title. Read only where no company was kept and a title was:
after a place the recap says the kept title (or "runs"/"heads"/"leads" + "the"), a linking
word ("of", "at", "for", "with") and an optional article, the words up to an organisation
head word (``[orgs] heads`` and ``lower_heads`` of ``pipelines/contact_patterns.toml``, and
``headrun_heads`` of ``pipelines/word_lists.toml``) are the company when they are only nouns,
adjectives and proper nouns (a possessive "'s" inside kept), at most six, at least one of them
capitalised (the name part; "the county health department" is a description, no name) and
not all of them the title's words. Measured in docs/extraction-history.md, "spoken47".
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.lexicon import word_list
from debrief.extract.roles_company import said
from debrief.models import Contact

#: Words between the title and the organisation.
_LINKS = {"of", "at", "for", "with"}
#: Verbs that say the contact holds the organisation without a title between ("runs the").
_RUNS = {"runs", "heads", "leads"}
#: Articles skipped before the name.
_ARTICLES = {"the", "a", "an"}
#: The longest run of words read (the possessive's "'s" not counted).
_LONGEST = 6
#: The possessive inside a name.
_POSSESSIVE = {"'s", "’s"}
#: Parts of speech a name's word may have.
_NAME_POS = {"PROPN", "NOUN", "ADJ"}


@functools.cache
def _heads() -> frozenset[str]:
    orgs = contact_patterns()["orgs"]
    return frozenset(orgs["heads"]) | frozenset(orgs["lower_heads"]) | word_list("headrun_heads")


def _run_from(doc: Doc, j: int, title_words: set[str]) -> str | None:
    """The name starting at token ``j`` (past an article) and ending on a head word, or None."""
    if j < len(doc) and doc[j].lower_ in _ARTICLES:
        j += 1
    heads = _heads()
    words: list[Token] = []
    end = None
    k = j
    while k < len(doc) and len(words) < _LONGEST:
        tok = doc[k]
        if tok.text in _POSSESSIVE and words:
            k += 1
            continue
        if not tok.is_alpha or tok.pos_ not in _NAME_POS:
            break
        words.append(tok)
        if tok.lower_ in heads and len(words) >= 2:
            end = k + 1
        k += 1
    if end is None:
        return None
    kept = [t for t in doc[j:end] if t.text not in _POSSESSIVE]
    if not any(t.text[0].isupper() for t in kept[:-1]):
        return None  # "the county health department": a description, no name
    if all(t.lower_ in title_words for t in kept[:-1]):
        return None
    return doc[j:end].text


def headed_run(doc: Doc, contact: Contact) -> str | None:
    """The company said after the contact's title as a name ending on an organisation head
    (module docstring), or None; only where no company is kept and a title is."""
    if contact.company or not contact.title:
        return None
    title_words = {w.lower() for w in contact.title.split()}
    for span in said(doc, contact.title):
        e = span.end
        if e < len(doc) and doc[e].lower_ in _LINKS:
            run = _run_from(doc, e + 1, title_words)
            if run:
                return run
    for tok in doc:
        if tok.lower_ in _RUNS and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "the":
            run = _run_from(doc, tok.i + 1, title_words)
            if run:
                return run
    return None
