"""grader/specs/train.py, the capstone: a correct training function passes, each mistake is named or told."""

import re

import pytest
from spec_cases import Appended, SpecTests, failed, grade_edits, source


def replaced(old, new):
    """The solution's train_classifier with one line changed, as a redefinition appended to the file."""
    text = source("tests/solutions", "train")
    body = text[text.index("def train_classifier("):]
    assert body.count(old) == 1, old
    return body.replace(old, new)


class TestTrainSpec(SpecTests):
    exercise = "train"

    def test_feedback_shows_the_learning_curve_and_accuracy(self, grader):
        report = grader.grade({"train": source("tests/solutions", "train")}, student="curve", only=["train"])
        learns = next(r for r in report.checks if r.check == "learns")
        assert "learning curve (epoch: training / validation loss): 0: " in learns.message
        assert "validation accuracy" in learns.message and "test accuracy" in learns.message
        # no wall time in the words ("8 epochs in 0.07 s" was): the same submission gets the same feedback
        assert not re.search(r"\d s\b", learns.message), learns.message

    def test_unseeded_and_wrong_direction_training_are_told(self, grader):
        unseeded = replaced("rng = np.random.default_rng(seed)", "rng = np.random.default_rng()")
        uphill = replaced("params[k] - eta * grads[k]", "params[k] + eta * grads[k]")
        rows = grade_edits(grader, "train", [Appended("unseeded", ("train_classifier",), unseeded)])["unseeded"]
        assert "two runs with the same seed differ" in failed(rows, "reproducible").message
        # its values relate to nothing a rerun shows: every failing row says why (the shuffles from the global
        # np.random, the weights from an unseeded generator alike)
        assert {r.mistake for r in rows if not r.passed} == {"relation:not-reproducible"}
        assert {"reproducible", "specified-run"} <= {r.check for r in rows if not r.passed}
        rows = grade_edits(grader, "train", [Appended("uphill", ("train_classifier",), uphill)])["uphill"]
        assert "must fall" in failed(rows, "learns").message

    def test_a_seed_that_changes_nothing_is_told(self, grader):
        fixed = replaced("rng = np.random.default_rng(seed)", "rng = np.random.default_rng(0)")
        rows = grade_edits(grader, "train", [Appended("fixed", ("train_classifier",), fixed)])["fixed"]
        row = failed(rows, "reproducible")
        assert row.mistake == "relation:seed-ignored" and "runs with seeds s and s + 1 are identical" in row.message


def test_the_html_feedback_draws_the_learning_curve_from_numbers_only():
    from mlptutor.grader.feedback.curves import curve_svg, parse_curve
    from mlptutor.grader.feedback.html import render_html
    from mlptutor.grader.model import CheckResult, SubmissionReport

    message = "12 epochs; learning curve (epoch: training / validation loss): 0: 2.3000 / 2.2000; 1: 1.1000 / 1.3000"
    assert parse_curve(message) == ([2.3, 1.1], [2.2, 1.3])
    assert parse_curve("learning curve (epoch: training / validation loss): 0: 1 / <script>") is None
    assert curve_svg([2.3, 1.1], [2.2, 1.3]).count("<polyline") == 2
    row = CheckResult("train", "train_classifier", "learns", "behaviour", 4.0, 4.0, True, message)
    html = render_html(SubmissionReport("s", [row]))
    assert 'aria-label="learning curve"' in html


