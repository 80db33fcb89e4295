"""The contact's company for debrief_contact_v1: shapes other authors use for it.

- An organisation named after a description of it, set off by a comma: "at a small design
  consultancy in Copenhagen, Fjord and Field", "a fintech in Nairobi, Chipper Cash". The
  description's own capitalised words ("a Dutch-owned company", "a DTC skincare brand") are not
  the company. The pattern is a spaCy :class:`~spacy.matcher.Matcher` built from the word lists
  of ``[company]`` and ``[orgs]`` in ``pipelines/contact_patterns.toml``.
- A name joined by "and" ("Latham and Watkins", "Boys and Girls Club of Metro Atlanta").
- A capitalised part of the title followed by the organisation ("VP of Sales at Attentive",
  "Senior Manager, Tax Technology for EY"): the organisation after "at"/"for" wins.
- A possessive: "Maricopa County Department of Public Health's community health division" is
  the department; "UnitedHealth Group's Optum" is Optum.

The organisation a spoken correction puts in the company's place is
:mod:`.contact_company_corrected`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from debrief.extract.contact_company_corrected import CorrectedCompany
from debrief.extract.contact_described import DescribedChecks
from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.contact_possessive import PossessiveChecks
from debrief.extract.org_names import hyphen_joins, put_in_place
from debrief.extract.orgs import (
    OrgMention,
    chunk_end,
    display_name,
    is_acronym,
    is_cap,
    lower_doc,
)
from debrief.names import company_key

if TYPE_CHECKING:
    from debrief.extract.lexicon import PhraseSet
    from debrief.extract.orgs import OrgFinder


#: Words that put a place after an organisation ("out of El Paso", "covering Ohio").
_PLACE_WORDS = {"out", "in", "covering", "near", "outside", "based"}
#: A place word that makes the place an organisation ("Calloway County").
_PLACE_ORGS = {"county", "city", "state", "town", "parish", "borough", "township", "village"}

#: Fillers between a name and its restatement ("Fieldwork, uh, Fieldwork Coffee").
_FILL = {"um", "uh", "er", "like", "sorry"}

#: A person described by where they are from: "the woman from Ubisoft".
_SOMEONE = {"woman", "man", "guy", "lady", "person", "someone", "somebody", "folks", "people"}

#: What may follow an apposed organisation's name: "..., Fjord and Field, twelve people",
#: "..., Vireo Digital in Austin", "..., Kasowitz. Hmm".
_AFTER = {"in", "which", "that", "and", "but", "so", "where", "based", "out"}


def apposed_matcher(nlp: Language, cfg: dict[str, Any], nouns: list[str]) -> Matcher:
    """'<prep> a|an|the <description with an organisation noun>, <Name>': the match ends on
    the first word of the name. Words that start another clause or place stop the description."""
    stop = list(cfg["description_stops"])
    # any word but a clause break; "-" stays inside ("a Dutch-owned company")
    free: dict[str, Any] = {
        "ORTH": {"NOT_IN": [",", ".", ";", ":", "?", "!", "(", ")"]},
        "LOWER": {"NOT_IN": stop},
    }
    opening: list[dict[str, Any]] = [
        {"LOWER": {"IN": list(cfg["apposed_prepositions"])}},
        {"LOWER": {"IN": ["a", "an", "the"]}},
        {**free, "OP": "{0,5}"},
    ]
    closing: list[dict[str, Any]] = [
        {**free, "OP": "{0,6}"},
        {"ORTH": ","},
        {"LOWER": {"IN": ["um", "uh", "like", "er"]}, "OP": "*"},
        {"ORTH": ",", "OP": "?"},
        {"LOWER": "the", "OP": "?"},
    ]
    matcher = Matcher(nlp.vocab)
    # the noun: one of the lists', or Whisper's "Start Up" ("at a Digital Health Start Up, X")
    for noun in (
        [{"LOWER": {"IN": [*nouns, *cfg["description_nouns"]]}}],
        [{"LOWER": "start"}, {"LOWER": "up"}],
    ):
        pattern = [*opening, *noun, *closing]
        # the name starts with a capitalised word or an acronym ("MTN Nigeria")
        matcher.add("apposed_org", [[*pattern, {"IS_TITLE": True}], [*pattern, {"IS_UPPER": True}]])
        # Whisper's full stop for the typed comma: "... of an architecture firm. Vogel Studio,
        # which is her own firm." (the name must stand alone: see _apposed_orgs)
        stop = [*opening, *noun, {"ORTH": "."}]
        matcher.add("apposed_stop", [[*stop, {"IS_TITLE": True}], [*stop, {"IS_UPPER": True}]])
    return matcher


def _fragment_after(doc: Doc, end: int) -> bool:
    """Whether the name ending at ``end``, said after a full stop, stands alone as the
    sentence's subject-less fragment: closed by a full stop, or by ", which"/", who" ("Vogel
    Studio, which is her own firm."); "Google hired her" is a new sentence, not a name apposed."""
    if end >= len(doc) or doc[end].text in {".", "?", "!"}:
        return True
    return doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].lower_ in {"which", "who"}


