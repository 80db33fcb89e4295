"""Where the contact's job title ends and whether it is one: the title phrase read from a
given token ("a, uh, senior product designer at ...", "Senior Manager of Customer Success",
"data and analytics specialist"). The callers decide where a title may start (after a copula,
an apposition, "as a", a descriptor, before the name); this decides, from that token on, which
words are the title: fillers and articles skipped, a Whisper-capitalised run kept whole, "and"
and "of the <unit>" read on, and the phrase kept only with a title head word or right before an
organisation (docs/extraction-history.md, "title19: the contact's title said after the name").
:class:`TitlePhrase` is a mixin of :class:`~debrief.extract.contact_title.TitleCompanyParser`;
the title words are in ``pipelines/contact_patterns.toml``, the fillers and capitalised title
words in ``pipelines/word_lists.toml``.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc

from debrief.extract.lexicon import word_list
from debrief.extract.orgs import OrgMention, is_acronym, is_cap

_FILLERS = word_list("title_fillers")
TITLE_CAPS = word_list("title_caps")


class ReadsUnit(Protocol):
    """What :class:`TitlePhrase` asks of the class it is mixed into: whether "of the" and a
    unit go on a title (``TitleAround._of_the_unit`` of :mod:`contact_title_around`), said
    here as a type, not imported (the two mixins import neither the other; house43)."""

    def __call__(self, doc: Doc, k: int, end: int) -> bool: ...


class TitlePhrase:
    """The title phrase from a given token: its words, and whether they make a title."""

    title_stops: set[str]
    title_continue: set[str]
    title_heads: set[str]
    _of_the_unit: ReadsUnit

    def _parse_title(
        self,
        doc: Doc,
        j: int,
        end: int,
        mentions: list[OrgMention],
        apposition: bool = False,
        require_head: bool = False,
    ) -> str | None:
        """The job title that starts at ``doc[j]`` ("a, uh, senior product designer at ..."
        -> "senior product designer"), or None: fillers and articles skipped, then words up
        to punctuation, a stop word or a capitalised non-title word, a Whisper-capitalised run
        whole. Kept only with a title head word, or (unless ``require_head``) right before an
        organisation mention; ``apposition`` asks for one of the two even so."""
        # skip fillers and articles: "a, uh, product designer"
        while j < end and doc[j].lower_ in _FILLERS:
            j += 1
        if j >= end:
            return None
        if doc[j].lower_ in {
            "my",
            "her",
            "his",
            "their",
            "our",
            "your",
            "in",
            "at",
            "on",
            "from",
            "with",
            "not",
            "so",
            "very",
            "really",
            "pretty",
            "super",
            "still",
            "also",
            "always",
            "basically",
        }:
            return None
        words: list[str] = []
        k = j
        capped = self._title_case_run(doc, j, end)
        while k < end and len(words) < 10:
            t = doc[k]
            low = t.lower_
            if low in {"uh", "um", "umm", "like"}:
                k += 1
                continue
            if k < capped:
                # "Senior Manager of Customer Success at ...": Whisper capitalises the title
                words.append(t.text)
                k += 1
                continue
            if low == "and" and words and k + 1 < end and self._and_title(doc, k + 1, end):
                words.append(t.text)  # "data and analytics specialist"
                k += 1
                continue
            if t.is_punct and t.text not in {"-", "&", "/"}:
                break
            if low in self.title_stops:
                nxt = doc[k + 1] if k + 1 < end else None
                if (
                    low in self.title_continue
                    and nxt is not None
                    and (
                        not is_cap(nxt) or (bool(words) and words[0][:1].isupper() and low == "of")
                    )
                    and nxt.lower_ not in {"the", "a", "an"}
                ):
                    words.append(t.text)
                    k += 1
                    continue
                if low == "of" and words and self._of_the_unit(doc, k, end):
                    words, k = [*words, t.text, doc[k + 1].text], k + 2  # "director of the ..."
                    continue
                break
            title_case = bool(words) and words[0][:1].isupper() and t.is_title
            if (
                is_cap(t)
                and low not in TITLE_CAPS
                and low not in self.title_heads
                and not (is_acronym(t.text) and len(t.text) <= 4)
                and not title_case
            ):
                break
            if (
                t.pos_ in {"VERB", "AUX"}
                and low not in self.title_heads
                and t.tag_ not in {"VBN", "VBG"}
            ):
                break
            words.append(t.text)
            k += 1
        while words and words[-1].lower() in {"and", "-", "/", "&", "of", "for", "in", "on"}:
            words.pop()
        if not words:
            return None
        has_head = any(w.lower() in self.title_heads for w in words)
        after_org = (
            k < end
            and doc[k].lower_ in {"at", "with", "for", "from"}
            and any(m.start in (k + 1, k + 2) for m in mentions)
        )
        if not has_head and (require_head or not after_org):
            return None
        if apposition and not (has_head or after_org):
            return None
        text = " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
        return text.replace(" 's", "'s")

    def _title_case_run(self, doc: Doc, j: int, end: int) -> int:
        """End of a capitalised job title at ``j`` ("Senior Manager of Studio Operations",
        "Data Protection Officer", "Chief Nursing"), else ``j``: Whisper capitalises titles a
        typed recap writes lower-case. Up to 7 title-case words (with "of"/"and"/"&" between
        them) of which one is a title head word; no place the model tags, and no person
        unless the run ends on the head ("Project Designer")."""
        k = j
        head_at = -1
        person = False
        while k < end and k - j < 7:
            t = doc[k]
            if t.is_title and t.is_alpha:
                if t.ent_type_ in {"GPE", "LOC", "DATE", "NORP"}:
                    break
                person = person or t.ent_type_ == "PERSON"
                if t.lower_ in self.title_heads:
                    head_at = k
                k += 1
                continue
            if (
                t.lower_ in {"of", "and", "&"}
                and k > j
                and k + 1 < end
                and doc[k + 1].is_title
                and doc[k + 1].lower_ not in {"the", "a", "an"}
            ):
                k += 1
                continue
            break
        if head_at < 0 or (person and head_at != k - 1):
            # the model reads "Project Designer" as a person: a title only when it ends on
            # its head word
            return j
        return k

    def _and_title(self, doc: Doc, k: int, end: int) -> bool:
        """'data and analytics specialist': lower-case words after "and" reach a title head
        within three tokens, with no article, pronoun or punctuation on the way."""
        for m in range(k, min(end, k + 3)):
            t = doc[m]
            if not t.is_alpha or not t.is_lower or t.pos_ in {"DET", "PRON", "ADP", "VERB", "AUX"}:
                return False
            if t.lower_ in self.title_heads:
                return True
        return False

    def _descriptor_title(self, doc: Doc, k: int, end: int) -> str | None:
        """'my dad's financial advisor at Edward Jones' -> 'financial advisor'."""
        j = k
        for m in range(k, min(end, k + 5)):
            if doc[m].lower_ == "'s":
                j = m + 1
        if j == k:
            j = k + 1
        return self._parse_title(doc, j, end, [], require_head=True)
