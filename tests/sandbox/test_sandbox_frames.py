"""The frame protocol on its own: round trips, and every malformed input rejected as a ProtocolError."""

import struct

import numpy as np
import pytest

from grader.sandbox import RNG, Ref, wire
from grader.sandbox.wire import (MAX_FRAME_BYTES, MAX_HEADER_BYTES, Foreign, MessageReader, ProtocolError, decode, encode, frame,
                                 load_npy, message, npy_bytes)


def roundtrip(value):
    blobs = []
    tree = encode(value, blobs, strict=True)
    [(header, got_blobs)] = MessageReader().feed(message({"value": tree}, blobs))
    return decode(header["value"], got_blobs)


def test_plain_values_roundtrip_with_exact_types():
    value = {"a": (1, 2.5, None, True, "s"), "b": [np.arange(6.0).reshape(2, 3), np.array([1, 0], dtype=bool)]}
    back = roundtrip(value)
    assert back["a"] == (1, 2.5, None, True, "s") and type(back["a"]) is tuple
    assert type(back["b"][0]) is np.ndarray and np.array_equal(back["b"][0], value["b"][0])
    assert back["b"][1].dtype == bool


def test_non_finite_floats_roundtrip():
    back = roundtrip([float("nan"), float("inf")])
    assert np.isnan(back[0]) and back[1] == float("inf")


def test_strict_encoding_refuses_objects():
    with pytest.raises(TypeError, match="not plain data"):
        encode(object(), [], strict=True)
    with pytest.raises(TypeError):
        encode({1: "non-str key"}, [], strict=True)


def test_lenient_encoding_names_foreign_types():
    class Weird:
        pass

    assert decode(encode([Weird()], [], strict=False), []) == [Foreign("Weird")]


def test_markers_only_decode_with_a_resolver():
    tree = encode((Ref("fwd", (1,)), RNG(3)), [], strict=True)
    assert decode(tree, [], markers=lambda tag, payload: (tag, payload)) == (("ref", ["fwd", [1]]), ("rng", 3))
    with pytest.raises(ProtocolError, match="bad value tag"):
        decode(tree, [])


def test_messages_split_anywhere_are_reassembled():
    data = message({"kind": "x"}, [npy_bytes(np.ones(3))]) * 2
    reader = MessageReader()
    got = [m for i in range(len(data)) for m in reader.feed(data[i : i + 1])]
    assert len(got) == 2 and not reader.pending


def test_truncated_frame_stays_pending_and_yields_nothing():
    data = message({"kind": "outcome"}, [npy_bytes(np.ones(100))])
    reader = MessageReader()
    assert reader.feed(data[:-10]) == [] and reader.pending


def test_frame_claiming_a_huge_length_is_rejected():
    with pytest.raises(ProtocolError, match="claims"):
        MessageReader().feed(struct.pack(">I", MAX_FRAME_BYTES + 1) + b"{}")
    with pytest.raises(ProtocolError, match="claims"):  # headers are smaller still
        MessageReader().feed(struct.pack(">I", MAX_HEADER_BYTES + 1) + b"{}")


def test_many_blobs_cannot_add_up_past_the_message_limit(monkeypatch):
    monkeypatch.setattr(wire, "MAX_MESSAGE_BYTES", 1000)
    reader = MessageReader()
    reader.feed(frame(b'{"blobs": 5}') + frame(bytes(400)) + frame(bytes(400)))
    with pytest.raises(ProtocolError, match="claims"):
        reader.feed(struct.pack(">I", 400))


def test_header_must_be_json_with_a_blob_count():
    with pytest.raises(ProtocolError, match="not JSON"):
        MessageReader().feed(frame(b"\xff\xfe not json"))
    with pytest.raises(ProtocolError, match="blob count"):
        MessageReader().feed(frame(b'{"kind": "done"}'))


def test_bad_tags_and_indices_are_rejected():
    for tree in ({"ndarray": 5}, {"list": 3}, {"eval": "x"}, {"list": [], "tuple": []}, [1, 2]):
        with pytest.raises(ProtocolError):
            decode(tree, [])


def test_deep_nesting_is_rejected():
    tree = 0
    for _ in range(100):
        tree = {"list": [tree]}
    with pytest.raises(ProtocolError, match="deeper"):
        decode(tree, [])


def npy_with_header(header: str, data: bytes = b"") -> bytes:
    text = header.encode("latin1")
    text += b" " * (-(len(text) + 11) % 64) + b"\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(text)) + text + data


def test_good_npy_loads():
    array = load_npy(npy_with_header("{'descr': '<f8', 'fortran_order': False, 'shape': (2,)}", bytes(16)))
    assert type(array) is np.ndarray and array.shape == (2,)


@pytest.mark.parametrize("header, data, match", [
    ("{'descr': '|O', 'fortran_order': False, 'shape': (1,)}", bytes(8), "not a plain numeric"),
    ("{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (1,)}", bytes(8), "wrong types"),
    ("{'descr': '<f8', 'fortran_order': False, 'shape': (1000,)}", bytes(8), "does not match"),
    ("{'descr': '<f8', 'fortran_order': False, 'shape': (-1,)}", b"", "not a tuple of sizes"),
    ("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'x': 1}", bytes(8), "exactly"),
    ("__import__('os').system('true')", b"", "not a Python literal"),
    ("{'descr': 'not-a-dtype', 'fortran_order': False, 'shape': (1,)}", bytes(8), "not understood"),
])
def test_bad_npy_headers_are_rejected(header, data, match):
    with pytest.raises(ProtocolError, match=match):
        load_npy(npy_with_header(header, data))


def test_npy_with_bad_magic_or_version_is_rejected():
    with pytest.raises(ProtocolError, match="magic"):
        load_npy(b"PK\x03\x04 not npy at all")
    with pytest.raises(ProtocolError, match="version"):
        load_npy(b"\x93NUMPY\x09\x00" + bytes(100))


def test_object_array_from_numpy_itself_is_rejected():
    import io

    buffer = io.BytesIO()
    np.save(buffer, np.array([{"a": 1}], dtype=object), allow_pickle=True)
    with pytest.raises(ProtocolError, match="not a plain numeric"):
        load_npy(buffer.getvalue())
