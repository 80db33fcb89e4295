"""The contact's company read from a typed contact line's comma or bracket parts.

Terse typed notes put the contact on one line as a list: "Contact: Yolanda Brathwaite,
Supervisory Contract Specialist (GS-14), NAVSUP FLC Norfolk.", "w/ Matthias Vogt (Vogt & Sohn
Prüftechnik, Director Business Development USA, Auburn Hills)", "Recruiter call, Alder & Pike
Staffing, didn't give a name". The rules and the model then take the wrong part for the
company: the title ("Supervisory Contract Specialist", "Recruiter"), the tail of the title
("Business Development USA") or the bracketed first name ("(Rosalind"). Where the company is
one of those, the line's part that reads as an organisation (capitalised words, no title word,
not the contact's name, not a place, no figures) is the company, and a title taken for the
company is the title when none was found. Where no company was found at all and the line
lists one after the title ("Re: Chat with Mr. Omar Hadid, Data Platform Lead, Pelicanly" at
the line's end), that part is the company (:func:`listed_company`). The studies are in
docs/extraction-history.md, "company14" and "contact47".
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import title_heads
from debrief.extract.roles_company import said
from debrief.models import Contact
from debrief.names import company_key
from debrief.names_spelling import lexicon

#: Tokens that close a part of a contact line.
_SEPARATORS = {",", "(", ")", ";", ":", "[", "]", "/"}
#: Tokens that close the contact line itself (a sentence's end).
_ENDS = {".", "!", "?"}
#: Lower-case words kept inside an organisation's name ("Alder & Pike", "Bank of the West").
_JOINERS = {"of", "and", "&", "for", "the", "de", "la", "-", "'s", "y", "und"}
#: The base model's tags for a place: "Auburn Hills" is where they sit, not the organisation.
_PLACES = {"GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL"}
#: The most words an organisation part of a contact line holds.
_MOST_WORDS = 6


@lru_cache(maxsize=1)
def not_org_words() -> frozenset[str]:
    """Heading words ("call", "notes") and title head words ("Specialist", "Recruiter"): a
    part holding one is a label or a title, not an organisation."""
    cfg = contact_patterns()
    return frozenset(cfg["header"]["call_words"]) | title_heads()


def _title_like(company: str, title: str | None) -> bool:
    """Whether the company is a title said in the line ("Supervisory Contract Specialist",
    "Recruiter") or the tail of the contact's title ("Business Development USA" of "Director
    Business Development USA")."""
    words = company.split()
    if words and words[-1].lower().strip(".,") in title_heads():
        return True
    if not title:
        return False
    ck, tk = company_key(company), company_key(title)
    return bool(ck) and tk != ck and (tk.endswith(" " + ck) or _overlap(title, company) > 0)


def _overlap(title: str, company: str) -> int:
    """How many of the title's last words the company begins with ("Director Business
    Development" and "Business Development USA": two)."""
    tw, cw = title.lower().split(), company.lower().split()
    for k in range(min(len(tw), len(cw) - 1), 0, -1):
        if tw[-k:] == cw[:k]:
            return k
    return 0


def _whole_title(doc: Doc, title: str | None, company: str) -> str | None:
    """The title run on into the company it overlaps, where the recap says it so ("Director
    Business Development" and "Business Development USA": "Director Business Development
    USA")."""
    if not title:
        return title
    k = _overlap(title, company)
    if not k:
        return title
    whole = f"{title} {' '.join(company.split()[k:])}"
    return whole if whole.lower() in doc_text(doc).lower() else title


def _broken(company: str) -> bool:
    """Whether the company is a bracket's first word taken with the bracket ("(Rosalind")."""
    return company.count("(") != company.count(")")


def contact_line_span(doc: Doc, anchor: Span) -> tuple[int, int]:
    """The tokens of the contact line around ``anchor``: from the last sentence end or line
    break before it to the next after it."""
    lo = anchor.start
    while lo > 0 and doc[lo - 1].text not in _ENDS and "\n" not in doc[lo - 1].text:
        lo -= 1
    hi = anchor.end
    while hi < len(doc) and doc[hi].text not in _ENDS and "\n" not in doc[hi].text:
        hi += 1
    return lo, hi


def _parts(doc: Doc, lo: int, hi: int) -> list[Span]:
    """The line's parts between separators."""
    out, start = [], lo
    for k in range(lo, hi + 1):
        if k == hi or doc[k].text in _SEPARATORS:
            if k > start:
                out.append(doc[start:k])
            start = k + 1
    return out


