"""The contact's company as the speaker corrects it (a mixin of the contact rules).

"from the bank of ghana no sorry she left she's at the african development bank", "at Stripe,
no, sorry, Square, Block I mean", "at the Wynn. Wait, no, sorry, it's Encore": a spoken
correction right after the company names the organisation that replaces it. A correction that
takes back something else with "not" ("at Onsemi in Phoenix. Sorry, not Phoenix, Mesa") leaves
the company as it is. Moved out of :mod:`.contact_company`, unchanged (docs/extraction-history.md,
"house44").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from debrief.extract.orgs import OrgMention, chunk_end, display_name, lower_doc
from debrief.names import company_key

if TYPE_CHECKING:
    from debrief.extract.contact_lower import LowerOrgs
    from debrief.extract.lexicon import PhraseSet


#: Words between a correction and the organisation it names ("no, sorry, it's Encore").
_RESTATE = {
    *("the", "from", "at", "with", "it", "'s", "was", "is", ",", "she", "he", "they", "'re"),
    *("sorry", "no", "wait", "um", "uh", "actually"),
}


def _same_org(a: str, b: str) -> bool:
    """'Bush' and 'Bush Foundation': one name's words start the other's."""
    wa, wb = a.split(), b.split()
    n = min(len(wa), len(wb))
    return n > 0 and wa[:n] == wb[:n]


def _taken_back(doc: Doc, k: int) -> tuple[int, int] | None:
    """'no sorry, not Stripe, Square': where the name a spoken correction takes back with
    "not" starts and ends, past the words that restate it from ``doc[k]``; None when it takes
    nothing back. Read once: what it takes back says whether it corrects the company
    (:func:`_other_taken_back`), and the new name comes after it."""
    while k < len(doc) and doc[k].lower_ in _RESTATE:
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ != "not":
        return None
    return k + 1, chunk_end(doc, k + 1, doc[k].sent.end, lower_doc(doc))


def _other_taken_back(doc: Doc, taken: tuple[int, int], key: str) -> bool:
    """'at Onsemi in Phoenix. Sorry, not Phoenix, Mesa': the correction takes back a name
    (``taken``, :func:`_taken_back`) that is not the company (``key``): it corrects
    something else."""
    name = company_key(doc[taken[0] : taken[1]].text) if taken[1] > taken[0] else ""
    return bool(name) and not _same_org(name, key)


class CorrectedCompany:
    """The organisation a spoken correction puts in the company's place (a mixin of
    :class:`~debrief.extract.contact_company.CompanyChecks`)."""

    corrections: PhraseSet
    lower_orgs: LowerOrgs
    title_heads: set[str]
    _blocked: set[int]
    _replaced: tuple[int, int] | None

    def _corrected_org(self, doc: Doc, m: OrgMention, mentions: list[OrgMention]) -> OrgMention:
        """'from the bank of ghana no sorry she left she's at the african development bank',
        'at Stripe, no, sorry, Square, Block I mean': the organisation after a spoken
        correction right after the company replaces it (twice at most). A bare "not" is no
        correction here ("at Google, not Meta")."""
        for _ in range(2):
            hit = None
            for k in range(m.end, min(len(doc), m.end + 8)):
                n = self.corrections.match_at(doc, k)
                if n and not (n == 1 and doc[k].lower_ == "not"):
                    hit = (k, k + n)
                    break
            if hit is None:
                break
            key = company_key(m.name)
            taken = _taken_back(doc, hit[1])
            if taken and _other_taken_back(doc, taken, key):
                break
            nxt = []
            if not lower_doc(doc):
                # "at the Wynn. Wait, no, sorry, it's Encore, the sister property": the
                # capitalised name right after the correction, even one no rule calls an
                # organisation; "no sorry, not Stripe, Square": past the name taken back
                k = taken[1] if taken else hit[1]
                while k < len(doc) and doc[k].lower_ in _RESTATE:
                    k += 1
                e = chunk_end(doc, k, doc[k].sent.end) if k < len(doc) else k
                if e > k and not any(
                    t.ent_type_ in {"PERSON", "DATE", "TIME"} or t.i in self._blocked
                    for t in doc[k:e]
                ):
                    nxt = [x for x in mentions if x.start == k] or [
                        OrgMention(k, e, display_name(doc[k:e].text), True)
                    ]
                    if nxt[0] not in mentions:
                        mentions.append(nxt[0])
                        mentions.sort(key=lambda x: x.start)
            if not nxt:
                # "at Cvent, no sorry, she left Cvent, she's at ... Northbound Events": the
                # organisation left or repeated is not the correction
                nxt = [
                    x
                    for x in mentions
                    if hit[1] <= x.start < hit[1] + 24 and not _same_org(company_key(x.name), key)
                ]
            if not nxt and lower_doc(doc):
                # "from the discovery bank no sorry standard bank": the name right after
                # "wait, no, sorry, it's aria": the words that restate it are skipped too
                k = hit[1]
                while k < len(doc) and doc[k].lower_ in _RESTATE:
                    k += 1
                e = self.lower_orgs.name_end(doc, k, min(len(doc), k + 8))
                # "no sorry the executive director of the minnesota chorale": past the title
                ofs = [j for j in range(k, e) if doc[j].lower_ == "of"]
                if ofs and any(doc[j].lower_ in self.title_heads for j in range(k, ofs[0])):
                    k = ofs[0] + 1 + (doc[ofs[0] + 1].lower_ == "the")
                if e > k:
                    nxt = [OrgMention(k, e, doc[k:e].text, True)]
                    mentions.append(nxt[0])
                    mentions.sort(key=lambda x: x.start)
            if not nxt:
                break
            self._replaced = (m.start, hit[0])
            m = nxt[0]
        return m
