"""The student's checker gives the instructor's verdicts on the public cases, for right and wrong code."""

import textwrap
from pathlib import Path

import pytest

from mlptutor.grader.pipeline import Grader
from mlptutor.grader.release.record import PUBLIC_STUDENT
from mlptutor.grader.sandbox import Sandbox
from mlptutor.grader.specs import load_specs

SOLUTIONS = Path(__file__).resolve().parent.parent / "solutions"
EXERCISES = Path(__file__).resolve().parent.parent.parent / "exercises"
# one wrong function per exercise file: a transposed gradient, a wrong variance, a value slip, behaviour
# slips (early stopping, mini-batches, dropout's backward through its carried explanation), a stub
WRONG = {"layers": "layers/backward_dW_transposed.py", "init": "init/he_normal_gain_one.py",
         "softmax": "softmax/log_softmax_forgets_m.py", "early_stopping": "early_stopping/patience_off_by_one.py",
         "optim": "optim/indices_no_shuffle.py", "regularization": "regularization/dropout_backward_binary_mask.py",
         "mlp": "mlp/cache_holds_A_not_A_prev.py", "derivatives": "derivatives/l2_half.py",
         "clipping": "clipping/per_tensor.py"}
# a forward difference where the central one is asked (gradcheck hands the student's code known test functions)
FORWARD_DIFFERENCE = """
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        step = np.zeros_like(x)
        step[i] = h
        grad[i] = (f(x + step) - f(x)) / h
    return grad
"""
# grading also asks SymPy to prove an equivalent formula (the checker holds no answer to prove it with): the one
# word the public verdict lacks, and which can only turn "equivalent" into "wrong" for a term too small to see
PROOF = "; SymPy confirms it"


def _submission(folder: Path, wrong: bool) -> dict[str, str]:
    folder.mkdir()
    sources = {}
    for name in sorted(load_specs()):
        text = (SOLUTIONS / f"{name}.py").read_text()
        if wrong and name in WRONG:
            text += "\n\n" + textwrap.dedent((SOLUTIONS / "wrong" / WRONG[name]).read_text())
        if wrong and name == "gradcheck":
            text += "\n\n" + FORWARD_DIFFERENCE
        if wrong and name == "train":  # unseeded: two runs with the same seed differ
            text = text.replace("rng = np.random.default_rng(seed)", "rng = np.random.default_rng()")
        if wrong and name == "losses":
            text = (EXERCISES / "losses.py").read_text()
        (folder / f"{name}.py").write_text(text)
        sources[name] = text
    return sources


# the unseeded training run's values differ from run to run, and with them the largest error its message shows
# and which relation (if any) its rows fit: only the points and the verdict must agree (what the relation finder
# left unexplored for cost, which the checker cannot say, grading does not say on the public student's rows either)
UNSEEDED = {("train", "train_classifier", "specified-run"), ("train", "train_classifier", "hygiene")}


def _explanation(key, verdict):
    """What both checks must say alike: the verdict, message and mistake (only the verdict for an unseeded run)."""
    return verdict[:2] if key in UNSEEDED else verdict


def _relation(verdict) -> bool:
    return (verdict[3] or "").startswith("relation:")


def _verdicts(rows):
    return {(r["exercise"], r["function"], r["check"]): (r["points"], r["passed"], r["message"].replace(PROOF, ""),
                                                         r["mistake"]) for r in rows}


