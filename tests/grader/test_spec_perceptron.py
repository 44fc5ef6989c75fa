"""grader/specs/perceptron.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Appended, SpecTests, failed, grade_edits, source

from mlptutor.grader.specs.perceptron import same_losses


def define(signature, *lines):
    body = "\n".join(f"            {line}" for line in lines)
    return f"""
        def {signature}:
{body}
    """


class TestPerceptronSpec(SpecTests):
    exercise = "perceptron"

    def test_losses_that_part_from_the_right_ones_say_where(self):
        """Losses recorded after each step, from another start, or by other steps are each told so (r19: a fit of
        per-example steps was told 'losses[t] is the loss before step t', which it recorded)."""
        want = [1.0, 0.6, 0.3, 0.2]
        assert same_losses(want, want, None) is None
        assert same_losses([0.6, 0.3, 0.2, 0.1], want, None).endswith("the loss before step t, not after it")
        assert same_losses([2.0, 0.6, 0.3, 0.2], want, None).endswith("the start w = 0, b = 0, before any step")
        assert same_losses([1.0, 0.5, 0.2, 0.1], want, None).endswith(
            "losses[0..0] are right, so the steps from step 0 on are not the documented ones")
        # levelled-off losses, only the last wrong: equal to the right ones shifted, yet recorded at the right time
        assert same_losses([0.2, 0.2, 0.2, 0.5], [0.2, 0.2, 0.2, 0.2], None).endswith(
            "losses[0..2] are right, so the steps from step 2 on are not the documented ones")

    def test_an_update_in_place_is_told_on_the_calls_that_update(self, grader):
        code = define("perceptron_step(w, b, x, y, eta=1.0)", "error = y - perceptron_predict(x, w, b)",
                      "w += eta * error * np.asarray(x, dtype=float)", "return w, float(b + eta * error)")
        rows = grade_edits(grader, "perceptron", [Appended("in-place", ("perceptron_step",), code)])["in-place"]
        # 4 of the 6 calls update w (the first point is classified right, and so is a label 1 at the zero start)
        message = failed(rows, "value").message
        assert "argument 1 (w) was modified in place" in message and ", on 4 of 6 calls" in message

    def test_defaults_no_short_run_reaches_are_checked(self, grader):
        """A default changed (max_epochs 99, steps 1) shows only on a call at the defaults: XOR for 100 epochs,
        gradient descent for 1000 steps."""
        text = source("tests/solutions", "perceptron")
        epochs = text[text.index("def train_perceptron("):text.index("def _sigmoid(")].replace("max_epochs=100", "max_epochs=99")
        fit = text[text.index("def fit_neuron("):].replace("steps=1000", "steps=1")
        rows = grade_edits(grader, "perceptron", [Appended("epochs", ("train_perceptron",), epochs),
                                                  Appended("steps", ("fit_neuron",), fit)])
        assert failed(rows["epochs"], "value").mistake  # the XOR run at the defaults tells, and is explained
        assert "called with the defaults (eta 0.1, 1000 steps)" in failed(rows["steps"], "defaults").message

    def test_every_function_checks_its_arguments_on_every_call(self, grader):
        code = define("neuron_forward(X, w, b, model)", "X -= 0.0 * X + 1e-3  # shifted in place", "z = X @ w + b",
                      "return z if model == 'linear' else _sigmoid(z)")
        rows = grade_edits(grader, "perceptron", [Appended("forward", ("neuron_forward",), code)])["forward"]
        assert "argument 1 (X) was modified in place" in failed(rows, "hygiene").message

    def test_a_none_inside_the_returned_tuple_is_not_told_as_no_return(self, grader):
        """fit_neuron returning (w, None, losses) did return: its bias check, which picks result[1], said "a function
        without `return` gives None" and hinted to end it with return."""
        text = source("tests/solutions", "perceptron")
        fit = text[text.index("def fit_neuron("):].replace("return w, b, losses", "return w, None, losses")
        assert "return w, None, losses" in fit
        rows = grade_edits(grader, "perceptron", [Appended("none", ("fit_neuron",), fit)])["none"]
        row = failed(rows, "bias")
        assert "result[1]" in row.message and "without `return`" not in row.message + (row.hint or ""), row

    def test_a_loss_recorded_after_the_last_step_too_is_one_entry_too_many(self, grader):
        code = define("fit_neuron(X, y, model, eta=0.1, steps=1000)", "w, b = np.zeros(X.shape[1]), 0.0",
                      "losses = [neuron_loss(X, y, w, b, model)]", "for _ in range(steps):",
                      "    w, b = neuron_gd_step(X, y, w, b, eta, model)",
                      "    losses.append(neuron_loss(X, y, w, b, model))", "return w, b, losses")
        rows = grade_edits(grader, "perceptron", [Appended("final", ("fit_neuron",), code)])["final"]
        row = failed(rows, "losses")
        assert row.mistake == "relation:length" and "then 1 more at the end" in row.hint, (row.mistake, row.hint)
        assert all(r.passed for r in rows if r.check != "losses")


