"""The insight classifier is rebuilt from its corpus by ``spacy train`` (a tiny corpus here).

Real spaCy, the real base model, real MiniLM vectors and a real (one-epoch) ``spacy train``
run; the recap and sentences below are written for this test.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytest.importorskip("spacy")

RECAP = {
    "id": "t-1",
    "text": (
        "Talked to Odile Brun, she runs a bakery co-op in Lyon. She spent ten years as a "
        "pastry chef before opening the co-op. Her mornings start at four with the ovens. "
        "She loves the regulars who come every day. She said the paperwork is the worst part. "
        "Her advice was to work a season in a real bakery first. I will email her on Monday."
    ),
    "insights": [
        {"category": "career_path", "text": "She spent ten years as a pastry chef before opening the co-op."},  # noqa: E501
        {"category": "typical_day", "text": "Her mornings start at four with the ovens."},
        {"category": "likes", "text": "She loves the regulars who come every day."},
        {"category": "dislikes", "text": "She said the paperwork is the worst part."},
        {"category": "advice", "text": "Her advice was to work a season in a real bakery first."},
    ],
}  # fmt: skip
HAND = [
    {"text": "He said the night shifts wore him down.", "labels": ["dislikes"]},
    {"text": "The weather was lovely all week.", "labels": []},
]


def _write(tmp_path: Path) -> tuple[Path, Path]:
    recaps = tmp_path / "recaps.jsonl"
    recaps.write_text(json.dumps(RECAP) + "\n", encoding="utf-8")
    hand = tmp_path / "hand.jsonl"
    hand.write_text("".join(json.dumps(h) + "\n" for h in HAND), encoding="utf-8")
    return recaps, hand


def test_corpus_items_are_aligned_to_the_gold_with_vectors(tmp_path: Path) -> None:
    import numpy as np
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    from debrief.embed import DIM
    from debrief.extract.insight_model import LABELS, VECTOR

    recaps, hand = _write(tmp_path)
    out = tmp_path / "train.spacy"
    subprocess.run(
        [
            sys.executable,
            "scripts/build_insight_corpus.py",
            str(out),
            "--recaps",
            str(recaps),
            *("--hand", str(hand)),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    docs = list(DocBin().from_disk(out).get_docs(Vocab()))
    gold = {d.text: max(d.cats, key=d.cats.__getitem__) for d in docs}
    for ins in RECAP["insights"]:
        assert gold[ins["text"]] == ins["category"]
        # the unpunctuated lower-case copy, as Whisper may give it
        bare = ins["text"].lower().replace(".", "").replace(",", "")
        assert gold[bare] == ins["category"]
    assert gold["I will email her on Monday."] == "none"
    assert gold["He said the night shifts wore him down."] == "dislikes"
    assert gold["The weather was lovely all week."] == "none"
    for doc in docs:
        assert sorted(doc.cats) == sorted(LABELS) and sum(doc.cats.values()) == 1.0
        assert doc.has_annotation("DEP") and doc.has_annotation("LEMMA")  # parsed once, here
        vec = np.asarray(doc.user_data[VECTOR], dtype=np.float32)
        assert vec.shape == (2 * DIM,) and abs(float(np.linalg.norm(vec[:DIM])) - 1) < 1e-2
    first = next(d for d in docs if d.text.startswith("Talked to Odile"))
    assert not np.asarray(first.user_data[VECTOR][DIM:], dtype=np.float32).any()  # no context
    second = next(d for d in docs if d.text.startswith("She spent ten years"))
    assert np.asarray(second.user_data[VECTOR][DIM:], dtype=np.float32).any()


def test_spacy_train_rebuilds_a_component_the_pipeline_loads(tmp_path: Path) -> None:
    import spacy

    from debrief.extract.insight_model import LABELS

    recaps, hand = _write(tmp_path)
    model = tmp_path / "model"
    subprocess.run(
        [
            *(sys.executable, "scripts/train_insights.py", "--recaps", str(recaps)),
            *("--hand", str(hand), "--out", str(model), "--work", str(tmp_path / "work")),
            *("--max-epochs", "1"),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert {p.name for p in model.iterdir()} == {"cfg", "model", "cues.toml"}
    assert (model / "cues.toml").read_text(encoding="utf-8") == (
        ROOT / "pipelines" / "insight_cues.toml"
    ).read_text(encoding="utf-8")
    # the trained component loads into the pipeline the way the shipped one does
    import debrief.extract.insights  # noqa: F401

    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("debrief_insights_v3", config={"trained": ""})
    pipe.from_disk(model)
    assert pipe.labels == LABELS
    assert pipe.cues is not None and "advice" in pipe.cues.groups
