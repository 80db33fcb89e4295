"""The contact's company read near their name or title, where the recap places them:
the organisation after a kept title (:func:`titled_org`) or inside it (:func:`org_in_title`),
the one the recap places them at before naming them (:func:`opening_org`), the owner of the
description before their name (:func:`owner_before`), and the rules' "name" that is an
organisation (:func:`named_org`, :func:`freed_org`). Each reads the recap's tokens and the
organisations the rules found (``org_mentions``) or the roles model marks; run by
:func:`debrief.extract.roles_combine.combine` after the two answers are weighed
(:mod:`debrief.extract.roles_company`), where the company kept is missing or only the past
(:func:`named_org` before, to keep the rules' "name" from vetoing the model's company)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from debrief.extract.doc_arrays import doc_text
from debrief.extract.org_names import described, org_mentions
from debrief.extract.orgs import display_name
from debrief.extract.roles_company import past_only, said
from debrief.names import company_key, person_key

#: Words between a contact's title and the organisation they hold it at.
_TITLE_LINKS = {"at", "for", "with", "of", "from", "in"}


def titled_org(doc: Doc, title: str, spans: list[Span]) -> str | None:
    """The organisation right after where the contact's title is said ("paraplanner at
    Harbor & Pine Wealth", "grants manager at Harmony Music Academy", "the manager of the
    Lakeview Credit Union"): one the model marks (ORG or CONTACT_ORG) or the rules found there,
    starting after a linking word and an optional "the"."""
    key = title.lower().strip()
    starts = [s.end for s in spans if s.label_ == "CONTACT_TITLE" and s.text.lower() == key]
    at = doc_text(doc).lower().find(key)
    if at >= 0:
        tok = doc.char_span(at, at + len(key), alignment_mode="expand")
        if tok is not None:
            starts.append(tok.end)
    mentions = org_mentions(doc)
    orgs = [(s.start, s.text) for s in spans if s.label_ in {"ORG", "CONTACT_ORG"}]
    orgs += [(m.start, m.name) for m in mentions or []]
    for e in sorted(set(starts)):
        j = e
        if j >= len(doc) or doc[j].lower_ not in _TITLE_LINKS:
            continue
        j += 1
        if j < len(doc) and doc[j].lower_ in {"the", "a", "an"}:
            j += 1
        # "at a startup called Verbatim AI": the name after the description
        called = [x for x in range(j, min(len(doc), j + 4)) if doc[x].lower_ in {"called", "named"}]
        if called:
            j = called[0] + 1
        for start, text in orgs:
            if start in {j, j - 1} and not described(text):
                return display_name(text)
    return None


#: The base model's entity tags that make a span an organisation or a place, not a person.
_ORG_ENTS = {"ORG", "GPE", "FAC"}


def named_org(doc: Doc, name: str | None) -> bool:
    """Whether the rules' contact name is an organisation by how the recap says it: the base
    model tags it an organisation or a place ("Twins", "SkyWest", "Dropbox"), or "the" stands
    before it ("Call with the Twins.", "recap of the Docketly second call"): the rules read
    the organisation the call was with as its contact."""
    if not name:
        return False
    for span in said(doc, name):
        words = [t for t in span if t.is_alpha]
        if words and all(t.ent_type_ in _ORG_ENTS for t in words):
            return True
        if span.start > 0 and doc[span.start - 1].lower_ == "the":
            return True
    return False


def freed_org(doc: Doc, rule_name: str | None, name: str | None) -> str | None:
    """The rules' contact name as the contact's company, where the combination files another
    person as the contact ("Call with the Twins. Well, with someone at the Twins: Keisha
    Lambert"; "a regional airline, SkyWest, Gareth Pryce-Williams"): the rules took the
    organisation for the name and so never read it as one (:func:`named_org`)."""
    if (
        not rule_name
        or not name
        or set(person_key(rule_name).split()) & set(person_key(name).split())
    ):
        return None
    return display_name(rule_name) if named_org(doc, rule_name) else None


#: Words before an organisation the recap places the contact at before naming them.
_PLACED = {"at", "from", "with", "for"}


def opening_org(doc: Doc, name: str | None, spans: list[Span]) -> str | None:
    """The organisation the recap places the contact at before it names them ("the woman
    from Cobalt Yards, ... her name is Ines Varga", "so from Tallgrass Health, the rural
    clinic network, Rosalind ..."): the first the rules found (or the model marks) before
    the name's first mention, after "at"/"from"/"with"/"for" (and "the", a filler or a
    comma), not itself said only as the past (:func:`past_only`)."""
    if not name:
        return None
    at = doc_text(doc).lower().find(name.lower())
    first = doc.char_span(at, at + len(name), alignment_mode="expand") if at >= 0 else None
    if first is None:
        return None
    mentions = org_mentions(doc)
    found = [(m.start, m.name) for m in mentions or []]
    found += [(s.start, display_name(s.text)) for s in spans if s.label_ in {"ORG", "CONTACT_ORG"}]
    for start, text in sorted(found):
        if start >= first.start:
            break
        j = start - 1
        while j >= 0 and doc[j].lower_ in {"the", "um", "uh", ","}:
            j -= 1
        if j >= 0 and doc[j].lower_ in _PLACED and not past_only(doc, text):
            return text
    return None


def org_in_title(doc: Doc, title: str, spans: list[Span]) -> tuple[str, str] | None:
    """(title, company) where the kept title holds the organisation ("director of the Marlow
    County Library System", "director of Greystar's training program"): the words after its
    last "of"/"for"/"at" (and "the") are an organisation the rules found or the model marks.
    The title stops before them, except where they own a unit (the unit is the title's)."""
    words = title.split()
    mentions = org_mentions(doc)
    known = {company_key(m.name): m.name for m in mentions or []}
    known.update(
        (company_key(s.text), display_name(s.text))
        for s in spans
        if s.label_ in {"ORG", "CONTACT_ORG"}
    )
    for k in range(len(words) - 2, 0, -1):
        if words[k].lower() not in {"of", "for", "at"}:
            continue
        rest = words[k + 1 :]
        if rest and rest[0].lower() == "the":
            rest = rest[1:]
        owned = next((j for j, w in enumerate(rest) if w.endswith(("'s", "'"))), None)
        org = rest[: owned + 1] if owned is not None else rest
        text = " ".join(org)
        if owned is not None:
            text = text[:-2] if text.endswith("'s") else text[:-1]
        if text and company_key(text) in known:
            # the title read up to the owner ("director of Greystar" of "... Greystar's
            # training program") keeps it too
            low = doc_text(doc).lower()
            at = low.find(title.lower())
            after = low[at + len(title) : at + len(title) + 1] if at >= 0 else ""
            kept = owned is not None or after in {"'", "’"}
            return (title if kept else " ".join(words[:k])), known[company_key(text)]
    return None


def owner_before(doc: Doc, name: str | None) -> str | None:
    """The organisation owning the description right before the contact's name ("MGM's
    hospitality analytics director, Rafael Domínguez"), where the model found the name and
    the rules did not (the rules read the same shape after their own name,
    ``PossessiveChecks._owner_before_name``): one the rules found, its possessive, at most six
    lower-case words and a comma, then the name, in one sentence."""
    if not name:
        return None
    at = doc_text(doc).find(name)
    first = doc.char_span(at, at + len(name), alignment_mode="expand") if at >= 0 else None
    mentions = org_mentions(doc)
    if first is None or not mentions:
        return None
    possessive = {"'s", "'", "’s", "’"}
    for m in mentions:
        end = m.end
        if doc[end - 1].lower_ in possessive and end - 1 > m.start:
            end -= 1  # the mention read the possessive in
        if end >= first.start:
            return None
        if doc[end].lower_ not in possessive or doc[end].sent.start != first.sent.start:
            continue
        between = doc[end + 1 : first.start]
        words = [t for t in between if t.text != ","]
        if not words or len(words) > 6 or any(t.text == "," for t in between[:-1]):
            continue
        if all(t.is_alpha and t.is_lower and t.pos_ in {"NOUN", "ADJ"} for t in words):
            return display_name(doc[m.start : end].text)
    return None
