"""Attacks of the tenth round on grading a class: what a submission prints reaches its released feedback, so the
next submission must not be graded on the inputs it printed."""

import base64
import json
import re
import zlib
from pathlib import Path

import numpy as np
import pytest
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


# --- a table of the release's answers: every public call answered, nothing computed ----------------------------

KEY = '''
import hashlib
import numpy as np
def _k(v):
    if isinstance(v, np.ndarray):
        return ("a", v.dtype.str, v.shape, hashlib.sha1(np.ascontiguousarray(v).tobytes()).hexdigest())
    if isinstance(v, np.random.Generator):
        return ("g", repr(v.bit_generator.state))
    if isinstance(v, (list, tuple)):
        return (type(v).__name__, tuple(_k(x) for x in v))
    if isinstance(v, dict):
        return ("d", tuple(sorted((str(k), _k(x)) for k, x in v.items())))
    if v is None or isinstance(v, (int, float, str, bool, np.generic)):
        return repr(v)
    return ("o", type(v).__name__, getattr(v, "__qualname__", ""))
def key(name, args, kwargs):
    return hashlib.sha1(repr((name, _k(tuple(args)), _k(dict(kwargs)))).encode()).hexdigest()
'''
# the exercises where such a table scored at 7782ec0: behaviour 13.65 of 42 (xor.train_xor's scripted runs,
# experiments 2 of 2, early stopping's scripted curves, ...), value 3.3 (relative_error's written-out "hidden" pairs,
# train_perceptron's XOR gates in its draw), whatever it returns off the table
TABLED = ("data", "early_stopping", "experiments", "gradcheck", "perceptron", "xor")


def _table_cheat(exercise: str) -> str:
    """A module answering each call the public student's plan makes (fixed cases, scripted scenarios, the public
    draws: all in the student release) from a table keyed on its arguments, raising on anything else."""
    import pickle

    from mlptutor.grader import pipeline
    from mlptutor.grader.checks.cases import Case, materialise, run_trusted
    from mlptutor.grader.checks.validate import pick as pick_path
    from mlptutor.grader.sandbox import Ref
    from mlptutor.grader.specs import load_specs

    namespace = {}
    exec(KEY, namespace)
    specs = load_specs()
    grader = pipeline.Grader(sandbox=None, specs=specs)
    job = pipeline.GradingJob(pipeline.PUBLIC_STUDENT, {exercise: b""}, only=[exercise])
    pipeline.identify(job, grader)
    pipeline.plan(job, grader)
    references = {f.name: f.reference for f in specs[exercise].functions}
    results, table = {}, {}

    def resolved(v):
        if isinstance(v, Ref):
            return pick_path(results[v.call_id], v.path)
        return type(v)(map(resolved, v)) if type(v) in (list, tuple) else v

    for call in pipeline.planned_calls(job.planned):
        if call.module == exercise and call.function in references:
            try:
                args = resolved(call.args)
            except KeyError:  # a Ref to a call not answered
                continue
            results[call.id] = run_trusted(references[call.function], Case(args, call.kwargs))
            table[namespace["key"](call.function, materialise(args), materialise(call.kwargs))] = results[call.id]
    blob = base64.b64encode(zlib.compress(pickle.dumps(table))).decode()
    return (KEY + f"import base64, pickle, zlib\nT = pickle.loads(zlib.decompress(base64.b64decode({blob!r})))\n"
            + "".join(f"def {name}(*args, **kwargs):\n    return T[key({name!r}, args, kwargs)]\n" for name in references))


@pytest.fixture(scope="module")
def grader():
    from mlptutor.grader.pipeline import Grader
    from mlptutor.grader.sandbox import Sandbox

    with Sandbox(level="auto") as sandbox:
        yield Grader(sandbox)


def test_a_table_of_the_releases_answers_scores_nothing(grader):
    sources = {name: _table_cheat(name) for name in TABLED}
    public = grader.grade(sources, student="\x00public", only=TABLED)
    assert public.score > 0.5 * public.max_score  # the table works where its inputs are: the public student's
    report = grader.grade(sources, student="mallory", only=TABLED)
    assert report.score == 0, [(c.exercise, c.function, c.check, c.points, c.message) for c in report.checks
                               if c.points]


# --- a job against the processes around it: signals and /proc (held at 7782ec0; kept so) -----------------------

SIGNALS = """import os, signal
def _tried(label, attempt):
    try:
        attempt()
        print(label, "done")
    except OSError as e:
        print(label, "denied", e.errno)
_tried("environ", lambda: open("/proc/1/environ", "rb").read())
_tried("memory", lambda: open(f"/proc/{os.getppid()}/mem", "rb").read(1))
_tried("files", lambda: os.listdir(f"/proc/{os.getppid()}/fd"))
for pid in (1, os.getppid()):
    for sig in (signal.SIGSTOP, signal.SIGKILL):
        _tried(f"signal {pid}", lambda: os.kill(pid, sig))
_tried("everyone", lambda: os.kill(-1, signal.SIGKILL))  # the job's own processes only: its uid's
"""


def test_a_job_can_neither_signal_nor_read_the_processes_that_run_it(grader, tmp_path):
    if grader.sandbox.level != "bwrap":
        pytest.skip("a private uid and PID namespace: bubblewrap")
    solution = (Path(__file__).resolve().parents[1] / "solutions" / "softmax.py").read_text()
    report = grader.grade({"softmax": SIGNALS + solution}, student="mallory", only=["softmax"])
    done = {line.removesuffix(" done") for line in report.output.splitlines() if line.endswith(" done")}
    assert done == {"everyone"} and report.output.count(" denied ") == 7, report.output
    assert report.score == report.max_score  # the zygote and the grader went on: every call ran
    again = grader.grade({"softmax": solution}, student="fay", only=["softmax"])
    assert again.score == again.max_score
