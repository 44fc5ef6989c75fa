"""What an autograded test cell of a released nbgrader notebook runs: mlptutor's sandboxed grader on
the student's code, one function's points as the cell's value (nbgrader's partial credit).

nbgrader autograde runs a notebook in the course's `autograded/<student>/<assignment>/`: there the student id is taken
from the working folder, and the code graded is that student's submitted notebooks as `mlptutor grade` reads them
(course_submission), with the same hidden inputs, whatever order the kernel ran the cells in. Elsewhere (a student or
instructor validating) the id is STUDENT, the key the code's, and the code is what the kernel ran before the test cell
(IPython's `In`), as it is in a course's folder too where the kernel runs the student bundle's copy of this module: the
notebook's solution cells and any cell the student added, without the test cells themselves (they carry TEST_MARK) and
the instructor's autograder test cells (known by their text, from the notebooks: instructor_tests), as `mlptutor grade`
reads a notebook; IPython's rewritten magics (`get_ipython()...` lines) become comments, as `mlptutor grade` comments
out `%magic` lines; the student's modules in the working folder that the code imports (utils.py, `%run helpers.py`) are
shipped with it, as `mlptutor grade` ships a submission's (bulk.sources.submission_helpers). An exercise is graded once
per kernel and source (the notebook's test cells share the report). Nothing is written to stderr while grading: nbgrader
gives 0 to a test cell that writes there. The check lines of the function are printed, so the feedback says why.
"""

from __future__ import annotations

import hashlib
import importlib.util
import math
import os
from collections.abc import Collection
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from mlptutor.grader.bulk.ipython_script import python_history_cell
from mlptutor.grader.bulk.notebooks import joined
from mlptutor.grader.nbgrader.cells import TEST_MARK, autograder_tests, test_text

STUDENT = "nbgrader"  # seeds the hidden inputs outside an nbgrader course's student folders
COURSE_STEPS = ("submitted", "autograded")
_reports: dict[tuple[str, str], object] = {}


def student_source(history: list[str], tests: Collection[str] = ()) -> str:
    """The code the kernel ran, test cells left out (mlptutor's, and the instructor's whose test_text is in `tests`)
    and magics commented out, in order, cell by cell (a cell that raised in nbgrader's kernel does not stop the others
    here either), each named by its execution count, the `In [4]` Jupyter shows beside it (its place in the notebook
    is not the kernel's to know)."""
    cells = [(f"In [{count}]", cell) for count, cell in enumerate(history)
             if cell.strip() and TEST_MARK not in cell and (not tests or test_text(cell) not in tests)]
    return joined([python_history_cell(cell) for _, cell in cells], [name for name, _ in cells])


def in_course(folder: Path) -> bool:
    """Whether `folder` is a student's assignment folder of an nbgrader course (.../submitted/<student>/<assignment>,
    or autograded/)."""
    return len(folder.parts) >= 3 and folder.parts[-3] in COURSE_STEPS


def notebook_student_id(folder: Path) -> str:
    """The student whose submission nbgrader runs in `folder` (.../submitted/<student>/<assignment>)."""
    return folder.parts[-2] if in_course(folder) else STUDENT


@contextmanager
def _quiet_stderr():
    """File descriptor 2 to /dev/null for the block (the sandbox's processes inherit it)."""
    saved = os.dup(2)
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(null)


def _with_helpers(sources: dict[str, str], exercises) -> dict:
    """`sources` and the student's modules in the working folder they import (bulk.sources.submission_helpers)."""
    from mlptutor.grader.bulk.folders import read_folder
    from mlptutor.grader.bulk.sources import submission_helpers

    return sources | submission_helpers(sources, read_folder(Path.cwd())[0], exercises)


def in_bundle() -> bool:
    """Whether this is the student bundle's copy of this module (its mlptutor carries no reference), not whether
    mlptutor_student was imported: a grader's environment where the bundle was installed too (a TA trying it) graded
    autograde's history by the public checks (a notebook with its answer below the test cells: 0 of 17.5, and 17.5
    in `mlptutor grade`)."""
    return importlib.util.find_spec("mlptutor.reference") is None


