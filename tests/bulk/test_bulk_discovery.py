import io
import json
import os
import stat
import zipfile

import pytest

from mlptutor.grader.bulk.discovery import DiscoveryError, discover
from mlptutor.grader.bulk.filelimits import FileLimits
from mlptutor.grader.bulk.notebooks import plain

EXERCISES = {"softmax", "losses", "early_stopping"}


def _zip(path, members: dict[str, bytes], symlinks=()):
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        for name, target in symlinks:
            info = zipfile.ZipInfo(name)
            info.external_attr = (0o120777 << 16)
            archive.writestr(info, target)
    return path


def _notebook(*cells: str) -> str:
    return json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {},
                       "cells": [{"cell_type": "code", "metadata": {}, "source": c, "outputs": [],
                                  "execution_count": None, "id": f"c{i}"} for i, c in enumerate(cells)]
                      + [{"cell_type": "markdown", "metadata": {}, "source": "# not code", "id": "m"}]})


def _by_student(found):
    return {s.student: s for s in found.submissions}


def test_folder_per_student_is_the_main_layout(tmp_path, write):
    write("class/alice/softmax.py", "from helpers import X\ndef softmax(z): return z\n")
    write("class/alice/sub/losses.py", "def mse(a, b): return 0\n")
    write("class/alice/helpers.py", "X = 1\n")
    write("class/alice/__pycache__/softmax.py", "junk")
    write("class/alice/.hidden/losses.py", "junk")
    found = discover(tmp_path / "class", EXERCISES)
    alice = _by_student(found)["alice"]
    assert found.assignment == "class"
    assert set(alice.modules) == {"softmax", "losses", "helpers"}
    assert alice.modules["losses"].startswith("def mse")
    assert alice.problems == [] and found.problems == []


def test_flat_files_group_by_student_and_exercise(tmp_path, write):
    write("class/ann_lee_softmax.py", "A")
    write("class/ann_lee_early_stopping.py", "B")
    write("class/bob.py", "def softmax(z): ...\ndef mse(a, b): ...\n")
    found = discover(tmp_path / "class", EXERCISES)
    students = _by_student(found)
    assert students["ann_lee"].modules == {"softmax": "A", "early_stopping": "B"}
    # one file without exercise names: it serves every exercise
    assert set(students["bob"].modules) == EXERCISES
    assert students["bob"].modules["losses"] == students["bob"].modules["softmax"]


def test_zip_per_student(tmp_path):
    _zip(tmp_path / "class" / "carol.zip", {"carol/softmax.py": b"S", "carol/losses.py": b"L",
                                            "__MACOSX/carol/._softmax.py": b"junk", "carol/data.bin": b"x" * 100})
    carol = _by_student(discover(tmp_path / "class", EXERCISES))["carol"]
    assert carol.modules == {"softmax": "S", "losses": "L"}
    assert carol.origin == "carol.zip"


def test_notebooks_by_name_and_by_marker(tmp_path, write):
    write("class/dan/softmax.ipynb", _notebook("import numpy as np", "%matplotlib inline\ndef softmax(z):\n    return z"))
    write("class/erin/homework.ipynb", _notebook("import numpy as np", "# mlptutor: softmax\ndef softmax(z): return 1",
                                                  "# mlptutor: losses\ndef mse(a, b): return 2"))
    students = _by_student(discover(tmp_path / "class", EXERCISES))
    dan = students["dan"].modules["softmax"]
    assert "# (IPython) %matplotlib inline" in dan and "def softmax" in dan
    erin = students["erin"].modules
    assert set(erin) == {"softmax", "losses"}  # markers: only the marked exercises
    # the cells' names aside (bulk.notebooks.plain: the first cell's stands on a line before it)
    assert plain(erin["softmax"]).startswith("import numpy as np") and "mse" not in erin["softmax"]
    assert "def mse" in erin["losses"] and "def softmax" not in erin["losses"]


def test_nbgrader_course_layout(tmp_path, write):
    write("course/submitted/fay/ps1/softmax.ipynb", _notebook("def softmax(z): return z"))
    write("course/submitted/fay/ps1/timestamp.txt", "2026-01-01")
    write("course/submitted/gus/ps1/losses.py", "L")
    write("course/source/ps1/softmax.ipynb", _notebook("teacher"))
    found = discover(tmp_path / "course", EXERCISES)
    assert found.assignment == "ps1"
    assert set(_by_student(found)) == {"fay", "gus"}
    write("course/submitted/gus/ps2/losses.py", "L")
    with pytest.raises(DiscoveryError, match="--assignment"):
        discover(tmp_path / "course", EXERCISES)
    assert set(_by_student(discover(tmp_path / "course", EXERCISES, assignment="ps2"))) == {"gus"}


