"""The contact's company named in lower case after a description: "<title> at a <description>,
<name>".

Writers and Whisper alike describe the organisation before naming it: "a grants officer at a
small arts nonprofit, open pathways in Baltimore", "an account lead at a tiny branding agency,
um, copper hound.". Whisper writes a name it does not know in lower
case, and a quick typist does the same; the apposition rules (`contact_company`) and the
described reading after "at" (`company_described.named_after`) start a name only on a capital,
so the contact was left with no company. Where none was found, the title is said right before
"at"/"for"/"with" + "a"/"an" + a description holding an organisation noun, and a comma follows
it, the lower-case words after the comma are the name when they stand alone: closed by a comma,
a full stop, "in <place>" or "which", with no verb, pronoun or adverb among them, and not only
words that describe ("a hospital, night shifts.", "a startup, mostly remote." are no name).
The study is in docs/speech-history.md, "Contact, spoken: a lower-case company name".
"""

from __future__ import annotations

import functools
from dataclasses import replace

from spacy.tokens import Doc, Token

from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.roles_company import said
from debrief.models import Contact

#: What stands between the title and the description: the contact is placed there.
_AT = {"at", "for", "with"}
#: How many tokens the description may run before its comma ("a tiny agency in Austin").
_DESCRIPTION = 8
#: The longest lower-case name read (words, "of"/"and" inside counted).
_LONGEST = 4
#: What may close the name: punctuation, a place after "in", a relative clause.
_CLOSERS = {",", ".", "!", "?", ";", ":", "in", "which", "based", "out"}
#: A hesitation between the comma and the name ("a nonprofit, um, vital strategies").
_HESITATIONS = {"um", "uh", "er", "erm", ","}
#: Words inside a name that join its content words ("bread and roses", "friends of the park").
_JOINS = {"of", "and", "&", "the"}
#: Parts of speech that end the name: a clause goes on, or a word that says how, not who.
_NOT_NAME = {"VERB", "AUX", "PRON", "ADP", "CCONJ", "SCONJ", "DET", "PART", "ADV", "INTJ", "NUM"}


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The organisation nouns a description holds, the words that only describe, and the
    words that end a lower-case name ("downtown", "years", "like")."""
    cfg = contact_patterns()
    nouns = set(cfg["orgs"]["apposition_nouns"]) | set(cfg["company"]["description_nouns"])
    low = cfg["lowercase"]
    generic = set(low["generic_words"]) | set(low["person_nouns"]) | set(low["not_name_ends"])
    return frozenset(nouns), frozenset(generic), frozenset(low["stops"])


def _name_word(tok: Token, stops: frozenset[str]) -> bool:
    """A lower-case word that may be part of a name: alphabetic, no function word or adverb."""
    return bool(
        tok.is_alpha
        and tok.is_lower
        and not tok.is_stop
        and tok.pos_ not in _NOT_NAME
        and tok.lower_ not in stops
    )


def _described_comma(doc: Doc, i: int, nouns: frozenset[str]) -> int | None:
    """The comma closing the description that opens at ``doc[i]`` ("a public health nonprofit,"),
    where it holds an organisation noun; None where it does not."""
    if i >= len(doc) or doc[i].lower_ not in {"a", "an"}:
        return None
    noun = False
    for k in range(i + 1, min(len(doc), i + 1 + _DESCRIPTION)):
        tok = doc[k]
        if tok.text == ",":
            return k if noun else None
        if tok.is_punct and tok.text != "-":
            return None
        noun = noun or tok.lower_ in nouns
    return None


def _lower_name(doc: Doc, j: int, generic: frozenset[str], stops: frozenset[str]) -> str | None:
    """The lower-case name said from ``doc[j]`` when it stands alone (see the module
    docstring); None where the words go on into a clause or only describe."""
    while j < len(doc) and doc[j].lower_ in _HESITATIONS:
        j += 1
    k = j
    while k < len(doc) and k - j < _LONGEST:
        tok = doc[k]
        inner = k > j and tok.lower_ in _JOINS and k + 1 < len(doc) and doc[k + 1].is_lower
        if not inner and not _name_word(tok, stops):
            break
        k += 1
    if k == j or doc[k - 1].lower_ in _JOINS:
        return None
    if k < len(doc) and doc[k].lower_ not in _CLOSERS:
        return None
    run = doc[j:k]
    if all(t.lower_ in generic or t.lower_ in _JOINS for t in run):
        return None  # "a clinic, community health": a description again
    if len(run) == 1 and (run[0].tag_ in {"NNS", "NNPS"} or run[0].pos_ == "ADJ"):
        return None  # "a hospital, nights.", "a startup, remote.": a plural or a quality alone
    return run.text


def described_lower(doc: Doc, contact: Contact) -> Contact:
    """The contact with the lower-case name said after their title's described organisation as
    the company, where none was found (see the module docstring)."""
    if contact.company or not contact.title:
        return contact
    nouns, generic, stops = _words()
    for span in said(doc, contact.title):
        i = span.end
        if i + 1 >= len(doc) or doc[i].lower_ not in _AT:
            continue
        comma = _described_comma(doc, i + 1, nouns)
        if comma is None:
            continue
        name = _lower_name(doc, comma + 1, generic, stops)
        if name is not None:
            return replace(contact, company=name)
    return contact
