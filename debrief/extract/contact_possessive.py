"""The contact's company where an organisation owns something (a mixin of the contact rules).

- A possessive that ends a name is part of it ("at Macy's.", "Lurie Children's in Chicago").
- A possessive before a place or a unit names the owner: "at Kestrel's Denver office",
  "someone from Redwood Credit Union's HR team" (``owned_units`` of ``[company]`` in
  ``pipelines/contact_patterns.toml``).
- An organisation owning the words that describe the contact, right before their name:
  "MGM's hospitality analytics director, Rafael Domínguez", "the Farm Bureau's innovation
  program, Heather".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.orgs import OrgMention, display_name

if TYPE_CHECKING:
    from debrief.extract.orgs import OrgFinder

#: Possessive endings the tokenizer splits off ("MGM's", "Ridgeway Cranes'").
_POSSESSIVE = {"'s", "'", "’s", "’"}


def owned_units() -> set[str]:
    """Words for a part of an organisation ("team", "department", "office")."""
    return set(contact_patterns()["company"]["owned_units"])


class PossessiveChecks:
    """The possessive shapes above."""

    orgs: OrgFinder
    org_before: set[str]
    _blocked: set[int]
    _units: set[str] | None = None

    def _org_person_before(
        self, doc: Doc, mentions: list[OrgMention], name_start: int
    ) -> OrgMention | None:
        """'that was with the UNICEF person Ifeoma Chukwu', 'the Bureau of Land Management
        guy Hector Villanueva': an organisation, then a word for someone from it
        (``[intro].org_before``: person, guy, recruiter), then the name: the organisation is
        the contact's, whatever the run-on sentence names after it."""
        k = name_start - 1
        while k > 0 and doc[k].text == ",":
            k -= 1
        if k <= 0 or not doc[k].is_lower or doc[k].lower_ not in self.org_before:
            return None
        for m in mentions:
            if m.end == k and not any(i in self._blocked for i in range(m.start, m.end)):
                return m
        return None

    def _owned_unit_after(self, doc: Doc, k: int) -> bool:
        """Whether the lower-case word at ``doc[k]`` names a part of an organisation."""
        if self._units is None:
            PossessiveChecks._units = owned_units()
        units = self._units or set()
        return k < len(doc) and doc[k].is_lower and doc[k].lower_ in units

    def _owner_before_name(
        self, doc: Doc, mentions: list[OrgMention], name_start: int
    ) -> OrgMention | None:
        """ "MGM's hospitality analytics director, Rafael Domínguez", "the Farm Bureau's
        innovation program, Heather", "Wynn's Li Wei Chen": an organisation with a possessive,
        then only lower-case words (at most six, then a comma), then the contact's name, in
        one sentence. The owner is where the contact works."""
        for m in mentions:
            if m.start >= name_start:
                return None
            end = m.end
            if doc[end - 1].lower_ in _POSSESSIVE and end - 1 > m.start:
                end -= 1
            if end >= name_start or doc[end].lower_ not in _POSSESSIVE:
                continue
            if doc[end].sent.start != doc[name_start].sent.start:
                continue
            between = doc[end + 1 : name_start]
            words = [t for t in between if t.text != ","]
            if len(words) > 6 or any(t.text == "," for t in between[:-1]):
                continue
            first = doc[name_start].text
            # "Ocean Spray's Kwame, Kwame Asante-Boateng": the first name said twice
            if all(
                (t.is_alpha and t.is_lower and t.pos_ in {"NOUN", "ADJ", "PROPN"})
                or t.text == first
                for t in words
            ):
                if any(i in self._blocked for i in range(m.start, end)):
                    continue
                return OrgMention(m.start, end, display_name(doc[m.start : end].text), m.strong)
        return None

    @staticmethod
    def _kept_possessive(doc: Doc, m: OrgMention) -> OrgMention:
        """ "at Macy's.", "a PT at Lurie Children's in Chicago": a possessive that ends the
        phrase (nothing it owns follows) is part of the name; "Arup's Lagos office" is Arup."""
        k = m.end
        if k >= len(doc) or doc[k].lower_ != "'s" or doc[k - 1].dep_ == "poss":
            return m  # the parser sees it owning what follows ("H&M's in-house team")
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        if nxt is not None and not (
            nxt.is_punct or nxt.pos_ in {"ADP", "CCONJ", "SCONJ", "AUX", "VERB", "PRON"}
        ):
            return m
        if nxt is not None and nxt.lower_ in {"'s", "'"}:
            return m
        return OrgMention(m.start, k + 1, display_name(doc[m.start : k + 1].text), m.strong)

    @staticmethod
    def _unpossessed(doc: Doc, m: OrgMention) -> OrgMention:
        """'at Kestrel's Denver office', "Mailchimp's Atlanta", "Pacific Northwest Ballet's
        education department": the organisation is the name before the possessive, the rest
        is a place or a part of it. A one-word name or a saint's keeps a final possessive
        ("Macy's", "St. Luke's")."""
        toks = doc[m.start : m.end]
        cut = next((t.i for t in toks if t.lower_ == "'s" and t.i > m.start), None)
        if cut is None:
            return m
        head = doc[m.start : cut]
        rest = doc[cut + 1 : m.end]
        if not rest and (len(head) < 2 or head[0].lower_.rstrip(".") in {"st", "saint"}):
            return m
        if rest and not all(t.ent_type_ in {"GPE", "LOC"} for t in rest):
            return m
        return OrgMention(m.start, cut, display_name(head.text), m.strong)

    def _possessive(self, doc: Doc, m: OrgMention) -> OrgMention:
        """'X's Y': Y when it names an organisation of its own, else X; never a trailing 's."""
        span = doc[m.start : m.end]
        cut = [t.i for t in span if t.lower_ == "'s"]
        if not cut:
            return m
        k = cut[-1]
        before = doc[m.start : k]
        # "Moody's", "Children's Hospital": a one-word owner is part of the name
        if len(before) < 2 and not any(t.lower_ in {"group", "inc"} for t in before):
            return m
        rest = doc[k + 1 : m.end]
        if len(rest) and (
            self._owned_unit_after(doc, m.end)
            or (
                # "redwood credit union's hr team": the owner names itself an organisation
                all(t.is_lower for t in rest)
                and any(self._owned_unit_after(doc, t.i) for t in rest)
                # not "ridgefield children's science center": one name ending on a head word
                and (self.orgs.has_head(before) or rest[-1].lower_ not in self.orgs.heads)
            )
        ):
            # "Redwood Credit Union's HR team", "redwood credit union's hr team": the owner
            return OrgMention(m.start, k, display_name(before.text), m.strong)
        if not len(rest):
            # "the Maricopa County Department of Public Health's community health division":
            # an organisation owning a unit; "Trader Joe's" is a name
            nxt = doc[m.end] if m.end < len(doc) else None
            if nxt is not None and nxt.is_lower and nxt.is_alpha and self.orgs.has_head(before):
                return OrgMention(m.start, k, display_name(before.text), m.strong)
            return m
        # "UnitedHealth Group's Optum", "the State of California's Office of Data and
        # Innovation": the owned organisation; "Ubisoft's Paris studio", "the Public
        # Defender's Office": the owner's name stays whole
        if rest[0].ent_type_ in {"GPE", "LOC", "NORP"} or (
            len(rest) == 1 and rest[0].lower_ in self.orgs.heads
        ):
            return m
        # "the Hollis Children's Science Center", "St. Vincent's Men's Shelter": an owner
        # that is no organisation itself, before a name ending on a head word, is one name
        if rest[-1].lower_ in self.orgs.heads and not self.orgs.has_head(before):
            return m
        return OrgMention(k + 1, m.end, display_name(rest.text), m.strong)
