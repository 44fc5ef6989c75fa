"""XOR with a 2-2-1 sigmoid network (habit: scikit-learn's MLP internals: coefs_/intercepts_ lists,
_forward_pass filling an activations list, _backprop filling a deltas list, then converted to the
stub's params dict)."""

import numpy as np

XOR_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_TARGETS = np.array([[0.0], [1.0], [1.0], [0.0]])

# truth table on (0,0), (0,1), (1,0), (1,1) -> name, for every two-input boolean function
BOOLEAN_FUNCTIONS = {
    (0, 0, 0, 0): "FALSE", (0, 0, 0, 1): "AND", (0, 0, 1, 0): "x1 AND NOT x2", (0, 0, 1, 1): "x1",
    (0, 1, 0, 0): "NOT x1 AND x2", (0, 1, 0, 1): "x2", (0, 1, 1, 0): "XOR", (0, 1, 1, 1): "OR",
    (1, 0, 0, 0): "NOR", (1, 0, 0, 1): "XNOR", (1, 0, 1, 0): "NOT x2", (1, 0, 1, 1): "x1 OR NOT x2",
    (1, 1, 0, 0): "NOT x1", (1, 1, 0, 1): "NOT x1 OR x2", (1, 1, 1, 0): "NAND", (1, 1, 1, 1): "TRUE",
}


def _logistic(X):
    """sklearn's logistic, written so no exponent is large."""
    e = np.exp(-np.abs(X))
    return np.where(X >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _forward_pass(coefs_, intercepts_, activations):
    """Fill activations[i + 1] from activations[i], logistic at every layer."""
    for i in range(len(coefs_)):
        activations[i + 1] = _logistic(activations[i] @ coefs_[i] + intercepts_[i])
    return activations


def _log_loss(y_true, y_prob):
    """Mean binary cross-entropy with the probabilities clipped to [1e-12, 1 - 1e-12]."""
    p = np.clip(y_prob, 1e-12, 1 - 1e-12)
    return float(-np.mean(y_true * np.log(p) + (1 - y_true) * np.log(1 - p)))


def _backprop(coefs_, activations, y):
    """Gradients (coef_grads, intercept_grads) of the mean BCE; deltas[-1] = (p - y) / n."""
    n_samples = y.shape[0]
    deltas = [None] * len(coefs_)
    deltas[-1] = (activations[-1] - y) / n_samples
    for i in range(len(coefs_) - 1, 0, -1):
        a = activations[i]
        deltas[i - 1] = (deltas[i] @ coefs_[i].T) * a * (1 - a)
    coef_grads = [activations[i].T @ deltas[i] for i in range(len(coefs_))]
    intercept_grads = [deltas[i].sum(0) for i in range(len(coefs_))]
    return coef_grads, intercept_grads


def _init_coef(rng, fan_in, fan_out):
    """Xavier normal draw, std sqrt(2 / (fan_in + fan_out)), zero intercepts."""
    return np.sqrt(2.0 / (fan_in + fan_out)) * rng.standard_normal((fan_in, fan_out)), np.zeros(fan_out)


def _as_params(coefs_, intercepts_):
    return {"W1": coefs_[0].copy(), "b1": intercepts_[0].copy(), "W2": coefs_[1].copy(), "b2": intercepts_[1].copy()}


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    """Train the 2-2-1 sigmoid network on XOR from numpy.random.default_rng(seed).

    Each start draws init_params([2, 2, 1], rng, "xavier") and takes up to
    max_epochs gradient steps W <- W - eta dL/dW on the mean binary cross-entropy
    L, stopping at the first params with L < tol; a start that does not get there
    is replaced by a fresh draw from the same rng (one rng for the whole run, made
    once), at most max_restarts times. Every draw and step is fixed, so a run is a
    pure function of its arguments; compute in float64 throughout.

    Returns {"epochs": int (gradient steps of the final start, 0 to max_epochs),
    "restarts": int (fresh draws after the first), "loss": float (L of the returned
    params), "predictions": (4,) float64 probabilities of the returned params for
    XOR_INPUTS, "correct": int (patterns with (p > 0.5) == y), "params": the final
    start's params, as float64 arrays}.
    """
    rng = np.random.default_rng(seed)
    layer_units = [2, 2, 1]
    restarts = 0
    while True:
        coefs_, intercepts_ = [], []
        for fan_in, fan_out in zip(layer_units[:-1], layer_units[1:]):
            W, b = _init_coef(rng, fan_in, fan_out)
            coefs_.append(W)
            intercepts_.append(b)
        activations = [XOR_INPUTS] + [None] * len(coefs_)
        n_iter_ = 0
        while True:
            _forward_pass(coefs_, intercepts_, activations)
            loss_ = _log_loss(XOR_TARGETS, activations[-1])
            if loss_ < tol or n_iter_ == max_epochs:
                break
            coef_grads, intercept_grads = _backprop(coefs_, activations, XOR_TARGETS)
            coefs_ = [W - eta * g for W, g in zip(coefs_, coef_grads)]
            intercepts_ = [b - eta * g for b, g in zip(intercepts_, intercept_grads)]
            n_iter_ += 1
        if loss_ < tol or restarts == max_restarts:
            break
        restarts += 1
    p = activations[-1].ravel()
    return {"epochs": n_iter_, "restarts": restarts, "loss": loss_, "predictions": p.astype(np.float64),
            "correct": int(np.sum((p > 0.5) == (XOR_TARGETS.ravel() == 1))),
            "params": _as_params(coefs_, intercepts_)}


def _truth_table(outputs):
    return tuple(int(v > 0.5) for v in outputs)


def hidden_logic(params):
    """Name the boolean function each unit of a 2-2-1 sigmoid network computes.

    params: any such network {"W1" (2, 2), "b1" (2,), "W2" (2, 1), "b2" (1,)},
    trained or not (a unit may compute any of the 16 functions). Hidden unit j
    on the four XOR_INPUTS, its sigmoid output thresholded at 0.5, gives a truth
    table; the output unit is read on the four binary hidden patterns (h1, h2) in
    (0,0), (0,1), (1,0), (1,1) order. Names come from BOOLEAN_FUNCTIONS; the
    "network" is the whole forward pass, with the real (not rounded) hidden values.
    Returns {"hidden": [name of h1, name of h2], "output": name of the output as a
    function of (h1, h2), e.g. "AND" or "NOT h1 OR h2", "network": name of the
    whole network on XOR_INPUTS, "XOR" once trained}.
    """
    coefs_ = [np.asarray(params["W1"], float), np.asarray(params["W2"], float)]
    intercepts_ = [np.asarray(params["b1"], float), np.asarray(params["b2"], float)]
    activations = _forward_pass(coefs_, intercepts_, [XOR_INPUTS, None, None])
    hidden = [BOOLEAN_FUNCTIONS[_truth_table(activations[1][:, j])] for j in range(2)]
    # the output unit alone, on the binary hidden patterns (the same four points as XOR_INPUTS)
    out_on_patterns = _logistic(XOR_INPUTS @ coefs_[1] + intercepts_[1])[:, 0]
    output = BOOLEAN_FUNCTIONS[_truth_table(out_on_patterns)].replace("x1", "h1").replace("x2", "h2")
    network = BOOLEAN_FUNCTIONS[_truth_table(activations[2][:, 0])]
    return {"hidden": hidden, "output": output, "network": network}