def test_bad_items_are_one_line_each_and_do_not_stop_the_rest(tmp_path, write):
    write("class/ok/softmax.py", "fine")
    write("class/latin/softmax.py", "caf\xe9 = 1\n".encode("latin-1"))
    write("class/empty/README.md", "nothing here")
    write("class/twice/softmax.py", "A")
    _zip(tmp_path / "class" / "twice.zip", {"softmax.py": b"B"})
    write("class/corrupt.zip", b"PK\x03\x04 this is not really a zip")
    write("class/brokennb/softmax.ipynb", "{ not json")
    os.symlink("/etc/passwd", tmp_path / "class" / "ok" / "losses.py")
    os.symlink(tmp_path / "class" / "latin" / "gone.py", tmp_path / "class" / "latin" / "losses.py")  # dangling
    os.symlink(tmp_path / "class" / "twice" / "softmax.py", tmp_path / "class" / "ok" / "early_stopping.py")
    write("class/softmax.py", "a student's file at the top")
    found = discover(tmp_path / "class", EXERCISES)
    students = _by_student(found)
    assert set(students) == {"ok", "latin"}
    assert students["ok"].modules == {"softmax": "fine"}
    assert sum("symbolic link out of its submission" in p for p in students["ok"].problems) == 2
    # non-UTF-8 source still goes to the grader (as bytes), with a note
    assert students["latin"].modules["softmax"] == "caf\xe9 = 1\n".encode("latin-1")
    assert any("not UTF-8" in p for p in students["latin"].problems)
    assert any("losses.py: a symbolic link to no file" in p for p in students["latin"].problems)
    problems = "\n".join(found.problems)
    assert all("\n" not in p for p in found.problems)
    for expected in ("twice: several submissions", "corrupt: nothing to grade (corrupt.zip: not a readable zip",
                     "empty: nothing to grade", "brokennb: nothing to grade", "softmax.py: named like an exercise"):
        assert expected in problems


@pytest.mark.timeout(60)  # before open_regular, opening the first FIFO blocked the run for good
def test_fifos_and_huge_timestamps_are_one_line_each_and_block_nothing(tmp_path, write):
    write("class/ok/softmax.py", "fine")
    write("class/pipe/losses.py", "L")
    for fifo in ("class/pipe/softmax.py", "class/piped.zip", "class/flat_softmax.py"):
        os.mkfifo(tmp_path / fifo)
    found = discover(tmp_path / "class", EXERCISES)
    students = _by_student(found)
    assert students["ok"].modules == {"softmax": "fine"} and students["pipe"].modules == {"losses": "L"}
    assert any("pipe/softmax.py: cannot be read (not a regular file)" in p for p in students["pipe"].problems)
    problems = "\n".join(found.problems)
    assert "piped.zip: not a readable zip (not a regular file)" in problems
    assert "flat_softmax.py: cannot be read (not a regular file)" in problems
    write("course/submitted/fay/ps1/losses.py", "L")
    os.mkfifo(tmp_path / "course/submitted/fay/ps1/timestamp.txt")
    write("course/submitted/gus/ps1/losses.py", "L")
    write("course/submitted/gus/ps1/timestamp.txt", "2026-01-01 " + "0" * (4 << 20))  # read up to a bound
    found = discover(tmp_path / "course", EXERCISES)
    fay, gus = found.submissions
    assert fay.problems == ["submitted/fay/ps1/timestamp.txt: not a regular file; submission time unknown"]
    assert all(len(p) < 300 for p in gus.problems)


def test_duplicate_ids_differing_only_in_case(tmp_path, write):
    write("class/Alice/softmax.py", "A")
    write("class/alice_softmax.py", "B")
    found = discover(tmp_path / "class", EXERCISES)
    assert found.submissions == []
    assert sum("several submissions" in p for p in found.problems) == 2


def test_zip_bombs_and_unsafe_members(tmp_path):
    limits = FileLimits(file_bytes=1000, total_bytes=1500, entries=10)
    _zip(tmp_path / "class" / "big.zip", {"softmax.py": b"0" * 5000})  # compresses to a few bytes
    _zip(tmp_path / "class" / "many.zip", {f"f{i}.py": b"x" for i in range(11)})
    _zip(tmp_path / "class" / "sum.zip", {"softmax.py": b"1" * 900, "losses.py": b"2" * 900})
    _zip(tmp_path / "class" / "sly.zip", {"../../etc/losses.py": b"evil", "softmax.py": b"ok"},
         symlinks=[("early_stopping.py", "/etc/passwd")])
    found = discover(tmp_path / "class", EXERCISES, limits=limits)
    problems = "\n".join(found.problems)
    assert "big: nothing to grade (big.zip: softmax.py is larger than 1000 bytes" in problems
    assert "many: nothing to grade (many.zip: 11 entries" in problems
    assert "sum: nothing to grade (sum.zip: more than 1500 bytes" in problems
    sly = _by_student(found)["sly"]
    assert sly.modules == {"softmax": "ok"}
    assert any("leaves the archive" in p for p in sly.problems) and any("symbolic link" in p for p in sly.problems)