def test_curves_are_held_to_the_weights():
    """A run's curves must be the losses of its weights: the returned weights against those the same run stopped
    after one epoch returns (learns), the validation curve's first epoch against those weights (early-stopping)."""
    import dataclasses

    from mlptutor.grader.checks.base import Context
    from mlptutor.grader.relations.stated import stated
    from mlptutor.grader.specs import train as spec
    from mlptutor.reference import train as ref

    cases = spec._runs(Context("curves", "train", "train_classifier", ref.train_classifier))
    values = {label: (ref.train_classifier(*c.args, **c.kwargs), 0.0) for label, c in cases.items()}
    learns, stopping = (dataclasses.replace(spec.SPEC.functions[0].checks[i]) for i in (0, 1))
    assert learns._learns(cases, values).score == 1.0 and stopping._early_stopping(cases, values).score == 1.0
    # weights fitted once, whatever the epochs (the one-epoch run returns the digits run's weights): nothing fell
    fitted = dict(values, **{"one-epoch": (dict(values["one-epoch"][0], params=values["digits"][0]["params"]), 0.0)})
    verdict = learns._learns(cases, fitted)
    assert verdict.score == 0.5 and "it must fall below 70%" in verdict.message
    # a validation curve made up around the returned weights' loss: its first epoch is not that epoch's weights'
    digits = dict(values["digits"][0], val_loss=[3.0, *values["digits"][0]["val_loss"][1:]])
    verdict = stopping._early_stopping(cases, dict(values, digits=(digits, 0.0)))
    assert verdict.score == 0.5 and "your validation curve starts at 3.0000" in verdict.message
    assert stopping.states_relation(verdict)
    # the training curve too: its best epoch's entry is the returned weights' training loss (a running mean of the
    # batches' losses kept this row: acc18)
    small = values["small"][0]
    running = dict(small, train_loss=[t * 1.1 if e == small["best_epoch"] else t
                                      for e, t in enumerate(small["train_loss"])])
    verdict = stopping._early_stopping(cases, dict(values, small=(running, 0.0), again=(running, 0.0)))
    assert verdict.score == 0.5 and "the small run: the returned weights have training loss" in verdict.message
    # one off in its 6th digit (Saitoh's log(p + 1e-7)) is shown as two numbers, with as many decimals as tell them
    # apart (4 showed twice the same: r22), and the row states what it is
    close = dict(small, train_loss=[t * (1 + 3e-6) if e == small["best_epoch"] else t
                                    for e, t in enumerate(small["train_loss"])])
    verdict = stopping._early_stopping(cases, dict(values, small=(close, 0.0), again=(close, 0.0)))
    trained, recorded = re.search(r"training loss ([\d.]+), but the best epoch \d+ recorded ([\d.]+)",
                                  verdict.message).groups()
    assert trained != recorded and float(trained) == pytest.approx(float(recorded), rel=1e-5)
    assert stated(verdict.message).id == "relation:training-curve-not-of-weights"
    # a run that never repeats is the reproducible row's: its curve is not held to another run's weights
    again = dict(values["small"][0], train_loss=[*values["small"][0]["train_loss"][:-1], 0.0])
    assert stopping._early_stopping(cases, dict(values, digits=(digits, 0.0), again=(again, 0.0))).score == 1.0
    # a run moved by noise far below the tolerance (1e-9 of np.random in each loss) repeats all the same: its curve is
    # held to the weights (a made-up curve with that noise kept this row: acc18)
    noisy = dict(values["small"][0], val_loss=[v + 1e-9 for v in values["small"][0]["val_loss"]])
    verdict = stopping._early_stopping(cases, dict(values, digits=(digits, 0.0), again=(noisy, 0.0)))
    assert verdict.score == 0.5 and "your validation curve starts at 3.0000" in verdict.message
    # a run longer than its epochs leaves the first epoch's weights unknown: neither the fall nor the curves are held
    # to weights (a made-up curve recording two epochs at epochs=1 kept the early-stopping row: acc17)
    longer = dict(values, **{"one-epoch": values["digits"], "small-one-epoch": values["small"]})
    assert "the run with epochs=1 recorded 8 epochs" in learns._learns(cases, longer).message
    verdict = stopping._early_stopping(cases, longer)
    assert verdict.score == 0.0 and "the small run: your validation curve cannot be held" in verdict.message
    # a one-epoch run of another layout (no epoch run at all, say) is one problem of each row, not the end of it
    empty = dict(values, **{"one-epoch": (None, "train_loss must be a non-empty list of finite floats")})
    for row in (learns._learns(cases, empty), stopping._early_stopping(cases, empty)):
        assert row.score == 0.5 and "the run with epochs=1: train_loss must be" in row.message


def test_every_students_small_run_shows_a_rule_watching_the_accuracy():
    """The small run's seed is drawn again until watching the validation accuracy stops it, or keeps its best,
    elsewhere: the early-stopping row of such a run fails for every student (r17_stops_on_accuracy kept it on 3 of 8
    students' seeds, students 1, 2 and 5 of these)."""
    import dataclasses

    from mlptutor.grader.checks.base import Context
    from mlptutor.grader.specs import train as spec
    from mlptutor.reference import train as ref

    stopping = dataclasses.replace(spec.SPEC.functions[0].checks[1])
    for student in ("seed-1", "seed-2", "seed-5"):
        cases = spec._runs(Context(student, "train", "train_classifier", ref.train_classifier))
        values = {label: (spec.WATCHES_ACCURACY.variant(*c.args, **c.kwargs), 0.0) for label, c in cases.items()}
        verdict = stopping._early_stopping(cases, values)
        assert "the small run: on your own validation curve" in verdict.message, (student, verdict.message)


def test_the_accuracy_redraw_runs_the_small_run_once_per_seed(monkeypatch):
    """Telling whether watching the accuracy stops a seed's small run elsewhere runs that run's steps once: the
    right run is `_train`'s, which the watched variant replays, and the reference never runs for it (it ran the
    small run twice per seed tried, 25 -> 0 reference runs for 12 students). About 0.05 s."""
    from mlptutor.grader.specs import train as spec

    started = []
    steps, reference = spec._steps, spec.train_classifier
    monkeypatch.setattr(spec, "_steps", lambda *args: started.append(args[3]) or steps(*args))
    monkeypatch.setattr(spec, "train_classifier",
                        lambda *args, **kwargs: started.append("reference") or reference(*args, **kwargs))
    spec._accuracy_stops_otherwise.cache_clear()
    spec._RUNS._runs.clear()
    spec._accuracy_stops_otherwise(1520460688)
    assert started == [1520460688]
