"""`mlptutor check`: exit codes, formats, usage errors as one line."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from mlptutor.cli import cli

SPEC_NAMES = ("activations", "layers", "softmax")
EXERCISES = Path(__file__).resolve().parents[2] / "exercises"


@pytest.fixture
def folder(tmp_path, solution):
    """A student folder holding correct solutions of the exercises with specs."""
    for name in SPEC_NAMES:
        (tmp_path / f"{name}.py").write_text(solution(name))
    return tmp_path


def check(*args):
    return CliRunner().invoke(cli, ["check", *map(str, args)])


ONE_SPEC = """
import sys
from mlptutor.cli import cli
try:
    cli(["check", sys.argv[1]])  # its arguments given: it ends by SystemExit (mlptutor/ending.py)
except SystemExit as exit:
    print(exit.code, sorted(m for m in sys.modules if m.startswith("mlptutor.grader.specs.") and "._" not in m))
"""


def test_checking_one_file_imports_only_its_spec(folder):
    done = subprocess.run([sys.executable, "-c", ONE_SPEC, str(folder / "layers.py")], capture_output=True, text=True,
                          check=True)
    assert done.stdout.splitlines()[-1] == "0 ['mlptutor.grader.specs.layers']"


def test_correct_file_passes_with_exit_0(folder):
    result = check(folder / "layers.py")
    assert result.exit_code == 0, result.output
    assert "PASS dense_backward" in result.output and "Total: 11.5/11.5" in result.output
    assert "\x1b[" not in result.output  # no colour when not a terminal
    # dense_forward's cache and reuse checks have one scenario each: said 'behaves right in 1 scenarios'
    assert "behaves right in 1 scenario\n" in result.output and " 1 scenarios" not in result.output


def test_a_failing_check_exits_1_and_explains(folder):
    source = (folder / "softmax.py").read_text()
    (folder / "softmax.py").write_text(source + "\n\ndef softmax_cross_entropy_grad(logits, Y):\n"
                                                "    return softmax(logits) - Y\n")
    result = check(folder)
    assert result.exit_code == 1
    assert "looks like: softmax-ce-grad-no-1/N" in result.output
    assert "hint: the loss is the mean over the batch" in result.output


def test_folder_of_stubs_says_not_implemented(tmp_path):
    stubs = tmp_path / "exercises"
    stubs.mkdir()
    for name in SPEC_NAMES:
        shutil.copy(EXERCISES / f"{name}.py", stubs)
    result = check(stubs)
    assert result.exit_code == 1
    assert "TODO softmax  0/4.5  not implemented yet" in result.output
    assert "Traceback" not in result.output


def test_a_notebook_is_checked_as_grade_reads_it(tmp_path, solution):
    """`check softmax.ipynb` grades the notebook's code cells: the very source `mlptutor grade` takes from it."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    from mlptutor.grader.bulk.sources import modules_from_files
    from mlptutor.grader.commands import collect
    from mlptutor.grader.specs import load_specs

    cells = [new_markdown_cell("Softmax, stable."), new_code_cell("%matplotlib inline\n" + solution("softmax"))]
    data = nbformat.writes(new_notebook(cells=cells)).encode()
    (tmp_path / "softmax.ipynb").write_bytes(data)
    exercises = sorted(load_specs())
    assert collect((str(tmp_path / "softmax.ipynb"),), exercises) == (
        modules_from_files({"softmax.ipynb": data}, exercises)[0], ["softmax"])
    result = check(tmp_path / "softmax.ipynb")
    assert result.exit_code == 0, result.output
    assert "PASS softmax" in result.output and "Total: " in result.output


