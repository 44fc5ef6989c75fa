"""Attacks of the twelfth round, from outside: hostile submissions and input files against the grader's promises
(the same submission gets the same grade; students never hold solutions; bad input is one line)."""

import pytest
from click.testing import CliRunner
from test_bulk_attacks_r10 import _table_cheat

from mlptutor.cli import cli
from mlptutor.grader.specs import load_spec


def test_a_table_of_the_releases_answers_scores_nothing_on_a_repeated_check_either(tmp_path):
    """`check --student` keeps each function's plans on disk; a kept plan came without the draws' makers, so every
    drawn case counted as secret and the table scored 3.2 of 64 on the second check of the same files (0 on the
    first): gradcheck's relative_error pairs and perceptron's XOR gates, in every release."""
    for name in ("gradcheck", "perceptron"):
        (tmp_path / f"{name}.py").write_text(_table_cheat(name))
    runner = CliRunner(env={"MLPTUTOR_CACHE": str(tmp_path / "cache")})
    first, again = (runner.invoke(cli, ["check", str(tmp_path), "--student", "mallory"]) for _ in range(2))
    assert (tmp_path / "cache" / "plans.pickle").exists()  # the second check judged kept plans
    total = sum(load_spec(name).max_points for name in ("gradcheck", "perceptron"))
    assert f"Total: 0/{total:g}" in first.output, first.output
    assert again.output == first.output


def test_a_blackboard_file_named_like_another_attempt_stays_its_uploaders_and_dated_by_its_attempt(write, tmp_path):
    from mlptutor.grader.bulk.discovery import discover

    # the student chooses only the name after Blackboard's "<assignment>_<username>_attempt_<time>_"
    write("dl/HW 1_alee_attempt_2024-03-09-10-00-00_x_alee_attempt_2024-03-01-09-00-00_softmax.py", "A = 1\n")
    write("dl/HW 1_bo_attempt_2024-03-02-10-00-00_softmax.py", "B = 1\n")
    write("dl/HW 1_mal_attempt_2024-03-09-10-00-00_y_bo_attempt_2024-03-03-09-00-00_softmax.py", "M = 1\n")
    write("dl/HW 1_mal_attempt_2024-03-09-10-00-00_z_bo_attempt_2024-03-03-09-00-00.txt", "Name: Bo (bo)\n")
    found = discover(tmp_path / "dl", {"softmax"})
    subs = {s.student: s for s in found.submissions}
    # before: alee's file dated March 1 (on time), mal's graded as bo's last attempt and bo's own not graded
    assert {name: str(s.submitted_at.date()) for name, s in subs.items()} == {
        "alee": "2024-03-09", "bo": "2024-03-02", "mal": "2024-03-09"}
    assert "B = 1" in str(subs["bo"].modules["softmax"])
    (line,) = found.problems  # mal's text file is no receipt: named, not read
    assert line.startswith("HW 1_mal_attempt_2024-03-09-10-00-00_z_bo_") and "not a submission" in line


def test_a_notebooks_ipython_lines_and_shell_cells_are_comments_not_a_syntax_error():
    import nbformat

    from mlptutor.grader.bulk.notebooks import code_cells, plain
    from mlptutor.grader.nbgrader.cell_grader import student_source

    cells = ["%matplotlib inline\n!pip install numpy\nimport numpy as np", "%%bash\necho hello\nls -la",
             "files = !ls\nt = %timeit -o -q 1+1\nnp.exp?\n??np.exp", "%%time\ndef f(x):\n    return x != 1\n",
             'a = b = 2\nc %= 3\nd = "why?"  # what?',
             'e = (a\n     % b)\nf = (a\n     != b)\ng = """\n%d items\n!\n"""\nh = [1,\n     2]']
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    source = "\n\n".join(code_cells(nbformat.writes(notebook).encode()))
    compile(source, "softmax.py", "exec")  # each of cells 2 and 3 made the whole notebook one SyntaxError
    assert source.count("# (IPython) ") == 2 + 3 + 4 + 1
    assert "\ndef f(x):\n    return x != 1" in source and 'c %= 3\nd = "why?"  # what?' in source
    assert cells[-1] in source  # Python's own lines inside brackets and strings (all commented out before)
    # nbgrader's autograde runs the kernel's history, where IPython wrote `files = !ls` as a call it has not
    ran = plain(student_source(["files = get_ipython().getoutput('ls')\nx = 1",
                                "a, b = get_ipython().run_line_magic('sx', 'ls')"]))
    assert ran == ("# (IPython) files = get_ipython().getoutput('ls')\nx = 1\n# In[ ]:\n"
                   "# (IPython) a, b = get_ipython().run_line_magic('sx', 'ls')")


