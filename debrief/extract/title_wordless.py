"""A kept title with no title word in it, read again by the readers of a title said.

Over the development authors a kept title with no title head word ("manager", "lead", "CSM")
is wrong more often than right where a recap also says the title in words the readers know
(12 authors show a phrase with no title word kept: "tribal and community clinic network",
"remote", "health informatics", "minor league", "data center"): the rules or the model took a
description of the organisation, a place or a field for the job. The readers that run only
where no title was kept (``title_later``: "he's their research coordinator", "her title is X";
``title_tied``: the title said beside a mention of the name) are asked here too: the title said
in a sentence of the contact's own wins, else one said beside the name, unless the kept one is
said right after the name ("<Name>, plans examiner": the head list is not every job, and
contact29's trial lost "plans examiner" to "architect" that way). Where they read none the kept
title stays. Counted and measured in (docs/extraction-history.md, "title31: the contact's past
job told in their career")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import title_head_words
from debrief.extract.title_later import title_said_later
from debrief.extract.title_tied import tied_title
from debrief.models import Contact


def _located(doc: Doc, title: str, spans: list[Span]) -> Span | None:
    """Where the kept title is said: the model's span of that text, else its first mention."""
    key = title.strip(" ,.").lower()
    for s in spans:
        if s.label_ == "CONTACT_TITLE" and s.text.strip(" ,.").lower() == key:
            return s
    at = doc.text.lower().find(key)
    if at < 0 or not key:
        return None
    return doc.char_span(at, at + len(key), alignment_mode="expand")


def titled(title: str) -> bool:
    """Whether a kept title holds a title's head word ("manager", "mgr", "CSM"): a job by its
    words."""
    heads = title_head_words()
    words = title.lower().replace("-", " ").replace("'s", " ").split()
    return title.lower() in heads or any(w in heads for w in words)


def _just_after_name(span: Span, name: str) -> bool:
    """Whether the title is said at most four words after the contact's last name ("<Name>,
    plans examiner at <Org>"): a title the recap gives them, whatever its words."""
    last = name.lower().replace("-", " ").split()[-1]
    lows = lowers(span.doc)
    return last in lows[max(0, span.start - 5) : span.start]


def wordless_reread(doc: Doc, contact: Contact, spans: list[Span]) -> Contact:
    """A kept title with no title word ("tribal and community clinic network", "remote")
    given way to the title said in a sentence of the contact's own ("he's their research
    coordinator", "her title is X": ``title_later``), else to one said beside a mention of
    their name (``title_tied``) where the kept one is not said right after the name; kept
    where neither reads one."""
    if not contact.title or not contact.name or titled(contact.title):
        return contact
    said = title_said_later(doc, contact.name)
    if said:
        return replace(contact, title=said)
    here = _located(doc, contact.title, spans)
    if here is not None and _just_after_name(here, contact.name):
        return contact
    tied = tied_title(doc, replace(contact, title=None)).title
    return replace(contact, title=tied) if tied and titled(tied) else contact