def test_the_rules_prediction_slips_are_the_predict_slips():
    """The rule's strict-step and np.sign slips predict with perceptron_predict's strict and np.sign mistakes (one
    y_hat, not a second spelling of it in _step): on the threshold (z = 0) and on both sides, each updates by
    y - that mistake's prediction."""
    import numpy as np

    from mlptutor.grader.specs import perceptron as spec

    w, x = np.array([1.0, -1.0]), np.array([2.0, 1.0])
    for step, predict in ((spec.STEP_STRICT, spec.PREDICT_STRICT), (spec.STEP_NP_SIGN, spec.PREDICT_NP_SIGN)):
        for b in (-1.0, 0.0, 1.0):
            for y in (0, 1):
                error = y - predict.variant(x, w, b)
                for new_w, new_b in (step.variant(w, b, x, y), spec._step(w, b, x, y, predict=predict.variant)):
                    assert np.array_equal(new_w, w + error * x) and new_b == b + error



def test_the_pasted_pm1_rule_is_told_by_its_update_at_z_0_and_its_hint_says_so():
    """perceptron-rule-label-margin (if y z <= 0: w += eta y x) and perceptron-rule-target-times-x (a miss moved by
    eta y x) step alike but for a label 1 at z = 0, which only the pasted rule updates: its hint must say so (r24c's
    review: the hint named the label 0 only, not the update that tells the two apart)."""
    import numpy as np

    from mlptutor.grader.specs import perceptron as spec

    w, x = np.array([1.0, -1.0]), np.array([2.0, 1.0])
    for b in (-2.0, -1.0, 0.0, 1.0):  # z = 1 + b: below, at and above the threshold
        for y in (0, 1):
            pasted, target = spec.STEP_LABEL_MARGIN.variant(w, b, x, y), spec.STEP_TARGET.variant(w, b, x, y)
            same = np.array_equal(pasted[0], target[0]) and pasted[1] == target[1]
            assert same == (not (y == 1 and b == -1.0)), (b, y)
    assert "a label 1 at z = 0" in spec.STEP_LABEL_MARGIN.hint

def test_a_training_slip_is_the_training_with_its_slip_switched_on():
    """train_perceptron's mistakes are _trained(flag), _train with that flag (each lambda spelled the signature and
    its defaults again): without the early exit, the run goes on to max_epochs."""
    import numpy as np

    from mlptutor.grader.specs import perceptron as spec
    from mlptutor.reference.perceptron import train_perceptron

    X, y = np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1, 0])
    assert spec._trained()(X, y)["epochs"] == train_perceptron(X, y)["epochs"] == 3
    no_exit = spec._trained(early_exit=False)(X, y, 1.0, 7)
    assert no_exit["epochs"] == spec.TRAIN_NO_EXIT.variant(X, y, 1.0, 7)["epochs"] == 7


def test_the_defaults_checks_weights_are_fit_neurons_bit_for_bit():
    """The defaults check plans its expected w without fit_neuron's 1,000 losses (_fitted_weights): the very w and b
    of the reference's run, to the last bit, on the draws of three students (about 0.1 s of CPU)."""
    import numpy as np

    from mlptutor.grader.specs import perceptron as spec
    from mlptutor.reference.perceptron import fit_neuron

    for seed in range(3):
        (X, y, model), = spec.fit_defaults(np.random.default_rng(seed))
        w, b, _ = fit_neuron(X, y, model)
        fitted_w, fitted_b = spec._fitted_weights(X, y, model)
        assert fitted_w.tobytes() == w.tobytes() and fitted_w.dtype == w.dtype and (fitted_b, type(fitted_b)) == (b, type(b))
