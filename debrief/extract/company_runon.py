"""The contact's lower-case company cut where a run-on dictation runs it into the next clause.

The roles model's span runs on as the rules' name run did ("general manager at halvorsen
nashville site priya set it up"): the cut of org_runon applies to the combined company too.
The study is in docs/extraction-history.md, "company15".
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.org_runon import runon_end
from debrief.extract.roles_company import said


def runon_company(doc: Doc, company: str | None) -> str | None:
    """The contact's lower-case company without the next clause's subject or a sentence
    adverb run on after it where the recap says it ("halvorsen nashville site priya" ->
    "halvorsen nashville"): the roles model's span runs on as the rules' did."""
    if not company or company != company.lower():
        return company
    for span in said(doc, company):
        end = runon_end(doc, span.start, span.end)
        if end < span.end:
            return doc[span.start : end].text
    return company
