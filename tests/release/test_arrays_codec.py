"""The release's arrays file: a few flat buffers and a table; decoded plans equal the recorded ones; a damaged
or hostile file is one line (BadArrays), never a traceback."""

import dataclasses
import io
import json
import zipfile

import numpy as np
import pytest

from mlptutor.grader.release.student import codec


@pytest.fixture(scope="module")
def recorded(released):
    """(the checks.json document, the arrays as the encoder held them in memory, the file's bytes)."""
    bundle, held = released
    public = bundle / "mlptutor_student" / "public"
    return json.loads((public / "checks.json").read_text(encoding="utf-8")), held, (public / "arrays.npz").read_bytes()


def _leaves(value, out):
    """Every leaf of a decoded value, in order: arrays and numpy scalars as (type, dtype, shape, bytes)."""
    if isinstance(value, (np.ndarray, np.generic)):
        layout = isinstance(value, np.ndarray) and (value.flags.c_contiguous, value.flags.f_contiguous)
        out.append((type(value), value.dtype.str, np.shape(value), layout, np.ascontiguousarray(value).tobytes()))
    elif isinstance(value, (list, tuple)):
        out.append(type(value))
        for v in value:
            _leaves(v, out)
    elif isinstance(value, dict):
        out.append(dict)
        for k, v in value.items():
            _leaves(k, out)
            _leaves(v, out)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        out.append(type(value))
        for f in dataclasses.fields(value):
            _leaves(getattr(value, f.name), out)
    elif hasattr(value, "__dict__") and not callable(value):
        out.append(type(value))
        for v in vars(value).values():
            _leaves(v, out)
    else:
        out.append(value if callable(value) else (type(value), repr(value)))
    return out


def _everything(document):
    replays = [e["replay"] for e in document["checks"] if "replay" in e]
    return [replays, document["mistakes"], document["references"]]


def test_the_file_is_a_few_large_arrays(recorded):
    document, held, data = recorded
    assert len(held) > 1000
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        assert len(npz.files) < 12


def test_decoded_plans_equal_the_recorded_values_array_by_array(recorded):
    document, held, data = recorded
    loaded = codec.load_arrays(data)
    assert len(loaded) == len(held)
    for i, array in enumerate(held):
        back = loaded[i]
        assert (back.dtype, back.shape) == (array.dtype, array.shape) and back.tobytes() == array.tobytes(), i
        fortran = [a.flags.f_contiguous and not a.flags.c_contiguous for a in (back, array)]
        assert fortran[0] == fortran[1], i  # laid out as np.save would have
    # the whole plans, decoded from the file and from the values in memory (the old in-memory path)
    mine, theirs = codec.Decoder(loaded), codec.Decoder(held)
    assert _leaves(mine.decode(json.loads(json.dumps(_everything(document)))), []) == \
        _leaves(theirs.decode(_everything(document)), [])


def test_decoded_arrays_are_copies_the_checks_may_change(recorded):
    document, held, data = recorded
    loaded = codec.load_arrays(data)
    i = next(i for i, a in enumerate(held) if a.ndim and a.size)
    copy = codec.Decoder(loaded).decode({"$": "array", "at": i})
    before = loaded[i].tobytes()
    copy.ravel()[0] = 1 - copy.ravel()[0]
    assert loaded[i].tobytes() == before == held[i].tobytes() != copy.tobytes()
    with pytest.raises(ValueError):
        loaded[i].ravel()[0] = 0  # the buffers are read-only


def _npz(**members) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **members)
    return buffer.getvalue()


GOOD = dict(dtypes=np.array(["<f8"]), table=np.array([[0, 0, 6, 0, 2, 0]], np.int64), shapes=np.array([2, 3], np.int64),
            data0=np.arange(6.0))


