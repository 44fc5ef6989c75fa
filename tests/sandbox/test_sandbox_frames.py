"""The frame protocol on its own: round trips, and every malformed input rejected as a ProtocolError."""

import io
import json
import struct

import numpy as np
import pytest

from mlptutor.grader.sandbox import RNG, Ref, wire
from mlptutor.grader.sandbox.wire import (MAX_FRAME_BYTES, MAX_HEADER_BYTES, Arrays, Foreign, MessageReader, ProtocolError,
                                 decode, encode, frame, load_npy, message)

wire.numpy()  # encode() knows arrays once numpy() has bound them: this file alone ran its first test without


def roundtrip(value):
    arrays = Arrays()
    tree = encode(value, arrays, strict=True)
    [(header, got)] = MessageReader().feed(message({"value": tree}, arrays.items))
    return decode(header["value"], got)


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
        encode(object(), Arrays(), strict=True)
    with pytest.raises(TypeError):
        encode({1: "non-str key"}, Arrays(), strict=True)


def test_lenient_encoding_names_foreign_types():
    class Weird:
        pass

    assert decode(encode([Weird()], Arrays(), strict=False), []) == [Foreign("Weird")]


@pytest.mark.parametrize("array", [np.array([1.0, None]), np.array(["a"]), np.array([b"a"]),
                                   np.zeros(1, dtype=[("a", "f8")]), np.array(["2020-01-01"], dtype="M8[D]"),
                                   np.array([1], dtype="m8[s]")], ids=lambda a: a.dtype.kind)
def test_an_array_of_no_numbers_comes_back_as_a_foreign_ndarray_with_its_dtype_kind(array):
    # the kind lets the grader say "has dtype object", not the contradictory "has type ndarray, expected ndarray"
    assert decode(encode([array], Arrays(), strict=False), []) == [Foreign("ndarray", array.dtype.kind)]
    with pytest.raises(TypeError, match="not plain data"):
        encode(array, Arrays(), strict=True)


def test_markers_only_decode_with_a_resolver():
    tree = encode((Ref("fwd", (1,)), RNG(3)), Arrays(), strict=True)
    assert decode(tree, [], markers=lambda tag, payload: (tag, payload)) == (("r", ["fwd", [1]]), ("g", 3))
    with pytest.raises(ProtocolError, match="bad value tag"):
        decode(tree, [])


def test_messages_split_anywhere_are_reassembled():
    data = message({"kind": "x"}, [np.ones(3), np.arange(2)]) * 2
    reader = MessageReader()
    got = [m for i in range(len(data)) for m in reader.feed(data[i : i + 1])]
    assert len(got) == 2 and not reader.pending


def test_messages_before_a_malformed_one_in_the_same_read_are_kept():
    # the child's own report and what student code forged after it can arrive in one read:
    # the report still counts, so the forgery is blamed on the right stage
    good = message({"kind": "report"}, [np.ones(2)])
    with pytest.raises(ProtocolError, match="not JSON") as caught:
        MessageReader().feed(good + frame(b"{not json"))
    [(header, arrays)] = caught.value.complete
    assert header["kind"] == "report" and np.array_equal(arrays[0], np.ones(2))


def test_truncated_frame_stays_pending_and_yields_nothing():
    data = message({"kind": "outcome"}, [np.ones(100)])
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
    with pytest.raises(ProtocolError, match="array table"):
        MessageReader().feed(frame(b'{"kind": "done", "blobs": 0}'))


# --- arrays in bulk: one flat .npy blob per dtype, a table row per array ---------------------


def npy(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array)
    return buffer.getvalue()


def with_table(table, *groups) -> bytes:
    """A message whose header holds `table` by hand, with the groups as .npy blobs."""
    return frame(json.dumps({"arrays": table, "blobs": len(groups)}).encode()) + b"".join(frame(npy(g)) for g in groups)


def blobs_of(data: bytes) -> list:
    """The payloads of a message's frames after its header."""
    frames, at = [], 0
    while at < len(data):
        (size,) = struct.unpack_from(">I", data, at)
        frames.append(data[at + 4 : at + 4 + size])
        at += 4 + size
    return frames[1:]


