"""Attacks of the ninth round on grading a class: a Gradescope submission learns its hidden inputs from what
it printed and hands their answers back in the next; a zip's central directory is what it claims to be."""

import base64
import json
import re
import struct
import tracemalloc
import zipfile
import zlib

import numpy as np
import pytest

from mlptutor.grader import gradescope
from mlptutor.grader.bulk.discovery import discover
from mlptutor.grader.bulk.zips import ZipRefused, read_zip
from mlptutor.reference import softmax as reference

# prints every input softmax() gets, exactly (dtype, shape, bytes); Gradescope shows a submission's output at once
SPY = """import numpy as np, base64
def softmax(Z):
    a = np.asarray(Z)
    print("I", a.dtype.str, a.shape, base64.b64encode(a.tobytes()).decode())
    return np.zeros_like(a)
"""


def _graded(tmp_path, name: str, submission: str) -> dict:
    root = tmp_path / name
    (root / "source").mkdir(parents=True)
    (root / "source" / "config.json").write_text(json.dumps({"exercises": ["softmax"], "visibility": "visible"}))
    (root / "submission").mkdir()
    (root / "submission" / "softmax.py").write_text(submission)
    (root / "submission_metadata.json").write_text(json.dumps({"users": [{"id": "4242"}]}))
    return gradescope.grade(root)


def _seen(results: dict) -> dict[str, np.ndarray]:
    return {b: np.frombuffer(base64.b64decode(b), dtype=dt).reshape(eval(shape))
            for dt, shape, b in re.findall(r"^I (\S+) (\([^)]*\)) (\S+)$", results["output"], re.M)}


def _row(results: dict, name: str) -> dict:
    return next(t for t in results["tests"] if t["name"] == name)


def test_a_gradescope_submission_cannot_answer_the_hidden_inputs_its_last_one_printed(tmp_path):
    seen = _seen(_graded(tmp_path, "first", SPY))
    assert len(seen) >= 5  # the attack's first half works: the inputs are printed and shown
    table = {key: reference.softmax(a).astype(a.dtype).tolist() for key, a in seen.items()}  # answers found offline
    cheat = f"""import numpy as np, base64
T = {table!r}
def softmax(Z):
    a = np.asarray(Z)
    k = base64.b64encode(a.tobytes()).decode()
    return np.asarray(T[k], dtype=a.dtype) if k in T else np.zeros_like(a)
"""
    row = _row(_graded(tmp_path, "second", cheat), "softmax.softmax")
    # before: 4.5 of 4.5; now the hidden inputs are new, only the fixed cases every student has are in the table,
    # and those count once a hidden input is right (0.8 of 4.5 before that)
    assert row["score"] == 0, row
    assert "FAILED value" in row["output"] and "on a hidden input" in row["output"], row["output"]


def test_the_same_gradescope_submission_gets_the_same_hidden_inputs_and_another_gets_new_ones(tmp_path):
    first, again = _seen(_graded(tmp_path, "first", SPY)), _seen(_graded(tmp_path, "again", SPY))
    other = _seen(_graded(tmp_path, "other", SPY + "# the next submission\n"))
    assert first.keys() == again.keys()
    shared = first.keys() & other.keys()  # the fixed cases, the same for every student
    assert len(shared) < len(first) and len(other) == len(first)


# --- a zip's central directory: refused from its end record, before zipfile parses it ------------------------


def _directory_bomb(path, entries: int, claimed: int) -> None:
    """A zip of one tiny file whose central directory lists it `entries` times; the end record claims `claimed`."""
    name, data = b"a.py", b"x"
    crc = zlib.crc32(data)
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 0, 0, 0, crc, 1, 1, len(name), 0) + name + data
    record = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, crc, 1, 1, len(name), 0, 0, 0, 0, 0,
                         0) + name
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, claimed, claimed, len(record) * entries, len(local), 0)
    path.write_bytes(local + record * entries + end)


@pytest.mark.parametrize("claimed", [0xFFFF, 3], ids=["counted", "lying"])
def test_a_zip_of_a_million_entries_is_refused_in_one_line_without_parsing_its_directory(tmp_path, claimed):
    bomb = tmp_path / "class" / "mallory.zip"
    bomb.parent.mkdir()
    _directory_bomb(bomb, 1_000_000, claimed)
    assert len(zipfile.ZipFile(bomb).infolist()) == 1_000_000  # what zipfile makes of it: 480 MB of ZipInfo
    tracemalloc.start()
    try:
        with pytest.raises(ZipRefused, match="zip bomb") as refused:
            read_zip(bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "\n" not in str(refused.value) and peak < 4 << 20, (str(refused.value), peak)
    found = discover(tmp_path / "class", ["softmax"])
    assert (found.submissions, found.problems) == ([], [f"mallory: nothing to grade (mallory.zip: {refused.value})"])


def test_a_zip_within_the_limits_is_still_read(tmp_path):
    with zipfile.ZipFile(tmp_path / "ok.zip", "w") as archive:
        for i in range(499):
            archive.writestr(f"deep/folder/name/of/some/length/notes_{i:03}.txt", "x")
        archive.writestr("hw/softmax.py", "def softmax(Z): return Z\n")
    files, problems = read_zip(tmp_path / "ok.zip")
    assert files == {"hw/softmax.py": b"def softmax(Z): return Z\n"} and problems == []
