"""Record the microphone to a WAV file in ``recordings/``, safe against crashes.

Design (the crash-safety promise: a SIGKILL loses at most a second):

* The PortAudio callback only copies each block onto an unbounded queue and counts input
  overflows: it never blocks, allocates little and never touches the disk, so audio is not
  dropped because the disk or the UI is slow.
* A writer thread takes blocks off the queue and appends them to
  ``rec-<stamp>.partial.wav`` (PCM 16-bit, soundfile), created with ``O_EXCL`` and held under
  an ``flock`` so recovery never touches a live recording. At least every second
  (``FLUSH_SECONDS``) it syncs the data to disk (``fsync``) and rewrites the WAV header's sizes,
  so a SIGKILL loses at most that much audio and even the unrepaired partial decodes.
* A clean stop closes the file and renames it ``rec-<stamp>.wav``. After a crash the partial
  is left behind and :func:`debrief.record.recover.repair_partials` finishes the job.
* The writer also feeds the level meter, the silence and length limits and an optional
  ``on_block`` tap (live transcription) with each block as mono float32.
* Enter on stdin, Ctrl-C and SIGTERM only ask for a stop; the foreground loop then closes
  and keeps the file (:mod:`debrief.record.stopping` watches for them).
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from debrief.errors import AudioError, DeviceError
from debrief.record.devices import choose_format, load_sounddevice, open_error, resolve_device
from debrief.record.recover import (
    PARTIAL_SUFFIX,
    NotRepairable,
    final_name,
    fix_wav_header,
    fsync_dir,
    publish,
)
from debrief.record.stopping import install_signal_handlers, watch_enter
from debrief.record.ui import RecorderUI, Status, make_ui

log = logging.getLogger(__name__)

BLOCK_SECONDS = 0.1  # audio per callback block
FLUSH_SECONDS = 0.5  # data is on disk at least this often (promise: <= 1 s lost on SIGKILL)
STALL_SECONDS = 2.0  # no block for this long: the device stopped delivering audio
SILENCE_DBFS = -45.0  # blocks quieter than this count as silence for --stop-on-silence
CLOSE_TIMEOUT = 3.0  # give up waiting for a hung PortAudio stream after this long

#: Why a recording ended.
STOP_MESSAGES = {
    "enter": "Stopped.",
    "interrupt": "Stopped (Ctrl-C).",
    "terminate": "Stopped (terminated).",
    "silence": "Stopped after {silence:g} s of silence.",
    "max_minutes": "Stopped at the maximum length ({max_minutes:g} min).",
    "device_stalled": (
        "The input device stopped delivering audio for over {stall:g} s (unplugged?); "
        "what was recorded is kept."
    ),
    "device_error": "The input device stopped working (unplugged?); what was recorded is kept.",
    "write_error": "Writing the recording failed; what reached the disk is kept.",
    "error": "Recording stopped by an error; what was recorded is kept.",
}

BlockCallback = Callable[[np.ndarray, int], Any]


@dataclass
class RecordingResult:
    """A finished recording: the final WAV in ``recordings/`` and how it went."""

    path: Path
    sample_rate: int
    duration: float  # seconds of audio in the file
    overflows: int  # input overflows PortAudio reported (audio lost before it reached us)
    stopped_by: str  # a key of STOP_MESSAGES
    frames: int = 0
    device: str = ""
    message: str = ""


def _create_partial(recordings_dir: Path) -> tuple[Path, int]:
    """Create ``rec-<stamp>.partial.wav`` exclusively (never reusing a name) and lock it."""
    recordings_dir.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    n = 1
    while True:
        name = f"rec-{stamp}" + (f"-{n}" if n > 1 else "")
        path = recordings_dir / (name + PARTIAL_SUFFIX)
        if not final_name(path).exists():
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                pass
            else:
                fcntl.flock(fd, fcntl.LOCK_EX)
                return path, fd
        n += 1


class Recorder:
    """One recording session. Use :func:`record_to_file` unless you need the pieces."""

    def __init__(
        self,
        recordings_dir: Path,
        device: str | int | None = None,
        max_minutes: float | None = None,
        stop_on_silence: float | None = None,
        on_block: BlockCallback | None = None,
        silence_dbfs: float = SILENCE_DBFS,
    ) -> None:
        if max_minutes is not None and max_minutes <= 0:
            raise DeviceError(f"--max-minutes must be positive, not {max_minutes:g}")
        if stop_on_silence is not None and stop_on_silence <= 0:
            raise DeviceError(f"--stop-on-silence must be positive, not {stop_on_silence:g}")
        self.recordings_dir = Path(recordings_dir)
        self.device_arg = device
        self.max_minutes = max_minutes
        self.stop_on_silence = stop_on_silence
        self.on_block = on_block
        self.silence_dbfs = silence_dbfs

        self.overflows = 0
        self.frames = 0
        self.level_dbfs = float("-inf")
        self.stopped_by: str | None = None
        self.write_error: BaseException | None = None

        self._queue: queue.SimpleQueue[np.ndarray] = queue.SimpleQueue()
        self._stop = threading.Event()  # someone asked to stop
        self._writing_done = False  # the writer reached a limit: drop further blocks
        self._closing = threading.Event()  # the stream is closed: drain the queue and finish
        self._started_at = 0.0
        self._last_block = 0.0
        self._heard = False
        self._silent_frames = 0
        self._stream: Any = None
        self._sf: Any = None
        self._fd = -1
        self.partial: Path | None = None
        self.device: dict[str, Any] = {}
        self.sample_rate = 0
        self.channels = 1

    # -- the audio callback: copy the block, count overflows, nothing else -------------------
    def _callback(self, indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        if status.input_overflow:
            self.overflows += 1
        self._queue.put(indata.copy())

    # -- control ------------------------------------------------------------------------------
    def request_stop(self, reason: str) -> None:
        if not self._stop.is_set():
            self.stopped_by = reason
            self._stop.set()

    def stop_message(self) -> str:
        return STOP_MESSAGES.get(self.stopped_by or "enter", "Stopped.").format(
            silence=self.stop_on_silence or 0,
            max_minutes=self.max_minutes or 0,
            stall=STALL_SECONDS,
        )

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def status(self) -> Status:
        return Status(
            elapsed=self.frames / self.sample_rate if self.sample_rate else 0.0,
            level_dbfs=self.level_dbfs,
            overflows=self.overflows,
            device=self.device.get("name", "?"),
            sample_rate=self.sample_rate,
            max_seconds=self.max_minutes * 60 if self.max_minutes else None,
        )

    def start(self) -> None:
        """Open the device and the partial file, start the writer and the stream."""
        sd = load_sounddevice()
        self.device = resolve_device(self.device_arg)
        self.sample_rate, self.channels = choose_format(self.device)
        try:
            self._stream = sd.InputStream(
                device=self.device["index"],
                samplerate=self.sample_rate,
                channels=self.channels,
                dtype="int16",
                blocksize=int(self.sample_rate * BLOCK_SECONDS),
                callback=self._callback,
            )
        except (sd.PortAudioError, ValueError) as exc:
            raise open_error(self.device, exc) from None
        import soundfile

        self.partial, self._fd = _create_partial(self.recordings_dir)
        try:
            self._sf = soundfile.SoundFile(
                self._fd,
                mode="w",
                samplerate=self.sample_rate,
                channels=1,
                subtype="PCM_16",
                format="WAV",
                closefd=False,
            )
            self._sf.flush()
            os.fsync(self._fd)
            fsync_dir(self.recordings_dir)
        except BaseException:
            self._stream.close()
            os.close(self._fd)
            self.partial.unlink(missing_ok=True)
            raise
        self._writer = threading.Thread(target=self._write_loop, name="debrief-writer", daemon=True)
        self._started_at = self._last_block = time.monotonic()
        self._writer.start()
        try:
            self._stream.start()
        except sd.PortAudioError as exc:
            self._closing.set()
            self.request_stop("device_error")
            self._writer.join()
            path = self._finish_file()
            if self.frames == 0:
                path.unlink(missing_ok=True)
            raise open_error(self.device, exc) from None

    # -- writer thread -----------------------------------------------------------------------
    def _write_loop(self) -> None:
        last_flush = time.monotonic()
        rate = self.sample_rate
        max_frames = int(self.max_minutes * 60 * rate) if self.max_minutes else None
        silence_frames = int(self.stop_on_silence * rate) if self.stop_on_silence else None
        while True:
            try:
                block = self._queue.get(timeout=0.05)
            except queue.Empty:
                block = None
            now = time.monotonic()
            if block is None:
                if self._closing.is_set():
                    break
                if not self._stop.is_set() and now - self._last_block > STALL_SECONDS:
                    self.request_stop("device_stalled")
            else:
                self._last_block = now
                if not self._writing_done and self.write_error is None:
                    if max_frames is not None and self.frames + len(block) >= max_frames:
                        block = block[: max_frames - self.frames]
                        self._writing_done = True
                        self.request_stop("max_minutes")
                    self._write_block(block, silence_frames)
            if now - last_flush >= FLUSH_SECONDS:
                self._sync()
                last_flush = now
        self._sync()

    def _write_block(self, block: np.ndarray, silence_frames: int | None) -> None:
        if len(block) == 0:
            return
        if block.shape[1] > 1:  # a stereo-only input: the recording is mono
            block = block.mean(axis=1, keepdims=True).astype(np.int16)
        try:
            self._sf.write(block)
        except Exception as exc:
            self.write_error = exc
            self._writing_done = True
            self.request_stop("write_error")
            return
        self.frames += len(block)
        mono = block[:, 0].astype(np.float32) / 32768.0
        rms = float(np.sqrt(np.mean(np.square(mono, dtype=np.float64))))
        self.level_dbfs = 20 * np.log10(rms) if rms > 0 else float("-inf")
        if self.level_dbfs > self.silence_dbfs:
            self._heard, self._silent_frames = True, 0
        elif self._heard:
            self._silent_frames += len(block)
            if silence_frames is not None and self._silent_frames >= silence_frames:
                self._writing_done = True
                self.request_stop("silence")
        if self.on_block is not None:
            try:
                self.on_block(mono, self.sample_rate)
            except Exception:
                log.exception("on_block consumer failed; it gets no more audio")
                self.on_block = None

    def _sync(self) -> None:
        """Push written audio to disk and make the on-disk header describe it."""
        if self.write_error is not None or self._sf is None:
            return
        try:
            self._sf.flush()
            fix_wav_header(self._fd, truncate=False)
            os.fsync(self._fd)
        except (OSError, NotRepairable, RuntimeError) as exc:
            log.warning("cannot sync the recording to disk: %s", exc)

    # -- stopping ------------------------------------------------------------------------------
    def _close_stream(self) -> None:
        stream = self._stream

        def close() -> None:
            try:
                stream.stop()
            except Exception:
                with contextlib.suppress(Exception):
                    stream.abort()
            with contextlib.suppress(Exception):
                stream.close()

        closer = threading.Thread(target=close, name="debrief-close", daemon=True)
        closer.start()
        closer.join(CLOSE_TIMEOUT)
        if closer.is_alive():
            log.debug("the audio stream did not close within %.0f s; leaving it", CLOSE_TIMEOUT)
            # PortAudio is stuck in the driver (a stalled device): its teardown at exit would
            # hang the same way, so let the OS clean up instead.
            import atexit

            handler = getattr(load_sounddevice(), "_exit_handler", None)
            if handler is not None:
                atexit.unregister(handler)

    def _finish_file(self) -> Path:
        assert self.partial is not None
        try:
            self._sf.close()
        except Exception as exc:
            log.warning("closing the recording failed: %s", exc)
        try:
            fix_wav_header(self._fd, truncate=True)
            os.fsync(self._fd)
        except (OSError, NotRepairable) as exc:
            log.warning("cannot finalise the recording's header: %s", exc)
        try:
            return publish(self.partial, final_name(self.partial))
        finally:
            os.close(self._fd)  # releases the lock

    def finish(self) -> RecordingResult:
        """Stop the stream, let the writer drain the queue, close and rename the file."""
        if self.stopped_by is None:
            self.request_stop("enter")
        self._close_stream()
        self._closing.set()
        self._writer.join()
        path = self._finish_file()
        reason = self.stopped_by or "enter"
        message = self.stop_message()
        if self.write_error is not None:
            raise AudioError(
                f"cannot write the recording ({self.write_error}); free disk space and try again; "
                f"what reached the disk is kept in {path}"
            )
        if self.frames == 0:
            path.unlink(missing_ok=True)
            if reason in ("device_stalled", "device_error"):
                raise DeviceError(
                    f"input device {self.device.get('name')!r} delivered no audio; check that it "
                    "is connected and not muted, or pick another with --device "
                    "(see `debrief devices`)"
                )
            raise AudioError("nothing was recorded (stopped before any audio arrived)")
        return RecordingResult(
            path=path,
            sample_rate=self.sample_rate,
            duration=self.frames / self.sample_rate,
            overflows=self.overflows,
            stopped_by=reason,
            frames=self.frames,
            device=self.device.get("name", ""),
            message=message,
        )

    # -- the foreground loop -------------------------------------------------------------------
    def run(self, ui: RecorderUI) -> RecordingResult:
        """Record until Enter, Ctrl-C, SIGTERM or a limit; keep ``ui`` updated. Whatever
        happens, the stream is stopped and the file closed and kept."""
        restore = install_signal_handlers(self)
        keys = threading.Thread(target=watch_enter, args=(self,), name="debrief-enter", daemon=True)
        keys.start()
        try:
            try:
                ui.start(self.status())
                while not self._stop.wait(0.1):
                    ui.update(self.status())
                    if self._stream is not None and not self._stream.active:
                        self.request_stop("device_error")
            except KeyboardInterrupt:  # when handlers could not be installed (not main thread)
                self.request_stop("interrupt")
            except BaseException:
                self.request_stop("error")
                with contextlib.suppress(Exception):
                    self.finish()
                raise
            finally:
                with contextlib.suppress(Exception):
                    ui.update(self.status())
                    ui.stop()
            ui.message(self.stop_message())
            result = self.finish()
        finally:
            restore()
        if result.overflows:
            ui.message(
                f"Warning: {result.overflows} input overflows; some audio was lost. "
                "Close busy programs and try again if the transcript has gaps."
            )
        return result


def record_to_file(
    settings: Any,
    device: str | int | None = None,
    max_minutes: float | None = None,
    stop_on_silence: float | None = None,
    on_block: BlockCallback | None = None,
    ui: Any = "auto",
    silence_dbfs: float = SILENCE_DBFS,
) -> RecordingResult:
    """Record from the microphone into ``settings.recordings_dir``; return the finished WAV.

    ``device``: index or name substring (default input when None). ``max_minutes``: stop at this
    length. ``stop_on_silence``: stop after this many seconds of silence once speech was heard.
    ``on_block(samples, sample_rate)``: called from the writer thread with each block as mono
    float32 after it is written; it must return quickly (hand the block to your own queue).
    ``ui``: ``auto``, ``rich``, ``plain``, ``none`` or a RecorderUI. Raises DeviceError /
    AudioError with one-line messages.
    """
    recorder = Recorder(
        settings.recordings_dir,
        device=device,
        max_minutes=max_minutes,
        stop_on_silence=stop_on_silence,
        on_block=on_block,
        silence_dbfs=silence_dbfs,
    )
    recorder.start()
    return recorder.run(make_ui(ui))
