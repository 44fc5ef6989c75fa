"""grader/specs/perceptron.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Edit, SpecTests, failed, grade_edits

TRAIN = """
        def train_perceptron(X, y, eta=1.0, max_epochs=100):
            w, b, mistakes = np.zeros(X.shape[1]), 0.0, []
            for _ in range(max_epochs):
                count = 0
                for x, target in zip(X, y):
                    {count_and_step}
                mistakes.append(count)
                {exit}
            return {{"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": mistakes[-1] == 0}}
"""
BEFORE = "count += int(perceptron_predict(x, w, b) != target); w, b = perceptron_step(w, b, x, target, eta)"
AFTER = "w, b = perceptron_step(w, b, x, target, eta); count += int(perceptron_predict(x, w, b) != target)"
EXIT = "if count == 0:\n                    break"


def define(signature, *lines):
    body = "\n".join(f"            {line}" for line in lines)
    return f"""
        def {signature}:
{body}
    """


EDITS = [
    Edit("perceptron-predict-strict", ("perceptron_predict",),
         define("perceptron_predict(X, w, b)", "return (np.asarray(X) @ w + b > 0).astype(float)")),
    Edit("perceptron-predict-sign", ("perceptron_predict",),
         define("perceptron_predict(X, w, b)", "return np.where(np.asarray(X) @ w + b >= 0, 1.0, -1.0)")),
    Edit("perceptron-predict-no-bias", ("perceptron_predict",),
         define("perceptron_predict(X, w, b)", "return (np.asarray(X) @ w >= 0).astype(float)")),
    Edit("perceptron-rule-sign", ("perceptron_step", "perceptron_predict"), define(
        "perceptron_step(w, b, x, y, eta=1.0)", "error = y - perceptron_predict(x, w, b)",
        "return w - eta * error * np.asarray(x, dtype=float), float(b - eta * error)")),
    Edit("perceptron-rule-bias-not-updated", ("perceptron_step", "perceptron_predict"), define(
        "perceptron_step(w, b, x, y, eta=1.0)", "error = y - perceptron_predict(x, w, b)",
        "return w + eta * error * np.asarray(x, dtype=float), float(b)")),
    Edit("perceptron-rule-with-z", ("perceptron_step",), define(
        "perceptron_step(w, b, x, y, eta=1.0)", "error = y - (np.asarray(x) @ w + b)",
        "return w + eta * error * np.asarray(x, dtype=float), float(b + eta * error)")),
    Edit("perceptron-train-no-early-exit", ("train_perceptron", "perceptron_step", "perceptron_predict"),
         TRAIN.format(count_and_step=BEFORE, exit="pass")),
    Edit("perceptron-train-counts-after-update", ("train_perceptron", "perceptron_step", "perceptron_predict"),
         TRAIN.format(count_and_step=AFTER, exit=EXIT)),
    Edit("neuron-logistic-without-sigmoid", ("neuron_forward",),
         define("neuron_forward(X, w, b, model)", "return X @ w + b")),
    Edit("neuron-linear-with-sigmoid", ("neuron_forward",),
         define("neuron_forward(X, w, b, model)", "return _sigmoid(X @ w + b)")),
    Edit("neuron-forward-no-bias", ("neuron_forward",),
         define("neuron_forward(X, w, b, model)", "z = X @ w", "return z if model == 'linear' else _sigmoid(z)")),
    Edit("neuron-mse-no-half", ("neuron_loss",), define(
        "neuron_loss(X, y, w, b, model)", "z = X @ w + b",
        "if model == 'linear':", "    return float(np.mean((z - y) ** 2))",
        "return float(np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))")),
    Edit("neuron-loss-summed", ("neuron_loss",), define(
        "neuron_loss(X, y, w, b, model)", "z = X @ w + b",
        "if model == 'linear':", "    return float(0.5 * np.sum((z - y) ** 2))",
        "return float(np.sum(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))")),
    Edit("neuron-logistic-loss-mse", ("neuron_loss", "neuron_forward"), define(
        "neuron_loss(X, y, w, b, model)", "return float(0.5 * np.mean((neuron_forward(X, w, b, model) - y) ** 2))")),
    Edit("neuron-gradient-no-1/N", ("neuron_gradient", "neuron_forward"), define(
        "neuron_gradient(X, y, w, b, model)", "dz = neuron_forward(X, w, b, model) - y", "return X.T @ dz, float(dz.sum())")),
    Edit("neuron-gradient-sign", ("neuron_gradient", "neuron_forward"), define(
        "neuron_gradient(X, y, w, b, model)", "dz = (y - neuron_forward(X, w, b, model)) / len(X)",
        "return X.T @ dz, float(dz.sum())")),
    Edit("neuron-logistic-gradient-extra-sigmoid-derivative", ("neuron_gradient", "neuron_forward"), define(
        "neuron_gradient(X, y, w, b, model)", "p = neuron_forward(X, w, b, model)", "dz = (p - y) / len(X)",
        "if model == 'logistic':", "    dz = dz * p * (1 - p)", "return X.T @ dz, float(dz.sum())")),
    Edit("neuron-step-ascent", ("neuron_gd_step", "neuron_gradient", "neuron_forward"), define(
        "neuron_gd_step(X, y, w, b, eta, model)", "dw, db = neuron_gradient(X, y, w, b, model)",
        "return w + eta * dw, b + eta * db")),
    Edit("neuron-step-bias-not-updated", ("neuron_gd_step", "neuron_gradient", "neuron_forward"), define(
        "neuron_gd_step(X, y, w, b, eta, model)", "dw, db = neuron_gradient(X, y, w, b, model)",
        "return w - eta * dw, float(b)")),
    Edit("neuron-step-summed-gradient", ("neuron_gd_step", "neuron_gradient", "neuron_forward"), define(
        "neuron_gd_step(X, y, w, b, eta, model)", "dw, db = neuron_gradient(X, y, w, b, model)",
        "return w - eta * len(X) * dw, b - eta * len(X) * db")),
    Edit("fit-neuron-loss-after-step", ("fit_neuron", "neuron_gd_step", "neuron_loss", "neuron_gradient", "neuron_forward"),
         define("fit_neuron(X, y, model, eta=0.1, steps=1000)", "w, b, losses = np.zeros(X.shape[1]), 0.0, []",
                "for _ in range(steps):", "    w, b = neuron_gd_step(X, y, w, b, eta, model)",
                "    losses.append(neuron_loss(X, y, w, b, model))", "return w, b, losses")),
    Edit("fit-neuron-one-step-short", ("fit_neuron", "neuron_gd_step", "neuron_loss", "neuron_gradient", "neuron_forward"),
         define("fit_neuron(X, y, model, eta=0.1, steps=1000)", "w, b, losses = np.zeros(X.shape[1]), 0.0, []",
                "for t in range(steps):", "    losses.append(neuron_loss(X, y, w, b, model))",
                "    if t < steps - 1:", "        w, b = neuron_gd_step(X, y, w, b, eta, model)", "return w, b, losses")),
]


class TestPerceptronSpec(SpecTests):
    exercise, edits = "perceptron", EDITS

    def test_an_update_in_place_is_told_by_the_hygiene_check(self, grader):
        code = define("perceptron_step(w, b, x, y, eta=1.0)", "error = y - perceptron_predict(x, w, b)",
                      "w += eta * error * np.asarray(x, dtype=float)", "return w, float(b + eta * error)")
        rows = grade_edits(grader, "perceptron", [Edit("in-place", ("perceptron_step",), code)])["in-place"]
        assert "modified in place" in failed(rows, "hygiene").message