def test_arrays_travel_as_one_numpy_readable_blob_per_dtype():
    floats = [np.arange(6.0).reshape(2, 3), np.array(2.5), np.zeros((0, 4)), np.arange(4.0).reshape(2, 2).T]
    others = [np.arange(3), np.array([True, False]), np.arange(4, dtype=">i4"), np.ones(2, complex)]
    data = message({}, floats[:2] + others + floats[2:])
    blobs = blobs_of(data)
    assert len(blobs) == 5  # float64, int64, bool, int32 (sent big-endian), complex
    assert [np.load(io.BytesIO(b)).shape for b in blobs] == [(11,), (3,), (2,), (4,), (2,)]
    [(header, arrays)] = MessageReader().feed(data)
    for sent, got in zip(floats[:2] + others + floats[2:], arrays):
        # in the machine's byte order: a big-endian float64 result is float64 (red18: "dtype >f8, expected float64")
        assert type(got) is np.ndarray and got.dtype == sent.dtype.newbyteorder("=") and got.shape == sent.shape
        assert np.array_equal(got, sent) and got.flags.writeable and got.flags.c_contiguous  # Fortran comes back C
    assert not any(np.shares_memory(a, b) for i, a in enumerate(arrays) for b in arrays[i + 1 :])


def test_an_array_object_used_twice_travels_once():
    x, y = np.ones(3), np.ones(3)
    arrays = Arrays()
    tree = encode({"a": x, "b": [x, y], "c": (x,)}, arrays, strict=True)
    assert len(arrays.items) == 2
    [(header, got)] = MessageReader().feed(message({"value": tree}, arrays.items))
    assert len(header["arrays"]) == 2
    value = decode(header["value"], got, copy=True)
    a, (b, c), (d,) = value["a"], value["b"], value["c"]
    assert all(v.base is None for v in (a, b, c, d))
    assert not any(np.shares_memory(p, q) for p, q in ((a, b), (a, d), (b, d), (a, c)))


def test_a_group_that_would_outgrow_a_frame_is_split(monkeypatch):
    monkeypatch.setattr(wire, "_GROUP_BYTES", 170)
    data = message({}, [np.ones(10), np.ones(10), np.arange(3.0)])
    assert len(blobs_of(data)) == 2
    [(_, arrays)] = MessageReader().feed(data)
    assert [a.sum() for a in arrays] == [10.0, 10.0, 3.0]
    with pytest.raises(ProtocolError, match="too large"):
        message({}, [np.ones(30)])


def test_a_good_table_by_hand_is_read():
    [(_, arrays)] = MessageReader().feed(with_table([[0, 0, [2, 2]], [0, 4, []], [0, 5, [0, 9]]], np.arange(6.0)))
    assert arrays[0].tolist() == [[0, 1], [2, 3]] and arrays[1].shape == () and arrays[1] == 4
    assert arrays[2].shape == (0, 9)


@pytest.mark.parametrize("table, match", [
    ("rows", "array table"),
    ([[0, 0]], "not \\[group, start, shape\\]"),
    ([{"group": 0}], "not \\[group, start, shape\\]"),
    ([[1, 0, [2]]], "wrong types or sizes"),  # no such group
    ([[-1, 0, [2]]], "wrong types or sizes"),
    ([[True, 0, [2]]], "wrong types or sizes"),
    ([[0, 0.0, [2]]], "wrong types or sizes"),
    ([[0, 0, 2]], "wrong types or sizes"),
    ([[0, 0, [-2]]], "wrong types or sizes"),
    ([[0, 0, [2.0]]], "wrong types or sizes"),
    ([[0, 0, [1] * 33]], "wrong types or sizes"),
    ([[0, 0, [0, MAX_FRAME_BYTES + 1]]], "wrong types or sizes"),
    ([[0, -1, [2]]], "outside its group"),
    ([[0, 5, [2]]], "outside its group"),
    ([[0, 0, [7]]], "outside its group"),
    ([[0, 0, [3]], [0, 2, [2]]], "overlaps"),  # would share memory with the row before
    ([[0, 3, [2]], [0, 0, [2]]], "overlaps"),  # rows of a group in order
    ([[0, 0, [2]], [0, 2, [2]], [0, 0, [99]]], "outside"),  # one bad row rejects the whole message
])
def test_a_bad_array_table_rejects_the_message(table, match):
    with pytest.raises(ProtocolError, match=match):
        MessageReader().feed(with_table(table, np.arange(6.0)))