def test_a_zip_holding_a_file_twice_under_two_spellings_of_its_path_is_refused(tmp_path):
    import zipfile

    from mlptutor.grader.bulk.zips import ZipRefused, read_zip

    # unzip writes both to softmax.py (a reader sees the last copy); the grader graded "./softmax.py", first by name
    for spelling in ("./softmax.py", "sub//softmax.py", "sub/./softmax.py"):
        with zipfile.ZipFile(tmp_path / "dup.zip", "w") as z:
            z.writestr(spelling.replace("./", "").replace("//", "/"), "A = 1\n")
            z.writestr(spelling, "B = 2\n")
        with pytest.raises(ZipRefused, match="in the archive twice"):
            read_zip(tmp_path / "dup.zip")


@pytest.mark.parametrize("text", ["9999-12-31 23:59:59-01:00", "0001-01-01 00:00:00 Asia/Tokyo"])
def test_a_timestamp_out_of_the_range_of_dates_is_one_line_and_stops_nobody(write, tmp_path, text):
    from mlptutor.grader.bulk.discovery import discover

    # nbgrader's timestamp.txt is written on the student's side; this one stopped the class's run (OverflowError)
    write("course/submitted/mal/ps1/softmax.py", "A = 1\n")
    write("course/submitted/mal/ps1/timestamp.txt", text)
    write("course/submitted/bo/ps1/softmax.py", "B = 1\n")
    found = discover(tmp_path / "course", {"softmax"})
    subs = {s.student: s for s in found.submissions}
    assert sorted(subs) == ["bo", "mal"] and subs["mal"].submitted_at is None
    assert subs["mal"].problems == [
        f"submitted/mal/ps1/timestamp.txt: {text!r} is out of the range of dates; submission time unknown"]


def test_an_int_past_float64s_range_is_a_wrong_answer_not_a_stopped_grade():
    from mlptutor.grader.pipeline import Grader
    from mlptutor.grader.sandbox import Sandbox

    # a count_parameters whose product overflows nothing in Python ints (10**400): converting it to float raised
    # OverflowError in the relations and the does-nothing check, which stopped the whole grade (`check`: a
    # traceback; `grade`: the whole submission recorded with 0)
    source = "def parameter_breakdown(widths):\n    return 10**400\ndef count_parameters(widths):\n    return -10**400\n"
    with Sandbox(level="auto") as sandbox:
        report = Grader(sandbox).grade({"counting": source}, student="mallory", only=["counting"])
    assert report.score == 0 and {c.function for c in report.checks} >= {"parameter_breakdown", "count_parameters"}


def test_values_near_float64s_limit_make_the_grader_print_no_warnings():
    import warnings
    from pathlib import Path

    from mlptutor.grader.pipeline import Grader
    from mlptutor.grader.sandbox import Sandbox

    # the solutions' results times 1e308: the relations' and the statistical check's arithmetic overflowed, some
    # 250 RuntimeWarnings with the grader's own source lines on the terminal of `check` and `grade`
    solutions = Path(__file__).resolve().parents[1] / "solutions"
    times = "\n_huge = {name}\ndef {name}(*a, **k):\n    return _huge(*a, **k) * 1e308\n"
    sources = {"softmax": (solutions / "softmax.py").read_text() + times.format(name="softmax"),
               "init": (solutions / "init.py").read_text() + times.format(name="he_normal")}
    with Sandbox(level="auto") as sandbox, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = Grader(sandbox).grade(sources, student="mallory", only=list(sources))
    assert report.score < report.max_score and [str(w.message) for w in caught] == []
