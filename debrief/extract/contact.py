"""debrief_contact_v1: who the call was with (name, title, company) and the companies mentioned.

Placeholder: first PERSON and first ORG entity. The extraction issue replaces it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from debrief.models import Contact
from debrief.names import clean_company, company_key


@Language.component("debrief_contact_v1")
def contact_component(doc: Doc) -> Doc:
    persons = [e.text for e in doc.ents if e.label_ == "PERSON"]
    orgs: list[str] = []
    seen: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "ORG":
            name = clean_company(ent.text)
            if company_key(name) not in seen:
                seen.add(company_key(name))
                orgs.append(name)
    doc._.contact = Contact(
        name=persons[0] if persons else None, company=orgs[0] if orgs else None
    )
    doc._.companies = orgs
    return doc
