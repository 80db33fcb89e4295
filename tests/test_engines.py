"""The second engine: openai-whisper on the bundled tiny.en, converted from CTranslate2.

Everything is real: the bundled model, its conversion, torch, both engines on a sample
recap. The test set-up installs the ``openai-whisper`` extra, so these tests run; they are
skipped, with the reason printed, only where torch or openai-whisper is truly absent.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from debrief.audio import decode
from debrief.config import Settings
from debrief.engines import EngineOptions
from debrief.errors import EngineUnavailable, ModelNotFound, TranscriptionError
from debrief.transcribe import get_engine
from debrief.transcribe.bundled import bundled_model_path
from debrief.transcribe.convert import (
    CT2Model,
    _float,
    convert_ct2_dir,
    read_ct2_model,
    sha256_file,
    verified,
)
from debrief.transcribe.faster import FasterWhisperEngine
from debrief.transcribe.models_list import list_models
from tests.conftest import ROOT, SAMPLE_AUDIO, normalise, sample_text, wer, with_tiny_en

#: Whisper runs on real audio here: `pytest -m "not slow"` leaves these out.
pytestmark = pytest.mark.slow

TINY_EN_DIMS = {
    "n_mels": 80,
    "n_audio_ctx": 1500,
    "n_audio_state": 384,
    "n_audio_head": 6,
    "n_audio_layer": 4,
    "n_vocab": 51864,
    "n_text_ctx": 448,
    "n_text_state": 384,
    "n_text_head": 6,
    "n_text_layer": 4,
}


def _require_openai_whisper() -> None:
    from debrief.transcribe.openai import import_whisper

    try:
        import_whisper()  # imports torch the way the engine does (OpenMP wait policy first)
    except EngineUnavailable as exc:
        reason = (
            f"openai-whisper extra not installed ({exc}); "
            "run scripts/setup.sh --dev to install torch==2.13.0 and debrief[openai-whisper]"
        )
        print(f"SKIP: {reason}", file=sys.stderr)
        pytest.skip(reason)


@pytest.fixture(scope="module")
def module_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("engines-home")


@pytest.fixture(scope="module")
def settings(module_home: Path) -> Settings:
    """Default settings (as pipelines/whisper.toml sets them) in a data home of this module."""
    return Settings(home=module_home, sources={})


@pytest.fixture(scope="module")
def checkpoint(settings: Settings, converted_tiny_en: Path) -> Path:
    """The module home's checkpoint: a copy of the session's conversion, verified and reused
    by ``convert_bundled`` (the conversion itself is redone by
    :func:`test_conversion_is_reused_then_redone_when_corrupt`)."""
    _require_openai_whisper()
    from debrief.transcribe.models_list import convert_bundled

    with_tiny_en(converted_tiny_en, settings.home)
    path, converted = convert_bundled(settings)
    assert not converted
    return path


@pytest.fixture(scope="module")
def openai_engine(settings: Settings, checkpoint: Path):  # type: ignore[no-untyped-def]
    from debrief.transcribe.openai import OpenAIWhisperEngine

    return OpenAIWhisperEngine(
        EngineOptions.from_settings(replace(settings, engine="openai-whisper"))
    )


@pytest.fixture(scope="module")
def faster_engine(settings: Settings) -> FasterWhisperEngine:
    return FasterWhisperEngine(EngineOptions.from_settings(settings))


# --- reading model.bin ------------------------------------------------------------------


def test_reads_the_bundled_ct2_model() -> None:
    model = read_ct2_model(bundled_model_path() / "model.bin")
    assert model.spec == "WhisperSpec" and model.binary_version >= 5
    assert model.variables["encoder/conv1/weight"].shape == (384, 80, 3)
    assert model.variables["decoder/layer_0/self_attention/linear_0/weight"].shape == (1152, 384)
    # The output projection is stored as an alias of the token embedding.
    assert model.aliases["decoder/projection/weight"] == "decoder/embeddings/weight"


def test_truncated_model_bin_is_a_clean_error(tmp_path: Path) -> None:
    data = (bundled_model_path() / "model.bin").read_bytes()
    bad = tmp_path / "model.bin"
    bad.write_bytes(data[:5000])
    with pytest.raises(TranscriptionError, match="truncated"):
        read_ct2_model(bad)


def test_int8_weights_are_dequantised_with_their_scales() -> None:
    # CTranslate2 int8: value = rint(w * scale) per output row, scale = 127 / max|row|.
    weight = np.array([[0.5, -1.0, 0.25], [2.0, 1.0, -0.5]], dtype=np.float32)
    scale = (127.0 / np.abs(weight).max(axis=1)).astype(np.float32)
    q = np.rint(weight * scale[:, None]).astype(np.int8)
    model = CT2Model(6, "WhisperSpec", 3, {"w/weight": q, "w/weight_scale": scale}, {})
    assert np.allclose(_float(model, "w/weight"), weight, atol=0.01)


# --- conversion -------------------------------------------------------------------------


def test_conversion_gives_a_loadable_checkpoint(checkpoint: Path) -> None:
    import torch
    import whisper
    from whisper.model import ModelDimensions, Whisper

    assert checkpoint.name == "tiny.en.pt"
    assert checkpoint.parent.name == "openai-whisper"
    assert verified(checkpoint)
    sums = checkpoint.with_name("tiny.en.pt.sha256").read_text().split()
    assert sums == [sha256_file(checkpoint), "tiny.en.pt"]

    data = torch.load(checkpoint, map_location="cpu", weights_only=True)
    assert data["dims"] == TINY_EN_DIMS
    state = data["model_state_dict"]
    expected = Whisper(ModelDimensions(**TINY_EN_DIMS)).state_dict()
    assert set(state) == set(expected)
    for key, tensor in expected.items():
        assert tuple(state[key].shape) == tuple(tensor.shape), key
    # The fused projections were split: query/value keep a bias, key has none.
    assert "decoder.blocks.0.cross_attn.key.bias" not in state
    assert "encoder.blocks.3.attn.value.bias" in state

    model = whisper.load_model(str(checkpoint), device="cpu")
    assert model.dims.n_vocab == 51864 and not model.is_multilingual


def test_converted_encoder_matches_ctranslate2(checkpoint: Path) -> None:
    """The converted weights compute what CTranslate2 computes from the originals."""
    import ctranslate2
    import torch
    import whisper

    audio = decode(SAMPLE_AUDIO["recap-short-note"])
    mel = whisper.log_mel_spectrogram(whisper.pad_or_trim(audio))[None]
    model = whisper.load_model(str(checkpoint), device="cpu")
    with torch.inference_mode():
        ours = model.encoder(mel).numpy()
    ct2 = ctranslate2.models.Whisper(str(bundled_model_path()), compute_type="float32")
    theirs = np.array(ct2.encode(ctranslate2.StorageView.from_array(mel.numpy())))
    assert ours.shape == theirs.shape == (1, 1500, 384)
    assert np.abs(ours - theirs).max() < 1e-3


def test_conversion_is_reused_then_redone_when_corrupt(
    settings: Settings, checkpoint: Path
) -> None:
    from debrief.transcribe.models_list import convert_bundled

    before = checkpoint.stat().st_mtime_ns
    path, converted = convert_bundled(settings)
    assert (path, converted) == (checkpoint, False)
    assert checkpoint.stat().st_mtime_ns == before

    good = checkpoint.read_bytes()
    with checkpoint.open("r+b") as fh:  # flip one byte: the checksum no longer matches
        fh.seek(len(good) // 2)
        fh.write(bytes([good[len(good) // 2] ^ 0xFF]))
    assert not verified(checkpoint)
    path, converted = convert_bundled(settings)
    assert converted and checkpoint.read_bytes() == good
    assert not list(checkpoint.parent.glob("*.tmp"))  # atomic writes leave no temp files


def test_convert_refuses_a_directory_without_model_bin(tmp_path: Path) -> None:
    _require_openai_whisper()
    with pytest.raises(ModelNotFound, match=r"no model\.bin"):
        convert_ct2_dir(tmp_path, tmp_path / "out.pt")


# --- listing ----------------------------------------------------------------------------


def test_models_lists_each_engine_and_where_it_lives(tmp_path: Path) -> None:
    _require_openai_whisper()
    settings = Settings(home=tmp_path, sources={})
    rows = {(r["engine"], r["model"]): r for r in list_models(settings)}
    fw = rows[("faster-whisper", "tiny.en")]
    assert fw["status"] == "ready" and Path(fw["path"]) == bundled_model_path()
    assert fw["selected"]
    ow = rows[("openai-whisper", "tiny.en")]
    assert ow["status"] == "not converted"
    assert ow["path"] == str(tmp_path / "models" / "openai-whisper" / "tiny.en.pt")
    from debrief.transcribe.models_list import convert_bundled

    convert_bundled(settings)
    rows = {(r["engine"], r["model"]): r for r in list_models(settings)}
    assert rows[("openai-whisper", "tiny.en")]["status"] == "ready"


# --- the engine -------------------------------------------------------------------------


def _first_seconds_of_maria(seconds: int = 8) -> np.ndarray:
    """A short stretch of real speech, for tests that need decoding but not a whole recap."""
    return decode(SAMPLE_AUDIO["recap-maria-lopez"])[: seconds * 16000]


def test_parity_between_engines_on_a_sample(openai_engine, faster_engine) -> None:  # type: ignore[no-untyped-def]
    """Same sample, both engines: within 5 WER points of each other, each under 15%."""
    wavs = sorted((ROOT / "samples").glob("*.wav"))
    name = wavs[0].stem if wavs else "recap-short-note"
    audio = decode(SAMPLE_AUDIO.get(name, wavs[0] if wavs else SAMPLE_AUDIO[name]))
    reference = sample_text(name)

    fw = faster_engine.transcribe(audio)
    ow = openai_engine.transcribe(audio)
    fw_wer, ow_wer = wer(reference, fw.text), wer(reference, ow.text)
    print(f"{name}: faster-whisper WER {fw_wer:.3f}, openai-whisper WER {ow_wer:.3f}")
    assert fw_wer < 0.15, fw.text
    assert ow_wer < 0.15, ow.text
    assert abs(fw_wer - ow_wer) <= 0.05

    assert ow.engine == "openai-whisper" and ow.model == "tiny.en"
    assert ow.language == "en" and ow.duration == pytest.approx(len(audio) / 16000, abs=0.01)
    assert ow.segments and all(s.start <= s.end <= ow.duration + 0.01 for s in ow.segments)
    # The settings used travel with the transcript, with the same meaning for both engines.
    for key in ("beam_size", "language", "vad", "threads", "no_speech_threshold", "temperature"):
        assert ow.settings[key] == fw.settings[key], key
    assert ow.settings["compute_type"] == "float32"


def test_progress_is_reported_up_to_the_duration(openai_engine) -> None:  # type: ignore[no-untyped-def]
    audio = _first_seconds_of_maria()
    seen: list[float] = []
    openai_engine.transcribe(audio, seen.append)
    assert seen and seen[-1] == pytest.approx(len(audio) / 16000)
    assert seen == sorted(seen)


@pytest.mark.parametrize("vad", [True, False])
def test_silence_gives_an_empty_transcript(settings: Settings, checkpoint: Path, vad: bool) -> None:
    from debrief.transcribe.openai import OpenAIWhisperEngine

    engine = OpenAIWhisperEngine(
        EngineOptions.from_settings(replace(settings, engine="openai-whisper", vad=vad))
    )
    rng = np.random.default_rng(7)
    for audio in (
        np.zeros(5 * 16000, dtype=np.float32),  # digital silence: tiny.en says "You" to it
        (rng.standard_normal(5 * 16000) * 1e-3).astype(np.float32),  # quiet room hiss
    ):
        transcript = engine.transcribe(audio)
        assert transcript.is_empty and transcript.segments == [], transcript.text
        assert transcript.settings["vad"] is vad


def test_a_users_own_pt_file_via_model_path(
    settings: Settings, checkpoint: Path, tmp_path: Path
) -> None:
    from debrief.transcribe.openai import OpenAIWhisperEngine

    own = tmp_path / "my-whisper.pt"
    own.write_bytes(checkpoint.read_bytes())
    engine = OpenAIWhisperEngine(
        EngineOptions.from_settings(replace(settings, engine="openai-whisper", model=str(own)))
    )
    assert engine.model_name == str(own)
    transcript = engine.transcribe(_first_seconds_of_maria())
    assert "maria lopez a product manager at stripe" in " ".join(normalise(transcript.text))
    assert transcript.model == str(own)


def test_bad_model_paths_are_one_line_errors(settings: Settings, tmp_path: Path) -> None:
    _require_openai_whisper()
    from debrief.transcribe.openai import OpenAIWhisperEngine

    base = replace(settings, engine="openai-whisper")
    with pytest.raises(ModelNotFound, match="never downloaded"):
        OpenAIWhisperEngine(
            EngineOptions.from_settings(replace(base, model=str(tmp_path / "nope.pt")))
        )
    with pytest.raises(ModelNotFound, match="CTranslate2 model directory"):
        OpenAIWhisperEngine(
            EngineOptions.from_settings(replace(base, model=str(bundled_model_path())))
        )
    junk = tmp_path / "junk.pt"
    junk.write_bytes(b"not a checkpoint")
    with pytest.raises(TranscriptionError, match="cannot load Whisper model") as info:
        OpenAIWhisperEngine(EngineOptions.from_settings(replace(base, model=str(junk))))
    assert "\n" not in str(info.value)


def test_get_engine_selects_openai_whisper(settings: Settings, checkpoint: Path) -> None:
    engine = get_engine(replace(settings, engine="openai-whisper"))
    assert engine.name == "openai-whisper" and engine.model_name == "tiny.en"


# --- missing extra ----------------------------------------------------------------------


def test_missing_engine_names_the_install_command(tmp_path: Path) -> None:
    """Without the extra, choosing the engine is a one-line error naming the install command.

    The extra *is* installed in the test set-up, so its absence has to be simulated: in a
    fresh interpreter ``sys.modules['whisper'] = None`` makes ``import whisper`` raise
    ImportError exactly as it does when the package is missing. A subprocess keeps that
    from leaking into this process, where the real module is loaded.
    """
    code = (
        "import sys\n"
        "sys.modules['whisper'] = None\n"
        "from pathlib import Path\n"
        "from debrief.config import Settings\n"
        "from debrief.errors import EngineUnavailable\n"
        "from debrief.transcribe import get_engine\n"
        "try:\n"
        f"    get_engine(Settings(engine='openai-whisper', home=Path({str(tmp_path)!r})))\n"
        "except EngineUnavailable as exc:\n"
        "    print('EngineUnavailable:', exc)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    line = out.stdout.strip()
    assert line.startswith("EngineUnavailable: ") and "\n" not in line
    assert "pip install torch==2.13.0" in line
    assert "pip install 'debrief[openai-whisper]'" in line
    assert not (tmp_path / "models").exists()  # nothing converted without the engine
    assert issubclass(EngineUnavailable, TranscriptionError)


# --- the CLI ----------------------------------------------------------------------------


def test_cli_models_lists_and_converts_once(home: Path) -> None:
    _require_openai_whisper()
    from click.testing import CliRunner

    from debrief.cli import Ctx, cli

    def run(*args: str) -> str:
        result = CliRunner().invoke(cli, list(args), obj=Ctx())
        assert result.exit_code == 0, result.output
        return result.output

    listed = run("models")
    assert "faster-whisper" in listed and "openai-whisper" in listed
    assert "not converted" in listed and str(bundled_model_path()) in listed
    target = home / "models" / "openai-whisper" / "tiny.en.pt"
    assert f"converted tiny.en to {target}" in run("models", "convert")
    assert "already converted (checksum ok)" in run("models", "convert")
    rows = json.loads(run("models", "--json"))
    mine = next(r for r in rows if r["engine"] == "openai-whisper" and r["model"] == "tiny.en")
    assert mine["status"] == "ready" and mine["path"] == str(target)
    assert "debrief models convert" in run("models", "--help")


def test_cli_add_with_openai_whisper_files_and_is_searchable(
    module_home: Path, checkpoint: Path
) -> None:
    """`debrief add --engine openai-whisper FILE` as the user runs it: a fresh interpreter,
    where the spaCy prefetch thread and the engine's torch import race. It used to fail every
    time with "the openai-whisper engine is not installed (no torch module)" because hiding
    torch from thinc put None in sys.modules from that thread."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DEBRIEF_HOME": str(module_home)}
    for var in ("DEBRIEF_ENGINE", "DEBRIEF_MODEL", "DEBRIEF_BEAM_SIZE", "DEBRIEF_THREADS"):
        env.pop(var, None)
    debrief = [sys.executable, "-m", "debrief.cli"]
    # the short note's first two sentences: its last word ("... before applying.") sends
    # openai-whisper through every fallback temperature, five times as long as the rest
    import soundfile

    sample = str(module_home / "short-note-start.wav")
    soundfile.write(sample, decode(SAMPLE_AUDIO["recap-short-note"])[: int(8.5 * 16000)], 16000)
    added = subprocess.run(
        [*debrief, "add", "--engine", "openai-whisper", sample],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert added.returncode == 0, added.stderr
    assert "Tom Baker" in added.stdout and "Deloitte" in added.stdout
    shown = json.loads(
        subprocess.run(
            [*debrief, "show", "1", "--json"], capture_output=True, text=True, env=env, timeout=120
        ).stdout
    )
    assert shown["status"] == "extracted"
    assert shown["transcript"]["engine"] == "openai-whisper"
    found = subprocess.run(
        [*debrief, "search", "consulting", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert found.returncode == 0, found.stderr
    assert [h["debrief_id"] for h in json.loads(found.stdout)][:1] == [1]
