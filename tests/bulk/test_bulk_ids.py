"""One rule for student ids (mlptutor.roster.id_problem) in the roster and in every layout of a class
folder: e-mail-like ids are graded and match their roster rows; an id with a space (or any other bad id)
is one line naming it, wherever it comes from, never a silently dropped submission or row."""

import json
import zipfile

import pytest

from mlptutor.grader.bulk.discovery import discover
from mlptutor.roster import id_problem, read_roster

EXERCISES = {"softmax", "losses"}
NOTEBOOK = json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {},
                       "cells": [{"cell_type": "code", "metadata": {}, "source": "x = 1", "outputs": [],
                                  "execution_count": None, "id": "c0"}]})


def _layouts(root, student):
    """The same student's submission in each layout: folder, zip, flat file, flat notebook."""
    (root / "folder" / student).mkdir(parents=True)
    (root / "folder" / student / "softmax.py").write_text("x = 1")
    (root / "zip").mkdir()
    with zipfile.ZipFile(root / "zip" / f"{student}.zip", "w") as archive:
        archive.writestr("softmax.py", "x = 1")
    (root / "flat").mkdir()
    (root / "flat" / f"{student}_softmax.py").write_text("x = 1")
    (root / "notebook").mkdir()
    (root / "notebook" / f"{student}.ipynb").write_text(NOTEBOOK)
    (root / "nbgrader" / "submitted" / student / "ps1").mkdir(parents=True)
    (root / "nbgrader" / "submitted" / student / "ps1" / "softmax.py").write_text("x = 1")
    return ["folder", "zip", "flat", "notebook", "nbgrader"]


@pytest.mark.parametrize("student", ["ann.lee+hw1@uni.edu", "B_2-x", "s102"])
def test_an_email_like_id_is_graded_in_every_layout_and_matches_the_roster(tmp_path, student):
    assert id_problem(student) is None
    roster = tmp_path / "roster.csv"
    roster.write_text(f"id,name\n{student},Ann\n")
    listed = read_roster(roster)
    assert listed.problems == [] and [s.id for s in listed.students] == [student]
    for layout in _layouts(tmp_path, student):
        found = discover(tmp_path / layout, EXERCISES)
        assert [s.student for s in found.submissions] == [student] and found.problems == [], layout
        assert listed.compare([s.student for s in found.submissions]) == []


@pytest.mark.parametrize("student", ["ann lee", "zoë", "-rf", "x" * 101])
def test_a_bad_id_is_one_line_in_the_roster_and_in_every_layout(tmp_path, student):
    problem = id_problem(student)
    assert problem and repr(student) in problem
    if " " in student:
        assert "holds a space" in problem
    roster = tmp_path / "roster.csv"
    roster.write_text(f'id,name\n"{student}",Ann\n')
    listed = read_roster(roster)
    assert listed.students == [] and listed.problems == [f"{roster} row 2: id {problem}"]
    for layout in _layouts(tmp_path, student):
        found = discover(tmp_path / layout, EXERCISES, assignment="ps1" if layout == "nbgrader" else None)
        assert found.submissions == [], layout
        assert len(found.problems) == 1 and problem in found.problems[0], (layout, found.problems)


def test_an_id_windows_keeps_for_a_device_names_files_a_windows_ta_can_unzip(tmp_path):
    """The ids nul, COM1 and aux.txt named feedback/nul.md, gradescope/COM1/ and feedback/aux.txt.html: names
    Windows keeps for devices, so the instructor's zip of OUT could not be unpacked there. They are "_" + the id
    (no id begins with "_"); other ids keep their own name."""
    from mlptutor.grader.bulk.outputs import OutputFolder
    from tests.bulk.bulk_fakes import fake_grade

    folder = OutputFolder(tmp_path)
    students = ["nul", "COM1", "aux.txt", "nullable", "con-1"]
    for student in students:
        assert id_problem(student) is None
        folder.write_student(fake_grade(student, {"softmax": "CORRECT"}))
        assert folder.has_student(student)
    assert sorted(p.name for p in (tmp_path / "feedback").iterdir()) == sorted(
        f"{name}{suffix}" for name in ["_nul", "_COM1", "_aux.txt", "nullable", "con-1"] for suffix in (".md", ".html"))
    assert sorted(p.name for p in (tmp_path / "gradescope").iterdir()) == ["_COM1", "_aux.txt", "_nul", "con-1", "nullable"]
