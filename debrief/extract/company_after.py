"""Checks on the contact's company once the rules' and the model's answers are combined.

Each catches a company that is something else said near the contact: the place the speaker
met them ("met her at the career fair at Whitmore College"), their title ("grant writer,
freelance"), the office inside the organisation a typed contact line names first ("Deputy
Director, Office of Policy, Ohio Department of Health"), the tail of a title said after the
organisation beside the name ("Contact: Name, Pfizer, ... Senior Manager, Early Talent") or a
person's first name both models took for an organisation ("the one Heather set me up
with"). A typed heading that puts the organisation before the name with a comma
("Brackenfield Labs, Yusuf Amari, ...") names the company. The study is in
docs/extraction-history.md, "company13".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from debrief.extract.company_heading import heading_org
from debrief.extract.company_line import line_company
from debrief.extract.company_runon import runon_company
from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import title_heads, word_list
from debrief.extract.org_names import org_mentions
from debrief.extract.roles_company import said
from debrief.extract.roles_company_near import titled_org
from debrief.models import Contact
from debrief.names import company_key, person_key
from debrief.names_spelling import lexicon

#: Words a venue follows: "at the", "in the" and a few words of the event's description.
_VENUE_REACH = 6


def _venue_at(doc: Doc, span: Span) -> bool:
    """Whether ``span`` is said as where an event was: "at the public health career fair at
    Rollins", "the design meetup at Brightwater Library", "at Whitmore's spring job fair"."""
    events = word_list("venue_events")
    s = span.start
    if s >= 1 and doc[s - 1].lower_ in {"at", "in"}:
        before = doc[max(doc[s].sent.start, s - 1 - _VENUE_REACH) : s - 1]
        if any(t.lower_ in events for t in before):
            return True
    after = doc[span.end : min(doc[span.end - 1].sent.end, span.end + 4)]
    return (
        s >= 1
        and doc[s - 1].lower_ == "at"
        and len(after) > 0
        and after[0].lower_ == "'s"
        and any(t.lower_ in events for t in after)
    )


def venue_company(
    doc: Doc, company: str | None, title: str | None, spans: list[Span]
) -> str | None:
    """The company where the recap says it only as where the speaker met the contact ("I met
    Dr. Rahmanova at the career fair at Rollins ... she is a research scientist at the Task
    Force for Global Health"): the event's host is not their employer. The organisation
    after their title takes its place; with none, no company."""
    if not company:
        return company
    places = list(said(doc, company))
    if not places or not all(_venue_at(doc, p) for p in places):
        return company
    return titled_org(doc, title, spans) if title else None


def title_as_company(company: str | None, title: str | None) -> str | None:
    """'Marguerite Oyelaran, grant writer, freelance': the rules read the apposed title as the
    company too. A company that is the title is none (the labels give a freelancer, a
    self-employed contact, no company)."""
    if company and title and company_key(company) == company_key(title):
        return None
    return company


def office_in_org(
    doc: Doc, company: str | None, title: str | None
) -> tuple[str | None, str | None]:
    """'Contact: Dr. Aiyana Redcloud, Deputy Director, Office of Health Equity, Georgia
    Department of Public Health.': a typed contact line names the office they direct and then
    the organisation it is part of. The organisation is the company; the office belongs to
    the title ("Deputy Director, Office of Health Equity")."""
    if not company or company.split()[0].lower() not in word_list("sub_units"):
        return title, company
    for span in said(doc, company):
        e = span.end
        if e + 1 >= len(doc) or doc[e].text != ",":
            continue
        k = e + 1
        while k < len(doc) and not doc[k].is_punct and "\n" not in doc[k].text:
            k += 1
        rest = doc[e + 1 : k]
        if not (k >= len(doc) or doc[k].text in {".", "\n"} or "\n" in doc[k].text):
            continue
        if len(rest) < 2 or not all(t.text[:1].isupper() or t.is_stop for t in rest):
            continue
        if not rest[0].text[:1].isupper() or rest.root.ent_type_ not in {"ORG", ""}:
            continue
        title_span = doc[span.start - 2 : span.start] if span.start >= 2 else None
        if title and title_span is not None and title_span[-1].text == ",":
            title = f"{title}, {span.text}"
        return title, rest.text
    return title, company


