"""The grading pipeline end to end: full marks, determinism, stubs, output, hostile values, versions."""

from pathlib import Path
from types import SimpleNamespace

import numpy as np

from mlptutor.grader import versioning
from mlptutor.grader.feedback.text import render_text
from mlptutor.grader.checks.base import Plan
from mlptutor.grader.pipeline import GRADER_VERSION, Grader, content_hash, planned_calls
from mlptutor.grader.sandbox import Call

EXERCISES = Path(__file__).resolve().parents[2] / "exercises"
SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions"


def test_solutions_score_full_marks(grader, solution):
    sources = {name: solution(name) for name in grader.specs if (SOLUTIONS / f"{name}.py").exists()}
    assert {"activations", "layers", "softmax"} <= set(sources)
    report = grader.grade(sources, student="alice")
    failing = [f"{r.exercise}.{r.function} {r.check}: {r.message}" for r in report.checks if not r.passed]
    assert failing == [] and report.problems == []
    assert report.score == report.max_score > 0
    assert report.grader_version == GRADER_VERSION and report.content_hash == content_hash(sources)


def test_same_submission_same_report(grader, solution):
    sources = {"softmax": solution("softmax") + "\n\ndef softmax_jacobian(Z):\n    return np.zeros((2, 2))\n"}
    first, second = (grader.grade(sources, student="bob").to_dict() for _ in range(2))
    first.pop("seconds"), second.pop("seconds")
    assert first == second


def test_unseeded_randomness_same_report(grader, with_code):
    code = """
        _softmax = softmax

        def softmax(Z):
            return _softmax(Z) + np.random.default_rng().normal(scale=1e-3, size=np.shape(Z))
    """
    sources = {"softmax": with_code("softmax", code)}
    first, second = (grader.grade(sources, student="bob").to_dict() for _ in range(2))
    first.pop("seconds"), second.pop("seconds")
    assert first["score"] < first["max_score"] and first == second


def test_one_sandbox_job_per_submission(sandbox, solution):
    jobs = []

    class Counting:
        level = sandbox.level

        def run(self, modules, calls, limits=None, **options):
            jobs.append(sorted(modules))
            return sandbox.run(modules, calls, limits, **options)

    Grader(Counting()).grade({"softmax": solution("softmax"), "layers": solution("layers")})
    assert jobs == [["layers", "softmax"]]


def test_unknown_files_become_problems(grader, solution):
    report = grader.grade({"softmax": solution("softmax"), "homework": "x = 1\n"})
    assert report.problems == [p for p in report.problems if p.startswith("homework.py: not an exercise")]
    assert len(report.problems) == 1 and "softmax" in report.problems[0]
    assert {r.exercise for r in report.checks} == {"softmax"}


def test_untouched_stubs_say_not_implemented_per_function(grader):
    sources = {name: (EXERCISES / f"{name}.py").read_text() for name in ("activations", "layers", "softmax")}
    report = grader.grade(sources)
    assert report.score == 0 and not report.passed
    assert {r.message for r in report.checks} == {"not implemented yet"}
    text = render_text(report)
    assert "Traceback" not in text
    assert "TODO dense_backward  0/6  not implemented yet" in text


def test_warnings_and_prints_keep_full_marks(grader, with_code):
    code = """
        import sys, warnings
        _softmax = softmax

        def softmax(Z):
            warnings.warn("careful with large logits")
            print("debugging softmax", file=sys.stderr)
            print("x" * 300)
            return _softmax(Z)
    """
    report = grader.grade({"softmax": with_code("softmax", code)})
    assert report.passed and report.score == report.max_score
    assert "debugging softmax" in report.output
    text = render_text(report)
    assert "Output of your code" in text and "characters in all, cut" in text


def test_hostile_returns_are_wrong_answers(grader, with_code, rows_of):
    code = """
        _softmax = softmax

        class Sneaky(np.ndarray):
            def __eq__(self, other):
                return True

        class Rigged:
            def __eq__(self, other):
                return True
            def __array__(self, dtype=None, copy=None):
                return np.zeros(3)

        def softmax(Z):
            return _softmax(Z).view(Sneaky)

        def log_softmax(Z):
            return Rigged()

        def softmax_jacobian(Z):
            return softmax_jacobian_list(Z)

        def softmax_jacobian_list(Z):
            s = _softmax(Z)
            return (s[..., :, None] * (np.eye(s.shape[-1]) - s[..., None, :])).tolist()
    """
    report = grader.grade({"softmax": with_code("softmax", code)})
    for function in ("softmax", "log_softmax", "softmax_jacobian"):
        rows = rows_of(report, function)
        assert all(not r.passed and r.points == 0 for r in rows.values()), function
        assert "expected numpy.ndarray" in rows["value"].message