def _report(exercise: str, history: list[str]):
    """The report of `exercise`: in a course's student folder (autograde) of the submitted notebooks
    (course_submission), else, or where the kernel holds the student bundle, of the kernel's history
    (student_source)."""
    folder, bundle = Path.cwd(), in_bundle()
    student = notebook_student_id(folder)
    course = in_course(folder) and not bundle
    sources, origins = course_submission(student, folder) if course else (
        {exercise: student_source(history, instructor_tests(folder))}, {})
    key = (exercise, hashlib.sha256(repr(sorted(sources.items())).encode()).hexdigest())
    if key not in _reports:
        from mlptutor.grader.bulk.engine import inputs_key
        from mlptutor.grader.feedback.places import handed_in
        from mlptutor.grader.pipeline import Grader
        from mlptutor.grader.sandbox import Sandbox

        with _quiet_stderr(), Sandbox(level="auto") as sandbox:
            if bundle:  # the test cell found the student bundle: its public checks, as `mlptutor-student check`
                from mlptutor_student.replay import load_recorded

                release = load_recorded()
                _reports[key] = Grader(sandbox, specs=release.specs).grade(
                    _with_helpers(sources, release.specs), student=release.student, only=[exercise])
            else:  # the code's own inputs, as `mlptutor grade`'s: a resubmission after released feedback gets new ones
                from mlptutor.grader.specs import exercise_names  # not the student bundle's stand-in: the instructor's

                sources = sources if course else _with_helpers(sources, exercise_names())
                _reports[key] = handed_in(Grader(sandbox).grade(sources, student=student, only=[exercise],
                                                                inputs=inputs_key(student, sources)), origins)
    return _reports[key]


@cache  # the course's notebooks, which autograde does not change: read once per kernel, not per cell
def instructor_tests(folder: Path) -> frozenset[str]:
    """test_text of the instructor's autograder test cells (nbgrader.cells.autograder_tests) of the notebooks in
    `folder`, and in a course's student folder of its assignment's source/ (hidden tests as autograde puts them back)
    and release/ notebooks: there only a kernel holding the student bundle grades its history (_report). Those cells ran
    in the kernel before mlptutor's test cell: graded with the student's code, their names and values were the student's
    code's globals (a log_softmax returning `hidden_answer`, a hidden test's value, scored 17.5 of 17.5 under autograde
    and 13 in `mlptutor grade`, which never runs them), and a failing assert ran in every grading."""
    from mlptutor.grader.bulk.filelimits import FileLimits
    from mlptutor.grader.bulk.folders import read_file

    folders = [folder]
    if in_course(folder):
        folders += [folder.parents[2] / step / folder.name for step in ("source", "release")]
    found: set[str] = set()
    for notebooks in folders:
        for path in sorted(notebooks.glob("*.ipynb")) if notebooks.is_dir() else ():
            if (data := read_file(path, notebooks, path.name, FileLimits(), [])) is not None:
                found |= autograder_tests(data)
    return frozenset(found)


@cache  # a function of the submitted files, which autograde does not change: read once per kernel, not per cell
def course_submission(student: str, folder: Path) -> tuple[dict[str, str | bytes], dict[str, tuple[str, ...]]]:
    """(modules, their files) `mlptutor grade` grades (and keys the hidden inputs by) of `student`'s submission of the
    assignment nbgrader autogrades in `folder` (<course>/autograded|submitted/<student>/<assignment>): the submitted
    folder read as grade reads it (bulk.folders.read_submission, notebooks first, out of the assignment's exercises).
    Graded from the kernel's history, a notebook whose answer cell a student had moved below the test cells scored
    0 of 44.5 under autograde ("softmax.py has no function softmax()": the test cells ran first) and 44.5 in grade;
    and keyed by it, the inputs differed whenever the history was not the files' text: another notebook of the
    assignment (grade hashes all of them), a `%matplotlib` line (IPython's translation), an empty code cell."""
    from mlptutor.grader.bulk.engine import Engine
    from mlptutor.grader.bulk.folders import read_submission

    root, assignment = folder.parents[2], folder.name
    exercises = Engine(only=assignment_notebooks(root, assignment)).exercises()
    origins: dict[str, tuple[str, ...]] = {}
    modules = read_submission(root / "submitted" / student / assignment, exercises, True, origins=origins)[0]
    return modules, origins


