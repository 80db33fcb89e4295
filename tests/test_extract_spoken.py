"""A transcript is read as one: the source travels with the text into extraction
(``extract(..., spoken=True)``, ``doc._.spoken``), and on a transcript the lone-name people
rules, which take a word for a name on its capital alone, are off (spoken43).

The recaps are written for these tests in the shape of Whisper transcripts: no headings, full
stops, a common word Whisper capitalised where it took it for a name. Real spaCy, a real
SQLite store, and the `debrief` command.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from click.testing import CliRunner

from debrief.cli import cli
from debrief.extract import extract

WHEN = datetime(2026, 5, 12, 17, 45)

# "Tex" is Whisper's "techs": said alone as the subject of a verb, a typed capital would make
# it a given name; "Rhonda" alone in no person context, after "give"
HEARD = (
    "Okay so I just talked with Noor Haddad, she's a charge nurse at Riverside General. "
    "She said Tex usually get promoted after two years on nights. She told me to give Rhonda "
    "my resume. Her colleague Devon Marsh runs the float pool. I should email her by Friday."
)


def people(text: str, spoken: bool) -> set[str]:
    return {p.name for p in extract(text, WHEN, spoken).people_mentioned}


def test_a_transcript_asks_more_of_a_lone_capitalised_word() -> None:
    assert {"Tex", "Rhonda"} <= people(HEARD, spoken=False)  # typed: the capitals are names
    spoken = people(HEARD, spoken=True)
    assert "Tex" not in spoken and "Rhonda" not in spoken
    # a full name after a person cue is a person either way
    assert "Devon Marsh" in spoken


def test_typed_is_the_default_and_what_is_not_a_people_rule_is_the_same() -> None:
    typed = extract(HEARD, WHEN)
    assert typed == extract(HEARD, WHEN, False)
    spoken = extract(HEARD, WHEN, True)
    assert spoken.contact == typed.contact
    assert spoken.insights == typed.insights
    assert spoken.follow_ups == typed.follow_ups


def test_debrief_extract_spoken_flag(home: Path) -> None:
    def names(*args: str, stdin: str | None = None) -> list[set[str]]:
        result = CliRunner().invoke(cli, ["extract", *args], input=stdin)
        assert result.exit_code == 0, result.output
        if "--jsonl" in args:
            lines = [json.loads(x) for x in result.output.splitlines() if x.strip()]
        else:
            lines = [json.loads(result.output)]
        return [{p["name"] for p in out["people_mentioned"]} for out in lines]

    assert "Tex" in names("--text", HEARD)[0]
    assert "Tex" not in names("--spoken", "--text", HEARD)[0]
    record = json.dumps({"id": "x", "text": HEARD, "recorded_at": "2026-05-12T17:45"})
    assert "Rhonda" in names("--jsonl", stdin=record + "\n")[0]
    assert "Rhonda" not in names("--jsonl", "--spoken", stdin=record + "\n")[0]
    help_text = CliRunner().invoke(cli, ["extract", "--help"]).output
    assert "--spoken" in help_text and "transcript" in help_text


def test_the_pipeline_reads_an_audio_debrief_as_a_transcript(home: Path) -> None:
    """The same text filed as an audio debrief and as a typed one: extract_and_store reads the
    stored source, and so does `debrief reextract`."""
    from debrief import pipeline
    from debrief.config import load_settings
    from debrief.models import Transcript
    from debrief.store import open_store

    store = open_store(load_settings())
    found: dict[str, set[str]] = {}
    for source in ("audio", "text"):
        did = store.create_debrief(
            source=source,
            recorded_at=WHEN,
            audio_path=None,
            audio_hash=None,
            original_name="call.wav" if source == "audio" else None,
            duration=20.0 if source == "audio" else None,
        )
        transcript = Transcript(HEARD, [], "en", 20.0, "faster-whisper", "tiny.en")
        store.save_transcript(did, transcript)
        result = pipeline.extract_and_store(store, did, transcript, pipeline.Quiet(), {})
        assert result.ok and result.extraction is not None
        found[source] = {p.name for p in result.extraction.people_mentioned}
    store.close()
    assert "Tex" in found["text"] and "Tex" not in found["audio"]
    assert "Devon Marsh" in found["audio"]

    result = CliRunner().invoke(cli, ["reextract", "--all"])
    assert result.exit_code == 0, result.output
    store = open_store(load_settings())
    try:
        rows = store.db.execute(
            "SELECT debrief_id, name FROM people_mentioned ORDER BY debrief_id"
        ).fetchall()
    finally:
        store.close()
    by_id: dict[int, set[str]] = {}
    for did, name in rows:
        by_id.setdefault(int(did), set()).add(name)
    assert "Tex" not in by_id[1] and "Devon Marsh" in by_id[1]  # audio, reextracted
    assert "Tex" in by_id[2]  # typed