def test_results_of_a_dtype_that_is_no_number_are_wrong_answers(grader, with_code, rows_of):
    # complex arrays travel (numeric kinds); the relation finder compared them as plain leaves with != and
    # the whole check stopped with a traceback. An array of objects travels as a Foreign ndarray with its dtype's
    # kind: it was "result has type ndarray, expected numpy.ndarray", which contradicts itself
    code = """
        _softmax, _log_softmax = softmax, log_softmax

        def softmax(Z):
            return _softmax(Z).astype(complex) + 1e-12j

        def log_softmax(Z):
            return np.array([*_log_softmax(Z).ravel()[:-1], None]).reshape(np.shape(Z))

        def softmax_jacobian(Z):
            s = _softmax(Z)
            return (s[..., :, None] * (np.eye(s.shape[-1]) - s[..., None, :])).astype(np.longdouble)
    """
    report = grader.grade({"softmax": with_code("softmax", code)})
    for function, dtype in (("softmax", "complex128"), ("softmax_jacobian", "float128"), ("log_softmax", "object")):
        rows = rows_of(report, function)
        assert all(not r.passed and r.points == 0 for r in rows.values()), function
        assert f"result has dtype {dtype}" in rows["value"].message and rows["value"].mistake == "relation:cast"
    assert ("result has dtype object, expected a float array (float64): its entries are Python objects"
            in rows_of(report, "log_softmax")["value"].message)


def test_a_package_graded_code_cannot_import_is_named_as_such(grader):
    report = grader.grade({"activations": "import numpy as np\nfrom scipy.special import expit\n\n"
                                          "def sigmoid(z):\n    return expit(z)\n"})
    (load,) = [r for r in report.checks if r.kind == "load"]
    assert ("No module named 'scipy' (graded code can import numpy and Python's standard library only: write it "
            "without scipy) (activations.py line 2)") in load.message
    # a module of the standard library that is missing is not blamed on the rule
    report = grader.grade({"activations": "import numpy as np\nimport tkinter.nosuch\n"})
    assert "standard library only" not in next(r for r in report.checks if r.kind == "load").message


def test_a_long_error_message_keeps_the_line_it_was_raised_on(grader):
    # numpy's own message on np.float (removed in NumPy 1.24, common in older courses' code) is over 300 characters:
    # the cut took the line number with it
    report = grader.grade({"activations": "import numpy as np\n\ndef sigmoid(z):\n"
                                          "    z = np.asarray(z, dtype=np.float)\n    return 1 / (1 + np.exp(-z))\n"},
                          only=["activations"])
    (value,) = [r for r in report.checks if r.function == "sigmoid" and r.check == "value"]
    assert "AttributeError: module 'numpy' has no attribute 'float'" in value.message
    assert "... (activations.py line 4)" in value.message


def test_syntax_error_is_one_line_with_its_line_number(grader):
    report = grader.grade({"layers": "import numpy as np\n\ndef dense_forward(A, W, b)\n    return A\n"})
    (load,) = [r for r in report.checks if r.kind == "load"]
    assert "layers.py could not be loaded" in load.message and "line 3" in load.message
    assert not report.passed and report.score == 0
    assert {r.message for r in report.checks if r.kind != "load"} == {"not run: layers.py could not be loaded"}
    assert "FAIL dense_backward  0/6  not run: layers.py could not be loaded" in render_text(report)
    # every row, the load row too, carries an id (issue 9: every failure explained)
    assert {r.mistake for r in report.checks} == {"relation:not-loaded"}
    assert "its load row names the error and its line" in load.hint


def test_missing_function_is_one_line(grader, solution):
    source = solution("layers").split("def dense_backward")[0]
    report = grader.grade({"layers": source})
    rows = [r for r in report.checks if r.function == "dense_backward"]
    (message,) = {r.message for r in rows}
    assert "dense_backward" in message and "layers.py" in message
    assert "did you rename" not in message  # dense_forward, the nearest name, is graded itself: no renaming
    assert {r.mistake for r in rows} == {"relation:missing-function"}
    assert all(r.passed for r in report.checks if r.function == "dense_forward")


def test_a_renamed_function_is_named(grader, solution):
    """'softmax.py has no function softmax_jacobian()' alone, where the file defines softmax_jac(): the nearest
    name of a function the file defines, that no check asks for, is named."""
    source = solution("softmax").replace("def softmax_jacobian(", "def softmax_jac(")
    report = grader.grade({"softmax": source}, only=["softmax"])
    (message,) = {r.message for r in report.checks if r.function == "softmax_jacobian"}
    assert message.endswith("softmax.py has no function softmax_jacobian() (did you rename it? your file defines "
                            "softmax_jac())"), message


