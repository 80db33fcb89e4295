"""On a transcript, the organisation said right after the contact's title where no company was
found: in lower case ("a physical therapist at harbor point physical therapy, which ...") or
past a full stop Whisper put between the title and "at" ("He's the program director. At the
Westvale Rowing Association, it's a small club").

A typist capitalises the name and writes one sentence; Whisper writes a name it does not know
in lower case and often stops the sentence before "at". The rules start an organisation after
"at" only on a capital and read the title's sentence only, so the contact was left with no
company. Read only on a transcript (``doc._.spoken``), where the contact has a title and no
company: after a place where the title is said, an optional full stop, "at"/"with"/"for" and
an optional "the", either a run of capitalised words (joined by "of"/"and"/"&") closed by
punctuation, or one to four lower-case words of a name ending on an organisation head
(``[orgs]`` heads, lower_heads and spoken_tail_heads of ``pipelines/contact_patterns.toml``)
and closed by punctuation, a place ("in", "out", "up", "over") or "like"/"which". spoken51: on the
four spoken development files two companies found, none lost.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from debrief.extract.casing import NOT_NAMES
from debrief.extract.lexicon import transcript_tail_heads
from debrief.extract.roles_company import said
from debrief.models import Contact

#: What stands between the title and the organisation.
_AT = {"at", "with", "for"}
#: What may close the organisation's name.
_CLOSERS = {",", ".", "!", "?", ";", ":", "in", "out", "up", "over", "like", "which", "where"}
#: Words inside a capitalised name that join its parts ("Museum of Art", "Quill and Lantern").
_JOINS = {"of", "and", "&"}
#: The longest name read, in words.
_LONGEST = 4
#: Parts of speech that are no word of a lower-case name.
_NOT_NAME = {"VERB", "AUX", "PRON", "ADP", "CCONJ", "SCONJ", "DET", "PART", "ADV", "INTJ", "NUM"}


def _closed(doc: Doc, k: int) -> bool:
    return k >= len(doc) or doc[k].lower_ in _CLOSERS


def _capital_run(doc: Doc, j: int) -> int:
    """The end of a capitalised name starting at ``doc[j]`` (``j`` where there is none)."""
    k = j
    while k < len(doc) and k - j < _LONGEST:
        tok = doc[k]
        joined = k > j and tok.lower_ in _JOINS and k + 1 < len(doc) and doc[k + 1].is_title
        if not joined and not (tok.is_alpha and tok.text[:1].isupper()):
            break
        k += 1
    return k if k > j and doc[k - 1].lower_ not in _JOINS else j


def _lower_word(tok: Token) -> bool:
    return bool(
        tok.is_alpha and tok.is_lower and tok.pos_ not in _NOT_NAME and tok.lower_ not in NOT_NAMES
    )


def _lower_run(doc: Doc, j: int) -> int:
    """The end of a lower-case name starting at ``doc[j]`` that ends on an organisation head
    (``j`` where there is none)."""
    heads = transcript_tail_heads()
    best = j
    k = j
    while k < len(doc) and k - j < _LONGEST and _lower_word(doc[k]):
        k += 1
        if doc[k - 1].lower_ in heads and k - j > 1:
            best = k
    return best


def _after(doc: Doc, i: int) -> str | None:
    """The organisation said from ``doc[i]`` on, past the title (module docstring)."""
    if i < len(doc) and doc[i].text == ".":
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in _AT:
        return None
    j = i + 1
    if doc[j].lower_ == "the":
        j += 1
    end = _capital_run(doc, j)
    if end == j:
        end = _lower_run(doc, j)
    if end == j or not _closed(doc, end):
        return None
    return doc[j:end].text


def spoken_after_title(doc: Doc, contact: Contact) -> Contact:
    """The contact with the organisation a transcript says right after their title as the
    company, where none was found (module docstring)."""
    if not doc._.spoken or contact.company or not contact.title:
        return contact
    for span in said(doc, contact.title):
        company = _after(doc, span.end)
        if company and company.lower() != (contact.name or "").lower():
            return replace(contact, company=company)
    return contact
