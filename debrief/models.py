"""Dataclasses that travel between the pipeline stages: the pipeline's contract.

Each stage takes and returns these plain objects, so a stage can be run, tested and
benchmarked on its own, and the settings a stage used travel with its result.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: The informational-interview question set, in the order the product presents it.
CATEGORIES: tuple[str, ...] = (
    "career_path",
    "typical_day",
    "likes",
    "dislikes",
    "skills",
    "culture",
    "mission_values",
    "advancement",
    "advice",
    "self_pitch",
)

CATEGORY_LABELS: dict[str, str] = {
    "career_path": "Career path",
    "typical_day": "Typical day",
    "likes": "Likes",
    "dislikes": "Dislikes",
    "skills": "Skills",
    "culture": "Culture",
    "mission_values": "Mission & values",
    "advancement": "Advancement",
    "advice": "Advice",
    "self_pitch": "Self-pitch",
}


#: The categories that are questions to ask a contact: the self-pitch is what *you* say, so a
#: call that did not cover it leaves nothing to ask the company.
QUESTION_CATEGORIES: tuple[str, ...] = tuple(c for c in CATEGORIES if c != "self_pitch")


def category_label(category: str | None) -> str:
    """A category's display name; an uncategorised insight is "Other"."""
    return CATEGORY_LABELS.get(category or "", "Other")


#: What marks the matched words in a search snippet (SQLite's snippet() puts them there;
#: each renderer turns them into its own highlight).
HL_START, HL_END = "\x02", "\x03"

#: Informational interviews should stay within this many minutes.
CALL_LIMIT_MINUTES = 30

STATUSES = ("pending", "transcribed", "extracted", "failed")


@dataclass(frozen=True)
class Word:
    """One word as Whisper heard it: ``probability`` is how sure the decoder was of its
    spelling (the mean probability of its tokens, faster-whisper's word probability). No
    timings: nothing reads them (the segment keeps its own)."""

    text: str
    probability: float


@dataclass(frozen=True)
class Segment:
    """One timed piece of a transcript (seconds from the start of the audio); ``words``:
    its words with their probabilities, when the engine gives them (faster-whisper)."""

    start: float
    end: float
    text: str
    words: tuple[Word, ...] = ()


@dataclass
class Transcript:
    """What a speech-to-text engine produced, with the settings it used."""

    text: str
    segments: list[Segment]
    language: str
    duration: float
    engine: str
    model: str
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def words(self) -> list[Word]:
        """Every word with its probability, in order: empty when the engine gives none
        (typed recaps, openai-whisper, live chunks)."""
        return [w for s in self.segments for w in s.words]

    @property
    def is_empty(self) -> bool:
        return not self.text.strip()


@dataclass
class Contact:
    """The person the call was with."""

    name: str | None = None
    title: str | None = None
    company: str | None = None


@dataclass
class Insight:
    """A sentence or clause of the transcript, filed under one category.

    ``start``/``end`` are character offsets into the transcript text, so
    ``text == transcript[start:end]``.
    """

    category: str
    text: str
    start: int
    end: int


@dataclass
class FollowUp:
    """An action item of the speaker's, with a due date (ISO) when one was stated."""

    text: str
    due: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Person:
    """Someone mentioned in the recap; ``relation`` is ``referral`` or ``mentioned``."""

    name: str
    company: str | None = None
    relation: str = "mentioned"


@dataclass
class Extraction:
    """Everything the extraction stage found in one recap (schemas/extraction.schema.json)."""

    contact: Contact = field(default_factory=Contact)
    insights: list[Insight] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    people_mentioned: list[Person] = field(default_factory=list)
    companies_mentioned: list[str] = field(default_factory=list)
    call_minutes: int | None = None
    pipeline_version: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON form defined by ``schemas/extraction.schema.json``."""
        return asdict(self)

    @property
    def covered(self) -> list[str]:
        seen = {i.category for i in self.insights}
        return [c for c in CATEGORIES if c in seen]

    @property
    def not_covered(self) -> list[str]:
        seen = {i.category for i in self.insights}
        return [c for c in QUESTION_CATEGORIES if c not in seen]
