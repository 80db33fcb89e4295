"""Convert a CTranslate2 Whisper model (``model.bin``) into an openai-whisper checkpoint.

openai-whisper loads a PyTorch file ``{"dims": {...}, "model_state_dict": {...}}`` and,
offline, there is none to download. The bundled tiny.en model is a CTranslate2 directory,
and its variables map one-to-one onto openai-whisper's state dict:

===========================================  ==============================================
CTranslate2 (``WhisperSpec``)                openai-whisper
===========================================  ==============================================
encoder/conv{1,2}/{weight,bias}              encoder.conv{1,2}.{weight,bias}
encoder/position_encodings/encodings         encoder.positional_embedding
encoder/layer_N/self_attention/linear_0      encoder.blocks.N.attn.{query,key,value} (fused)
encoder/layer_N/self_attention/linear_1      encoder.blocks.N.attn.out
encoder/layer_N/self_attention/layer_norm    encoder.blocks.N.attn_ln
encoder/layer_N/ffn/linear_{0,1}             encoder.blocks.N.mlp.{0,2}
encoder/layer_N/ffn/layer_norm               encoder.blocks.N.mlp_ln
encoder/layer_norm                           encoder.ln_post
decoder/embeddings/weight                    decoder.token_embedding.weight
decoder/position_encodings/encodings         decoder.positional_embedding
decoder/layer_N/self_attention/...           decoder.blocks.N.attn... (as in the encoder)
decoder/layer_N/attention/linear_0           decoder.blocks.N.cross_attn.query
decoder/layer_N/attention/linear_1           decoder.blocks.N.cross_attn.{key,value} (fused)
decoder/layer_N/attention/linear_2           decoder.blocks.N.cross_attn.out
decoder/layer_N/attention/layer_norm         decoder.blocks.N.cross_attn_ln
decoder/layer_norm                           decoder.ln
===========================================  ==============================================

openai-whisper's key projections have no bias; CTranslate2 stores a zero bias for them in
the fused projection, which is dropped. ``layer_norm/gamma`` and ``beta`` are ``weight``
and ``bias``. The output projection is tied to the token embedding in openai-whisper
(CTranslate2 stores it as an alias of the embedding).

The ``model.bin`` layout (little-endian; written by ``ctranslate2.specs.ModelSpec._serialize``,
read by ``models::Model::load`` in C++):

* ``uint32`` binary version (this reader knows 1 to 6)
* from version 2: the spec name (a string) and ``uint32`` spec revision
* ``uint32`` number of variables, then for each: name (string), ``uint8`` rank,
  ``rank`` x ``uint32`` dims, then from version 4 ``uint8`` dtype id (float32, int8, int16,
  int32, float16, bfloat16) and ``uint32`` byte count, before version 4 ``uint8`` item size
  and ``uint32`` element count; then the raw bytes
* from version 3: ``uint32`` number of aliases, then (alias name, variable name) strings

A string is a ``uint16`` length (counting a trailing NUL) then that many bytes.

Quantised weights (int8 with a per-row ``<name>_scale``, int16 with one scalar scale) are
dequantised as ``value / scale``; float16 weights are kept as float16, exactly as stored.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from debrief.errors import ModelNotFound, TranscriptionError

#: Bump when the mapping changes, so older conversions in a data home are redone.
CONVERTER_VERSION = 1

_DTYPES: dict[int, np.dtype[Any]] = {
    0: np.dtype("<f4"),
    1: np.dtype("i1"),
    2: np.dtype("<i2"),
    3: np.dtype("<i4"),
    4: np.dtype("<f2"),
    5: np.dtype("<u2"),  # bfloat16: the high half of a float32, widened below
}
_ITEM_SIZE_DTYPES: dict[int, np.dtype[Any]] = {
    4: np.dtype("<f4"),
    2: np.dtype("<i2"),
    1: np.dtype("i1"),
}
_MAX_BINARY_VERSION = 6


@dataclass
class CT2Model:
    """The contents of one CTranslate2 ``model.bin``."""

    binary_version: int
    spec: str
    revision: int
    variables: dict[str, np.ndarray]
    aliases: dict[str, str]


class _Reader:
    def __init__(self, data: bytes, path: Path) -> None:
        self.data = data
        self.pos = 0
        self.path = path

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise TranscriptionError(f"{self.path}: truncated CTranslate2 model file")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def unpack(self, fmt: str) -> Any:
        size = struct.calcsize("<" + fmt)
        return struct.unpack("<" + fmt, self.take(size))[0]

    def string(self) -> str:
        length = self.unpack("H")
        raw = self.take(length)
        return raw.rstrip(b"\0").decode("utf-8")


def read_ct2_model(path: Path) -> CT2Model:
    """Parse a CTranslate2 ``model.bin`` into numpy arrays (scalars become 0-d arrays)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelNotFound(f"{path}: cannot read ({exc.strerror or exc})") from None
    r = _Reader(data, path)
    version = r.unpack("I")
    if not 1 <= version <= _MAX_BINARY_VERSION:
        raise TranscriptionError(
            f"{path}: unsupported CTranslate2 binary version {version} "
            f"(this converter reads 1 to {_MAX_BINARY_VERSION})"
        )
    spec, revision = "", 1
    if version >= 2:
        spec = r.string()
        revision = r.unpack("I")
    variables: dict[str, np.ndarray] = {}
    for _ in range(r.unpack("I")):
        name = r.string()
        rank = r.unpack("B")
        shape = tuple(r.unpack("I") for _ in range(rank))
        if version >= 4:
            type_id = r.unpack("B")
            if type_id not in _DTYPES:
                raise TranscriptionError(f"{path}: unknown dtype id {type_id} for {name}")
            dtype = _DTYPES[type_id]
            num_bytes = r.unpack("I")
        else:
            item_size = r.unpack("B")
            dtype = _ITEM_SIZE_DTYPES[item_size]
            num_bytes = r.unpack("I") * item_size
        array = np.frombuffer(r.take(num_bytes), dtype=dtype)
        if version >= 4 and type_id == 5:
            array = (array.astype(np.uint32) << 16).view(np.float32)
        count = int(np.prod(shape)) if shape else 1
        if array.size != count:
            raise TranscriptionError(f"{path}: {name} has {array.size} values for shape {shape}")
        variables[name] = array.reshape(shape)
    aliases: dict[str, str] = {}
    if version >= 3:
        for _ in range(r.unpack("I")):
            alias = r.string()
            aliases[alias] = r.string()
    return CT2Model(version, spec, revision, variables, aliases)


