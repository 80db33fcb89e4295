"""The weights of the installed ONNX model, read without the ``onnx`` package.

A minimal protobuf reader (the graph's nodes and initializers, :func:`read_onnx`) and
:func:`extract`, which finds each matrix by the graph's own wiring and dequantises it as the
graph does. Apart from the forward pass (:mod:`debrief.minilm`) because it runs once per
installed model, and its result is then kept by :mod:`debrief.minilm.cache`: a search
question never reads this module's code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

#: The model's encoder layers (MiniLM-L6): every one must have all its weights.
LAYERS = 6
_ROLES = {
    "attention.self.query": "q",
    "attention.self.key": "k",
    "attention.self.value": "v",
    "attention.output.dense": "o",
    "intermediate.dense": "up",
    "output.dense": "down",
}


# -- a minimal ONNX (protobuf) reader: the graph's nodes and initializers ---------------------


def _varint(b: memoryview, i: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        c = b[i]
        i += 1
        result |= (c & 0x7F) << shift
        shift += 7
        if not c & 0x80:
            return result, i


def _fields(b: memoryview) -> Any:
    """(field number, wire type, value) of a protobuf message."""
    i, n = 0, len(b)
    while i < n:
        key, i = _varint(b, i)
        field, wire = key >> 3, key & 7
        value: Any
        if wire == 0:
            value, i = _varint(b, i)
        elif wire == 1:
            value, i = b[i : i + 8], i + 8
        elif wire == 2:
            size, i = _varint(b, i)
            value, i = b[i : i + size], i + size
        elif wire == 5:
            value, i = b[i : i + 4], i + 4
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
        yield field, wire, value


def _packed(wire: int, value: Any) -> list[int]:
    if wire != 2:
        return [int(value)]
    out, j = [], 0
    while j < len(value):
        x, j = _varint(value, j)
        out.append(x)
    return out


def _tensor(b: memoryview) -> tuple[str, Any]:
    """(name, array) of a TensorProto holding raw_data or float_data (what this model has)."""
    import numpy as np

    dtypes = {1: np.float32, 2: np.uint8, 3: np.int8, 6: np.int32, 7: np.int64, 9: np.bool_}
    dims: list[int] = []
    name, dtype, raw, floats = "", 0, None, b""
    for field, wire, value in _fields(b):
        if field == 1:
            dims += _packed(wire, value)
        elif field == 2:
            dtype = int(value)
        elif field == 8:
            name = bytes(value).decode()
        elif field == 9:
            raw = value
        elif field == 4:  # float_data: packed, or one 4-byte value per field
            floats += bytes(value)
    if raw is not None and dtype in dtypes:
        return name, np.frombuffer(raw, dtype=dtypes[dtype]).reshape(dims)
    if floats:
        return name, np.frombuffer(floats, dtype=np.float32).reshape(dims)
    return name, None  # int64 lists and the like: shape constants this reader does not need


def read_onnx(path: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(nodes, initializers) of an ONNX model: nodes as {op, inputs, outputs} in graph order."""
    data = memoryview(path.read_bytes())
    graph = next((v for f, _w, v in _fields(data) if f == 7), None)
    if graph is None:
        raise ValueError(f"{path}: no graph")
    nodes: list[dict[str, Any]] = []
    inits: dict[str, Any] = {}
    for field, _wire, value in _fields(graph):
        if field == 1:
            node: dict[str, Any] = {"op": "", "inputs": [], "outputs": []}
            for f, _w, v in _fields(value):
                if f == 1:
                    node["inputs"].append(bytes(v).decode())
                elif f == 2:
                    node["outputs"].append(bytes(v).decode())
                elif f == 4:
                    node["op"] = bytes(v).decode()
            nodes.append(node)
        elif field == 5:
            name, array = _tensor(value)
            if array is not None:
                inits[name] = array
    return nodes, inits


def extract(path: Path) -> dict[str, Any]:
    """The model's weights by role, dequantised as the graph does (float32 ``q * scale``).

    Keys: ``word_q`` (int8) and ``word_scale`` (the word table stays int8: a question reads
    a few rows), ``pos``, ``type``, ``ln_w``, ``ln_b``, and per layer ``L{i}.{role}_w/_b``
    (roles q, k, v, o, up, down) and ``L{i}.ln1_w/_b``, ``L{i}.ln2_w/_b``. Each matrix is
    found from the graph (the MatMul it feeds and the named bias added to its output), not
    from the generated initializer names.
    """
    import numpy as np

    nodes, inits = read_onnx(path)
    dequant: dict[str, Any] = {}
    for node in nodes:  # Mul(Cast(X_q), X_scale) -> X
        if node["op"] == "Mul" and len(node["inputs"]) == 2:
            a, b = node["inputs"]
            if a.endswith("_f") and b.endswith("_scale") and a[:-2] + "_q" in inits:
                q = inits[a[:-2] + "_q"]
                dequant[node["outputs"][0]] = (q, inits[b])
    consumers: dict[str, list[dict[str, Any]]] = {}
    for node in nodes:
        for name in node["inputs"]:
            consumers.setdefault(name, []).append(node)
    prefix = "inner."
    out: dict[str, Any] = {}
    word_q, word_scale = dequant[prefix + "embeddings.word_embeddings.weight"]
    out["word_q"] = np.ascontiguousarray(word_q)
    out["word_scale"] = np.asarray(word_scale, dtype=np.float32).reshape(-1)
    pos_q, pos_scale = dequant[prefix + "embeddings.position_embeddings.weight"]
    out["pos"] = pos_q.astype(np.float32) * pos_scale
    out["type"] = inits[prefix + "embeddings.token_type_embeddings.weight"]
    out["ln_w"] = inits[prefix + "embeddings.LayerNorm.weight"]
    out["ln_b"] = inits[prefix + "embeddings.LayerNorm.bias"]
    for node in nodes:
        if node["op"] != "MatMul" or node["inputs"][1] not in dequant:
            continue
        q, scale = dequant[node["inputs"][1]]
        for add in consumers.get(node["outputs"][0], []):
            bias = next((n for n in add["inputs"] if n.endswith(".bias")), None)
            if add["op"] != "Add" or bias is None:
                continue
            # inner.encoder.layer.3.attention.self.query.bias -> L3.q
            layer, _, rest = bias[len(prefix + "encoder.layer.") :].partition(".")
            role = _ROLES[rest[: -len(".bias")]]
            out[f"L{layer}.{role}_w"] = q.astype(np.float32) * scale
            out[f"L{layer}.{role}_b"] = inits[bias]
    for i in range(LAYERS):
        base = f"{prefix}encoder.layer.{i}."
        out[f"L{i}.ln1_w"] = inits[base + "attention.output.LayerNorm.weight"]
        out[f"L{i}.ln1_b"] = inits[base + "attention.output.LayerNorm.bias"]
        out[f"L{i}.ln2_w"] = inits[base + "output.LayerNorm.weight"]
        out[f"L{i}.ln2_b"] = inits[base + "output.LayerNorm.bias"]
        for role in _ROLES.values():
            if f"L{i}.{role}_w" not in out:
                raise ValueError(f"{path}: layer {i} has no {role} weights")
    return out
