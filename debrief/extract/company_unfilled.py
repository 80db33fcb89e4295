"""Where every rule left the contact's company empty and the kept title runs on into the
organisation: the title's own "of" or "at".

In a lower-case recap the title reader runs on past the title into the organisation
("anouk de vries, owner of brightline ovens" gave the title "owner of brightline ovens" and
no company; a user saw it). Where no company was kept, the title is one that owns the whole
organisation (owner, founder, CEO, president: a director, head or manager "of" heads a unit,
"director of the counseling center", "head of people") and its tail after "of" or "at" is an
organisation's name (a word of it an organisation's head word or no English word at all,
"brightline"), the tail is the company and the title ends before it.

Filling an empty company with the organisation company_tied's reading ties to the contact
(any frame, two words or more) was measured and not kept: 3 development companies won, one
lost, and on the untouched authors one won and two lost (docs/extraction-history.md,
"company41").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.lexicon import non_name_words, org_name_heads, title_head_words
from debrief.models import Contact


def unfilled_company(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with an empty company taken from the kept title's "of"/"at" tail, the title
    ending before it (module doc); unchanged otherwise."""
    if contact.company or not (contact.name or contact.title):
        return contact
    split = _title_split(contact.title)
    if not split:
        return contact
    return replace(contact, title=split[0], company=split[1])


#: Titles whose "of" names the whole organisation, not a unit of it ("owner of X").
_WHOLE_HEADS = {
    *("owner", "co-owner", "founder", "co-founder", "cofounder", "ceo", "president"),
    *("proprietor", "publisher"),
}


def _title_split(title: str | None) -> tuple[str, str] | None:
    """The kept title's head and the organisation its "of"/"at" tail names (module doc), or
    None where the tail is a unit or there is none."""
    if not title:
        return None
    words = title.split()
    at = next((i for i, w in enumerate(words) if w.lower() in {"of", "at"}), None)
    if not at or at == len(words) - 1:
        return None
    tail = words[at + 1 :]
    if tail[0].lower() in {"the", "a", "an"}:
        tail = tail[1:]
    low = [w.lower().strip(".,") for w in tail]
    if not low or not low[0].isalpha() or len(low) > 4:
        return None
    plain = non_name_words()
    if not (set(low) & org_name_heads() or any(w.isalpha() and w not in plain for w in low)):
        return None
    if set(low) & title_head_words():
        return None  # "head of sales manager": a title's head, no organisation
    if words[at - 1].lower().strip(".,") not in _WHOLE_HEADS:
        return None  # "director of the counseling center": a unit's head, not the owner's
    return " ".join(words[:at]), " ".join(tail)