def test_a_group_must_be_a_flat_checked_npy():
    with pytest.raises(ProtocolError, match="not a flat array"):
        MessageReader().feed(with_table([[0, 0, [2]]], np.ones((2, 2))))
    with pytest.raises(ProtocolError, match="not a plain numeric"):
        MessageReader().feed(with_table([[0, 0, [1]]], np.array([{}], dtype=object)))


def test_bad_tags_and_indices_are_rejected():
    for tree in ([5], ["l", [1, 2]], ["eval", "x"], [], [0, 1], ["f", 3], ["r", ["a", []], 1], [True], ["t", [5]],
                 ["f", "ndarray", "f"], ["f", "ndarray", "OS"], ["f", "ndarray", 79], ["f", "list", "O"]):
        with pytest.raises(ProtocolError):
            decode(tree, [])


def test_deep_nesting_is_rejected():
    tree = 0
    for _ in range(100):
        tree = ["l", tree]
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


def _nested(depth: int, leaf):
    """`leaf` inside `depth` lists."""
    for _ in range(depth):
        leaf = [leaf]
    return leaf


def _innermost(tree, depth: int):
    for _ in range(depth):
        assert tree[0] == "l" and len(tree) == 2
        tree = tree[1]
    return tree


def test_arrays_inside_containers_are_numbered_below_the_depth_limit_and_foreign_at_it():
    """encode() takes a container's arrays and scalars inline (the hot path): the depth limit still holds."""
    x = np.ones(2)
    arrays = Arrays()
    assert _innermost(encode(_nested(wire.MAX_DEPTH - 1, x), arrays, strict=False), wire.MAX_DEPTH - 1) == [0]
    assert arrays.items == [x]
    arrays = Arrays()
    assert _innermost(encode(_nested(wire.MAX_DEPTH, x), arrays, strict=False), wire.MAX_DEPTH) == ["f", "ndarray"]
    assert arrays.items == []
    with pytest.raises(TypeError, match="nested too deeply"):
        encode(_nested(wire.MAX_DEPTH, x), Arrays(), strict=True)


def test_a_dict_is_encoded_with_its_arrays_only_when_every_key_is_a_str():
    x, y = np.ones(2), np.zeros(3)
    arrays = Arrays()
    assert encode({"W": x, "b": y, "n": 2, "again": x}, arrays, strict=False) == {"W": [0], "b": [1], "n": 2,
                                                                                   "again": [0]}
    assert arrays.items == [x, y]
    arrays = Arrays()
    assert encode({"W": x, 1: y}, arrays, strict=False) == ["f", "dict"] and arrays.items == []
    with pytest.raises(TypeError, match="not plain data"):
        encode({"W": x, 1: y}, Arrays(), strict=True)


def test_a_request_header_is_unmarshalled_by_a_reader_without_a_budget_alone():
    """The grader's requests carry marshal data, read by the child; a Budget's reader (the grader's, reading a
    child) takes JSON alone: marshal is no parser of hostile data."""
    data = wire.request_message({"calls": [["t", [0]], ("import", "m")]}, [np.arange(3.0)])
    [(header, arrays)] = MessageReader().feed(data)
    assert header["calls"] == [["t", [0]], ("import", "m")] and arrays[0].tolist() == [0.0, 1.0, 2.0]
    with pytest.raises(ProtocolError, match="not JSON"):
        MessageReader(wire.Budget(1 << 20)).feed(data)
