"""A microphone for tests, through the real ALSA -> PortAudio -> sounddevice stack.

There is no sound card on CI, but ALSA's ``file`` plugin can *capture from a file*: a PCM of
``type file`` over ``slave.pcm "null"`` with ``infile`` set reads its capture data from that
file. :func:`alsa_home` writes such a configuration as ``.asoundrc`` in a temporary HOME;
a process started with that HOME (PortAudio reads the ALSA configuration when it initialises,
so it must be a fresh process) sees a ``default`` input device that plays the file.

Two sources:

* a regular raw file (16 kHz mono s16le): not paced, ALSA delivers it as fast as it is read,
  then near-silence (±1) for ever;
* a FIFO fed by :class:`PacedFeeder`: paced to the clock, a device that behaves like a real
  microphone in time (needed where wall-clock time matters: SIGKILL loses <= 1 s, a stalled
  device). The ALSA file plugin reads one period (PortAudio block) per read(2) and a pipe read
  may return less than asked, which would corrupt the stream; the feeder therefore writes
  exactly one period per write (atomic: < PIPE_BUF), the recorder's block size.

The plug slave pins S16_LE / 16 kHz / mono, so whatever the application asks for, the
file is read in that format (plug converts).
"""

from __future__ import annotations

import errno
import fcntl
import os
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
RATE = 16_000
CHUNK_FRAMES = 1_600  # = debrief.record.capture.BLOCK_SECONDS * RATE

ASOUNDRC = """\
pcm.!default {{
    type plug
    slave {{
        pcm "testmic"
        format S16_LE
        rate {rate}
        channels 1
    }}
}}
pcm.testmic {{
    type file
    slave.pcm "null"
    file "/dev/null"
    infile "{infile}"
    format "raw"
}}
"""


def alsa_home(directory: Path, infile: Path | None) -> Path:
    """A HOME whose ALSA default capture device plays ``infile`` (raw s16le 16 kHz mono).
    ``infile=None``: an empty configuration, so no capture device exists (on a machine without
    sound cards, like CI)."""
    directory.mkdir(parents=True, exist_ok=True)
    text = "" if infile is None else ASOUNDRC.format(infile=infile, rate=RATE)
    (directory / ".asoundrc").write_text(text, encoding="utf-8")
    return directory


def has_sound_cards() -> bool:
    try:
        text = Path("/proc/asound/cards").read_text()
    except OSError:
        return False
    return "no soundcards" not in text and bool(text.strip())


def to_raw(audio: np.ndarray, path: Path) -> Path:
    """Write float32 [-1, 1] audio as raw s16le."""
    pcm = np.clip(np.round(audio * 32767), -32768, 32767).astype("<i2")
    path.write_bytes(pcm.tobytes())
    return path


def sample_raw(name: str, path: Path) -> Path:
    """A bundled sample recap (samples/) decoded to raw 16 kHz s16le with the audio stage."""
    from debrief.audio import AUDIO_EXTENSIONS, decode

    source = next(
        p for p in (ROOT / "samples").glob(f"{name}.*") if p.suffix.lower() in AUDIO_EXTENSIONS
    )
    return to_raw(decode(source), path)


def espeak_raw(text: str, path: Path) -> Path:
    """``text`` spoken by espeak-ng, resampled with sox to raw 16 kHz mono s16le."""
    wav = path.with_suffix(".espeak.wav")
    subprocess.run(["espeak-ng", "-w", str(wav), text], check=True)
    subprocess.run(
        [
            "sox",
            str(wav),
            "-r",
            str(RATE),
            "-c",
            "1",
            "-b",
            "16",
            "-e",
            "signed-integer",
            "-t",
            "raw",
            str(path),
        ],
        check=True,
    )
    return path


def read_raw(path: Path) -> np.ndarray:
    return np.fromfile(path, dtype="<i2")