def _person_cue(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is said as a person: "Renata's cousin", "the one Heather set
    me up with", "a support person, Bea"."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "'s":
        after = doc[i + 2] if i + 2 < len(doc) else None
        return after is not None and after.lower_ in word_list("person_relations")
    if nxt is not None and nxt.tag_ == "VBD" and nxt.lower_ in word_list("person_verbs"):
        return True
    # "and a support person, Bea", "an intern, Bea": a role, a comma and the first name
    roles = {"person", "guy", "woman", "man", "lady"} | title_heads()
    return i >= 2 and doc[i - 1].text == "," and doc[i - 2].lower_ in roles


def _named(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is given as a name: "Devon, last name Okafor-Smith", "her
    name is Bea", "surname Quist"."""
    before = [t.lower_ for t in doc[max(0, i - 2) : i]]
    return bool(before) and (
        before[-1] in {"name", "surname"} or before == ["name", "is"] or before == ["name", "'s"]
    )


def first_name_company(
    doc: Doc, company: str | None, others: list[str | None], title: str | None, spans: list[Span]
) -> str | None:
    """A company that is a census given name said elsewhere as a person ("he's the guy from
    Renata's cousin's bowling league", "the one Heather set me up with"), or any word given as
    a name ("Devon, last name Okafor-Smith"): both models tag some names as organisations.
    The other answer takes its place, unless it is a name too; else the organisation after
    their title ("now he's the part-time facilities manager at St. Hyacinth"), or none."""
    if not company or " " in company.strip():
        return company
    # "Okafor-Smith" is three tokens: where the name is said, by its text
    named = any(_named(doc, span.start) for span in said(doc, company))
    if not named and company.lower() not in lexicon().given:
        return company
    if not named and not any(t.text == company and _person_cue(doc, t.i) for t in doc):
        return company
    for other in others:
        if other and company_key(other) != company_key(company) and " " in other.strip():
            return other
    return titled_org(doc, title, spans) if title else None


def comma_heading_company(doc: Doc, company: str | None, names: list[str | None]) -> str | None:
    """'OK. Herdwise, Rudy Vance, the one Heather set me up with.': a recap that opens on an
    organisation, a comma and the contact's name labels whom the call was with and where."""
    keys = [person_key(n).split() for n in names if n]
    firsts = {k[0] for k in keys if k}
    return heading_org(doc, firsts) or company


def company_checked(
    doc: Doc, contact: Contact, model: Contact, rules: Contact, spans: list[Span]
) -> Contact:
    """The combined ``contact`` with the checks of this module run on its company, in order:
    a title's tail cut off as the company, the office a contact line names before its
    organisation, the title, the venue, a first name, then an opening "Organisation, Name,"
    heading, a lower-case run-on cut (company_runon); last, a company that is the title or a
    bracketed first name is replaced by the organisation part of the typed contact line
    (company_line)."""
    title, company = title_tail_company(doc, contact, spans)
    title, company = office_in_org(doc, company, title)
    company = title_as_company(company, title)
    company = venue_company(doc, company, title, spans)
    company = first_name_company(doc, company, [model.company, rules.company], title, spans)
    company = comma_heading_company(doc, company, [contact.name, model.name])
    company = runon_company(doc, company)
    return line_company(doc, replace(contact, title=title, company=company))


def apposed_to_name(doc: Doc, name: str, spans: list[Span]) -> str | None:
    """The organisation right after the contact's name between commas ("Contact: Tariq
    Hameed, Pfizer, he manages ..."): one the base model, the roles model or the rules mark."""
    mentions = org_mentions(doc)
    orgs = [(s.start, s.end, s.text) for s in spans if s.label_ in {"ORG", "CONTACT_ORG"}]
    orgs += [(m.start, m.end, m.name) for m in mentions or []]
    orgs += [(e.start, e.end, e.text) for e in doc.ents if e.label_ == "ORG"]
    for place in said(doc, name):
        e = place.end
        if e >= len(doc) or doc[e].text != ",":
            continue
        for start, end, text in orgs:
            if start == e + 1 and end < len(doc) and doc[end].text in {",", ".", ";"}:
                return text
        # "Lucia Ferraro, Merck, she leads ...": proper nouns no tagger marked an organisation,
        # between commas, no title word among them and not a place
        k = e + 1
        while k < min(len(doc), e + 5) and doc[k].pos_ == "PROPN":
            k += 1
        run = doc[e + 1 : k]
        if (
            len(run)
            and k < len(doc)
            and doc[k].text == ","
            and not any(t.lower_ in title_heads() or t.ent_type_ in _PLACES for t in run)
            # the base model tags some one-word firms a person ("Merck"): no given name is one
            and not any(t.lower_ in lexicon().given for t in run)
        ):
            return run.text
    return None


#: The base model's tags for a place: not an organisation apposed to the name.
_PLACES = {"GPE", "LOC", "NORP"}


def title_tail_company(
    doc: Doc, contact: Contact, spans: list[Span]
) -> tuple[str | None, str | None]:
    """'Contact: Tariq Hameed, Pfizer, he manages the early career program, so his title is
    something like Senior Manager, Early Talent.': the rules cut the title's last part off as
    the company, where the organisation said right after the name is theirs. The cut part
    goes back to the title."""
    title, company = contact.title, contact.company
    if not (title and company and contact.name):
        return title, company
    if f"{title}, {company}".lower() not in doc_text(doc).lower():
        return title, company
    apposed = apposed_to_name(doc, contact.name, spans)
    if apposed is None or company_key(apposed) == company_key(company):
        return title, company
    if company_key(apposed) in company_key(title):
        return title, company  # "Tobiah Quarles, Landscape Designer, Fenwick Rowe Studio"
    return f"{title}, {company}", apposed
