"""An organisation named, then described (a mixin of the contact rules).

"I met with Thandiwe Mokoena from Kindred, which is a two-person agency", "call with Sione from
Pinebox, which is a three-person indie studio", "Siddharth Rao from LexLoop, the legal tech
company": the model often tags such a small name a place or a person; the description's
organisation noun (``[orgs].apposition_nouns`` and
``[company].description_nouns`` of ``pipelines/contact_patterns.toml``) says it is an
organisation. The pattern is a spaCy :class:`~spacy.matcher.Matcher`; the match starts on the
comma after the name.
"""

from __future__ import annotations

from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc

from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.org_names import put_in_place
from debrief.extract.orgs import OrgMention, display_name, is_cap

#: What may come right before the described name: "from Kindred", "at Pinebox".
_BEFORE = {"from", "at", "with", "for", "of"}


def which_matcher(vocab: Any, cfg: dict[str, Any], nouns: list[str]) -> Matcher:
    """', which is a tiny forensic accounting firm', ', the legal tech company': a comma,
    "which is|was|'s" (or not), an article, up to six words without a clause break, and an
    organisation noun."""
    free: dict[str, Any] = {
        "ORTH": {"NOT_IN": [",", ".", ";", ":", "?", "!", "(", ")"]},
        "LOWER": {"NOT_IN": list(cfg["description_stops"])},
        "OP": "{0,6}",
    }
    noun: dict[str, Any] = {"LOWER": {"IN": [*nouns, *cfg["description_nouns"]]}}
    which: list[dict[str, Any]] = [
        {"ORTH": ","},
        {"LOWER": "which"},
        {"LOWER": {"IN": ["is", "'s", "was"]}},
        {"LOWER": {"IN": ["like", "basically", "actually", "just"]}, "OP": "?"},
        {"LOWER": {"IN": ["a", "an"]}},
        free,
        noun,
    ]
    # "from LexLoop, the legal tech company", "CEO of Quiet Room, a four-person startup"
    apposed: list[dict[str, Any]] = [
        {"ORTH": ","},
        {"LOWER": {"IN": ["a", "an", "the"]}},
        free,
        noun,
    ]
    matcher = Matcher(vocab)
    matcher.add("which_org", [which, apposed])
    return matcher


class DescribedChecks:
    """The relative-clause shape above."""

    _blocked: set[int]
    _which: Matcher | None = None

    def _add_which(self, doc: Doc, lo: int, hi: int, mentions: list[OrgMention]) -> None:
        """Put each capitalised name right before a describing "which is a <noun>" clause in
        ``doc[lo:hi]`` among ``mentions``, replacing what overlaps it. The name follows a
        preposition ("from", "at") and holds none of the contact's words."""
        if self._which is None:
            cfg = contact_patterns()
            DescribedChecks._which = which_matcher(
                doc.vocab, cfg["company"], cfg["orgs"]["apposition_nouns"]
            )
        assert self._which is not None
        for _label, s, _e in self._which(doc[lo:hi]):
            c = lo + s  # the comma
            j = c
            while j > lo and (
                is_cap(doc[j - 1])
                or (doc[j - 1].lower_ in {"and", "&"} and j - 2 > lo and is_cap(doc[j - 2]))
            ):
                j -= 1
            if j == c or c - j > 6 or doc[j - 1].lower_ not in _BEFORE:
                continue
            if any(i in self._blocked for i in range(j, c)):
                continue
            if any(m.start == j and m.end == c for m in mentions):
                continue
            put_in_place(mentions, OrgMention(j, c, display_name(doc[j:c].text), True))


#: Words an acronym leaves out ("National Low Income Housing Coalition" -> NLIHC).
_UNLETTERED = {"of", "the", "and", "for", "&", "in", "on", "at", "de"}


def spelled_out(company: str | None, mentions: list[OrgMention]) -> str | None:
    """The organisation's whole name where the company is an acronym the recap also spells out
    ("Ghana Infrastructure Investment Fund, GIIF", "the Ag Data Coalition, ADC"): search by
    company finds the call under the name people write."""
    if not company or not company.isupper() or not 2 <= len(company) <= 6:
        return company
    for m in mentions:
        words = [w for w in m.name.replace("-", " ").split() if w.lower() not in _UNLETTERED]
        if len(words) >= 2 and "".join(w[0] for w in words).upper() == company:
            return m.name
    return company