@pytest.mark.parametrize("layout", ["marker", "subfolder", "nbgrader"])
def test_a_folder_is_checked_as_grade_reads_a_submission_folder(tmp_path, solution, layout):
    """`check FOLDER` reads the folder by grade's rule (bulk.sources.laid_out over bulk.folders.read_folder): the
    exercise-named files only, the top level only and a .py before its notebook drew other hidden inputs (the seed
    hashes the modules) and left out losses of a marker file or a subfolder (lms19's leftovers). Reading only."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    from mlptutor.grader.bulk.discovery import discover
    from mlptutor.grader.commands import collect
    from mlptutor.grader.specs import exercise_names

    files = {"marker": {"work.py": "# mlptutor: losses\n" + solution("losses")}, "subfolder": {
        "part2/losses.py": solution("losses")}, "nbgrader": {"softmax.py": "def softmax(Z):\n    return Z\n"}}[layout]
    files["softmax.ipynb" if layout == "nbgrader" else "softmax.py"] = (
        nbformat.writes(new_notebook(cells=[new_code_cell(solution("softmax"))])) if layout == "nbgrader"
        else solution("softmax"))
    root = tmp_path / "course"
    folder = root / ("submitted/ann/ps1" if layout == "nbgrader" else "ann")
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    (graded,) = discover(root, exercise_names()).submissions
    assert collect((str(folder),), exercise_names()) == (graded.modules, ["softmax"] if layout == "nbgrader"
                                                          else ["losses", "softmax"])


def test_a_file_not_named_after_an_exercise_is_checked_itself_and_says_so(tmp_path, capsys):
    """`check my_work.py` took grade's pick among the folder's files with the same marker (a.py's section, 0/17.5,
    where my_work.py's scores 17.5), and an unrelated non-UTF-8 old.py beside it stopped the check. Reading only."""
    from mlptutor.grader.commands import collect
    from mlptutor.grader.specs import exercise_names

    (tmp_path / "a.py").write_text("# mlptutor: softmax\ndef softmax(Z):\n    return Z\n")
    (tmp_path / "my_work.py").write_text("# mlptutor: softmax\ndef softmax(Z):\n    return 2 * Z\n")
    (tmp_path / "old.py").write_bytes(b"\xff\xfe not UTF-8\n")
    sources, graded = collect((str(tmp_path / "my_work.py"),), exercise_names())
    assert graded == ["softmax"] and sources == {"softmax": "# mlptutor: softmax\ndef softmax(Z):\n    return 2 * Z\n"}
    assert capsys.readouterr().err == "note: my_work.py: checked as softmax (its '# mlptutor:' sections)\n"


def test_json_has_gradescope_totals(folder):
    result = check(folder, "--format", "json", "--student", "carol")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["student"] == "carol" and data["score"] == data["max_score"] > 0
    assert {e["name"] for e in data["exercises"]} == set(SPEC_NAMES)


def test_markdown_report(folder):
    result = check(folder / "softmax.py", "--format", "md")
    assert result.exit_code == 0
    assert result.output.startswith("# Feedback for local: 17.5/17.5")
    assert "| `softmax` | value | 2/2 | passed:" in result.output


def test_missing_file_is_a_one_line_usage_error(tmp_path):
    result = check(tmp_path / "softmax.py")
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "no such file" in result.stderr


def test_a_fifo_or_a_device_is_not_a_regular_file_not_a_missing_one(tmp_path):
    os.mkfifo(tmp_path / "softmax.py")  # never read: reading it would wait for a writer
    for path, what in ((tmp_path / "softmax.py", "a FIFO (named pipe)"), ("/dev/zero", "a device")):
        result = check(path)
        assert result.exit_code == 2 and result.stderr.strip().count("\n") == 0
        assert f"{path}: {what}, not a regular file; give an exercise file or a folder of them" in result.stderr


@pytest.mark.parametrize("odd", ["fifo", "folder"])
def test_a_folders_exercise_name_that_is_no_regular_file_is_refused_not_dropped(folder, odd):
    # it was left out silently: the exercise then graded as if its file were missing
    (os.mkfifo if odd == "fifo" else os.mkdir)(folder / "mlp.py")
    result = check(folder)
    assert result.exit_code == 2 and result.stderr.strip().count("\n") == 0
    assert f"{folder / 'mlp.py'}: a {'FIFO (named pipe)' if odd == 'fifo' else 'folder'}, not a regular file" in \
        result.stderr


def test_file_not_named_after_an_exercise_lists_the_names(tmp_path):
    (tmp_path / "homework.py").write_text("x = 1\n")
    result = check(tmp_path / "homework.py")
    assert result.exit_code == 2
    assert "homework.py: no exercise files here" in result.stderr and "marker lines" in result.stderr
    assert all(name in result.stderr for name in SPEC_NAMES)
    assert result.stderr.strip().count("\n") == 0


def test_bad_option_keeps_click_usage_status(folder):
    assert check(folder, "--format", "pdf").exit_code == 2


def test_require_sandbox(folder, sandbox):
    result = check(folder / "layers.py", "--require-sandbox")
    if sandbox.level in ("bwrap", "unshare"):
        assert result.exit_code == 0
    else:
        assert result.exit_code == 2 and "--require-sandbox" in result.stderr


def test_an_imported_helper_named_as_the_graders_is_a_note_and_the_file_is_checked(tmp_path, capsys):
    """`check softmax.py` importing the student's mlptutor_utils.py stopped (exit 2, no points) where grade and
    Gradescope note the helper and grade on (softmax's load error, 0): the same note, the same modules now."""
    from mlptutor.grader.bulk.sources import modules_from_files
    from mlptutor.grader.commands import collect

    files = {"softmax.py": "from mlptutor_utils import shift\n", "mlptutor_utils.py": "shift = 0\n"}
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    modules, problems = modules_from_files({name: text.encode() for name, text in files.items()}, ["softmax"])
    assert collect((str(tmp_path / "softmax.py"),), ["softmax"]) == (modules, ["softmax"])
    assert capsys.readouterr().err == f"note: {tmp_path / 'mlptutor_utils.py'}: {problems[0].split(': ', 1)[1]}\n"


def test_a_students_check_of_one_file_draws_the_inputs_grade_draws_for_their_folder(tmp_path, solution, capsys):
    """`check --student ann softmax.py` keyed the hidden inputs by softmax.py alone, where grade keys them by ann's
    whole folder (src/losses.py and a marker file too): the check was another draw than the grade. Reading only."""
    from mlptutor.grader.bulk.discovery import discover
    from mlptutor.grader.bulk.engine import inputs_key
    from mlptutor.grader.commands import collect, keyed_inputs
    from mlptutor.grader.specs import exercise_names

    folder = tmp_path / "class" / "ann"
    (folder / "src").mkdir(parents=True)
    (folder / "softmax.py").write_text(solution("softmax"))
    (folder / "src" / "losses.py").write_text(solution("losses"))
    (folder / "work.py").write_text("# mlptutor: activations\ndef sigmoid(z):\n    return z\n")
    (graded,) = discover(tmp_path / "class", exercise_names()).submissions
    paths = (str(folder / "softmax.py"),)
    sources, _ = collect(paths, exercise_names())
    assert keyed_inputs("ann", sources, paths, exercise_names()) == inputs_key("ann", graded.modules)
    said = capsys.readouterr().err  # said: the key covers more than the file checked
    assert "submission of ann as a whole" in said and str(tmp_path) not in said  # menda25: by its absolute path
    assert keyed_inputs("ann", graded.modules, (str(folder),), exercise_names()) == inputs_key("ann", graded.modules)
    assert capsys.readouterr().err == ""


def test_a_file_notepad_saved_as_utf16_says_so_in_check_and_grade(tmp_path):
    """Notepad's 'Unicode' (UTF-16, its byte order mark first): check said "contains a NUL byte (offset 3); save it
    as plain text" and grade "not UTF-8 text"; both say what it is and how to save it now. Reading only."""
    from mlptutor.grader.bulk.sources import modules_from_files
    from mlptutor.grader.commands import UsageProblem, readable_source

    (tmp_path / "softmax.py").write_text("def softmax(Z):\n    return Z\n", encoding="utf-16")
    with pytest.raises(UsageProblem) as refused:
        readable_source(tmp_path / "softmax.py")
    said = "UTF-16 text (Notepad's 'Unicode'); save it as UTF-8 (Save As, Encoding: UTF-8)"
    assert str(refused.value) == f"{tmp_path / 'softmax.py'}: {said}"
    assert modules_from_files({"softmax.py": (tmp_path / "softmax.py").read_bytes()}, ["softmax"])[1] == [
        f"softmax.py: {said}"]


def test_a_checked_notebook_is_checked_not_the_py_of_its_name_beside_it(tmp_path, solution):
    """`check softmax.ipynb` beside softmax.py (the stub `init` copied) graded softmax.py: 0/17.5, "not implemented
    yet", for a notebook that scores 17.5. Reading only."""
    import nbformat

    from mlptutor.grader.commands import collect

    answer = solution("softmax")
    (tmp_path / "softmax.ipynb").write_text(nbformat.writes(nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(answer)])))
    shutil.copyfile(EXERCISES / "softmax.py", tmp_path / "softmax.py")
    sources, graded = collect((str(tmp_path / "softmax.ipynb"),), ["softmax"])
    assert graded == ["softmax"] and answer.strip() in sources["softmax"]
    assert collect((str(tmp_path / "softmax.py"),), ["softmax"])[0] == {"softmax": (EXERCISES / "softmax.py").read_text()}