def _float(model: CT2Model, name: str) -> np.ndarray:
    """Variable ``name`` as floating point, dequantised when it was stored as integers."""
    name = model.aliases.get(name, name)
    value = model.variables[name]
    if value.dtype.kind == "f":
        return value
    scale = model.variables.get(model.aliases.get(f"{name}_scale", f"{name}_scale"))
    if scale is None:
        raise TranscriptionError(f"quantised variable {name} has no scale")
    scale = scale.astype(np.float32)
    out = value.astype(np.float32)
    if scale.ndim == 0:  # int16: one scale for the tensor
        return out / scale
    shape = (-1,) + (1,) * (out.ndim - 1)  # int8: one scale per output row
    return out / scale.reshape(shape)


def _scalar(model: CT2Model, name: str) -> int:
    return int(model.variables[name].reshape(-1)[0])


def _layers(model: CT2Model, prefix: str) -> int:
    pattern = re.compile(rf"^{prefix}/layer_(\d+)/")
    found = {int(m.group(1)) for n in model.variables if (m := pattern.match(n))}
    if found != set(range(len(found))):
        raise TranscriptionError(f"{prefix} layers are not numbered 0..n-1: {sorted(found)}")
    return len(found)


def ct2_to_openai_state(model: CT2Model) -> tuple[dict[str, int], dict[str, np.ndarray]]:
    """Map a CTranslate2 ``WhisperSpec`` onto openai-whisper's ``(dims, state_dict)``."""
    if model.spec and model.spec != "WhisperSpec":
        raise TranscriptionError(f"not a Whisper model: CTranslate2 spec {model.spec!r}")
    state: dict[str, np.ndarray] = {}

    def linear(dst: str, src: str, bias: bool = True) -> None:
        state[f"{dst}.weight"] = _float(model, f"{src}/weight")
        if bias:
            state[f"{dst}.bias"] = _float(model, f"{src}/bias")

    def norm(dst: str, src: str) -> None:
        state[f"{dst}.weight"] = _float(model, f"{src}/gamma")
        state[f"{dst}.bias"] = _float(model, f"{src}/beta")

    def split(dst: str, src: str, names: tuple[str, ...]) -> None:
        weight = _float(model, f"{src}/weight")
        bias = _float(model, f"{src}/bias")
        n = len(names)
        if weight.shape[0] % n:
            raise TranscriptionError(f"{src}: fused size {weight.shape[0]} not divisible by {n}")
        for part, w, b in zip(names, np.split(weight, n), np.split(bias, n), strict=True):
            state[f"{dst}.{part}.weight"] = w
            if part != "key":  # openai-whisper's key projections have no bias
                state[f"{dst}.{part}.bias"] = b

    def block(dst: str, src: str, cross: bool) -> None:
        split(f"{dst}.attn", f"{src}/self_attention/linear_0", ("query", "key", "value"))
        linear(f"{dst}.attn.out", f"{src}/self_attention/linear_1")
        norm(f"{dst}.attn_ln", f"{src}/self_attention/layer_norm")
        if cross:
            linear(f"{dst}.cross_attn.query", f"{src}/attention/linear_0")
            split(f"{dst}.cross_attn", f"{src}/attention/linear_1", ("key", "value"))
            linear(f"{dst}.cross_attn.out", f"{src}/attention/linear_2")
            norm(f"{dst}.cross_attn_ln", f"{src}/attention/layer_norm")
        linear(f"{dst}.mlp.0", f"{src}/ffn/linear_0")
        linear(f"{dst}.mlp.2", f"{src}/ffn/linear_1")
        norm(f"{dst}.mlp_ln", f"{src}/ffn/layer_norm")

    try:
        linear("encoder.conv1", "encoder/conv1")
        linear("encoder.conv2", "encoder/conv2")
        position = "position_encodings/encodings"
        state["encoder.positional_embedding"] = _float(model, f"encoder/{position}")
        n_audio_layer = _layers(model, "encoder")
        for i in range(n_audio_layer):
            block(f"encoder.blocks.{i}", f"encoder/layer_{i}", cross=False)
        norm("encoder.ln_post", "encoder/layer_norm")

        state["decoder.token_embedding.weight"] = _float(model, "decoder/embeddings/weight")
        state["decoder.positional_embedding"] = _float(model, f"decoder/{position}")
        n_text_layer = _layers(model, "decoder")
        for i in range(n_text_layer):
            block(f"decoder.blocks.{i}", f"decoder/layer_{i}", cross=True)
        norm("decoder.ln", "decoder/layer_norm")
        n_audio_head = _scalar(model, "encoder/num_heads")
        n_text_head = _scalar(model, "decoder/num_heads")
    except KeyError as exc:
        raise TranscriptionError(f"not a Whisper model: missing variable {exc}") from None

    projection = model.aliases.get("decoder/projection/weight", "decoder/projection/weight")
    if projection in model.variables and projection != "decoder/embeddings/weight":
        tied = _float(model, projection)
        if not np.array_equal(tied, state["decoder.token_embedding.weight"]):
            raise TranscriptionError(
                "the model's output projection differs from its token embedding; "
                "openai-whisper ties the two, so it cannot represent this model"
            )

    conv1 = state["encoder.conv1.weight"]
    embedding = state["decoder.token_embedding.weight"]
    dims = {
        "n_mels": int(conv1.shape[1]),
        "n_audio_ctx": int(state["encoder.positional_embedding"].shape[0]),
        "n_audio_state": int(conv1.shape[0]),
        "n_audio_head": n_audio_head,
        "n_audio_layer": n_audio_layer,
        "n_vocab": int(embedding.shape[0]),
        "n_text_ctx": int(state["decoder.positional_embedding"].shape[0]),
        "n_text_state": int(embedding.shape[1]),
        "n_text_head": n_text_head,
        "n_text_layer": n_text_layer,
    }
    # One floating dtype for the whole checkpoint: float16 as stored when everything is
    # float16 (lossless, half the size), else float32.
    dtypes = {v.dtype for v in state.values()}
    target = np.float16 if dtypes == {np.dtype(np.float16)} else np.float32
    state = {k: np.ascontiguousarray(v, dtype=target) for k, v in state.items()}
    return dims, state


