"""Where a lower-case organisation name runs on into the next clause's first words.

One-breath, unpunctuated dictations ("general manager at halvorsen nashville site priya set it
up", "call with anjali desai from path robotics finally we rescheduled") leave nothing between
the organisation's name and the words after it: the name's run (contact_lower) takes nouns and
proper nouns until a function word or a verb, so it swallows the next clause's subject ("priya")
or a sentence adverb ("finally"). Past the name's first word, those words end it. The study is
in docs/extraction-history.md, "company15".
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from debrief.extract.contact_patterns import contact_patterns
from debrief.names_spelling import lexicon


@lru_cache(maxsize=1)
def _config() -> tuple[frozenset[str], frozenset[str]]:
    """The organisation head words ("robotics") and the words a place inside one ends on
    ("plant", "site")."""
    cfg = contact_patterns()
    return frozenset(cfg["orgs"]["lower_heads"]), frozenset(cfg["lowercase"]["trailing_words"])


#: Verb tags of a clause the run's last word may be the subject of ("priya set it up").
_FINITE = {"VBD", "VBZ", "VBP"}


def _sentence_adverb(doc: Doc, j: int) -> bool:
    """A "-ly" adverb ("finally", "basically", "honestly") closes a thought in a run-on; it
    is never the last word of an organisation's name."""
    t = doc[j]
    return t.tag_ == "RB" and t.lower_.endswith("ly") and len(t.lower_) > 4


def _next_subject(doc: Doc, k: int, j: int) -> bool:
    """Whether ``doc[j]``, the run's last word, is the subject of the finite verb right after
    it: a person's name ("priya set it up") with the verb's own subject missing between the
    run's start and the verb (the parser hangs the name on the preposition instead). An
    organisation's head word ("robotics", "systems") is never one."""
    if j + 1 >= len(doc):
        return False
    t, verb = doc[j], doc[j + 1]
    if verb.tag_ not in _FINITE or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if t.lower_ in _config()[0] or not (t.pos_ == "PROPN" or t.lower_ in lexicon().given):
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i >= k for c in verb.children)


def runon_end(doc: Doc, k: int, end: int) -> int:
    """The end of the lower-case organisation name ``doc[k:end]`` without the next clause's
    subject or a sentence adverb run on after it, and without a place word then left last
    ("halvorsen nashville site priya" -> "halvorsen nashville"); the first word always
    stays."""
    if end - k < 2 or not (_sentence_adverb(doc, end - 1) or _next_subject(doc, k, end - 1)):
        return end
    end -= 1
    while end > k + 1 and doc[end - 1].lower_ in _config()[1]:
        end -= 1
    return end
