"""Notebooks read the nbgrader way: only the student's cells are code; the instructor's never run."""

import json
import subprocess
import sys
from pathlib import Path

import nbformat
from nb_helpers import ROOT, SETUP, SOLUTIONS, role, student_notebook
from nbformat.v4 import new_code_cell, new_notebook

from mlptutor.grader.bulk.notebooks import code_cells
from mlptutor.grader.nbgrader.cells import without_hidden_tests


def test_solution_added_and_locked_setup_cells_are_code():
    """The locked setup cell runs before the answer in Jupyter and nbgrader's autograde, and test cells grade the
    kernel's history: left out here, an answer using its `np` scored 0 in grade, 17.5 under autograde."""
    cells = code_cells(student_notebook("def f():\n    return 1"))
    assert cells == [SETUP, "def f():\n    return 1", "HELPER = 1  # a cell the student added"]


def test_a_solution_cell_that_is_also_graded_is_the_students():
    notebook = new_notebook(cells=[new_code_cell("x = 1", metadata=role("a", solution=True, grade=True, points=1)),
                                   new_code_cell("assert x == 2", metadata=role("t", grade=True, points=1))])
    assert code_cells(nbformat.writes(notebook).encode()) == ["x = 1"]


def test_a_notebook_without_nbgrader_metadata_is_every_code_cell():
    notebook = new_notebook(cells=[new_code_cell("x = 1"), new_code_cell("### BEGIN HIDDEN TESTS\ny = 2\n"
                                                                         "### END HIDDEN TESTS")])
    assert code_cells(nbformat.writes(notebook).encode()) == ["x = 1", "### BEGIN HIDDEN TESTS\ny = 2\n### END HIDDEN TESTS"]


def test_hidden_tests_are_blanked_keeping_line_numbers():
    text = "a = 1\n    ### BEGIN HIDDEN TESTS\nassert a == 2\n    ### END HIDDEN TESTS\nb = 2\n"
    assert without_hidden_tests(text) == "a = 1\n\n\n\nb = 2\n"


def test_hidden_tests_blocks_are_found_in_one_pass_over_a_students_cell():
    """A solution cell is the student's text: BEGIN lines without an END took a regex time quadratic in the cell
    (60,000 lines: about 7 minutes of the grader's CPU); one pass takes milliseconds. Stopped at 5 s of CPU."""
    import signal

    def stop(*_):
        raise TimeoutError("without_hidden_tests took over 5 s of CPU")

    cell = "x = 1\n" + "### BEGIN HIDDEN TESTS\n" * 60_000
    nested = "  ### BEGIN HIDDEN TESTS\n### BEGIN HIDDEN TESTS\ny\n\t### END HIDDEN TESTS!\n### END HIDDEN TESTS\nz"
    previous = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, 5.0)  # CPU time of this process, whatever the machine's load
    try:
        assert without_hidden_tests(cell) == cell  # no END: nothing is blanked
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    assert without_hidden_tests(nested) == "\n\n\n\n### END HIDDEN TESTS\nz"  # the first END closes the block
    assert without_hidden_tests("### BEGIN HIDDEN TESTS") == "### BEGIN HIDDEN TESTS"  # no line after it


