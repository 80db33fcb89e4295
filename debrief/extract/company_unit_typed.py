"""The contact's company on a typed recap, cut before a part of the organisation said after it.

"an inspector with the City of Lakemoor building department", "the harbor county public
schools central office": a writer names the organisation and then, in lower case, the
department, office or programme of it the contact sits in, and the rules keep both. The labels
file the organisation. Reads only typed text (a transcript is company_unit_tail's): where the
company ends on a word of ``typed_unit_words`` (``pipelines/word_lists.toml``) and

- the words before the part are capitalised and hold an organisation head (``[orgs] heads``
  of ``pipelines/contact_patterns.toml``, or an ``of_heads`` word before "of": "City of
  Lakemoor"), the part lower case; or
- the whole company is lower case and the word just before the part is such a head
  ("public schools", "health department"),

the company is the words before the part. A capitalised name without a head word ("Westside
county health department") and a lower-case one whose head opens it ("university of
kentwood vaccine unit") are left: there the part is the name.
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import org_name_heads, org_of_heads, word_list

#: Lower-case words kept inside a capitalised organisation's name ("City of Lakemoor").
_JOINERS = {"of", "and", "&", "for", "the", "de"}


def _low(word: str) -> str:
    return word.lower().strip(".,;:'\u2019")


def _capital_org(words: list[str]) -> bool:
    """Capitalised words (joiners aside) holding an organisation head, or an "of" head said
    before "of" ("City of Lakemoor")."""
    if not words or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w.lower() in _JOINERS for w in words):
        return False
    lows = [_low(w) for w in words]
    of_heads = org_of_heads()
    return any(w in org_name_heads() for w in lows) or any(
        w in of_heads and i + 1 < len(lows) and lows[i + 1] == "of" for i, w in enumerate(lows)
    )


def _a_part(tail: list[str]) -> bool:
    """Two words or more ("building department"), or one that is no organisation head
    ("building"): a lone head ("county health department") ends the name itself."""
    return len(tail) > 1 or _low(tail[0]) not in org_name_heads()


def _cut(words: list[str]) -> int:
    """How many of ``words`` name the organisation; ``len(words)`` where no part is cut."""
    n = len(words)
    if _low(words[-1]) not in word_list("typed_unit_words"):
        return n
    if all(w == w.lower() for w in words):
        # lower case: the part opens right after an organisation head, the name before it
        for k in range(n - 1, 1, -1):
            if _low(words[k - 1]) in org_name_heads() and _a_part(words[k:]):
                return k
        return n
    for k in range(n - 1, 0, -1):
        tail = words[k:]
        lower = all(w == w.lower() and w.isalpha() for w in tail)
        if lower and _a_part(tail) and _capital_org(words[:k]):
            return k
    return n


def typed_unit_dropped(doc: Doc, company: str | None) -> str | None:
    """``company`` without the part of the organisation a typed recap said after its name
    (see the module); unchanged on a transcript or where no such part ends it."""
    if doc._.spoken or not company or " " not in company:
        return company
    if company not in doc_text(doc):
        return company
    words = company.split()
    k = _cut(words)
    return company if k == len(words) else " ".join(words[:k])