def called_matcher(nlp_vocab: Any, cfg: dict[str, Any], nouns: list[str]) -> Matcher:
    """'a two-truck shop called Pereira Plumbing', 'a general contractor, called Hencil
    Phelps', 'a nonprofit in Chicago called Harmony Bridge', 'a start-up called Tali': an
    organisation noun, then "called"/"named" (Whisper often puts a comma before it, and a place
    may come between), then the name; the match ends on the name's first word."""
    noun = {"LOWER": {"IN": [*nouns, *cfg["description_nouns"]]}}
    tail: list[dict[str, Any]] = [
        {"ORTH": ",", "OP": "?"},
        {"LOWER": "in", "OP": "?"},
        {"IS_TITLE": True, "ENT_TYPE": {"IN": ["GPE", "LOC"]}, "OP": "{0,2}"},
        {"ORTH": ",", "OP": "?"},
        {"LOWER": {"IN": ["now", "actually", "just"]}, "OP": "?"},  # "an agency now called X"
        {"LOWER": {"IN": ["called", "named"]}},
    ]
    matcher = Matcher(nlp_vocab)
    for head in ([noun], [{"LOWER": "start"}, {"ORTH": "-"}, {"LOWER": "up"}]):
        matcher.add(
            "called_org",
            [[*head, *tail, {"IS_TITLE": True}], [*head, *tail, {"IS_UPPER": True}]],
        )
    return matcher