def _org_part(part: Span, name_words: set[str], person_ok: bool = False) -> bool:
    """Whether a part of the line reads as an organisation: capitalised words (joiners
    aside), no title or heading word, not only the contact's name or a given name, not a
    place or a date, no figures, and not a label before a colon ("Contact:"). With
    ``person_ok`` the base model's PERSON alone does not refuse it: it tags a firm's coined
    name run on after a title ("Customer Success Lead, Quillpath") as one."""
    words = [t for t in part if not t.is_space]
    if not words or len(words) > _MOST_WORDS or not words[0].text[:1].isupper():
        return False
    doc = part.doc
    if part.end < len(doc) and doc[part.end].text == ":":
        return False
    if any(t.like_num or any(c.isdigit() for c in t.text) for t in words):
        return False
    if any(t.lower_ in not_org_words() for t in words):
        return False
    if not all(t.text[:1].isupper() or t.lower_ in _JOINERS for t in words):
        return False
    alpha = [t for t in words if t.is_alpha]
    if not alpha:
        return False
    if all(t.lower_ in name_words or t.lower_ in lexicon().given for t in alpha):
        return False
    refused = _PLACES if person_ok else _PLACES | {"PERSON"}
    return not all(t.ent_type_ in refused for t in alpha)


def line_company(doc: Doc, contact: Contact) -> Contact:
    """The contact with the company of its typed contact line, where the company found is
    the title, the title's tail or a bracketed first name (see the module docstring)."""
    company, title = contact.company, contact.title
    if not company:
        return contact
    as_title = _title_like(company, title)
    if not as_title and not _broken(company):
        return contact
    name_words = {w.lower().strip(".,()") for w in (contact.name or "").split()}
    anchors = list(said(doc, company.strip("()")))
    if contact.name:
        anchors += list(said(doc, contact.name))
    for anchor in sorted(anchors, key=lambda s: s.start):
        lo, hi = contact_line_span(doc, anchor)
        for part in _parts(doc, lo, hi):
            if company_key(part.text) == company_key(company) or not _org_part(part, name_words):
                continue
            if title is None and as_title and company[:1].isupper():
                title = company
            title = _whole_title(doc, title, company)
            return replace(contact, title=title, company=part.text.strip())
    return contact


#: Dashes: a part's end where typed with a space ("Veridian Stack - 08/01").
_DASHES = {"-", "\u2013", "\u2014"}


def _undashed(part: Span) -> Span:
    """The part up to its first spaced dash: a heading's date or length after the name."""
    doc = part.doc
    for k in range(part.start + 1, part.end):
        if doc[k].text in _DASHES and doc[k - 1].whitespace_ and doc[k].whitespace_:
            return doc[part.start : k]
    return part


def _after_dash(part: Span) -> Span:
    """The part after its last spaced dash: "Dana Whitehorse — Customer Insights Specialist"
    lists the title after the heading's name (contact55)."""
    doc = part.doc
    for k in range(part.end - 2, part.start, -1):
        if doc[k].text in _DASHES and doc[k - 1].whitespace_ and doc[k].whitespace_:
            return doc[k + 1 : part.end]
    return part


def listed_company(doc: Doc, contact: Contact) -> Contact:
    """The contact with the organisation their typed line lists after the title, where no
    company was found: "Re: Chat with Mr. Omar Hadid, Data Platform Lead, Pelicanly" at a
    line's end, "Forensic accountant, Kroll, in their office". The title must be a whole part
    of a line that also says the contact's name (or the line's first part); a bracket ("(MSL)")
    or a lower-case department ("oncology") between them is passed over, and the first other
    part must read as an organisation (see the module docstring)."""
    if contact.company or not contact.title:
        return contact
    name_words = {w.lower().strip(".,()") for w in (contact.name or "").split()}
    for anchor in said(doc, contact.title):
        lo, hi = contact_line_span(doc, anchor)
        parts = _parts(doc, lo, hi)
        at = next((i for i, p in enumerate(parts) if p.end == anchor.end), None)
        if at is None or company_key(_after_dash(parts[at]).text) != company_key(anchor.text):
            continue
        # the name as the line says it: "Dr. Okafor" for Chinedu Okafor
        named = any(t.lower_ in name_words and len(t) > 2 for t in doc[lo:hi])
        if not named and at != 0:
            continue
        for part in parts[at + 1 :]:
            part = _undashed(part)
            if doc[part.start - 1].text == "(" or not part.text.strip()[:1].isupper():
                continue
            if _org_part(part, name_words, person_ok=True):
                return replace(contact, company=part.text.strip())
            break
    return contact
