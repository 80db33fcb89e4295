"""What ``debrief models`` shows: the models each engine can use and where each lives.

Nothing here loads a model or imports torch, so listing is instant whatever is installed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from debrief.config import Settings
from debrief.engines import ENGINES
from debrief.errors import ModelNotFound
from debrief.transcribe.bundled import BUNDLED_MODEL, bundled_model_path, converted_path


def engine_installed(engine: str) -> bool:
    """Whether the engine's Python packages are importable (without importing them)."""
    return all(importlib.util.find_spec(m) is not None for m in ENGINES[engine].requires)


def _size(path: Path) -> int | None:
    if path.is_file():
        return path.stat().st_size
    if path.is_dir():
        return sum(p.stat().st_size for p in path.iterdir() if p.is_file())
    return None


def list_models(settings: Settings) -> list[dict[str, Any]]:
    """One row per (engine, model): engine, model, path, format, status, size, selected.

    ``status`` is ``ready``, ``not converted`` (the bundled model for openai-whisper before its
    first use or ``debrief models convert``), ``missing`` or ``engine not installed``.
    """
    rows: list[dict[str, Any]] = []
    try:
        bundled: Path | None = bundled_model_path()
    except ModelNotFound:
        bundled = None

    def add(engine: str, model: str, path: Path | None, fmt: str, status: str) -> None:
        if not engine_installed(engine):
            status = "engine not installed"
        rows.append(
            {
                "engine": engine,
                "model": model,
                "path": str(path) if path is not None else "",
                "format": fmt,
                "status": status,
                "size": _size(path) if path is not None else None,
                "selected": engine == settings.engine and model == settings.model,
            }
        )

    ok = bundled is not None and (bundled / "model.bin").is_file()
    add(
        "faster-whisper",
        BUNDLED_MODEL,
        bundled,
        "CTranslate2 (bundled)",
        "ready" if ok else "missing",
    )

    pt = converted_path(settings)
    from debrief.transcribe.convert import verified

    status = "ready" if ok and verified(pt) else "not converted" if ok else "missing"
    add("openai-whisper", BUNDLED_MODEL, pt, "PyTorch (converted from bundled)", status)

    # Other checkpoints a user dropped next to the converted one.
    folder = pt.parent
    if folder.is_dir():
        for other in sorted(folder.glob("*.pt")):
            if other != pt:
                add("openai-whisper", str(other), other, "PyTorch", "ready")

    # The configured model, when it is a path.
    if settings.model != BUNDLED_MODEL and settings.engine in ENGINES:
        path = Path(settings.model).expanduser()
        known = {r["model"] for r in rows if r["engine"] == settings.engine}
        if settings.model not in known and str(path) not in known:
            fmt = ENGINES[settings.engine].model_format
            exists = (path / "model.bin").is_file() if fmt == "CTranslate2" else path.is_file()
            add(settings.engine, settings.model, path, fmt, "ready" if exists else "missing")
    return rows


def convert_bundled(settings: Settings, force: bool = False) -> tuple[Path, bool]:
    """``debrief models convert``: the bundled tiny.en as an openai-whisper checkpoint in the
    data home. Returns ``(path, converted_now)``; a verified earlier conversion is reused."""
    from debrief.transcribe.openai import convert_bundled as convert

    return convert(settings, force=force)
