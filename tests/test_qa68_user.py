"""What qa68 met as a user: corrections across a pipeline upgrade (`debrief reextract --all`).

Each through the `debrief` command with real SQLite and the real spaCy pipeline; the upgrade
is the real extraction with its cuts changed, as a new pipeline version may change them."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from pathlib import Path

import pytest
from conftest import run_cli

from debrief.extract import pipeline as extract_pipeline
from debrief.models import Extraction
from debrief.pipeline import extracting
from debrief.store.recut import shared_words

RECAP = (
    "Spoke with Odile Marchetti, a logistics planner at Harrowgate Freight. She enjoys the"
    " puzzle of routing trucks but dislikes the endless spreadsheet audits. Her advice was"
    " to learn Python for scheduling. I should read the Harrowgate operations handbook"
    " before next week."
)


def _upgrade(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new pipeline version that cuts otherwise: each insight runs to its sentence's end,
    and a follow-up loses its "I should" and its date words."""
    real = extracting.extract_text

    def upgraded(text: str, when: datetime, spoken: bool) -> Extraction:
        ex = real(text, when, spoken)
        insights = []
        for i in ex.insights:
            end = text.find(".", i.start) + 1
            insights.append(dataclasses.replace(i, text=text[i.start : end], end=end))
        follow_ups = [
            dataclasses.replace(
                f, text=f.text.replace("I should ", "").replace(" before next week.", "")
            )
            for f in ex.follow_ups
        ]
        return dataclasses.replace(ex, insights=insights, follow_ups=follow_ups)

    monkeypatch.setattr(extracting, "extract_text", upgraded)
    monkeypatch.setattr(extract_pipeline, "PIPELINE_VERSION", "debrief-extract-next")


def _insight_id(show: str, start: str) -> str:
    line = next(ln for ln in show.splitlines() if start in ln)
    return line.split("#", 1)[1].split()[0]