def test_a_right_file_carries_no_load_id(grader, solution):
    report = grader.grade({"layers": solution("layers")})
    assert report.passed and {r.mistake for r in report.checks} == {None}


def test_only_grades_some_files_but_all_are_importable(grader, solution):
    sources = {"softmax": solution("softmax"), "layers": "from softmax import softmax\n" + solution("layers")}
    report = grader.grade(sources, only=["layers"])
    assert {r.exercise for r in report.checks} == {"layers"} and report.passed


def test_content_hash_ignores_order_and_sees_every_byte():
    a = {"softmax": "x = 1\n", "layers": b"y = 2\n"}
    assert content_hash(a) == content_hash(dict(reversed(a.items())))
    assert content_hash(a) != content_hash({**a, "layers": b"y = 3\n"})


def test_grader_version_follows_grading_sources(tmp_path, monkeypatch):
    for pkg in ("versioned_a", "versioned_b"):
        (tmp_path / pkg).mkdir()
        (tmp_path / pkg / "m.py").write_text("A = 1\n")
    monkeypatch.setattr(versioning, "_locate", lambda path: tmp_path / path)
    before = versioning.source_version("versioned_a", "versioned_b")
    (tmp_path / "versioned_b" / "m.py").write_text("A = 2\n")
    assert versioning.source_version("versioned_a", "versioned_b") != before
    assert np.all([len(before) == 16, before.isalnum()])


def test_a_call_several_checks_plan_runs_once_under_its_own_id():
    x = np.ones(3)
    shared = Call("m:f:inputs:0", "m", "f", (x,))
    own = Call("m:f:value:0", "m", "f", (x,))  # the same arguments, but a call of its own: it runs too
    planned = [SimpleNamespace(plan=Plan([shared, own])), SimpleNamespace(plan=Plan([shared, Call("b", "m", "g")]))]
    assert [c.id for c in planned_calls(planned)] == ["m:f:inputs:0", "m:f:value:0", "b"]


def test_checks_sharing_inputs_judge_the_same_calls(grader, with_code, rows_of):
    # log_softmax's shape, value and hygiene checks share 4 hidden inputs: 4 calls, the fixed example and the
    # near-eps case of value, the float32 and large-logit calls of hygiene, and the reuse check's 2; a wrong log_softmax fails two of
    # them from their angles, and its right shapes count only in the share of inputs whose values are right
    code = """
        import sys
        _log_softmax = log_softmax

        def log_softmax(Z):
            print("call", file=sys.stderr)
            return _log_softmax(Z)[..., ::-1] if np.ndim(Z) == 2 else _log_softmax(Z)
    """
    report = grader.grade({"softmax": with_code("softmax", code)}, only=["softmax"])
    assert report.output.count("call") == 10
    rows = rows_of(report, "log_softmax")
    shape = rows["shape"]  # reversed columns keep the shape
    assert "right shapes for 4 sizes" in shape.message and 0 < shape.points < shape.max_points
    assert f"{shape.points:.2f} of 1: shape points count in the share of the values that are right" in shape.message
    assert not rows["value"].passed and not rows["hygiene"].passed


def test_an_asked_exercise_without_a_file_is_a_problem_and_with_score_missing_a_row(grader, solution):
    from mlptutor.grader.model import missing_file

    sources = {"softmax": solution("softmax")}
    plain = grader.grade(sources, only=["softmax", "losses"])
    scored = grader.grade(sources, only=["softmax", "losses"], score_missing=True)
    assert plain.problems == scored.problems == ["losses.py: no such file in the submission"]
    assert {r.exercise for r in plain.checks} == {"softmax"}
    assert scored.checks[:-1] == plain.checks
    assert scored.checks[-1] == missing_file("losses", grader.specs["losses"].max_points)
    assert scored.max_score == round(plain.max_score + grader.specs["losses"].max_points, 6) and scored.score == plain.score


def test_a_relative_import_that_fails_says_to_import_the_helper_by_name(grader):
    """Review F of mend24: `from . import utils` shipped utils.py, yet the file failed with "attempted relative
    import with no known parent package" and no word on why (exercise files run as top-level modules)."""
    report = grader.grade({"activations": "from . import utils\n"}, only=["activations"])
    (load,) = [r for r in report.checks if r.kind == "load"]
    # then what else the file would fail on (read25: grader/load_notes.py), here every function of the exercise
    assert "write `import utils`, not `from . import utils`; also: no function identity(), " in load.message
