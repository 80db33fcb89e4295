"""On a transcript, the rules' company run on by one word past the model's: "Urban Institute
DC", "Read Forward Enrichment, like a five-person staff".

A speaker says the organisation and goes straight on with where it is or a word of what it
does; a typist sets that off ("the Urban Institute (DC)", "Read Forward - enrichment
nonprofit"), Whisper often drops the mark, and the rules read the capitalised run to its end.
The roles model, which reads the words around, marks the organisation without the word. Read
only on a transcript (``doc._.spoken``), in
:func:`debrief.extract.roles_company.company_policy`: where the rules' company is the model's
with exactly one word after it, that word capitalised (or an acronym) and no organisation head
(``[orgs] heads``, ``lower_heads``, ``tail_heads``: "Sanford" + "Health" is the rules' whole
name) nor a joining word ("and", "&", "of"), the model's company is kept. Measured in
docs/extraction-history.md, "spoken47".
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.lexicon import org_tail_heads

#: Words that join a name's parts: the word after one is the name's own.
_JOINS = {"and", "&", "of", "for", "de", "the"}


def trailed_on(doc: Doc, rule: str | None, model: str | None) -> bool:
    """Whether, on a transcript, the rules' company is the model's with one capitalised word
    run on after it that is no organisation head (module docstring)."""
    if not doc._.spoken or not rule or not model:
        return False
    r, m = rule.split(), model.split()
    if len(r) != len(m) + 1 or [w.lower() for w in r[:-1]] != [w.lower() for w in m]:
        return False
    last = r[-1]
    if m[-1].lower() in _JOINS or last.lower() in _JOINS:
        return False
    return last[:1].isupper() and last.lower().strip(".,") not in org_tail_heads()
