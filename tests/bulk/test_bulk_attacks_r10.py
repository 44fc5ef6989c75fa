"""Attacks of the tenth round on grading a class: what a submission prints reaches its released feedback, so the
next submission must not be graded on the inputs it printed."""

import base64
import json
import re
import zlib

import numpy as np
from click.testing import CliRunner

from mlptutor.cli import cli
from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.reference import softmax as reference

# prints every input softmax() gets, exactly (dtype, shape, bytes); `mlptutor grade` writes the output into the
# student's feedback (results.json, .md, .html) and the gradebook
SPY = """import numpy as np, base64, zlib
def softmax(Z):
    a = np.asarray(Z)
    print("I", a.dtype.str, a.shape, base64.b64encode(zlib.compress(a.tobytes())).decode())
    return np.zeros_like(a)
"""


def _seen(output: str) -> dict[str, np.ndarray]:
    return {b: np.frombuffer(zlib.decompress(base64.b64decode(b)), dtype=dt).reshape(eval(shape))
            for dt, shape, b in re.findall(r"^I (\S+) (\([^)]*\)) (\S+)$", output, re.M)}


def _table_of(seen: dict[str, np.ndarray]) -> str:
    """A softmax answering every printed input from a table (the answers found offline), 0 otherwise."""
    table = {key: reference.softmax(a).astype(a.dtype).tolist() for key, a in seen.items()}
    return f"""import numpy as np, base64, zlib
T = {table!r}
def softmax(Z):
    a = np.asarray(Z)
    k = base64.b64encode(zlib.compress(a.tobytes())).decode()
    return np.asarray(T[k], dtype=a.dtype) if k in T else np.zeros_like(a)
"""


def _grade(tmp_path, *options: str) -> dict:
    """`mlptutor grade` of the class, then mallory's released results.json."""
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["grade", str(tmp_path / "class"), "--out", str(out), "--workers", "1",
                                      "--assignment", "hw", *options])
    assert result.exit_code == 0, result.output
    return json.loads((out / "gradescope" / "mallory" / "results.json").read_text())


def _softmax_points(tmp_path) -> float:
    with Gradebook(tmp_path / "out" / "gradebook.sqlite") as book:
        (report,) = book.reports("hw")
    return sum(c.points for c in report.checks if c.exercise == c.function == "softmax")


def test_a_class_submission_cannot_answer_the_hidden_inputs_its_released_feedback_printed(tmp_path, write):
    write("class/mallory/softmax.py", SPY)
    seen = _seen(_grade(tmp_path)["output"])
    assert len(seen) >= 5  # the attack's first half works: the inputs are printed into the feedback
    write("class/mallory/softmax.py", _table_of(seen))
    results = _grade(tmp_path)  # a resubmission: new content, graded again without --regrade
    # before: softmax 4.5 of 4.5 (the feedback's inputs were the student's for good); now new hidden inputs, and
    # the fixed cases every student has count once a hidden input is right
    assert _softmax_points(tmp_path) == 0
    assert "on a hidden input" in next(t["output"] for t in results["tests"] if t["name"] == "softmax.softmax")


def test_the_same_class_submission_gets_the_same_inputs_on_a_regrade_and_a_changed_one_new_ones(tmp_path, write):
    write("class/mallory/softmax.py", SPY)
    first = _seen(_grade(tmp_path)["output"])
    again = _seen(_grade(tmp_path, "--regrade")["output"])
    write("class/mallory/softmax.py", SPY + "# the next submission\n")
    other = _seen(_grade(tmp_path)["output"])
    checked = CliRunner().invoke(cli, ["check", "--format", "json", "--student", "mallory",
                                       str(tmp_path / "class" / "mallory" / "softmax.py")])
    assert first.keys() == again.keys()
    assert _seen(json.loads(checked.output)["output"]).keys() == other.keys()  # `check --student`: the grade's inputs
    shared = first.keys() & other.keys()  # the fixed cases, the same for every student and submission
    assert len(shared) < len(first) and len(other) == len(first)