def test_a_zip_holding_a_file_twice_is_refused(tmp_path):
    # the grader read the last copy, unnoticed, where an instructor's unzip may show the first
    (tmp_path / "class").mkdir()
    with zipfile.ZipFile(tmp_path / "class" / "dup.zip", "w") as z:
        z.writestr("softmax.py", "A = 1\n")
        z.writestr("losses.py", "L = 1\n")
        z.writestr("sub\\softmax.py", "C = 3\n")
        z.writestr("sub/softmax.py", "B = 2\n")
    found = discover(tmp_path / "class", EXERCISES)
    assert found.submissions == []
    assert found.problems == ["dup: nothing to grade (dup.zip: sub/softmax.py is in the archive twice; "
                              "ask for a zip holding each file once)"]


def test_empty_or_missing_folder(tmp_path):
    (tmp_path / "class").mkdir()
    found = discover(tmp_path / "class", EXERCISES)
    assert found.submissions == [] and found.problems == []
    with pytest.raises(DiscoveryError, match="not a folder"):
        discover(tmp_path / "nope", EXERCISES)


def test_encrypted_zip_is_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("softmax.py", b"x")
    data = bytearray(buffer.getvalue())
    data[6] |= 1  # general purpose flag bit 0: encrypted (local header)
    central = data.rfind(b"PK\x01\x02")
    data[central + 8] |= 1  # and in the central directory
    (tmp_path / "class").mkdir()
    (tmp_path / "class" / "enc.zip").write_bytes(bytes(data))
    problems = "\n".join(discover(tmp_path / "class", EXERCISES).problems)
    assert "enc: nothing to grade (enc.zip: cannot be read" in problems


def test_read_file_reads_what_one_read_of_the_limit_would(tmp_path, monkeypatch):
    """The read asks for the size found; a file at the limit is whole, and one that grew after its
    size was taken is read on up to the limit + 1 bytes, as a single read of the limit gives."""
    import mlptutor.grader.bulk.folders as folders

    limits = FileLimits(file_bytes=1000)
    path = tmp_path / "a.py"
    path.write_bytes(b"x" * 1000)
    assert folders.read_file(path, tmp_path, "a.py", limits, []) == b"x" * 1000
    path.write_bytes(b"y" * 5000)
    real_fstat = os.fstat
    monkeypatch.setattr(folders.os, "fstat", lambda fd: os.stat_result((stat.S_IFREG,) + (0,) * 5 + (10,) + (0,) * 3)
                        if fd > 2 else real_fstat(fd))  # a regular file of 10 bytes when looked at
    with open(path, "rb") as handle:
        expected = handle.read(limits.file_bytes + 1)
    assert folders.read_file(path, tmp_path, "a.py", limits, []) == expected == b"y" * 1001


def test_a_flat_file_ending_in_no_exercise_of_the_run_is_its_students_helper(tmp_path, write):
    """zed_utils.py was a phantom student 'zed_utils' scoring 0; under --exercises softmax, ann_lee_losses.py a
    phantom 'ann_lee_losses': each is a file of the student its name begins with, never a student of its own."""
    write("class/zed_softmax.py", "from utils import norm\n")
    write("class/zed_utils.py", "def norm(x): return x\n")
    write("class/ann_lee_softmax.py", "A")
    write("class/ann_lee_losses.py", "B")
    write("class/ann_softmax.py", "C")
    found = discover(tmp_path / "class", {"softmax"})
    students = _by_student(found)
    assert set(students) == {"zed", "ann_lee", "ann"}
    assert students["zed"].modules == {"softmax": "from utils import norm\n", "utils": "def norm(x): return x\n"}
    assert students["ann_lee"].modules == {"softmax": "A"}  # losses is not graded in this run, as in a folder
    # each said in one line; ann_lee_losses begins with two students' ids: the longer is taken
    assert found.problems == [
        "ann_lee_losses.py: defines none of the exercises' functions; taken as ann_lee's losses.py, a helper module "
        "(could be ann_lee or ann's: the longest id it begins with)",
        "zed_utils.py: defines none of the exercises' functions; taken as zed's utils.py, a helper module"]


def test_a_flat_file_defining_an_exercise_function_stays_a_student_when_its_name_begins_with_another(tmp_path, write):
    """CLASS/<student>.py holding several exercises is a documented layout: with no roster, ann_lee.py was a helper
    'lee' of ann (who sent ann_softmax.py), and ann_lee's work vanished without a problem line."""
    write("class/ann_softmax.py", "def softmax(z): return z\n")
    write("class/ann_lee.py", "import numpy as np\n\ndef softmax(z):\n    return np.exp(z)\n")
    write("class/bob.py", "def softmax(z): return z\n")
    found = discover(tmp_path / "class", {"softmax"})
    students = _by_student(found)
    assert set(students) == {"ann", "ann_lee", "bob"}
    assert "def softmax(z):\n    return np.exp(z)" in students["ann_lee"].modules["softmax"]
    assert found.problems == []
