"""Spoken training data (issue 11): labels re-aligned onto Whisper transcripts, and the
committed ``pipelines/training/spoken-01.jsonl`` that scripts/build_spoken.py made.

The re-alignment is pure text work, tested here on transcripts shaped as tiny.en writes them
(a dropped "-ed", split sentences, a misspelled name); the audio side is the script's own
(speak.py and the real Whisper, the same call `debrief add` makes).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from build_spoken import file_range, realign  # noqa: E402

from debrief.models import CATEGORIES  # noqa: E402

ITEM = {
    "id": "t-1",
    "recorded_at": "2026-06-25T18:40:00",
    "text": "Talked to Fionnuala Brennan, a product owner at Meridian Health Tech. She was a "
    "charge nurse for eleven years. She loves fixing things at scale. Send her a thank-you "
    "note by Friday. Ask about the bed board project.",
    "contact": {
        "name": "Fionnuala Brennan",
        "title": "product owner",
        "company": "Meridian Health Tech",
    },
    "insights": [
        {"category": "career_path", "text": "She was a charge nurse for eleven years."},
        {"category": "likes", "text": "She loves fixing things at scale."},
        {"category": "culture", "text": "Everyone eats lunch together on Fridays."},
    ],
    "follow_ups": [
        {"text": "Send her a thank-you note by Friday.", "due": "2026-06-26"},
        {"text": "Ask about the bed board project.", "due": None},
    ],
    "people_mentioned": [{"name": "Dana Whitcomb", "company": None, "relation": "referral"}],
    "companies_mentioned": ["Meridian Health Tech"],
    "call_minutes": None,
}
SAID = (
    "Talk to Finola Brennan, a product owner at Meridian Health Tech. She was a charge nurse "
    "for 11 years. She loves fixing things at scale. Send her a thank you note by Friday, "
    "ask about the bed board project."
)


def test_labels_move_onto_the_transcript() -> None:
    out, stats = realign(ITEM, SAID)
    assert out["text"] == SAID and out["id"] == "t-1-s" and out["source_id"] == "t-1"
    # every kept label is a span of the transcript, in the transcript's words
    for label in out["insights"] + out["follow_ups"]:
        assert label["text"] in SAID, label
    assert [i["category"] for i in out["insights"]] == ["career_path", "likes"]
    assert out["insights"][0]["text"] == "She was a charge nurse for 11 years."
    # a label the recap never says (token F1 < 0.6 everywhere) is dropped
    assert stats["insights dropped"] == 1
    assert [f["due"] for f in out["follow_ups"]] == ["2026-06-26", None]
    assert out["follow_ups"][1]["text"] == "ask about the bed board project."
    # the contact as the transcript spells it; the company said as written is kept
    assert out["contact"]["name"] == "Finola Brennan"
    assert out["contact"]["company"] == "Meridian Health Tech"
    # a name the transcript never says keeps the gold spelling
    assert out["people_mentioned"][0]["name"] == "Dana Whitcomb"


def test_a_name_is_respelled_only_when_whisper_wrote_a_name() -> None:
    said = SAID.replace("Finola Brennan", "she are a Brennan")
    out, _ = realign(ITEM, said)
    assert out["contact"]["name"] == "Fionnuala Brennan"  # not clearly the name: gold kept


def test_the_committed_spoken_data() -> None:
    path = ROOT / "pipelines" / "training" / "spoken-01.jsonl"
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(rows) >= 100
    assert len({r["id"] for r in rows}) == len(rows)
    held_out = set()
    for n in (6, 7, 8, 9):
        for author in ("a", "b"):
            held = ROOT / "pipelines" / "training" / f"recaps-{author}-0{n}.jsonl"
            held_out |= {json.loads(x)["id"] for x in held.read_text().splitlines() if x.strip()}
    assert not {r["source_id"] for r in rows} & held_out  # files 06-09 stay held out
    assert len({r["voice"] for r in rows}) >= 3
    categories = set(CATEGORIES)
    for r in rows:
        for label in r["insights"] + r["follow_ups"]:
            assert label["text"] and label["text"] in r["text"], (r["id"], label)
        assert {i["category"] for i in r["insights"]} <= categories


def test_the_spoken_held_out_check_set() -> None:
    """benchmarks/spoken_heldout.jsonl: recaps of files 06-09 only (never trained on), as
    Whisper wrote them, with the labels moved onto the transcript."""
    assert file_range("06-09") == range(6, 10)
    assert file_range("07") == range(7, 8)
    path = ROOT / "benchmarks" / "spoken_heldout.jsonl"
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    held_out: dict[str, str] = {}
    for n in (6, 7, 8, 9):
        for author in ("a", "b"):
            held = ROOT / "pipelines" / "training" / f"recaps-{author}-0{n}.jsonl"
            for x in held.read_text(encoding="utf-8").splitlines():
                if x.strip():
                    item = json.loads(x)
                    held_out[item["id"]] = item["text"]
    assert len(rows) >= 60
    assert {r["source_id"] for r in rows} <= set(held_out)
    assert {r["source_id"][:2] for r in rows} == {"ta", "tb"}  # both authors
    assert all(r["text"] != held_out[r["source_id"]] for r in rows)  # transcripts, not typed
    assert len({r["voice"] for r in rows}) >= 3
    for r in rows:
        for label in r["insights"] + r["follow_ups"]:
            assert label["text"] in r["text"], (r["id"], label)


@pytest.mark.parametrize("name", ["spoken-03.jsonl", "spoken-04.jsonl", "spoken-05.jsonl"])
def test_the_spoken_development_authors(name: str) -> None:
    """pipelines/training/spoken-03.jsonl (ao, ap, at), spoken-04.jsonl (bv, bw) and spoken-05.jsonl
    (ca, cb, cc): recaps of
    development authors (build_spoken.py --source), never of an untouched author
    (pipelines/check_only.txt), each author in several voices, the labels moved onto the
    transcript."""
    import fnmatch

    path = ROOT / "pipelines" / "training" / name
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    globs = [
        g.strip()
        for g in (ROOT / "pipelines" / "check_only.txt").read_text(encoding="utf-8").splitlines()
        if g.strip() and not g.startswith("#")
    ]
    assert len(rows) >= 45 and len({r["id"] for r in rows}) == len(rows)
    authors = {r["source_id"].rsplit("-", 1)[0] for r in rows}
    assert len(authors) >= 2
    for author in authors:
        name = f"recaps-{author}-01.jsonl"
        assert not any(fnmatch.fnmatch(name, g) for g in globs), author  # untouched: never
        assert len({r["voice"] for r in rows if r["source_id"].startswith(author + "-")}) >= 3
    for r in rows:
        assert r["text"] and r["id"] == r["source_id"] + "-s"
        for label in r["insights"] + r["follow_ups"]:
            assert label["text"] in r["text"], (r["id"], label)
