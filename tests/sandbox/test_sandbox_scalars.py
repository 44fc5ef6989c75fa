"""Numpy scalars on the wire: each crosses tagged with its dtype and comes back as exactly that numpy type,
so the grader tells np.float32 from np.float64 from float; anything forged in their place is a ProtocolError."""

import numpy as np
import pytest

from mlptutor.grader.sandbox import Call
from mlptutor.grader.sandbox.wire import Arrays, Foreign, MessageReader, ProtocolError, decode, encode, message, numpy
from tests.sandbox.conftest import run_one

# every dtype that crosses as a tagged scalar, with the numbers at its edges
EDGES = {
    np.bool_: (False, True),
    np.int8: (-128, 127), np.int16: (-2**15, 2**15 - 1), np.int32: (-2**31, 2**31 - 1),
    np.int64: (-2**63, 2**63 - 1), np.longlong: (-2**63, 2**63 - 1),
    np.uint8: (0, 255), np.uint16: (0, 2**16 - 1), np.uint32: (0, 2**32 - 1), np.uint64: (0, 2**64 - 1),
    np.float16: (-65504.0, 6e-8, -0.0), np.float32: (float(np.finfo(np.float32).max), 1e-45, 0.1),
    np.float64: (float(np.finfo(np.float64).max), 5e-324, -0.0),
}


def roundtrip(value, strict=False):
    """Through a whole message, as the child's results (strict=False) or the grader's arguments travel."""
    numpy()  # the wire's tables of numpy types, as the child and the grader fill them before any value (run alone,
    # this file's first test found them empty)
    arrays = Arrays()
    tree = encode(value, arrays, strict=strict)
    [(header, got)] = MessageReader().feed(message({"value": tree}, arrays.items))
    return decode(header["value"], got)


@pytest.mark.parametrize("kind", EDGES, ids=lambda kind: kind.__name__)
def test_every_scalar_dtype_comes_back_as_itself(kind):
    for number in EDGES[kind]:
        for strict in (False, True):
            [back] = roundtrip([kind(number)], strict)
            # exactly that dtype (np.longlong, another name of int64's dtype, comes back as np.int64)
            assert type(back) is np.dtype(np.dtype(kind).str).type and back.tobytes() == kind(number).tobytes()


def test_non_finite_floats_keep_their_dtype():
    back = roundtrip((np.float32("nan"), np.float32("-inf"), np.float16("inf"), np.float64("nan")))
    assert [type(b) for b in back] == [np.float32, np.float32, np.float16, np.float64]
    assert np.isnan(back[0]) and back[1] == -np.inf and back[2] == np.inf and np.isnan(back[3])


def test_float32_is_told_from_float64_and_float_inside_containers():
    back = roundtrip({"a": [np.float32(0.5), np.float64(0.5), 0.5], "n": (np.int64(3), 3, np.bool_(True), True)})
    assert [type(v) for v in back["a"]] == [np.float32, np.float64, float]
    assert [type(v) for v in back["n"]] == [np.int64, int, np.bool_, bool]


def test_scalars_outside_the_table_are_foreign_or_refused():
    class Mine(np.float64):  # a student's subclass: not plain data
        pass

    values = [Mine(1.0), np.longdouble(1.0), np.complex128(1j), np.str_("s"), np.datetime64("2020-01-01")]
    assert roundtrip(values) == [Foreign("Mine"), Foreign("longdouble"), Foreign("complex128"), Foreign("str_"),
                                 Foreign("datetime64")]
    with pytest.raises(TypeError, match="not plain data"):
        encode(np.longdouble(1.0), Arrays(), strict=True)


@pytest.mark.parametrize("tree", [
    ["s", "<f16", 1.0],  # longdouble: never sent
    ["s", "<c8", 1.0], ["s", "|O", 1], ["s", "<U1", "a"], ["s", "float32", 1.0], ["s", ">f4", 1.0],
    ["s", 4, 1.0], ["s", ["<f4"], 1.0], ["s", "<f4"], ["s", "<f4", 1.0, 2.0],
    ["s", "<f4", 1], ["s", "<f4", "1.0"], ["s", "<f4", None], ["s", "<f8", True],  # not a float
    ["s", "<i8", 1.0], ["s", "<i8", True], ["s", "|b1", 1], ["s", "|u1", "1"],  # not of the dtype's kind
    ["s", "<i8", 2**63], ["s", "|i1", -129], ["s", "|u1", -1], ["s", "<u8", 2**64],  # out of range
    ["s", "<f4", 1e39], ["s", "<f2", -70000.0],  # finite beyond the float's range: it would overflow to inf
], ids=repr)
def test_forged_scalars_are_rejected(tree):
    with pytest.raises(ProtocolError, match="bad numpy scalar|bad value tag"):
        decode(tree, [])
    with pytest.raises(ProtocolError):
        decode(["l", 0.5, tree], [])


def test_student_scalars_cross_the_sandbox_with_their_dtype(bwrap):
    source = ("import numpy as np\n"
              "def f():\n"
              "    return np.float32(0.1), np.float64(0.1), np.int64(7), np.uint8(255), np.bool_(False), 0.1\n")
    outcome, _ = run_one(bwrap, source)
    assert outcome.status == "ok", outcome.error
    assert [type(v) for v in outcome.value] == [np.float32, np.float64, np.int64, np.uint8, np.bool_, float]
    assert outcome.value[0] == np.float32(0.1) and outcome.value[1] == 0.1 and outcome.value[3] == 255


def test_a_numpy_scalar_argument_arrives_as_itself_and_replacing_it_is_a_change(bwrap):
    source = ("import numpy as np\n"
              "def kinds(items):\n"
              "    return [type(v).__name__ for v in items]\n"
              "def replace(items):\n"
              "    items[0] = np.float64(items[0])\n"  # same number, another dtype
              "    return 0.0\n")
    args = ([np.float32(0.5), np.int64(2)],)
    result = bwrap.run({"m": source}, [Call("k", "m", "kinds", args), Call("r", "m", "replace", args)])
    assert result.outcomes["k"].value == ["float32", "int64"] and result.outcomes["k"].changed == ()
    assert result.outcomes["r"].changed == (0,)


def test_container_subclasses_in_results_come_back_as_the_plain_containers_their_storage_holds():
    """A namedtuple cache, an OrderedDict or a defaultdict of gradients is the tuple or dict the docstring asks for:
    read through the base type's methods, never the subclass's (a rigged __iter__ or items is not called); a
    plain dict with other keys than str stays Foreign; as an argument, a subclass is still refused."""
    import collections

    class Rigged(tuple):
        def __iter__(self):
            return iter((0, 0))

    class RiggedDict(dict):
        def items(self):
            return [("W", 0.0)]

    cache = collections.namedtuple("Cache", "A W b")(np.ones(2), 2.0, None)
    back = roundtrip([cache, collections.OrderedDict(W=np.zeros(1)), collections.defaultdict(float, b=1.0),
                      Rigged((5,)), RiggedDict(W=2.0), [collections.UserList([1])], {1.5: 2.0}])
    assert type(back[0]) is tuple and back[0][1:] == (2.0, None) and np.array_equal(back[0][0], np.ones(2))
    assert type(back[1]) is dict and list(back[1]) == ["W"] and type(back[2]) is dict and back[2] == {"b": 1.0}
    assert back[3:6] == [(5,), {"W": 2.0}, [Foreign("UserList")]] and back[6] == Foreign("dict")
    with pytest.raises(TypeError, match="not plain data"):
        encode(cache, Arrays(), strict=True)