def assignment_notebooks(root: Path, assignment: str) -> tuple[str, ...]:
    """The exercises of the nbgrader course `root`'s `assignment`: its notebooks' names (source/<assignment>/
    softmax.ipynb -> softmax; else release/), () when neither folder holds it. Here, not with the course's other
    readers (nbgrader.course), which bring discovery and the rosters into the student checker that carries this
    module (release.vendor)."""
    for notebooks in (root / "source" / assignment, root / "release" / assignment):
        if notebooks.is_dir():
            return tuple(sorted(p.stem for p in notebooks.glob("*.ipynb")))
    return ()


# released notebooks call this by name (release.grade_cell_source): keep the name
def points(exercise: str, function: str, history: list[str]) -> float:
    """The points `function` of `exercise` earns with the student's code in `history`; prints its checks."""
    from mlptutor.grader.feedback.summary import check_label

    report = _report(exercise, history)
    rows = [c for c in report.checks if c.exercise == exercise and c.function in (function, "(file)")]
    for line in [] if rows else report.problems:  # no code of the exercise: what grade says of it
        print(line)
    for row in rows:
        print(f"{'ok' if row.passed else 'FAILED'} {check_label(row)}: {row.message}".rstrip(": "))
        if row.mistake:
            print(f"  looks like {row.mistake}: {row.hint or ''}".rstrip(": "))
    own = [c for c in rows if c.function == function]
    if not own and any(c.exercise == exercise for c in report.checks):  # a function the grader has no longer
        print(f"{function} is no function of {exercise} in this mlptutor: this test cell is from another release of "
              "the notebook, so it scores 0 (the current notebook's test cells grade the current functions)")
    earned, full = round(sum(c.points for c in own), 6), sum(c.max_points for c in own)
    out_of = _cell_points(exercise, function)
    if out_of is None or not full or math.isclose(out_of, full, abs_tol=1e-9):  # the points' sums, as floats
        return earned
    scaled = round(earned * out_of / full, 6)
    print(f"{earned:g} of {full:g} points; this grade cell is worth {out_of:g} (released with another mlptutor): "
          f"{scaled:g} of {out_of:g}")
    return scaled


def _cell_points(notebook: str, cell: str) -> float | None:
    """In autograde (a course's student folder, the grader's own mlptutor), the points the course's gradebook.db gives
    the grade cell: a notebook released by another mlptutor, whose cell was worth 4 where the spec now gives 4.5,
    ended nbgrader's autograde of the whole notebook ('partial credit cannot be greater than maximum points'), a
    correct submission scoring 0 of 17; the earned share is put on the cell's points. Else None."""
    folder = Path.cwd()
    if not in_course(folder) or in_bundle() or (url := _gradebook_url(folder.parents[2])) is None:
        return None
    from mlptutor.grader.nbgrader.course import CourseError, grade_cell_points

    try:
        return grade_cell_points(url, folder.name, notebook, cell)
    except CourseError:
        return None  # the cell's own points, as before


@cache  # read once per kernel: the course's configuration does not change while autograde runs
def _gradebook_url(root: Path) -> str | None:
    """The gradebook.db URL of the nbgrader course at `root` (its nbgrader_config.py's), or None when unreadable."""
    from mlptutor.grader.nbgrader.api import NbgraderMissing
    from mlptutor.grader.nbgrader.course import CourseError, open_course

    try:
        return open_course(root).db_url
    except (CourseError, NbgraderMissing):
        return None