class CompanyChecks(PossessiveChecks, DescribedChecks, CorrectedCompany):
    """The company shapes above (a mixin of ContactExtractor)."""

    apposed: Matcher
    orgs: OrgFinder
    corrections: PhraseSet
    title_heads: set[str]
    _blocked: set[int]
    _header: tuple[int, int] | None
    header_cues: PhraseSet
    header_fillers: set[str]
    header_call_words: set[str]

    def _apposed_orgs(
        self, doc: Doc, lo: int, hi: int, blocked: set[int]
    ) -> list[tuple[int, OrgMention]]:
        """(start of the description, the organisation) for each described-then-named
        organisation in ``doc[lo:hi]``; a person's name there (the contact's) is not one."""
        out: dict[int, tuple[int, OrgMention]] = {}
        for label, s, e in self.apposed(doc[lo:hi]):
            k = lo + e - 1
            if k in blocked:
                continue
            end = chunk_end(doc, k, doc[k].sent.end)
            nxt = doc[end] if end < len(doc) else None
            if end <= k or (nxt is not None and not nxt.is_punct and nxt.lower_ not in _AFTER):
                continue
            if doc.vocab.strings[label] == "apposed_stop" and not _fragment_after(doc, end):
                continue
            if any(i in blocked for i in range(k, end)):
                continue
            start = lo + s
            if k not in out or start < out[k][0]:
                out[k] = (start, OrgMention(k, end, display_name(doc[k:end].text), True))
        return sorted(out.values(), key=lambda x: x[1].start)

    def _settle(self, doc: Doc, company: str | None, mentions: list[OrgMention]) -> str | None:
        """The chosen company after :meth:`_refined`; a longer name replaces the mentions it
        covers, so the companies list carries it too."""
        if company is None:
            return None
        for m in mentions:
            if m.name != company:
                continue
            m = self._corrected_org(doc, m, mentions)
            if self._place_after(doc, m):
                owner = self._placed(doc, m, mentions)
                if owner is None:
                    return None  # "with the us marshals service out of atlanta"
                m = owner
            r = self._kept_possessive(doc, self._unpossessed(doc, self._refined(doc, m, mentions)))
            if r in mentions or r == m:
                return r.name
            put_in_place(mentions, r)
            return r.name
        return company

    def _place_after(self, doc: Doc, m: OrgMention) -> bool:
        """'the Kahala Hotel, Honolulu', 'a two-person shop, Villalobos Automation, out of El
        Paso': a place the model tags GPE/LOC after a comma or "out of", "in", "covering" says
        where the organisation is; "the City of Boulder", "Calloway County" are organisations."""
        span = doc[m.start : m.end]
        if not all(t.ent_type_ in {"GPE", "LOC"} for t in span if t.is_alpha):
            return False
        if self.orgs.has_head(span) or span[-1].lower_ in _PLACE_ORGS:
            return False
        if m.end < len(doc) and doc[m.end].lower_ in {"and", "&"}:
            return False  # "Fjord and Field": a name the model reads as two places
        j = m.start - 1
        while j >= 0 and doc[j].lower_ in {"the", "of"}:
            j -= 1
        if j >= 1 and doc[j].text == ",":
            # "a gaming company in Berlin, Wooga", "startup, Oatfield": a description, then
            # the organisation's name; after a proper name ("the Kahala Hotel, Honolulu") a
            # place is where it is
            before = doc[j - 1]
            return before.pos_ == "PROPN" and before.ent_type_ not in {"GPE", "LOC"}
        return j >= 0 and doc[j].lower_ in _PLACE_WORDS

    def _placed(self, doc: Doc, m: OrgMention, mentions: list[OrgMention]) -> OrgMention | None:
        """The organisation the place follows: the mention or ORG/FAC entity ending right
        before the comma or place word, else None."""
        j = m.start - 1
        while j >= 0 and (doc[j].lower_ in _PLACE_WORDS | {"the", "of", ","}):
            j -= 1
        if j < 0:
            return None
        for x in mentions:
            if x.end == j + 1:
                return x
        ent = next((e for e in doc.ents if e.end == j + 1 and e.label_ in {"ORG", "FAC"}), None)
        if ent is None:
            return None
        s = ent.start + (doc[ent.start].lower_ == "the")
        if s >= ent.end or all(i in self._blocked for i in range(s, ent.end)):
            return None  # the contact's own name; "Villalobos Automation" is their firm
        return OrgMention(s, ent.end, display_name(doc[s : ent.end].text), True)

    def _add_called(self, doc: Doc, lo: int, hi: int, mentions: list[OrgMention]) -> None:
        """Put each organisation named after "<organisation noun> called" in ``doc[lo:hi]``
        among ``mentions`` (see :func:`called_matcher`), replacing what overlaps it. The noun
        makes it an organisation even where the model tags the name a person or place, or
        the contact shares a word of it ("Lucas Pereira ... a shop called Pereira Plumbing")."""
        matcher = getattr(self, "_called", None)
        if matcher is None:
            cfg = contact_patterns()
            matcher = called_matcher(doc.vocab, cfg["company"], cfg["orgs"]["apposition_nouns"])
            self._called = matcher
        for _label, _s, e in matcher(doc[lo:hi]):
            k = lo + e - 1
            end = chunk_end(doc, k, doc[k].sent.end)
            nxt = doc[end] if end < len(doc) else None
            if end <= k or (nxt is not None and not nxt.is_punct and nxt.lower_ not in _AFTER):
                continue
            if any(m.start == k and m.end == end for m in mentions):
                continue
            put_in_place(mentions, OrgMention(k, end, display_name(doc[k:end].text), True))

    def _add_apposed(
        self, doc: Doc, lo: int, hi: int, mentions: list[OrgMention]
    ) -> list[tuple[int, OrgMention]]:
        """Find the apposed organisations of ``doc[lo:hi]`` and put them among ``mentions``
        (replacing a shorter mention they cover: "Fjord" by "Fjord and Field")."""
        found = self._apposed_orgs(doc, lo, hi, self._blocked)
        for d, am in found:
            # the description's own capitalised words ("a Belgian-owned plant", "a DTC
            # brand") are not organisations unless they carry an organisation word
            mentions[:] = [
                x
                for x in mentions
                if not (d < x.start and x.end <= am.start)
                or self.orgs.has_head(doc[x.start : x.end])
            ]
            if am in mentions:
                continue
            put_in_place(mentions, am)
        return found

    def _refined(self, doc: Doc, m: OrgMention, mentions: list[OrgMention]) -> OrgMention:
        """The company mention after the "and" join, the "at" hop and the possessive rule."""
        m = self._hop(doc, m, mentions)
        m = self._restated_fuller(doc, m, mentions)
        m = self._joined(doc, m)
        return self._hyphened(doc, self._possessive(doc, m))

    @staticmethod
    def _hyphened(doc: Doc, m: OrgMention) -> OrgMention:
        """'grainhouse co-op', 'metro freight co-op': in a lower-case recap the name chunk
        stops at the hyphen, so a lower-case word glued on by one is part of the last word.
        A cased recap's chunks keep their own hyphens ("Co-op", "Mid-Minnesota"), and a
        participle after a hyphen describes ("Google-backed", "Boston-based")."""
        e = m.end
        if not lower_doc(doc):
            return m
        while (
            hyphen_joins(doc, e)
            and doc[e + 1].is_alpha
            and doc[e + 1].tag_ not in {"VBN", "VBD", "VBG"}
            and not doc[e + 1].lower_.endswith(("ed", "ing"))
        ):
            e += 2
        if e == m.end:
            return m
        return OrgMention(m.start, e, display_name(doc[m.start : e].text), m.strong)

    @staticmethod
    def _restated_fuller(doc: Doc, m: OrgMention, mentions: list[OrgMention]) -> OrgMention:
        """'the coffee guy from Fieldwork, Fieldwork Coffee, the one in the old bank': the
        name said again at once, longer, is the whole name."""
        k = m.end
        while k < len(doc) and (doc[k].text in {",", "-", "—", "–"} or doc[k].lower_ in _FILL):
            k += 1
        if k == m.end or k >= len(doc):
            return m
        e = chunk_end(doc, k, doc[k].sent.end, lower_doc(doc))
        if e > k and company_key(doc[k:e].text).startswith(company_key(m.name) + " "):
            return OrgMention(k, e, display_name(doc[k:e].text), m.strong)
        return m

    @staticmethod
    def _hop(doc: Doc, m: OrgMention, mentions: list[OrgMention]) -> OrgMention:
        """'VP of Sales at Attentive': an organisation is not 'at' another one; a capitalised
        part of the title is followed by the organisation, which wins."""
        for _ in range(2):
            k = m.end
            if k < len(doc) and doc[k].lower_ in {"at", "for"}:
                nxt = [x for x in mentions if x.start in (k + 1, k + 2)]
                if nxt:
                    m = nxt[0]
                    continue
            break
        return m

    @staticmethod
    def _joined(doc: Doc, m: OrgMention) -> OrgMention:
        """'Latham and Watkins', 'Boys and Girls Club of Metro Atlanta': one name."""
        s, e = m.start, m.end
        if e + 1 < len(doc) and doc[e].lower_ in {"and", "&"} and is_cap(doc[e + 1]):
            e2 = chunk_end(doc, e + 1, doc[e].sent.end)
            nxt = doc[e2] if e2 < len(doc) else None
            # "at Google and Meta before that" is a list; a list goes on or says "both"
            ends = nxt is None or nxt.is_punct or nxt.lower_ in {"in", "as", "call", "chat"}
            # "at Spotify and Stockholm": Whisper's "and" for "in" before a place
            # (not when the model tags the first part a place too: "Fjord and Field")
            place = all(t.ent_type_ in {"GPE", "LOC"} for t in doc[e + 1 : e2]) and not any(
                t.ent_type_ in {"GPE", "LOC"} for t in doc[s:e]
            )
            if e2 - (e + 1) <= 6 and ends and not place:
                e = e2
        if s >= 2 and doc[s - 1].lower_ in {"and", "&"} and is_cap(doc[s - 2]):
            j = s - 2
            while j > 0 and is_cap(doc[j - 1]) and doc[j - 1].ent_type_ != "":
                j -= 1
            if doc[j - 1].lower_ in {"at", "for", "the", ","} and s - j <= 3:
                s = j
        if (s, e) == (m.start, m.end):
            return m
        return OrgMention(s, e, display_name(doc[s:e].text), m.strong)

    def _fallback_company(
        self,
        doc: Doc,
        mentions: list[OrgMention],
        name_span: tuple[int, int] | None,
        intro_sent: Span | None,
    ) -> str | None:
        """The intro names no organisation: the recap's heading ('Debrief, Kaiser call.'),
        else one the speaker placed the contact at before naming them ('I talked to someone at
        Denver Health. Her name is Rachel Steinberg')."""
        if self._header is not None:
            for m in mentions:
                if m.start == self._header[0]:
                    return m.name
        limit = name_span[0] if name_span else (intro_sent.start if intro_sent else 0)
        # the six tokens after the name, cut at the doc's end: a name that ends the recap
        # ("... so i need to email my biology teacher mr. okafor tonight") has fewer
        after = min(len(doc), name_span[1] + 6) if name_span else 0
        if name_span and not self.corrections.find(doc, name_span[1], after):
            # not when the name is taken back ("Acme's Lena, no, sorry, the wrong one")
            owner = self._owner_before_name(doc, mentions, name_span[0])
            if owner is not None:
                return owner.name  # "MGM's hospitality analytics director, Rafael Domínguez"
        # "the education director at a small history museum, the Wing Luke Museum. Her name
        # is ...": an organisation described, then named, before the contact is
        for _d, am in self._add_apposed(doc, 0, limit, mentions):
            return am.name
        for m in mentions:
            if m.start >= limit:
                break
            j = m.start - 1
            while j >= 0 and doc[j].lower_ in {"the", "um", "uh", ","}:
                j -= 1
            if j >= 0 and doc[j].lower_ in {"at", "from", "with", "for"} and m.strong:
                return m.name
        # no name found: the person described in the opening is still the contact ("Recap.
        # A woman from Fernwood Credit Union, I won't say her name")
        near = limit if name_span or intro_sent is None else max(intro_sent.end, 40)
        return self._heading_org(doc, limit) or self._someone_from(doc, near)

    def _add_of_org(self, doc: Doc, name_end: int, mentions: list[OrgMention]) -> None:
        """'Lena Park of Acme Robotics', 'raj patel of deloitte': a name right after the
        contact's and "of" is where they work, an organisation no other rule may know (the
        base model tags few small or made-up names). Not a place ("Ana Ruiz of Denver"), a
        date or a number; in a lower-case recap the name's first word is one the tagger reads
        as a proper noun ("of course" is no organisation)."""
        k = name_end + 1
        if name_end >= len(doc) or doc[name_end].lower_ != "of" or k >= len(doc):
            return
        end = doc[name_end].sent.end
        k += k < end and doc[k].lower_ == "the"
        if k >= end or k in self._blocked:
            return
        e = chunk_end(doc, k, end)
        if e == k and lower_doc(doc) and doc[k].pos_ == "PROPN":
            e = self.orgs.lower_name_end(doc, k, chunk_end(doc, k, end, True), end, True)
        while e > k and doc[e - 1].is_punct:
            e -= 1
        span = doc[k:e]
        if (
            e <= k
            or any(i in self._blocked for i in range(k, e))
            or all(t.ent_type_ in {"GPE", "LOC", "NORP"} for t in span)
            or any(t.ent_type_ in {"DATE", "TIME", "CARDINAL"} or t.like_num for t in span)
            or any(m.start < e and k < m.end for m in mentions)
        ):
            return
        mentions.append(OrgMention(k, e, display_name(span.text), True))
        mentions.sort(key=lambda m: m.start)

    def _someone_from(self, doc: Doc, limit: int) -> str | None:
        """'the QA call with the woman from Ubisoft, Amélie', 'The woman from the AGC
        chapter': a person described by where they are from, before their name, names the
        company even where the model tags it a place or a person. In a lower-case recap, the
        words up to the comma before the name, unless all are common nouns ("the woman from
        marketing, Jo")."""
        low = lower_doc(doc)
        if limit <= 0:
            return None
        for i in range(1, min(limit, len(doc) - 1)):
            if doc[i].lower_ not in {"from", "at"} or doc[i - 1].lower_ not in _SOMEONE:
                continue
            k = i + 1 + (doc[i + 1].lower_ == "the")
            if k >= limit:
                return None
            end = doc[k].sent.end
            if low:
                e = self.orgs.lower_name_end(doc, k, k, end, True)
                closed = e < end and doc[e].text == ","
                if not closed or all(t.pos_ == "NOUN" for t in doc[k:e]):
                    return None
            else:
                e = chunk_end(doc, k, end)
            if e > k and not any(
                j in self._blocked or doc[j].ent_type_ == "DATE" for j in range(k, e)
            ):
                return display_name(doc[k:e].text)
        return None

    def _heading_org(self, doc: Doc, limit: int) -> str | None:
        """'Pfizer, Kalamazoo site. I talked with ...', 'Drone ops. Zipline. Chat with ...',
        "Reed's admissions office, that was the call", 'Genentech MSL call': a proper name
        (the tagger's PROPN, or an acronym) opening one of the first two sentences before the
        contact's name, closed by punctuation, a possessive or a call word, is the heading's
        organisation. Not in recaps whose capitals are unreliable, not a place or a person."""
        if lower_doc(doc) or limit <= 0:
            return None
        for sent in list(doc.sents)[:2]:
            k = sent.start
            while k < sent.end:
                # "Debrief, I spoke with ...": the heading's cue word is no organisation
                # (tiny.en capitalises and tags it a proper noun), what follows it may be
                cue = self.header_cues.match_at(doc, k, sent.end)
                if cue:
                    k += cue
                elif doc[k].lower_ in self.header_fillers or doc[k].is_punct:
                    k += 1
                else:
                    break
            if k >= limit:
                return None
            e = chunk_end(doc, k, sent.end, False, 4)
            span = doc[k:e]
            closed = e < len(doc) and (
                doc[e].text in {",", ".", ":", "'s", "!"} or doc[e].lower_ in self.header_call_words
            )
            if (
                e > k
                and closed
                and not any(i in self._blocked for i in range(k, e))
                and all(t.pos_ == "PROPN" or is_acronym(t.text) for t in span)
                and not any(t.ent_type_ in {"GPE", "LOC", "PERSON", "NORP", "DATE"} for t in span)
                and not any(t.lower_ in self.title_heads for t in span)
            ):
                return display_name(span.text)
        return None