def test_a_usage_problem_naming_a_file_with_a_newline_stays_one_line(tmp_path):
    """The student's file name was printed raw: 'we\\nird.py' split the one-line error in two."""
    weird = tmp_path / "we\nird.py"
    weird.write_text("x = 1\n")
    result = check(weird)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "we\\nird.py: no exercise files here" in result.output


def test_check_of_the_files_of_a_folder_takes_a_helper_among_them(tmp_path, capsys):
    """`mlptutor check *.py` in a folder holding utils.py stopped: "utils.py: no exercise files here", nothing checked
    (read24). Among other paths a file without an exercise is a note (it is shipped when an exercise imports it);
    alone, or among helpers only, still one line and nothing checked."""
    from mlptutor.grader.commands import UsageProblem, collect

    (tmp_path / "softmax.py").write_text("import utils\ndef softmax(Z):\n    return utils.f(Z)\n")
    (tmp_path / "utils.py").write_text("def f(Z):\n    return Z\n")
    (tmp_path / "scratch.py").write_text("print(1)\n")
    sources, graded = collect((str(tmp_path / "softmax.py"), str(tmp_path / "utils.py"), str(tmp_path / "scratch.py")),
                              ["softmax", "losses"])
    assert graded == ["softmax"] and sorted(sources) == ["softmax", "utils"]
    assert "note: utils.py: no exercise in it" in capsys.readouterr().err
    with pytest.raises(UsageProblem, match="no exercise files among"):
        collect((str(tmp_path / "utils.py"), str(tmp_path / "scratch.py")), ["softmax", "losses"])
    with pytest.raises(UsageProblem, match="utils.py: no exercise files here"):
        collect((str(tmp_path / "utils.py"),), ["softmax", "losses"])


