"""A place Whisper glues onto the contact's company, for debrief_contact_v1.

Typed "IBEW Local 103 in Boston", "a design systems lead at Spotify in Stockholm" come out of
Whisper as "Ibo Local 103 Boston", "at Spotify and Stockholm", "the Urban Institute DC": the
"in" is dropped or heard as "and", and the small model then tags the whole run one ORG. A
known place (``[places] names`` in ``pipelines/contact_patterns.toml``: US states, large cities,
world capitals) ending a company of two or more words is where the company is, not part of its
name, unless it is the name's only proper part or "of" binds it ("University of Chicago",
"Bank of America"). Names that end in a city ("Ballet Austin") lose the city: rare in recaps,
and the search by company still finds them.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from debrief.extract.orgs import OrgMention, display_name

#: Words before a place that bind it to the name ("University of Chicago", "Teach For
#: America", "Bank of the West").
_BINDING = {"of", "for", "the", "de", "del", "la", "du", "at", "-", "'s", "/"}


class PlaceTail:
    """Strips a known place glued onto the end of a company mention."""

    def __init__(self, cfg: dict[str, Any]) -> None:
        names = [n.lower().split() for n in cfg["names"]]
        self.places = {tuple(n) for n in names}
        self.longest = max((len(n) for n in names), default=0)

    def place_len(self, words: list[str]) -> int:
        """Length of the longest known place ending ``words`` (0 when none)."""
        for n in range(min(self.longest, len(words)), 0, -1):
            if tuple(words[-n:]) in self.places:
                return n
        return 0

    def strip(self, doc: Doc, m: OrgMention) -> OrgMention:
        """``m`` without a known place at its end ("Spotify and Stockholm" -> "Spotify")."""
        words = [t.lower_.rstrip(".") for t in doc[m.start : m.end]]
        n = self.place_len(words)
        if n == 0:
            return m
        e = m.end - n
        joined = e > m.start and doc[e - 1].lower_ in {"and", "&"}
        if joined:
            e -= 1  # "Spotify and Stockholm": Whisper's "and" for "in"
        while e > m.start and doc[e - 1].is_punct:
            e -= 1
        head = doc[m.start : e]
        if not head or doc[e - 1].lower_ in _BINDING:
            return m
        # "Ubisoft Montreal", "Legal Services NYC" are names with a city in them: the place
        # goes only after "and", after a number ("Local 103 Boston") or when the recap names
        # the organisation elsewhere without it ("at the Urban Institute DC ... at Urban")
        if not (joined or doc[e - 1].like_num or self._named_alone(doc, m)):
            return m
        if not any(t.is_alpha and (t.is_title or t.is_upper) for t in head) and not any(
            t.like_num for t in head
        ):
            return m  # "the downtown Boston": no name before the place
        if self.place_len([t.lower_ for t in head]) == len(head):
            return m  # "Minneapolis and St. Paul": places both, or one place's own words
        return OrgMention(m.start, e, display_name(head.text), m.strong)

    @staticmethod
    def _named_alone(doc: Doc, m: OrgMention) -> bool:
        """True when the mention's first word occurs elsewhere in ``doc``, spelt the same,
        and the whole mention never does again (the recap names it without the place)."""
        first = doc[m.start].text  # as written: "tenants" is no "Tenants Together"
        words = [t.lower_ for t in doc[m.start : m.end]]
        alone = False
        for t in doc:
            if t.text != first or m.start <= t.i < m.end:
                continue
            if [x.lower_ for x in doc[t.i : t.i + len(words)]] == words:
                return False  # "Legal Services NYC" said twice: the place is in the name
            alone = True
        return alone
