"""The contact's company where a typed contact line names their department between the title
and the organisation.

"(Assoc. Director, Scientific Affairs, Harrow-Lyle Diagnostics)", "Sr. Project Manager,
Transmission Projects, Oncor.": the rules and the model take the department after the title
for the company. Where the company found is said right after the title and a comma, has no
organisation head word ("Labs", "Consulting": ``[orgs] heads`` of
``pipelines/contact_patterns.toml``) and the line's next comma part reads as an organisation
(capitalised words with a head word, or the base model's ORG), that part is the company and
the department goes with the title ("Assoc. Director, Scientific Affairs"), as the labels
file it. The office-first shape ("Deputy Director, Office of Policy, Ohio Department of
Health") is company_after's ``office_in_org``. The study is in docs/extraction-history.md,
"company45".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from debrief.extract.casing import is_acronym
from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import org_name_heads, title_head_words
from debrief.extract.roles_company import said

#: Tokens that close a part of a contact line.
_CLOSE = {",", "(", ")", ";", ":", "[", "]", "/", ".", "!", "?"}
#: Dashes: a part's end where typed with a space, a word of the name where not ("Harrow-Lyle").
_DASHES = {"-", "\u2013", "\u2014"}
#: Lower-case words kept inside an organisation's name ("Bank of the West").
_JOINERS = {"of", "and", "&", "for", "the", "de", "la", "'s"}
#: The base model's tags for a place: "Piscataway" is where they sit, not the organisation.
_PLACES = {"GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL"}
#: The most words the organisation part holds.
_MOST_WORDS = 6


def _next_part(doc: Doc, k: int) -> Span | None:
    """The line's part starting at ``doc[k]``: to the next separator or line break."""
    e = k
    while e < len(doc) and doc[e].text not in _CLOSE and "\n" not in doc[e].text:
        if doc[e].text in _DASHES and (doc[e].whitespace_ or doc[e - 1].whitespace_):
            break  # "Harrow-Lyle Diagnostics - 35 min": only a spaced dash closes the part
        e += 1
    return doc[k:e] if e > k else None


def _reads_as_org(part: Span) -> bool:
    """Capitalised words (joiners aside), no figure, no title word, not a place, and an
    organisation head word or the base model's ORG on a word of it."""
    words = [t for t in part if not t.is_space]
    if not words or len(words) > _MOST_WORDS or not words[0].text[:1].isupper():
        return False
    if not all(t.text[:1].isupper() or t.lower_ in _JOINERS or t.text == "-" for t in words):
        return False
    if any(any(c.isdigit() for c in t.text) for t in words):
        return False
    if any(t.lower_ in title_head_words() for t in words):
        return False
    alpha = [t for t in words if t.is_alpha]
    if not alpha or all(t.ent_type_ in _PLACES for t in alpha):
        return False
    return any(t.lower_ in org_name_heads() for t in words) or any(
        t.ent_type_ == "ORG" for t in alpha
    )


def department_company(
    doc: Doc, company: str | None, title: str | None
) -> tuple[str | None, str | None]:
    """(title, company), with a department taken for the company moved to the title and the
    organisation the line names after it taken for the company (see the module docstring)."""
    if not company or not title:
        return title, company
    if any(w.lower().strip(".,") in org_name_heads() for w in company.split()):
        return title, company
    if any(is_acronym(w) for w in company.split()):
        # "statistician, FDA, Center for Drug Evaluation and Research": an acronym is the
        # organisation, and what follows it its unit
        return title, company
    text = doc_text(doc).lower()
    if f"{title}, {company},".lower() not in text:
        return title, company
    for span in said(doc, company):
        e = span.end
        if e + 1 >= len(doc) or doc[e].text != ",":
            continue
        head = span.start - 1
        if head < 0 or doc[head].text != "," or not doc[:head].text.lower().endswith(title.lower()):
            continue
        part = _next_part(doc, e + 1)
        if part is not None and _reads_as_org(part):
            return f"{title}, {company}", part.text
    return title, company