def test_correct_notebook_with_failing_locked_test_cell_gets_full_marks(tmp_path):
    """The answer leaves `import numpy as np` to the locked setup cell, as the kernel runs it."""
    answer = (SOLUTIONS / "softmax.py").read_text().replace("import numpy as np\n", "")
    (tmp_path / "softmax.ipynb").write_bytes(student_notebook(answer))
    run = subprocess.run([sys.executable, "-c", "from mlptutor.cli import cli; cli()", "check", str(tmp_path / "softmax.ipynb"), "--format", "json"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    report = json.loads(run.stdout)
    assert run.returncode == 0, run.stderr
    assert report["score"] == report["max_score"] > 0


def test_a_test_cell_grades_what_the_kernel_ran_without_test_cells_or_magics():
    from pathlib import Path

    from mlptutor.grader.bulk.notebooks import plain
    from mlptutor.grader.nbgrader.cell_grader import TEST_MARK, notebook_student_id, student_source

    history = ["", "get_ipython().run_line_magic('matplotlib', 'inline')\nx = 1", f"{TEST_MARK}: f\npoints()", "y = 2"]
    assert plain(student_source(history)) == "# (IPython) get_ipython().run_line_magic('matplotlib', 'inline')\nx = 1\n# In[ ]:\ny = 2"
    assert "\n# In[ ]: notebook cell In [3]\ny = 2" in student_source(history)  # named as Jupyter shows the cell run
    assert notebook_student_id(Path("/c/autograded/ann/ps1")) == "ann" == notebook_student_id(Path("/c/submitted/ann/ps1"))
    assert notebook_student_id(Path("/home/ann/work")) == "nbgrader"


def test_a_test_cell_keys_the_hidden_inputs_as_grade_keys_the_submitted_notebooks(tmp_path, monkeypatch):
    """Under autograde, a test cell keyed its inputs by the kernel's history: the assignment's other notebook,
    `%matplotlib inline` (IPython's translation) and an empty code cell made them differ from `mlptutor grade`'s.
    No sandbox: the grader is a stand-in that records the key."""
    from mlptutor.grader import pipeline, sandbox
    from mlptutor.grader.bulk.discovery import discover
    from mlptutor.grader.bulk.engine import inputs_key
    from mlptutor.grader.model import SubmissionReport
    from mlptutor.grader.nbgrader import cell_grader

    solutions = {name: (SOLUTIONS / f"{name}.py").read_text() for name in ("softmax", "losses")}
    for name, code in solutions.items():
        (tmp_path / "source" / "ps1").mkdir(parents=True, exist_ok=True)
        (tmp_path / "source" / "ps1" / f"{name}.ipynb").write_text("{}")
        (tmp_path / "submitted" / "ann" / "ps1").mkdir(parents=True, exist_ok=True)
        cells = ["%matplotlib inline", "", code] if name == "softmax" else [code]
        (tmp_path / "submitted" / "ann" / "ps1" / f"{name}.ipynb").write_text(
            nbformat.writes(new_notebook(cells=[new_code_cell(c) for c in cells])))
    (tmp_path / "autograded" / "ann" / "ps1").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "autograded" / "ann" / "ps1")
    keys, graded_sources = [], []

    class Recording:
        def __init__(self, *args, **kwargs):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def grade(self, sources, student, only, inputs):
            keys.append(inputs)
            graded_sources.append(sources)
            return SubmissionReport(student)

    monkeypatch.setattr(pipeline, "Grader", Recording)
    monkeypatch.setattr(sandbox, "Sandbox", Recording)
    monkeypatch.setattr(cell_grader, "_reports", {})
    history = ["get_ipython().run_line_magic('matplotlib', 'inline')", solutions["softmax"]]
    assert cell_grader.points("softmax", "softmax", history) == 0
    (graded,) = discover(tmp_path, ["softmax", "losses"], "ps1").submissions
    assert keys == [inputs_key("ann", graded.modules)]
    # and the code graded is the submitted notebooks', as grade's: the answer cell moved below the test cells ran
    # after them (an empty history), 0 of 44.5 under autograde, "softmax.py has no function softmax()"
    assert graded_sources == [graded.modules]
    monkeypatch.setattr(cell_grader, "_reports", {})
    assert cell_grader.points("softmax", "softmax", []) == 0 and graded_sources[1] == graded.modules


def test_a_test_cell_leaves_out_the_instructors_assert_cells_the_kernel_ran(tmp_path, monkeypatch):
    """An instructor's assert cell (grade=True, solution=False) runs in the kernel before mlptutor's test cell, hidden
    tests put back by autograde: graded with the student's code, its names were the code's globals (a log_softmax
    returning the hidden test's `hidden_answer` scored 17.5 of 17.5 under autograde, 13 in `mlptutor grade`, which
    never runs those cells). Known by their text, from the course's source/ and release/ notebooks and the notebooks
    in the working folder. Autograde grades the submitted files (course_submission), so the kernel's history is
    graded in a course's student folder only where the kernel holds the student bundle: tested through that path,
    what is graded recorded instead of run."""
    from contextlib import nullcontext
    from types import ModuleType, SimpleNamespace

    from mlptutor.grader import pipeline, sandbox
    from mlptutor.grader.bulk.notebooks import plain
    from mlptutor.grader.model import SubmissionReport
    from mlptutor.grader.nbgrader import cell_grader

    asserts = "expected = 1\nassert f() == expected\n"
    hidden = asserts + "### BEGIN HIDDEN TESTS\nhidden_answer = 2\n### END HIDDEN TESTS\n"
    course = tmp_path / "course"
    for step, text in (("source", hidden), ("release", asserts)):
        (course / step / "ps1").mkdir(parents=True)
        (course / step / "ps1" / "softmax.ipynb").write_text(nbformat.writes(new_notebook(cells=[
            new_code_cell("def f():\n    return 1", metadata=role("answer", solution=True)),
            new_code_cell(text, metadata=role("tests", grade=True, locked=True, points=1))])))
    (course / "autograded" / "ann" / "ps1").mkdir(parents=True)
    monkeypatch.chdir(course / "autograded" / "ann" / "ps1")
    graded = []

    class Recording:
        def __init__(self, sandbox, specs=None):
            pass

        def grade(self, sources, student, only, inputs=None):
            graded.append(sources["softmax"])
            return SubmissionReport(student, [])

    monkeypatch.setattr(pipeline, "Grader", Recording)
    monkeypatch.setattr(sandbox, "Sandbox", lambda level: nullcontext())
    bundle = ModuleType("mlptutor_student.replay")
    bundle.load_recorded = lambda: SimpleNamespace(specs=["softmax"], student="ann")
    monkeypatch.setitem(sys.modules, "mlptutor_student.replay", bundle)
    monkeypatch.setitem(sys.modules, "mlptutor.reference", None)  # the bundle's copy of mlptutor has none
    monkeypatch.setattr(cell_grader, "_reports", {})
    history = ["", "def f():\n    return 1", hidden.replace("\n", "  \n"), "x = 1"]  # as autograde's kernel ran it
    cell_grader.points("softmax", "f", history)
    assert [plain(source) for source in graded] == ["def f():\n    return 1\n# In[ ]:\nx = 1"]
    assert "hidden_answer" in cell_grader.student_source(history)  # what the test cell graded
    assert cell_grader.instructor_tests(tmp_path) == frozenset()  # no notebook there


def test_grade_says_which_submitted_files_nbgraders_autograde_cannot_score(tmp_path):
    """A notebook whose nbgrader cell metadata Google Colab stripped, a .py file handed in for the notebook, a
    notebook whose test cell was deleted: autograde scored them 0, 0 and 35.5 of 44.5 and `mlptutor grade` 44.5, with
    no word why (a course of 10, round 23). One line each, for the instructor (the class's problems, not the
    student's feedback)."""
    from mlptutor.grader.bulk.discovery import discover

    answer = (SOLUTIONS / "softmax.py").read_text()
    (tmp_path / "source" / "ps1").mkdir(parents=True)
    (tmp_path / "source" / "ps1" / "softmax.ipynb").write_bytes(student_notebook(answer))
    deleted = nbformat.reads(student_notebook(answer), 4)
    deleted.cells = [cell for cell in deleted.cells if cell.metadata.get("nbgrader", {}).get("grade_id") != "tests"]
    layouts = {"ann": {"softmax.ipynb": student_notebook(answer)},
               "jon": {"softmax.ipynb": nbformat.writes(deleted).encode()},
               "dan": {"softmax.ipynb": nbformat.writes(new_notebook(cells=[new_code_cell(answer)])).encode()},
               "hal": {"softmax.py": b"# %%\n" + answer.encode()}}
    for student, files in layouts.items():
        (tmp_path / "submitted" / student / "ps1").mkdir(parents=True)
        for name, data in files.items():
            (tmp_path / "submitted" / student / "ps1" / name).write_bytes(data)
    found = discover(tmp_path, ["softmax"], "ps1")
    assert [line.split(":")[0] for line in found.problems] == ["submitted/dan/ps1/softmax.ipynb",
                                                                "submitted/hal/ps1/softmax.py",
                                                                "submitted/jon/ps1/softmax.ipynb"]
    assert "Google Colab" in found.problems[0] and "nbgrader-db" in found.problems[1]
    assert "test cells deleted (tests)" in found.problems[2]
    assert [s.problems for s in found.submissions if s.student == "dan"] == [[]]