@pytest.mark.parametrize("wrong", [False, True], ids=["correct", "wrong"])
def test_same_public_verdicts_as_the_instructors_check(tmp_path, student_json, wrong):
    sources = _submission(tmp_path / "work", wrong)
    with Sandbox(level="auto") as sandbox:
        instructor = Grader(sandbox).grade(sources, student=PUBLIC_STUDENT)
    data = student_json(tmp_path / "work")
    later = {(c["exercise"], c["function"], c["check"]) for c in data["graded_on_submission_only"]}
    theirs = _verdicts([vars(r) for r in instructor.checks if (r.exercise, r.function, r.check) not in later])
    ours = _verdicts([c for e in data["exercises"] for f in e["functions"] for c in f["checks"]])
    assert {k: v[:2] for k, v in ours.items()} == {k: v[:2] for k, v in theirs.items()}  # the verdicts
    # the explanations too: catalogued mistakes always; a relation whenever the reference's results it needs
    # were recorded (one running the reference on arguments changed otherwise may find another relation)
    assert {k: _explanation(k, v) for k, v in ours.items() if not _relation(theirs[k])} == \
        {k: _explanation(k, v) for k, v in theirs.items() if not _relation(v)}
    assert all(_relation(ours[k]) for k, v in theirs.items() if _relation(v) and k not in UNSEEDED)
    assert data["public_checks_only"] is True
    # left to grading: the training runs judged by recomputing the student's trained network with reference code
    # that solves other exercises (xor: predict and bce, of mlp and losses; the capstone's learns: mlp_forward,
    # for the validation accuracy; its early-stopping: the early_stopping rule and the classifier's loss), on
    # weights known only once the student's code has run, so no expectation can be recorded at release time;
    # every other check runs here (the capstone's reproducible aspect too: it compares the student's runs only),
    # but fit_neuron's run at the defaults, a check class of the perceptron spec (which a release does not ship)
    assert {c["kind"] for c in data["graded_on_submission_only"]} == {"behaviour", "value"}
    assert {(e, c) for e, _, c in later} == {("xor", "behaviour"), ("train", "learns"), ("train", "early-stopping"),
                                             ("perceptron", "defaults")}
    if wrong:
        failed = {k for k, (_, passed, *_) in ours.items() if not passed}
        assert ("layers", "dense_backward", "gradient") in failed
        assert ("init", "he_normal", "statistical") in failed
        assert ("softmax", "log_softmax", "value") in failed
        assert ("early_stopping", "early_stopping", "behaviour") in failed
        assert ("optim", "minibatch_indices", "behaviour") in failed
        assert ("regularization", "dropout_backward", "gradient") in failed
        assert ("mlp", "mlp_forward", "caches") in failed
        assert ("derivatives", "l2_gradient", "symbolic") in failed
        assert ("clipping", "clip_by_global_norm", "behaviour") in failed
        assert ("gradcheck", "numerical_gradient", "value") in failed
        assert ours[("gradcheck", "numerical_gradient", "value")][3] == "numerical-gradient-forward-difference"
        assert ("train", "train_classifier", "reproducible") in failed
        assert {f for e, f, _ in failed if e == "losses"} == {f.name for f in load_specs()["losses"].functions}
    else:
        assert all(passed for _, passed, *_ in ours.values())


def test_the_text_report_says_the_checks_are_public(tmp_path, student):
    folder = tmp_path / "work"
    folder.mkdir()
    (folder / "softmax.py").write_text((SOLUTIONS / "softmax.py").read_text())
    done = student("check", folder / "softmax.py", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Public checks")
    assert "hidden cases" in done.stdout


def test_a_bad_path_is_one_line(tmp_path, student):
    done = student("check", tmp_path / "nothing.py", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "no such file" in done.stderr


def test_the_checker_offers_the_registrys_release_formats(tmp_path, student):
    """One list of formats: grader.feedback.FORMATS, vendored; Gradescope's results stay the autograder's."""
    from mlptutor.grader.feedback import FORMATS, NOT_IN_RELEASE

    folder = tmp_path / "work"
    folder.mkdir()
    (folder / "softmax.py").write_text((SOLUTIONS / "softmax.py").read_text())
    offered = [name for name in FORMATS if name not in NOT_IN_RELEASE]
    assert "html" in offered and "gradescope" not in offered
    html = student("check", folder, "--format", "html", cwd=tmp_path)
    assert html.returncode == 0, html.stderr
    assert "<body>\n<p>Public checks" in html.stdout and "softmax" in html.stdout
    refused = student("check", folder, "--format", "gradescope", cwd=tmp_path)
    assert refused.returncode == 2 and "invalid choice: 'gradescope'" in refused.stderr
