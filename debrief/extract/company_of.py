"""The contact's company where it stops at a public body's head before "of" and its place.

"CIO - Township of Eastbrook": the model marks "CIO - Township" and company_dashed keeps
"Township", the place that names the body lost. A public body is named "<head> of <place>"
("Borough of Millbrook", "City of Lakewood"), so where the company kept ends on such a head
(``of_place_heads`` of ``pipelines/word_lists.toml``) and the recap says it right before "of"
and capitalised words, those words go back onto it; where the company is the place said
right after "<Head> of" ("Clerk - Borough of Westfield" kept as "Westfield"), the head goes
back in front. Only capitalised words are taken: "City
of Albuquerque building and safety" gives "City of Albuquerque". The study is in
docs/extraction-history.md, "contact46".
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.lexicon import word_list
from debrief.extract.roles_company import said

#: The most words of the place taken after "of".
_MOST = 4


def company_of_place(doc: Doc, company: str | None) -> str | None:
    """``company`` with the "of <Place>" the recap says after it, where it ends on a public
    body's head ("Township" -> "Township of Eastbrook"); else ``company``."""
    if not company or " of " in f" {company.lower()} ":
        return company
    heads = word_list("of_place_heads")
    words = company.split()
    if words[-1].lower().strip(".,") not in heads:
        # "Borough of Westfield" kept as "Westfield": the head said before it goes back on
        for span in said(doc, company):
            k = span.start
            headed = k >= 2 and doc[k - 1].text == "of" and doc[k - 2].lower_ in heads
            if headed and doc[k - 2].text.istitle() and doc[k].text[:1].isupper():
                return doc[k - 2 : span.end].text
        return company
    for span in said(doc, company):
        k = span.end
        if k + 1 >= len(doc) or doc[k].lower_ != "of" or doc[k].text != "of":
            continue
        e = k + 1
        while e < len(doc) and e - k - 1 < _MOST and doc[e].is_alpha and doc[e].text[:1].isupper():
            e += 1
        if e > k + 1:
            return doc[span.start : e].text
    return company
