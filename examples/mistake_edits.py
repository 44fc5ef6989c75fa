"""How to make each catalogued mistake out of a correct solution: one text edit per mistake id.

EDITS[mistake_id] = (exercise, old, new): in tests/solutions/<exercise>.py,
`old` (which must occur exactly once) becomes `new`. The result is a
submission that is correct except for that one mistake, as a student would
write it; `make_class.py --check` grades them all and says which mistakes the
grader does not name.
"""

EDITS: dict[str, tuple[str, str, str]] = {
    # activations
    "sigmoid-grad-z-not-s": ("activations", "    s = sigmoid(z)\n    return s * (1 - s)",
                             "    return z * (1 - z)"),
    "sigmoid-grad-at-activation": ("activations", "    s = sigmoid(z)\n    return s * (1 - s)",
                                   "    s = sigmoid(sigmoid(z))\n    return s * (1 - s)"),
    "tanh-grad-no-square": ("activations", "return 1 - tanh(z) ** 2", "return 1 - tanh(z)"),
    "tanh-grad-at-activation": ("activations", "return 1 - tanh(z) ** 2", "return 1 - tanh(tanh(z)) ** 2"),
    "leaky-relu-grad-no-alpha": ("activations", "return np.where(np.asarray(z) > 0, 1.0, alpha)",
                                 "return np.where(np.asarray(z) > 0, 1.0, 0.0)"),
    # layers
    "dense-forward-no-bias": ("layers", "Z = A @ W + b", "Z = A @ W"),
    "dense-db-not-summed": ("layers", "dZ.sum(axis=0)", "dZ"),
    "dense-db-mean": ("layers", "dZ.sum(axis=0)", "dZ.mean(axis=0)"),
    "dense-dW-transposed": ("layers", "A.T @ dZ", "dZ.T @ A"),
    "dense-backward-extra-1/N": ("layers", "return dZ @ W.T, A.T @ dZ, dZ.sum(axis=0)",
                                 "return dZ @ W.T, A.T @ dZ / len(dZ), dZ.sum(axis=0) / len(dZ)"),
    # softmax
    "softmax-no-max-shift": ("softmax", "E = np.exp(Z - Z.max(axis=-1, keepdims=True))", "E = np.exp(Z)"),
    "softmax-wrong-axis": ("softmax", "    E = np.exp(Z - Z.max(axis=-1, keepdims=True))\n    return E / E.sum(axis=-1, keepdims=True)",
                           "    E = np.exp(Z - Z.max(axis=0, keepdims=True))\n    return E / E.sum(axis=0, keepdims=True)"),
    "softmax-global-sum": ("softmax", "    E = np.exp(Z - Z.max(axis=-1, keepdims=True))\n    return E / E.sum(axis=-1, keepdims=True)",
                           "    E = np.exp(Z - Z.max())\n    return E / E.sum()"),
    "log-softmax-as-log-of-softmax": ("softmax", "    shifted = Z - Z.max(axis=-1, keepdims=True)\n"
                                                 "    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))",
                                      "    return np.log(softmax(Z))"),
    "log-softmax-no-max-shift": ("softmax", "    shifted = Z - Z.max(axis=-1, keepdims=True)\n",
                                 "    shifted = Z\n"),
    "softmax-jacobian-diagonal-only": ("softmax", "return S[..., :, None] * (np.eye(K) - S[..., None, :])",
                                       "return S[..., :, None] * (1 - S[..., :, None]) * np.eye(K)"),
    "softmax-jacobian-sign": ("softmax", "return S[..., :, None] * (np.eye(K) - S[..., None, :])",
                              "return S[..., :, None] * (S[..., None, :] - np.eye(K))"),
    "softmax-ce-grad-no-1/N": ("softmax", "return (softmax(logits) - Y) / logits.shape[0]", "return softmax(logits) - Y"),
    "softmax-ce-grad-sign": ("softmax", "return (softmax(logits) - Y) / logits.shape[0]",
                             "return (Y - softmax(logits)) / logits.shape[0]"),
    # losses
    "mse-no-half": ("losses", "return float(0.5 * np.sum((Y_hat - Y) ** 2) / N)", "return float(np.sum((Y_hat - Y) ** 2) / N)"),
    "mse-no-mean": ("losses", "return float(0.5 * np.sum((Y_hat - Y) ** 2) / N)", "return float(0.5 * np.sum((Y_hat - Y) ** 2))"),
    "mse-mean-over-all-entries": ("losses", "return float(0.5 * np.sum((Y_hat - Y) ** 2) / N)",
                                  "return float(0.5 * np.mean((Y_hat - Y) ** 2))"),
    "mse-grad-no-1/N": ("losses", "return (Y_hat - Y) / N", "return Y_hat - Y"),
    "mse-grad-factor-2": ("losses", "return (Y_hat - Y) / N", "return 2 * (Y_hat - Y) / N"),
    "bce-no-clip": ("losses", "    P = np.clip(P, 1e-12, 1 - 1e-12)\n    return float(", "    return float("),
    "bce-no-mean": ("losses", "np.log(1 - P)) / N)", "np.log(1 - P)))"),
    "bce-grad-no-clip": ("losses", "    P = np.clip(P, 1e-12, 1 - 1e-12)\n    return (P - Y)", "    return (P - Y)"),
    "bce-grad-no-1/N": ("losses", "return (P - Y) / (P * (1 - P)) / N", "return (P - Y) / (P * (1 - P))"),
    "ce-softmax-of-unshifted-logits": ("losses", "return float(-np.sum(Y * _log_softmax(Z)) / N)",
                                       "return float(-np.sum(Y * np.log(np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True))) / N)"),
    "ce-no-mean": ("losses", "return float(-np.sum(Y * _log_softmax(Z)) / N)", "return float(-np.sum(Y * _log_softmax(Z)))"),
    "ce-logits-as-probabilities": ("losses", "return float(-np.sum(Y * _log_softmax(Z)) / N)",
                                   "return float(-np.sum(Y * np.log(Z)) / N)"),
    # mlp
    "mlp-last-activation-skipped": ("mlp", "        A = _activate(Z, name)",
                                    "        A = _activate(Z, name) if l < len(activations) else Z"),
    "mlp-no-bias": ("mlp", "Z = A @ W + b", "Z = A @ W"),
    "mlp-one-activation-for-all-layers": ("mlp", "        A = _activate(Z, name)", "        A = _activate(Z, activations[0])"),
    # backprop
    "backprop-grad-at-activation": ("backprop", "        delta = dA * _derivative(cache[\"Z\"], cache[\"activation\"])",
                                    "        name = cache[\"activation\"]\n"
                                    "        forward = {\"identity\": lambda z: z, \"sigmoid\": lambda z: 1 / (1 + np.exp(-z)),\n"
                                    "                   \"tanh\": np.tanh, \"relu\": lambda z: np.maximum(z, 0.0)}[name]\n"
                                    "        delta = dA * _derivative(forward(cache[\"Z\"]), name)"),
    "backprop-no-activation-derivative": ("backprop", "delta = dA * _derivative(cache[\"Z\"], cache[\"activation\"])", "delta = dA"),
    "backprop-db-not-summed": ("backprop", "grads[f\"b{l}\"] = delta.sum(axis=0)", "grads[f\"b{l}\"] = delta"),
    "backprop-dW-transposed": ("backprop", "cache[\"A_prev\"].T @ delta", "delta.T @ cache[\"A_prev\"]"),
    "backprop-extra-1/N": ("backprop", "        grads[f\"W{l}\"] = cache[\"A_prev\"].T @ delta\n        grads[f\"b{l}\"] = delta.sum(axis=0)",
                           "        grads[f\"W{l}\"] = cache[\"A_prev\"].T @ delta / len(delta)\n"
                           "        grads[f\"b{l}\"] = delta.sum(axis=0) / len(delta)"),
    # clipping
    "clip-per-tensor": ("clipping", "    clipped = {k: g * scale for k, g in grads.items()}",
                        "    clipped = {k: g * min(1.0, max_norm / max(float(np.sqrt(np.sum(g ** 2))), 1e-300)) for k, g in grads.items()}"),
    "clip-always-rescale": ("clipping", "    scale = 1.0\n    if norm > max_norm:\n        scale = max_norm / norm\n",
                            "    scale = max_norm / norm\n"),
    "clip-norm-after-clipping": ("clipping", "    return clipped, norm", "    return clipped, norm * scale"),
    "clip-norm-without-sqrt": ("clipping", "norm = float(np.sqrt(total))", "norm = float(total)"),
    # init
    "he-fan-out": ("init", "std = np.sqrt(2 / _fan(n_in, n_out, mode))", "std = np.sqrt(2 / _fan(n_out, n_in, mode))"),
    "he-std-not-sqrt": ("init", "std = np.sqrt(2 / _fan(n_in, n_out, mode))", "std = 2 / _fan(n_in, n_out, mode)"),
    "init-unscaled-normal": ("init", "    std = np.sqrt(2 / _fan(n_in, n_out, mode))\n    return std * rng.standard_normal((n_in, n_out))",
                             "    std = np.sqrt(2 / _fan(n_in, n_out, mode))\n    return rng.standard_normal((n_in, n_out))"),
    "he-normal-mode-ignored": ("init", "std = np.sqrt(2 / _fan(n_in, n_out, mode))", "std = np.sqrt(2 / n_in)"),
    "he-uniform-limit-as-std": ("init", "limit = np.sqrt(6 / _fan(n_in, n_out, mode))", "limit = np.sqrt(2 / _fan(n_in, n_out, mode))"),
    "he-uniform-fan-out": ("init", "limit = np.sqrt(6 / _fan(n_in, n_out, mode))", "limit = np.sqrt(6 / _fan(n_out, n_in, mode))"),
    "he-uniform-mode-ignored": ("init", "limit = np.sqrt(6 / _fan(n_in, n_out, mode))", "limit = np.sqrt(6 / n_in)"),
    "xavier-fan-in-only": ("init", "std = np.sqrt(1 / _fan(n_in, n_out, mode))", "std = np.sqrt(1 / n_in)"),
    "xavier-sum-not-average": ("init", "std = np.sqrt(1 / _fan(n_in, n_out, mode))", "std = np.sqrt(1 / (n_in + n_out))"),
    "xavier-normal-mode-ignored": ("init", "std = np.sqrt(1 / _fan(n_in, n_out, mode))", "std = np.sqrt(2 / (n_in + n_out))"),
    "xavier-uniform-limit-as-std": ("init", "limit = np.sqrt(3 / _fan(n_in, n_out, mode))", "limit = np.sqrt(1 / _fan(n_in, n_out, mode))"),
    "xavier-uniform-fan-in-only": ("init", "limit = np.sqrt(3 / _fan(n_in, n_out, mode))", "limit = np.sqrt(3 / n_in)"),
    "xavier-uniform-mode-ignored": ("init", "limit = np.sqrt(3 / _fan(n_in, n_out, mode))", "limit = np.sqrt(6 / (n_in + n_out))"),
    # optim
    "sgd-step-ascent": ("optim", "params[k] - eta * grads[k]", "params[k] + eta * grads[k]"),
    "iterations-floor": ("optim", "return int(np.ceil(n / batch_size))", "return n // batch_size"),
    "iterations-plus-one": ("optim", "return int(np.ceil(n / batch_size))", "return n // batch_size + 1"),
    "minibatch-indices-drop-last": ("optim", "for start in range(0, n, batch_size):", "for start in range(0, n - batch_size + 1, batch_size):"),
    "minibatch-indices-no-shuffle": ("optim", "perm = rng.permutation(n)", "perm = np.arange(n)"),
    "minibatches-drop-last": ("optim", "for idx in minibatch_indices(len(X), batch_size, rng)]",
                              "for idx in minibatch_indices(len(X), batch_size, rng) if len(idx) == batch_size]"),
    "minibatches-no-shuffle": ("optim", "    return [(X[idx], Y[idx]) for idx in minibatch_indices(len(X), batch_size, rng)]",
                               "    return [(X[s:s + batch_size], Y[s:s + batch_size]) for s in range(0, len(X), batch_size)]"),
    "minibatches-x-y-shuffled-apart": ("optim", "    return [(X[idx], Y[idx]) for idx in minibatch_indices(len(X), batch_size, rng)]",
                                       "    x_batches = minibatch_indices(len(X), batch_size, rng)\n"
                                       "    y_batches = minibatch_indices(len(X), batch_size, rng)\n"
                                       "    return [(X[i], Y[j]) for i, j in zip(x_batches, y_batches)]"),
    # regularization
    "l2-penalty-on-biases": ("regularization", "        if key.startswith(\"W\"):\n            total += np.sum(value ** 2)",
                             "        total += np.sum(value ** 2)"),
    "l2-penalty-no-half": ("regularization", "return float(lam / 2 * total)", "return float(lam * total)"),
    "l2-gradient-on-biases": ("regularization", "        if key.startswith(\"W\"):\n            grads[key] = lam * value\n"
                                                "        else:\n            grads[key] = np.zeros_like(value)",
                              "        grads[key] = lam * value"),
    "l2-gradient-no-lambda": ("regularization", "grads[key] = lam * value", "grads[key] = value"),
    "l2-gradient-factor-2": ("regularization", "grads[key] = lam * value", "grads[key] = 2 * lam * value"),
    "weight-decay-wrong-sign": ("regularization", "(1 - eta * lam) * value", "(1 + eta * lam) * value"),
    "weight-decay-on-biases": ("regularization", "            new[key] = value - eta * grads[key]",
                               "            new[key] = (1 - eta * lam) * value - eta * grads[key]"),
    "weight-decay-without-eta": ("regularization", "(1 - eta * lam) * value", "(1 - lam) * value"),
    "dropout-no-rescale": ("regularization", "mask = keep / (1 - p)", "mask = keep.astype(np.float64)"),
    "dropout-scaled-at-eval": ("regularization", "mask = np.ones_like(A)", "mask = np.full_like(A, 1 - p)"),
    "dropout-active-at-eval": ("regularization", "    if mode == \"eval\":\n        mask = np.ones_like(A)\n    else:\n"
                                                 "        keep = rng.random(A.shape) >= p\n        mask = keep / (1 - p)",
                               "    keep = rng.random(A.shape) >= p\n    mask = keep / (1 - p)"),
    "dropout-p-as-keep-probability": ("regularization", "keep = rng.random(A.shape) >= p\n        mask = keep / (1 - p)",
                                      "keep = rng.random(A.shape) < p\n        mask = keep / p"),
    "dropout-backward-unscaled": ("regularization", "return dout * cache[\"mask\"]", "return dout * (cache[\"mask\"] > 0)"),
    # early_stopping
    "early-stopping-patience-off-by-one": ("early_stopping", "if wait >= patience:", "if wait > patience:"),
    "early-stopping-min-delta-ignored": ("early_stopping", "if loss < best - min_delta:", "if loss < best:"),
    "early-stopping-ties-improve": ("early_stopping", "if loss < best - min_delta:", "if loss <= best - min_delta:"),
    "early-stopping-last-weights": ("early_stopping", "weights[best_epoch]", "weights[stop_epoch]"),
    "early-stopping-restore-patience-off-by-one": ("early_stopping", "early_stopping(val_losses, patience, min_delta)",
                                                   "early_stopping(val_losses, patience + 1, min_delta)"),
    "early-stopping-restore-min-delta-ignored": ("early_stopping", "early_stopping(val_losses, patience, min_delta)",
                                                 "early_stopping(val_losses, patience, 0.0)"),
    "early-stopping-restore-ties-improve": ("early_stopping", "    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)\n",
                                            "    best, best_epoch, wait, stop_epoch = np.inf, 0, 0, len(val_losses) - 1\n"
                                            "    for epoch, loss in enumerate(val_losses):\n"
                                            "        if loss <= best - min_delta:\n"
                                            "            best, best_epoch, wait = loss, epoch, 0\n"
                                            "        else:\n"
                                            "            wait += 1\n"
                                            "        if wait >= patience:\n"
                                            "            stop_epoch = epoch\n"
                                            "            break\n"),
    # activations: the rest of the zoo
    "step-zero-at-zero": ("activations", "def step(z):\n    return (np.asarray(z) >= 0)", "def step(z):\n    return (np.asarray(z) > 0)"),
    "prelu-alpha-grad-indicator": ("activations", "return np.where(z > 0, 0.0, z)", "return np.where(z > 0, 0.0, 1.0)"),
    "gelu-tanh-no-half": ("activations", "return 0.5 * z * (1 + np.tanh(_u(z)))", "return z * (1 + np.tanh(_u(z)))"),
    "gelu-grad-cdf-only": ("activations", "return _phi_cdf(z) + z * np.exp(-z**2 / 2) / np.sqrt(2 * np.pi)",
                           "return _phi_cdf(z)"),
    # counting
    "count-no-biases": ("counting", 'return sum(row["total"] for row', 'return sum(row["weights"] for row'),
    "breakdown-shape-transposed": ("counting", '"shape": (n_in, n_out)', '"shape": (n_out, n_in)'),
    # data
    "split-truncates-sizes": ("data", "    n_train = round(fractions[0] * n)\n    n_val = min(round(fractions[1] * n), n - n_train)",
                              "    n_train = int(fractions[0] * n)\n    n_val = min(int(fractions[1] * n), n - n_train)"),
    "split-no-shuffle": ("data", "perm = rng.permutation(n)", "perm = np.arange(n)"),
    "one-hot-transposed": ("data", "    return out\n", "    return out.T\n"),
    # normalization
    "batchnorm-unbiased-variance": ("normalization", "mu, var = X.mean(axis=0), X.var(axis=0)",
                                    "mu, var = X.mean(axis=0), X.var(axis=0, ddof=1)"),
    "batchnorm-dgamma-without-x-hat": ("normalization", "        dX = dout * gamma * inv_std\n    return dX, (dout * x_hat).sum(axis=0)",
                                       "        dX = dout * gamma * inv_std\n    return dX, dout.sum(axis=0)"),
    "layernorm-no-scale-shift": ("normalization", 'return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}',
                                 'return x_hat, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}'),
    # perceptron
    "perceptron-predict-strict": ("perceptron", "return (np.asarray(X) @ w + b >= 0)", "return (np.asarray(X) @ w + b > 0)"),
    "neuron-gradient-no-1/N": ("perceptron", "dz = (neuron_forward(X, w, b, model) - y) / len(X)",
                               "dz = neuron_forward(X, w, b, model) - y"),
    "neuron-step-ascent": ("perceptron", "return w - eta * dw, b - eta * db", "return w + eta * dw, b + eta * db"),
    # init: LeCun, zeros and the symmetry problem
    "lecun-he-gain": ("init", "std = np.sqrt(1.0 / _fan", "std = np.sqrt(2.0 / _fan"),
    "spread-ignores-output-weights": ("init", "np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1]).max()", "np.abs(b1 - b1[0]).max()"),
    "symmetry-demo-no-initial-spread": ("init", "spread = [hidden_unit_spread(params)]", "spread = []"),
    # experiments
    "activation-scale-no-relu": ("experiments", "a = np.maximum(0, a @ W)", "a = a @ W"),
    "vanishing-sum-not-product": ("experiments", "return float(np.prod(_derivative(", "return float(np.sum(_derivative("),
    # xor
    "xor-epochs-off-by-one": ("xor", '{"epochs": epoch,', '{"epochs": epoch + 1,'),
    "xor-logic-output-named-in-x": ("xor", '.replace("x", "h")', ""),
    # graph
    "graph-gradients-overwritten": ("graph", "grads[arg] += grads[name] * local", "grads[arg] = grads[name] * local"),
    "graph-mul-derivative-own-value": ("graph", "return [b, a]", "return [a, b]"),
    # gradcheck
    "numerical-gradient-no-2h": ("gradcheck", "grad[i] = (up - down) / (2 * h)", "grad[i] = (up - down) / h"),
    "relative-error-one-sided": ("gradcheck", "max(np.linalg.norm(a) + np.linalg.norm(b), floor)", "max(np.linalg.norm(b), floor)"),
    # train (the capstone)
    "train-returns-last-weights": ("train", '"params": best_params', '"params": params'),
    "train-never-stops-early": ("train", "        if wait >= patience:\n            break", "        if wait >= patience:\n            pass"),
    "train-validation-loss-on-training-data": ("train", "val_loss.append(_loss(params, X_val, Y_val))",
                                               "val_loss.append(_loss(params, X_train, Y_train))"),
}
