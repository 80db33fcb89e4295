"""The contact's title said around the intro rather than after the name: before the name
("their growth marketing lead, Camille") or corrected in the next sentence ("No wait, she's a
biostatistician"). :class:`TitleAround` is a mixin of
:class:`~debrief.extract.contact_title.TitleCompanyParser`."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Protocol

from spacy.tokens import Doc, Span

from debrief.extract.lexicon import cue_set, word_list
from debrief.extract.orgs import OrgMention

if TYPE_CHECKING:
    from debrief.extract.lexicon import PhraseSet

_PRONOUNS = {"she", "he", "they"}
#: "her title (is)" after a correction (``owner_title``, read through the per-doc matcher; house41)
_OWNER_TITLE = "owner_title"
_FILLERS = word_list("title_fillers")
_TITLE_CAPS = word_list("title_caps")
#: Words that open a title said before the contact's name ("their field data lead, Marisol").
_TITLE_OPENERS = {"the", "their", "'s", "a", "an"}


class ParsesTitle(Protocol):
    """What :class:`TitleAround` asks of the class it is mixed into: the title phrase read
    from a token (``TitlePhrase._parse_title`` of :mod:`contact_title_phrase`), said here as
    a type, not imported (the two mixins import neither the other; house43)."""

    def __call__(
        self,
        doc: Doc,
        j: int,
        end: int,
        mentions: list[OrgMention],
        apposition: bool = False,
        require_head: bool = False,
    ) -> str | None: ...


@cache
def _owner_title() -> tuple[str, ...]:
    return tuple(sorted(word_list(_OWNER_TITLE)))


class TitleAround:
    """Titles said before the name or corrected after the intro sentence."""

    copulas: PhraseSet
    corrections: PhraseSet
    title_heads: set[str]
    _parse_title: ParsesTitle

    def _corrected_next(
        self, doc: Doc, sents: list[Span], sent: Span, mentions: list[OrgMention]
    ) -> str | None:
        """'Epidemiologist at the health department. No wait, she's a biostatistician, she
        corrected me.': the sentence after the intro opens on a correction, then "she's a"
        (or only "a": a sentence split inside "a support agent well actually a release
        engineer") and a title (its head word required): that title replaces the intro's."""
        found = _sentence_after(doc, sents, sent, 1, {"um", "uh", "oh", "well", ","})
        if found is None:
            return None
        nxt, j = found
        mark = self.corrections.match_at(doc, j, nxt.end)
        if not mark or doc[j].lower_ == "not":
            return None
        j += mark
        while j < nxt.end and doc[j].text == ",":
            j += 1
        if j < nxt.end and doc[j].lower_ in {"a", "an"}:
            # "... a support agent | well actually a release engineer": a split sentence
            return self._parse_title(doc, j, nxt.end, mentions, require_head=True)
        if cue_set(doc.vocab, _owner_title()).match_at(doc, j, nxt.end):
            j += 1  # "No wait, her title is Director of Engineering now": "title is" follows
        elif j >= nxt.end or doc[j].lower_ not in _PRONOUNS:
            return None
        hit = self.copulas.match_at(doc, j + 1, nxt.end)
        if not hit:
            return None
        return self._parse_title(doc, j + 1 + hit, nxt.end, mentions, require_head=True)

    def _title_before_name(self, doc: Doc, name_at: int) -> str | None:
        """'I talked to their growth marketing lead, Camille.', 'MGM's hospitality analytics
        director, Rafael Dominguez, gave me ...': the title said right before the name, set off
        from it by a comma and opened by "the"/"their"/"a" or an owner's "'s" (not "my": "my
        manager, Dale" is the user's relation). Its last word must be a title head word and
        the title must reach the comma (a capitalised word on the way stops it); or a lone
        short title in capitals ("the PA, Sebastian Ruiz")."""
        comma = name_at - 1
        if comma < 2 or doc[comma].text != ",":
            return None
        last = doc[comma - 1]
        if last.is_upper and last.lower_ in _TITLE_CAPS and doc[comma - 2].lower_ in _TITLE_OPENERS:
            return last.text  # "I spoke with the PA, Sebastian Ruiz"
        if last.lower_ not in self.title_heads:
            return None
        for det in range(comma - 1, max(-1, comma - 7), -1):
            low = doc[det].lower_
            if low in _TITLE_OPENERS:
                title = self._parse_title(doc, det + 1, comma, [], require_head=True)
                words = [t for t in doc[det + 1 : comma] if t.lower_ not in _FILLERS]
                if title is None or len(title.split()) != len(words):
                    return None
                return title
            if doc[det].is_punct or doc[det].pos_ in {"VERB", "AUX", "PRON", "ADP"}:
                return None
        return None

    def _of_the_unit(self, doc: Doc, k: int, end: int) -> bool:
        """'director of the counseling center at ...', 'director of the PMO at ...': "of the"
        after a title's head word, then a unit of lower-case nouns or one short acronym
        (not a capitalised organisation: "director of the Marlow County Library System" is
        the title and the company) closed by punctuation, "at"/"for"/"in" or the end."""
        if k < 1 or doc[k - 1].lower_ not in self.title_heads:
            return False
        if k + 2 >= end or doc[k + 1].lower_ != "the":
            return False
        m = k + 2
        if doc[m].is_upper and doc[m].is_alpha and len(doc[m]) <= 4:
            m += 1
        else:
            while m < end and m - k <= 5 and doc[m].is_lower and doc[m].pos_ in {"NOUN", "ADJ"}:
                m += 1
        if m == k + 2:
            return False
        return m >= end or doc[m].is_punct or doc[m].lower_ in {"at", "for", "in"}

    def _said_later(
        self, doc: Doc, sents: list[Span], sent: Span, mentions: list[OrgMention]
    ) -> str | None:
        """'So that was Shelby at Gorsky and Vance. It's a manufacturer's rep firm. They rep
        pumps. She's an outside sales rep, been there seven years.': Whisper ends a sentence
        where a typed recap has a comma, so the "she's a" naming the title comes three
        sentences after the intro, past the two the intro's parser reads. Only a sentence
        that opens with "she"/"he" and a copula, with a title head word."""
        found = _sentence_after(doc, sents, sent, 3, {"so", "and", "um", "uh", ","})
        if found is None:
            return None
        nxt, j = found
        if j >= nxt.end or doc[j].lower_ not in {"she", "he"}:
            return None
        hit = self.copulas.match_at(doc, j + 1, nxt.end)
        if not hit:
            return None
        return self._parse_title(doc, j + 1 + hit, nxt.end, mentions, require_head=True)


def _sentence_after(
    doc: Doc, sents: list[Span], sent: Span, k: int, skip: set[str]
) -> tuple[Span, int] | None:
    """The ``k``-th sentence after ``sent`` and where its words start past the ``skip``
    fillers; None when there is no such sentence."""
    idx = next((n for n, x in enumerate(sents) if x.start == sent.start), -1)
    if idx < 0 or idx + k >= len(sents):
        return None
    nxt = sents[idx + k]
    j = nxt.start
    while j < nxt.end and doc[j].lower_ in skip:
        j += 1
    return nxt, j