@pytest.mark.parametrize("data, says", [
    (b"not a zip at all", "cannot be read"),
    (_npz(**GOOD)[:200], "cannot be read"),
    (_npz(a=np.arange(3)), "lacks its table"),
    (_npz(**{**GOOD, "table": np.array([[0, 0, 6, 0, 2]], np.int64)}), "malformed table"),
    (_npz(**{**GOOD, "table": np.array([[0, 1, 6, 0, 2, 0]], np.int64)}), "outside its buffers"),
    (_npz(**{**GOOD, "table": np.array([[1, 0, 6, 0, 2, 0]], np.int64)}), "outside its buffers"),
    (_npz(**{**GOOD, "table": np.array([[0, 0, -1, 0, 0, 0]], np.int64)}), "outside its buffers"),
    (_npz(**{**GOOD, "table": np.array([[0, 0, 6, 1, 2, 0]], np.int64)}), "outside its buffers"),
    (_npz(**{**GOOD, "table": np.array([[0, 0, 6, 0, 2, 7]], np.int64)}), "outside its buffers"),
    (_npz(**{**GOOD, "shapes": np.array([2, 2], np.int64)}), "does not match its size"),
    (_npz(**{**GOOD, "shapes": np.array([-2, -3], np.int64)}), "outside its buffers"),
    (_npz(**{**GOOD, "dtypes": np.array(["<i8"])}), "no flat buffer"),
    (_npz(**{**GOOD, "table": np.array([[0, 0, 0, 0, 2, 0]], np.int64), "shapes": np.array([0, 2**62], np.int64)}),
     "outside its buffers"),
    (_npz(**{**GOOD, "dtypes": np.array(["nonsense"])}), "no flat buffer"),
    (_npz(**{**GOOD, "dtypes": np.array(["|V8"]), "data0": np.zeros(6, "V8")}), "no flat buffer"),
    (_npz(**{k: v for k, v in GOOD.items() if k != "data0"}), "no flat buffer"),
])
def test_a_damaged_or_hostile_file_is_one_line(data, says):
    with pytest.raises(codec.BadArrays) as raised:
        codec.load_arrays(data)
    assert says in str(raised.value) and "download it again" in str(raised.value) and "\n" not in str(raised.value)


def test_a_pickled_member_is_refused_not_unpickled():
    buffer = io.BytesIO()
    np.savez(buffer, **{**GOOD, "data0": np.array([print], dtype=object)})
    with pytest.raises(codec.BadArrays, match="cannot be read"):
        codec.load_arrays(buffer.getvalue())


def test_an_index_the_table_lacks_is_one_line():
    loaded = codec.load_arrays(_npz(**GOOD))
    assert loaded[0].tolist() == [[0, 1, 2], [3, 4, 5]]
    with pytest.raises(codec.BadArrays, match="no array 1"):
        loaded[1]


def test_a_good_file_round_trips_every_kind_of_value():
    values = [np.arange(6.0).reshape(2, 3), np.float32(2.5), np.zeros((0, 3), np.int64), np.array(["ab", "c"]),
              np.bool_(True), np.array(3), np.asfortranarray(np.arange(6).reshape(2, 3)),
              np.arange(6).reshape(2, 3)[:, ::2]]
    encoder = codec.Encoder()
    data = encoder.encode(values)
    back = codec.Decoder(codec.load_arrays(codec.save_arrays(encoder.arrays))).decode(json.loads(json.dumps(data)))
    assert _leaves(back, []) == _leaves([np.array(v) if isinstance(v, np.ndarray) else v for v in values], [])
    with pytest.raises(TypeError, match="cannot be released"):
        codec.Encoder().encode(np.array([None]))
    assert zipfile.is_zipfile(io.BytesIO(codec.save_arrays(encoder.arrays)))
    assert len(codec.load_arrays(codec.save_arrays([]))) == 0


def test_the_checker_with_a_damaged_arrays_file_says_so_in_one_line(bundle, tmp_path):
    import os
    import shutil
    import subprocess
    import sys

    from .conftest import BLOCKED

    copy = tmp_path / "bundle"
    shutil.copytree(bundle, copy)
    arrays = copy / "mlptutor_student" / "public" / "arrays.npz"
    arrays.write_bytes(arrays.read_bytes()[:1000])
    (tmp_path / "work").mkdir()
    done = subprocess.run([sys.executable, "-c", BLOCKED, "check", str(tmp_path / "work")], cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(copy), "NO_COLOR": "1"},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("mlptutor-student check: arrays.npz cannot be read") and done.stderr.count("\n") == 1