def test_two_files_given_that_define_one_exercise_are_read_together_as_grade_reads_them(tmp_path, capsys):
    """Review A of read24: `check softmax_final.py softmax_v2.py` read each file alone and the first given won
    (17.5, 'softmax_v2.py: checked as softmax' but softmax_final graded, no 'defined twice' line), while `check
    FOLDER` and `grade` join the files and grade the last definition (4.5). Reading only, no sandbox."""
    from mlptutor.grader.commands import collect
    from mlptutor.grader.specs import exercise_names

    (tmp_path / "softmax_final.py").write_text("def softmax(Z):\n    return Z\n")
    (tmp_path / "softmax_v2.py").write_text("def softmax(Z):\n    return 2 * Z\n")
    (tmp_path / "notes.py").write_text("x = 1\n")  # grade joins it too (review F of mend24)
    folder, _ = collect((str(tmp_path),), exercise_names())
    origins = {}
    sources, graded = collect(tuple(str(tmp_path / name) for name in ("softmax_final.py", "softmax_v2.py",
                                                                      "notes.py")), exercise_names(), origins)
    assert graded == ["softmax"] and sources["softmax"] == folder["softmax"] and "return 2 * Z" in sources["softmax"]
    # by their names, never their absolute paths (read25: a home folder in shared feedback)
    assert origins["softmax"] == ("notes.py", "softmax_final.py", "softmax_v2.py")
    err = capsys.readouterr().err
    assert "note: notes.py, softmax_final.py, softmax_v2.py: softmax defined in more than one of these files" in err
    assert "note: notes.py, softmax_final.py, softmax_v2.py: checked as softmax (read together, as `mlptutor grade` " \
        "reads them)" in err and "note: notes.py: no exercise in it; not checked itself" in err


def test_loose_files_are_read_together_for_every_exercise_and_a_dropped_file_is_named(tmp_path, capsys):
    """Review F of mend24: `check my_softmax.py other.py` joined only the files giving the same exercise, so softmax
    was read from my_softmax.py alone (103/103) where `check .` joined other.py's `_shift` too (99.11, "_shift defined
    in more than one"); and `check softmax.py softmax_v2.py` dropped softmax_v2.py without a word. Reading only."""
    from mlptutor.grader.commands import collect
    from mlptutor.grader.specs import exercise_names

    (tmp_path / "my_softmax.py").write_text("def _shift(Z):\n    return Z - 1\n\n\ndef softmax(Z):\n    return _shift(Z)\n")
    (tmp_path / "other.py").write_text("def _shift(Z):\n    return Z\n\ndef relu(Z):\n    return Z\n")
    folder, _ = collect((str(tmp_path),), exercise_names())
    origins = {}
    sources, graded = collect((str(tmp_path / "my_softmax.py"), str(tmp_path / "other.py")), exercise_names(), origins)
    assert sorted(graded) == ["activations", "softmax"] and sources["softmax"] == folder["softmax"]
    assert origins["softmax"] == ("my_softmax.py", "other.py")
    assert "_shift defined in more than one of these files" in capsys.readouterr().err
    (tmp_path / "softmax.py").write_text("def softmax(Z):\n    return Z\n")
    collect((str(tmp_path / "softmax.py"), str(tmp_path / "my_softmax.py")), exercise_names())
    assert "note: my_softmax.py: not checked: softmax is checked from softmax.py" in capsys.readouterr().err