def test_a_moved_or_dropped_item_stays_so_when_a_new_pipeline_cuts_it_otherwise(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fixes of extracted items are keyed by the text extraction gave them; an upgrade that
    filed a clause as its whole sentence put the insight the user moved back under its old
    category, and the follow-up they dropped came back, in every view. The same statement
    cut otherwise keeps the fix (the larger part's, when a sentence now holds two)."""
    code, _, err = run_cli("add", "-y", "--when", "2026-12-01T10:00", "--text", RECAP)
    assert code == 0, err
    _, show, _ = run_cli("show", "1")
    assert "Likes" in show and "She enjoys the puzzle of routing trucks" in show, show
    liked = _insight_id(show, "She enjoys the puzzle")
    disliked = _insight_id(show, "dislikes the endless spreadsheet audits")
    fu = _insight_id(show, "Harrowgate operations handbook")
    assert run_cli("insight", liked, "--category", "culture")[0] == 0
    assert run_cli("insight", disliked, "--drop")[0] == 0
    assert run_cli("follow-up", fu, "--drop")[0] == 0

    real_extract, version = extracting.extract_text, extract_pipeline.PIPELINE_VERSION
    _upgrade(monkeypatch)
    code, out, err = run_cli("reextract", "--all")
    assert code == 0 and "re-extracted 1" in out, out + err

    _, show, _ = run_cli("show", "1")
    sentence = (
        "She enjoys the puzzle of routing trucks but dislikes the endless spreadsheet audits."
    )
    line = next(ln for ln in show.splitlines() if "She enjoys the puzzle" in ln)
    assert sentence in line and line.split()[0] == "Culture", show
    assert "Likes" not in show and "Dislikes" not in show, show
    assert "operations handbook" not in show.split("Transcript")[0], show
    _, todo, _ = run_cli("todo")
    assert "handbook" not in todo, todo
    _, found, _ = run_cli("search", "--category", "culture")
    assert "routing trucks" in found, found
    _, found, _ = run_cli("search", "--category", "likes")
    assert "routing trucks" not in found, found
    _, exported, _ = run_cli("export")
    call = json.loads(exported)[0]
    assert not any("handbook" in f["text"] for f in call["follow_ups"]), call["follow_ups"]
    assert [i["category"] for i in call["insights"] if "routing" in i["text"]] == ["culture"]

    # and a reextract of that one call with the pipeline as it is now keeps it so too
    monkeypatch.setattr(extracting, "extract_text", real_extract)
    monkeypatch.setattr(extract_pipeline, "PIPELINE_VERSION", version)
    assert run_cli("reextract", "1")[0] == 0
    _, show, _ = run_cli("show", "1")
    line = next(ln for ln in show.splitlines() if "She enjoys the puzzle" in ln)
    assert line.split()[0] == "Culture", show
    assert "Dislikes" not in show and "handbook" not in show.split("Transcript")[0], show


def test_only_a_run_of_three_words_or_more_is_the_same_statement_cut_otherwise() -> None:
    assert shared_words("dislikes the audits.", "She dislikes the audits and the travel.") == 3
    assert shared_words("the team", "the team ships on Thursday") == 0  # too short to tell
    # the same words in another order are another statement
    assert shared_words("the audits dislikes she", "She dislikes the audits") == 0


PROMISE = (
    "Had a video call with Anselm Kruger, a quality engineer at Tidewell Ceramics. His advice"
    " was to shadow the kiln operators for a week. I will send Anselm the photos from my"
    " glaze testing project by the end of the month. I need to email Anselm a thank you"
    " note tomorrow."
)


def test_a_follow_up_trimmed_by_a_new_pipeline_keeps_its_id_date_and_state(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A follow-up the upgrade trimmed to its core ("send Anselm the photos") no longer
    matched the old one by spelling: the old item stayed (the user had moved its date) and
    the new one was filed beside it, open, with the recap's date: one promise twice in
    `todo`. The trimmed one is the same promise; it keeps the id, the date and the state."""
    code, _, err = run_cli("add", "-y", "--when", "2026-12-01T10:00", "--text", PROMISE)
    assert code == 0, err
    _, show, _ = run_cli("show", "1")
    photos = _insight_id(show, "send Anselm the photos")
    thanks = _insight_id(show, "email Anselm a thank you")
    assert run_cli("follow-up", photos, "--due", "2026-12-20")[0] == 0
    assert run_cli("done", thanks)[0] == 0

    real = extracting.extract_text

    def upgraded(text: str, when: datetime, spoken: bool) -> Extraction:
        ex = real(text, when, spoken)
        trimmed = [
            dataclasses.replace(
                f,
                text=f.text.replace("I will ", "").replace(
                    " from my glaze testing project by the end of the month.", ""
                ),
            )
            for f in ex.follow_ups
        ]
        return dataclasses.replace(ex, follow_ups=trimmed)

    monkeypatch.setattr(extracting, "extract_text", upgraded)
    monkeypatch.setattr(extract_pipeline, "PIPELINE_VERSION", "debrief-extract-next")
    code, out, err = run_cli("reextract", "--all")
    assert code == 0, out + err

    _, todo, _ = run_cli("todo")
    lines = [ln for ln in todo.splitlines() if "photos" in ln]
    assert len(lines) == 1, todo
    assert lines[0].split()[0] == f"#{photos}" and "20 Dec" in lines[0], todo
    assert "thank you note" not in todo, todo
    _, exported, _ = run_cli("export")
    follow_ups = json.loads(exported)[0]["follow_ups"]
    assert sum("photos" in f["text"] for f in follow_ups) == 1, follow_ups


def test_a_renamed_contact_stays_renamed_when_a_new_pipeline_reads_the_name_otherwise(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`rename person` said it was marked as the user's, but it lived only as an alias of
    the name extracted: an upgrade that read the contact as the first name alone filed the
    call under "Ysolde" again, and `person "Ysolde Farrant"` found no one. The calls filed
    under the renamed person keep the new name as the user's; so do a merged one's."""
    add = "Video chat with Ysolde Farant, a claims analyst at Pellucid Mutual. She said the"
    code, _, err = run_cli(
        "add", "-y", "--when", "2026-12-01T10:00", "--text", add + " team reviews every case twice."
    )
    assert code == 0, err
    code, _, err = run_cli(
        "add",
        "-y",
        "--when",
        "2026-12-02T10:00",
        "--text",
        "Lunch with Bertil Oyelaran, an actuary at Pellucid Mutual. He said the exams take years.",
    )
    assert code == 0, err
    code, _, err = run_cli(
        "add",
        "-y",
        "--when",
        "2026-12-03T10:00",
        "--text",
        "Call with Bertil Oyelaren, an actuary at Pellucid Mutual. He said to start with exam P.",
    )
    assert code == 0, err
    assert run_cli("rename", "person", "Ysolde Farant", "Ysolde Farrant")[0] == 0
    assert run_cli("merge", "person", "Bertil Oyelaren", "Bertil Oyelaran")[0] == 0

    real = extracting.extract_text

    def upgraded(text: str, when: datetime, spoken: bool) -> Extraction:
        ex = real(text, when, spoken)
        first = (ex.contact.name or "").split()[:1]
        return dataclasses.replace(
            ex, contact=dataclasses.replace(ex.contact, name=" ".join(first))
        )

    monkeypatch.setattr(extracting, "extract_text", upgraded)
    monkeypatch.setattr(extract_pipeline, "PIPELINE_VERSION", "debrief-extract-next")
    code, out, err = run_cli("reextract", "--all")
    assert code == 0, out + err

    code, out, err = run_cli("person", "Ysolde Farrant")
    assert code == 0 and "1 call" in out, out + err
    code, out, err = run_cli("person", "Bertil Oyelaran")
    assert code == 0 and "2 calls" in out, out + err
    _, listing, _ = run_cli("list", "--json")
    contacts = sorted(row["contact"] for row in json.loads(listing))
    assert contacts == ["Bertil Oyelaran", "Bertil Oyelaran", "Ysolde Farrant"], contacts
    _, todo, _ = run_cli("todo")
    assert "thank-you note to Ysolde Farrant" in todo, todo
    assert "Ysolde " not in todo.replace("Ysolde Farrant", ""), todo


def test_a_renamed_company_stays_renamed_when_a_new_pipeline_reads_it_otherwise(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same for `rename company`: an upgrade that read the company as another name
    filed the calls under a company of their own, and the renamed one showed no calls."""
    code, _, err = run_cli(
        "add",
        "-y",
        "--when",
        "2026-12-01T10:00",
        "--text",
        "Talked to Ines Valcourt, a buyer at Corvane Textiles. She said the season plan"
        " starts in May.",
    )
    assert code == 0, err
    assert run_cli("rename", "company", "Corvane Textiles", "Corvane Textile Mills")[0] == 0

    real = extracting.extract_text

    def upgraded(text: str, when: datetime, spoken: bool) -> Extraction:
        ex = real(text, when, spoken)
        return dataclasses.replace(
            ex, contact=dataclasses.replace(ex.contact, company="Corvane Weaving")
        )

    monkeypatch.setattr(extracting, "extract_text", upgraded)
    monkeypatch.setattr(extract_pipeline, "PIPELINE_VERSION", "debrief-extract-next")
    assert run_cli("reextract", "--all")[0] == 0

    code, out, err = run_cli("company", "Corvane Textile Mills")
    assert code == 0 and "1 call with 1 contact" in out, out + err
    _, listing, _ = run_cli("list", "--json")
    assert [row["company"] for row in json.loads(listing)] == ["Corvane Textile Mills"], listing