def env_for(home: Path, data_home: Path) -> dict[str, str]:
    """Environment of a subprocess that records from ``home``'s ALSA device into ``data_home``."""
    env = dict(os.environ)
    env.update(HOME=str(home), DEBRIEF_HOME=str(data_home), PYTHONUNBUFFERED="1")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def python_cmd(code: str) -> list[str]:
    return [sys.executable, "-c", code]


class PacedFeeder:
    """Feeds a FIFO in real time, one PortAudio period per write.

    Writes silence until :meth:`go`, then ``audio`` (int16), then silence; :meth:`pause`
    stops writing without closing (a stalled device); :meth:`close` ends it (EOF).
    PortAudio opens and closes the device while probing; each time the reader goes away
    (EPIPE) the feeder reopens, and only silence is lost.

    ``audio_frames_sent`` counts what went INTO the pipe, up to 64 KiB (2 s) ahead of what the
    reader took out when it lags (a loaded machine). When the reader dies mid-speech the
    feeder also sets ``audio_frames_read``: the frames of ``audio`` the reader had read, i.e.
    those sent less the bytes still unread in the pipe (``FIONREAD``). Nothing reads or writes
    the pipe after the reader's death, so that count is exact, whatever the machine's load.
    """

    def __init__(self, fifo: Path, audio: np.ndarray) -> None:
        self.fifo = fifo
        self.audio = audio.astype("<i2")
        os.mkfifo(fifo)
        self.started = threading.Event()  # go() was called
        self.paused = threading.Event()
        self.closed = threading.Event()
        self.audio_frames_sent = 0  # frames of ``audio`` written to the current reader
        self.frames_since_open = 0  # frames of anything written to the current reader
        self.audio_frames_read: int | None = None  # set when the reader dies mid-speech
        self.opens = 0
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def go(self) -> None:
        self.started.set()

    def pause(self) -> None:
        self.paused.set()

    def close(self) -> None:
        self.closed.set()
        self._thread.join(5)

    def _open(self) -> int | None:
        while not self.closed.is_set():
            try:
                return os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as exc:
                if exc.errno != errno.ENXIO:  # ENXIO: no reader yet
                    raise
            time.sleep(0.005)
        return None

    def _run(self) -> None:
        silence = np.zeros(CHUNK_FRAMES, dtype="<i2").tobytes()
        pos = 0
        while not self.closed.is_set():
            fd = self._open()
            if fd is None:
                return
            os.set_blocking(fd, True)
            self.opens += 1
            self.frames_since_open = 0
            audio_start = None  # frames_since_open when the first audio chunk was written
            t0 = time.monotonic()
            try:
                while not self.closed.is_set():
                    if self.paused.is_set():
                        time.sleep(0.01)
                        continue
                    if self.started.is_set() and pos < len(self.audio):
                        chunk = self.audio[pos : pos + CHUNK_FRAMES]
                        if len(chunk) < CHUNK_FRAMES:
                            chunk = np.pad(chunk, (0, CHUNK_FRAMES - len(chunk)))
                        data = chunk.tobytes()
                    else:
                        data = silence
                    os.write(fd, data)
                    if self.started.is_set() and pos < len(self.audio):
                        if audio_start is None:
                            audio_start = self.frames_since_open
                        pos += CHUNK_FRAMES
                        self.audio_frames_sent = min(pos, len(self.audio))
                    self.frames_since_open += CHUNK_FRAMES
                    delay = t0 + self.frames_since_open / RATE - time.monotonic()
                    if delay > 0:
                        time.sleep(delay)
            except BrokenPipeError:
                if self.started.is_set() and pos:
                    # the real reader went away mid-speech (killed): stop feeding speech
                    taken = self.frames_since_open - _unread_bytes(fd) // 2
                    read = taken - (audio_start or 0)
                    self.audio_frames_read = max(0, min(read, self.audio_frames_sent))
                    self.closed.set()
            finally:
                os.close(fd)


def _unread_bytes(fd: int) -> int:
    """Bytes written into the pipe ``fd`` (either end) that no reader has taken out yet."""
    return int(struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0" * 4))[0])
