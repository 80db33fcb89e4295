"""transcribed -> extracted: extract a stored transcript and file what was understood.

The one place a debrief becomes ``extracted``: every way in (a typed recap, a transcription,
a retry, ``reextract``) ends here.
"""

from __future__ import annotations

from datetime import datetime

from debrief.errors import DebriefError
from debrief.longtext import extract_text
from debrief.models import Transcript
from debrief.pipeline.result import AddResult, Reporter, failed, timed
from debrief.prefetch import prefetch_embedder
from debrief.store import Store


def extract_and_store(
    store: Store,
    debrief_id: int,
    transcript: Transcript,
    reporter: Reporter,
    timings: dict[str, float],
) -> AddResult:
    """Extract a stored transcript and file what was understood; the debrief is ``extracted``."""
    from debrief.ask.indexing import index_filed
    from debrief.store import habits
    from debrief.store.introducer import mark_introducers
    from debrief.store.resolve import complete_first_names, resolve_extraction
    from debrief.store.terms import cache_debrief_terms

    row = store.get(debrief_id)
    prefetch_embedder()  # loads while spaCy extracts; filing then only embeds
    try:
        reporter.stage("extracting")
        with timed(timings, "load_nlp"):
            from debrief.extract import load_nlp

            load_nlp()
        # a debrief filed from audio (recorded, added, retried or reextracted) is a
        # transcript; extraction reads it as one (doc._.spoken)
        spoken = row["source"] != "text"
        with timed(timings, "extract"):
            extraction = extract_text(
                transcript.text, datetime.fromisoformat(row["recorded_at"]), spoken
            )
        with timed(timings, "store"):
            # Names close to known people and companies resolve to them (what was heard is
            # kept); typed recaps only follow the user's own corrections.
            extraction, heard = resolve_extraction(
                store,
                extraction,
                debrief_id=debrief_id,
                spoken=spoken,
                text=transcript.text,
            )
            # One transaction: a failure in any of these leaves the debrief as it was
            # (transcribed, so `process` retries it), never "extracted" without its to-dos.
            with store.transaction():
                store.save_extraction(debrief_id, extraction, heard)
                complete_first_names(store, debrief_id)  # "Mia" of an earlier call: Mia Kovac
                # "who Dana pointed me to": the referrer named back is no new referral
                # (this call's, or a call's it referred: refresh plans them all again)
                mark_introducers(store, debrief_id)
                habits.refresh(store, debrief_id, habits.default_days())
        with timed(timings, "themes"):
            cache_debrief_terms(store, debrief_id)  # while spaCy is loaded: see weekly review
        with timed(timings, "embed"):
            index_filed(store, debrief_id)
    except DebriefError as exc:
        return failed(store, debrief_id, row["source"], str(exc), transcript=transcript)
    return AddResult(
        debrief_id,
        row["source"],
        "extracted",
        transcript=transcript,
        extraction=store.as_filed(debrief_id, extraction),
        timings=timings,
    )


def pipeline_version() -> str:
    """The extraction pipeline's version, stored with every extracted debrief."""
    from debrief.extract import pipeline as extract_pipeline

    return extract_pipeline.PIPELINE_VERSION
