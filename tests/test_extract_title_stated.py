"""contact52 with the real spaCy pipeline: the title the recap states as the title ("her title
is X", "X is the official title", "calls himself the X") over a job said beside the name
(title_stated)."""

from __future__ import annotations

from datetime import datetime

from debrief.extract.pipeline import extract, extract_doc
from debrief.extract.title_stated import stated_title, title_as_stated
from debrief.models import Contact

WHEN = datetime(2026, 12, 8, 18, 0)

TITLE_IS = (
    "Spoke with Marisol Quintero at Fernleaf Foods today. Her title is regional sampling "
    "specialist, which really means she's a cook who runs tastings. She said the travel is "
    "heavy. I'll send a thank-you tomorrow."
)

IS_THE_TITLE = (
    "Call with Dmitri Vasquez from Arkwell Defense. He's a program manager, sustainment, um, "
    "fleet readiness analyst is the official title. He came out of the Navy. Email him Monday."
)

CALLS_HIMSELF = (
    "Met Ines Halvorsen at the Corbel kitchen, she calls herself the menu systems lead. She "
    "trained in Lyon. Send the article Friday."
)

SAID_TITLE_BEFORE = (
    "Talked with Moana Reyes at Castor Labs. She's a staff chemist, that's their title, "
    "process group. She said the hours are fine."
)

NOT_CAUGHT = (
    "Talked with Jonah Pike, a senior data engineer at Quillsoft. I didn't catch his title "
    "exactly, something like data lead. He likes the team."
)


def test_the_words_after_her_title_is() -> None:
    assert stated_title(extract_doc(TITLE_IS, WHEN)) == "regional sampling specialist"


def test_the_words_before_is_the_official_title() -> None:
    assert stated_title(extract_doc(IS_THE_TITLE, WHEN)) == "fleet readiness analyst"


def test_the_words_after_calls_herself_the() -> None:
    assert stated_title(extract_doc(CALLS_HIMSELF, WHEN)) == "menu systems lead"


def test_that_is_their_title_reads_no_words_after_it() -> None:
    assert stated_title(extract_doc(SAID_TITLE_BEFORE, WHEN)) is None


def test_a_kept_title_sharing_the_stated_words_stays() -> None:
    doc = extract_doc(TITLE_IS, WHEN)
    kept = Contact(name="Marisol Quintero", title="sampling specialist")
    assert title_as_stated(doc, kept).title == "sampling specialist"


def test_the_whole_pipeline_files_the_stated_title() -> None:
    assert extract(TITLE_IS, WHEN).contact.title == "regional sampling specialist"
    assert extract(IS_THE_TITLE, WHEN).contact.title == "fleet readiness analyst"


def test_a_title_the_writer_did_not_catch_stays_unfiled() -> None:
    assert extract(NOT_CAUGHT, WHEN).contact.title is None


def test_a_kept_title_with_its_unit_after_a_comma_stays() -> None:
    doc = extract_doc(
        "Met Kofi Mensah at Brantley, so his title is something like Senior Manager, Campus "
        "Hiring. He said apply in fall.",
        WHEN,
    )
    kept = Contact(name="Kofi Mensah", title="Senior Manager, Campus Hiring")
    assert title_as_stated(doc, kept).title == "Senior Manager, Campus Hiring"