def checkpoint_bytes(ct2_dir: Path) -> bytes:
    """A ``torch.save``-d openai-whisper checkpoint made from the CTranslate2 directory."""
    import torch

    model_bin = ct2_dir / "model.bin"
    if not model_bin.is_file():
        raise ModelNotFound(f"{ct2_dir}: not a CTranslate2 Whisper model directory (no model.bin)")
    dims, state = ct2_to_openai_state(read_ct2_model(model_bin))
    checkpoint = {
        "dims": dims,
        "model_state_dict": {k: torch.from_numpy(v.copy()) for k, v in state.items()},
        "debrief": {"converter_version": CONVERTER_VERSION, "source": str(model_bin)},
    }
    buffer = io.BytesIO()
    torch.save(checkpoint, buffer)
    return buffer.getvalue()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def checksum_path(checkpoint: Path) -> Path:
    return checkpoint.with_name(checkpoint.name + ".sha256")


def verified(checkpoint: Path) -> bool:
    """True when ``checkpoint`` exists and matches its ``.sha256`` file."""
    sums = checksum_path(checkpoint)
    if not (checkpoint.is_file() and sums.is_file()):
        return False
    try:
        expected = sums.read_text(encoding="utf-8").split()[0]
    except (OSError, IndexError):
        return False
    return expected == sha256_file(checkpoint)


def convert_ct2_dir(ct2_dir: Path, out: Path, force: bool = False) -> tuple[Path, bool]:
    """Write the checkpoint for ``ct2_dir`` to ``out`` (plus ``out.sha256``) unless a verified
    copy is already there. Returns ``(out, converted_now)``."""
    if not force and verified(out):
        return out, False
    data = checkpoint_bytes(ct2_dir)
    try:
        _atomic_write(out, data)
        digest = hashlib.sha256(data).hexdigest()
        _atomic_write(checksum_path(out), f"{digest}  {out.name}\n".encode())
    except OSError as exc:
        raise TranscriptionError(f"cannot write {out}: {exc.strerror or exc}") from None
    return out, True
