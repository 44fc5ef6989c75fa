"""Attacks on the class folder (eighth round): what an nbgrader course's submitted/ folder holds is the
students' as much as their files are, so a link there reads nothing outside the course."""

import os

from mlptutor.grader.bulk.discovery import discover

EXERCISES = {"softmax", "losses"}
SECRET = "s3cret-of-the-grader 2026-01-01\n"


def test_an_nbgrader_student_folder_linked_out_of_the_course_is_not_read(tmp_path, write):
    write("elsewhere/ps1/softmax.py", "def softmax(z):\n    return 'not from the course'\n")
    write("course/submitted/fay/ps1/softmax.py", "def softmax(z):\n    return z\n")
    os.symlink(tmp_path / "elsewhere", tmp_path / "course" / "submitted" / "mallory")
    found = discover(tmp_path / "course", EXERCISES)
    assert [s.student for s in found.submissions] == ["fay"]
    assert any(p.startswith("submitted/mallory") and "symbolic link" in p for p in found.problems), found.problems


def test_a_timestamp_linked_to_another_file_shows_none_of_its_text(tmp_path, write):
    secret = write("grader-only/secret.txt", SECRET)
    write("course/submitted/fay/ps1/softmax.py", "def softmax(z):\n    return z\n")
    os.symlink(secret, tmp_path / "course" / "submitted" / "fay" / "ps1" / "timestamp.txt")
    (fay,) = discover(tmp_path / "course", EXERCISES).submissions
    assert fay.submitted_at is None
    assert not any("s3cret" in p for p in fay.problems), fay.problems  # the notes reach the student's feedback
    assert any("timestamp.txt" in p and "symbolic link" in p for p in fay.problems), fay.problems
