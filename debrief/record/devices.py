"""Input devices: load PortAudio, list inputs, resolve ``--device``, pick a sample rate.

Every failure a user can meet here becomes a one-line :class:`DeviceError` that says what to do.
"""

from __future__ import annotations

from typing import Any

from debrief.errors import DeviceError

#: The rate Whisper wants; used when the device supports it, else the device's default rate.
PREFERRED_RATE = 16_000

_HINT_LIST = "run `debrief devices` to see the input devices"


def load_sounddevice() -> Any:
    """Import sounddevice, turning a missing PortAudio library into a DeviceError."""
    try:
        import sounddevice
    except OSError as exc:  # sounddevice raises OSError when libportaudio cannot be loaded
        raise DeviceError(
            "the PortAudio library is not installed "
            "(install the system package libportaudio2, e.g. `sudo apt-get install libportaudio2`)"
            f": {exc}"
        ) from None
    return sounddevice


def list_input_devices() -> list[dict[str, Any]]:
    """The devices that can record: index, name, channels, default_rate, is_default, hostapi."""
    sd = load_sounddevice()
    try:
        devices = sd.query_devices()
        default_in = _default_input_index(sd)
        hostapis = sd.query_hostapis()
    except sd.PortAudioError as exc:
        raise DeviceError(
            f"cannot list audio devices ({_pa_reason(exc)}); check the audio system"
        ) from None
    out = []
    for dev in devices:
        if dev["max_input_channels"] <= 0:
            continue
        out.append(
            {
                "index": dev["index"],
                "name": dev["name"],
                "channels": dev["max_input_channels"],
                "default_rate": int(dev["default_samplerate"]),
                "is_default": dev["index"] == default_in,
                "hostapi": hostapis[dev["hostapi"]]["name"],
            }
        )
    return out


def _default_input_index(sd: Any) -> int:
    try:
        index = sd.default.device[0]
    except Exception:
        return -1
    if index is None or index < 0:
        try:
            index = sd.query_devices(kind="input")["index"]
        except Exception:
            return -1
    return int(index)


def resolve_device(device: str | int | None) -> dict[str, Any]:
    """The input device named by ``device`` (index, or case-insensitive name substring), or the
    default input when ``None``. Raises a DeviceError saying what to do otherwise."""
    inputs = list_input_devices()
    if not inputs:
        raise DeviceError(
            "no audio input device found; plug in or enable a microphone, "
            "then check `debrief devices`"
        )
    if device is None or (isinstance(device, str) and not device.strip()):
        for dev in inputs:
            if dev["is_default"]:
                return dev
        return inputs[0]
    text = str(device).strip()
    if text.lstrip("-").isdigit():
        index = int(text)
        for dev in inputs:
            if dev["index"] == index:
                return dev
        raise DeviceError(f"--device {index}: no input device has that index; {_HINT_LIST}")
    matches = [dev for dev in inputs if text.lower() in dev["name"].lower()]
    exact = [dev for dev in matches if dev["name"].lower() == text.lower()]
    if len(exact) == 1:
        return exact[0]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise DeviceError(f"--device {text!r}: no input device name contains it; {_HINT_LIST}")
    names = ", ".join(f"{d['index']}: {d['name']}" for d in matches[:5])
    raise DeviceError(f"--device {text!r} matches several input devices ({names}); give the index")


def choose_format(device: dict[str, Any]) -> tuple[int, int]:
    """(sample rate, channels) to open ``device`` with: 16 kHz when the device accepts it, else
    its default rate; mono, else stereo (the recorder mixes it down) for stereo-only inputs."""
    sd = load_sounddevice()
    channel_options = [1] + ([2] if device["channels"] >= 2 else [])
    for channels in channel_options:
        for rate in (PREFERRED_RATE, device["default_rate"]):
            try:
                sd.check_input_settings(
                    device=device["index"], channels=channels, dtype="int16", samplerate=rate
                )
            except (sd.PortAudioError, ValueError):
                continue
            return int(rate), channels
    raise DeviceError(
        f"input device {device['name']!r} accepts neither {PREFERRED_RATE} Hz nor its default "
        f"{device['default_rate']} Hz; choose another with --device ({_HINT_LIST})"
    )


def _pa_reason(exc: BaseException) -> str:
    args = getattr(exc, "args", ())
    text = str(args[0]) if args else str(exc)
    return text.strip() or type(exc).__name__


def open_error(device: dict[str, Any], exc: BaseException) -> DeviceError:
    """One line for a device that exists but cannot be opened or stopped working."""
    return DeviceError(
        f"cannot open input device {device['name']!r} ({_pa_reason(exc)}): it may be busy in "
        "another application or unplugged; close the other application, reconnect it, or pick "
        f"another with --device ({_HINT_LIST})"
    )
