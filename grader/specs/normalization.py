"""Spec of exercises/normalization.py: batch norm (train and eval, running statistics) and layer norm.

Forwards are compared whole, output and cache (the cache's layout is part of
the docstring, since the backward is judged on the reference's caches);
backwards against the reference and, through gradient checks, against
central differences of the student's own forward: batch norm in train mode
(mu and var depend on X) and in eval mode (they are constants), layer norm.
Inputs carry an offset of 1e4 on the hygiene check, where a variance computed
as E[x^2] - E[x]^2 loses its digits.
"""

import numpy as np

from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.cases import Case, Inputs
from mlptutor.grader.checks.gradient import GradientCheck
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.shape import ShapeCheck
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake, slips
from mlptutor.grader.relations.terms import Term
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs._reuse import alike_twice
from mlptutor.reference import normalization as ref

# the course's example: layer norm of [1, 2, 3, 4] gives [-1.34, -0.45, 0.45, 1.34]
LAYER_EXAMPLE = (np.array([[1.0, 2.0, 3.0, 4.0]]), np.ones(4), np.zeros(4))
# eps passed by keyword, large enough to matter: a body that reads the module's EPS instead gets other values
EPS_BATCH_EVAL = Case((np.array([[1.0, 2.0], [3.0, 6.0]]), np.ones(2), np.zeros(2), np.array([0.5, 1.0]),
                       np.array([2.0, 0.5])), {"mode": "eval", "eps": 0.5})
EPS_LAYER = Case((np.array([[1.0, 2.0, 3.0, 4.0], [2.0, 0.0, 1.0, 5.0]]), np.ones(4), np.zeros(4)), {"eps": 0.5})
# an example whose features nearly agree (variance 1.25e-6, below the default eps): the eps used shows in every
# entry, so a fixed eps of 1e-7, 1e-3 or none are told apart from each other and from the argument's
FLAT_LAYER = (np.array([[1.0, 1.001, 0.999, 1.002]]), np.ones(4), np.zeros(4))
BATCH_SIZES = ((2, 3), (5, 4), (3, 6))  # batch norm needs two rows to have a variance
LAYER_SIZES = ((1, 4), (5, 3), (3, 6))
GRADS = ("dX", "dgamma", "dbeta")


def _features(d, rng):
    return rng.uniform(0.5, 2.0, size=d), rng.normal(size=d)


def batch_case(n, d, rng, mode="train", offset=0.0):
    gamma, beta = _features(d, rng)
    X = offset + rng.normal(1.0, 2.0, size=(n, d))
    running_mean, running_var = rng.normal(size=d), rng.uniform(0.5, 2.0, size=d)
    return Case((X, gamma, beta, running_mean, running_var), {"mode": mode, "momentum": float(rng.choice([0.9, 0.8]))})


def layer_case(n, d, rng, offset=0.0):
    return (offset + rng.normal(1.0, 2.0, size=(n, d)), *_features(d, rng))


def batch_backward_case(n, d, rng, mode="train", eps=ref.EPS):
    case = batch_case(n, d, rng, mode)
    return rng.normal(size=(n, d)), ref.batchnorm_forward(*case.args, **case.kwargs, eps=eps)[1]


def layer_backward_case(n, d, rng):
    return rng.normal(size=(n, d)), ref.layernorm_forward(*layer_case(n, d, rng))[1]


BATCH = Inputs("inputs", lambda rng: [*(batch_case(n, d, rng) for n, d in BATCH_SIZES), batch_case(4, 3, rng, "eval")])
LAYER = Inputs("inputs", lambda rng: [layer_case(n, d, rng) for n, d in LAYER_SIZES])
# the last cache made with eps = 0.5: an eval-mode backward must use the forward's eps (the cache's inv_std), which
# the module's EPS would not give
BATCH_BACKWARD = Inputs("inputs", lambda rng: [*(batch_backward_case(n, d, rng) for n, d in BATCH_SIZES),
                                               batch_backward_case(4, 3, rng, "eval"),
                                               batch_backward_case(3, 2, rng, "eval", eps=0.5)])
LAYER_BACKWARD = Inputs("inputs", lambda rng: [layer_backward_case(n, d, rng) for n, d in LAYER_SIZES])


def forward_checks(inputs, fixed, extreme):
    return (
        ShapeCheck("shape", 1.0, sizes=inputs),
        ValueCheck("value", 3.0, fixed=fixed, hidden=inputs),
        HygieneCheck("hygiene", 1.0, inputs=inputs, extreme=extreme),
    )


def _batchnorm(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=ref.EPS,
               ddof=0, eval_batch=False, swap_momentum=False, eps_outside=False, running_ddof=None, shortcut=False,
               eval_updates=False):
    """Batch norm with the usual slips switchable: a frame for the wrong variants below (eval_updates: the batch's
    statistics folded into the running ones in eval mode too)."""
    train = mode == "train" or eval_batch
    mu, var = (X.mean(axis=0), X.var(axis=0, ddof=ddof)) if train else (running_mean, running_var)
    if shortcut and train:
        var = (X * X).mean(axis=0) - mu * mu
    if mode == "train" or eval_updates:
        keep = 1 - momentum if swap_momentum else momentum
        batch_mu, batch_var = (mu, var) if train else (X.mean(axis=0), X.var(axis=0, ddof=ddof))
        running_mean = keep * running_mean + (1 - keep) * batch_mu
        running = batch_var if running_ddof is None else X.var(axis=0, ddof=running_ddof)
        running_var = keep * running_var + (1 - keep) * running
    inv_std = 1 / (np.sqrt(var) + eps) if eps_outside else 1 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": running_mean, "running_var": running_var}
    return gamma * x_hat + beta, cache


def batchnorm_variant(**slip):
    """batchnorm_forward with these slips of _batchnorm on (two of them compose: grader/relations/paired.py)."""
    return slips(_batchnorm, **slip)


BN_UNBIASED = Mistake(
    "batchnorm-unbiased-variance", "batch norm with the unbiased variance (divided by N - 1)",
    "batch norm standardises with the batch's own (biased) variance: divide by N, numpy's default ddof=0.",
    batchnorm_variant(ddof=1))
BN_EVAL_BATCH = Mistake(
    "batchnorm-eval-uses-batch-statistics", "eval mode standardising with the batch's statistics",
    "in eval mode the output must not depend on the rest of the batch: use running_mean and running_var.",
    batchnorm_variant(eval_batch=True))
BN_MOMENTUM = Mistake(
    "batchnorm-momentum-swapped", "running statistics updated as (1 - momentum) old + momentum new",
    "momentum is the share kept from the old running value: momentum * running + (1 - momentum) * batch.",
    batchnorm_variant(swap_momentum=True))
# PyTorch's momentum is the batch's share, 0.1 by default: its update with its default is this docstring's with
# 0.9, so only a call that passes momentum shows the swap (the hidden cases pass 0.9 or 0.8, the fixed one none)
BN_TORCH_MOMENTUM = Mistake(
    "batchnorm-momentum-pytorch-convention", "PyTorch's momentum (default 0.1, the batch's share): right with the "
    "default, swapped for any momentum passed in",
    "here momentum is the share kept from the old running value (default 0.9), not PyTorch's share of the batch: "
    "check both the default and the update against the docstring.",
    lambda X, gamma, beta, running_mean, running_var, mode="train", momentum=0.1, eps=ref.EPS: _batchnorm(
        X, gamma, beta, running_mean, running_var, mode, momentum, eps, swap_momentum=True))
BN_EPS_OUTSIDE = Mistake(
    "batchnorm-eps-outside-sqrt", "eps added to the standard deviation instead of the variance",
    "x_hat = (x - mu) / sqrt(var + eps): eps goes under the square root.",
    batchnorm_variant(eps_outside=True))
EPS_LEFT_OUT_HINT = ("eps keeps the division finite where a variance is 0, and it is part of the formula everywhere "
                     "else too: x_hat = (x - mu) / sqrt(var + eps) with the eps the caller passes.")
BN_NO_EPS = Mistake(
    "batchnorm-eps-left-out", "batch norm standardising by sqrt(var), without eps", EPS_LEFT_OUT_HINT,
    lambda X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=ref.EPS: _batchnorm(
        X, gamma, beta, running_mean, running_var, mode, momentum, 0.0))

BN_EVAL_UPDATES = Mistake(
    "batchnorm-eval-updates-running", "eval mode standardising with the running statistics but still folding the "
    "batch's mean and variance into the returned running_mean and running_var",
    "an eval pass only reads the running statistics, which leave it as they came in (in new arrays); only a train "
    "pass moves them toward the batch's.",
    batchnorm_variant(eval_updates=True))
BN_RUNNING_UNBIASED = Mistake(
    "batchnorm-running-variance-unbiased", "running_var updated with the unbiased batch variance (ddof=1, PyTorch's "
    "and R's var() habit) while standardising with the biased one",
    "the docstring keeps one variance throughout: the biased X.var(0) standardises the batch and updates running_var.",
    batchnorm_variant(running_ddof=1))


# E[x^2] - E[x]^2: the same number on paper, but both terms are near mean^2, so for a feature with a large mean
# (1e6 against a spread of 2) their difference keeps few digits, or goes negative (tests/solutions/wrong/
# normalization/r10_bnf_var_shortcut.py); the large inputs of the hygiene checks show it
BN_VAR_SHORTCUT = Mistake(
    "batchnorm-variance-shortcut", "the batch variance computed as mean(x^2) - mean(x)^2",
    "on features with a large mean both terms are huge and nearly equal, so their difference loses its digits: "
    "compute the variance from the deviations x - mu.",
    batchnorm_variant(shortcut=True))


def _mean(a, axis, ddof=0):
    """a's mean along axis, keepdims, divided by the count minus ddof (a count of 1 left at 1)."""
    return a.sum(axis=axis, keepdims=True) / max(a.shape[axis] - ddof, 1)


def _bn_backward(dout, cache, constant_stats=False, no_gamma=False, dgamma_plain=False, ddof=0, running_std=(),
                 projection_ddof=0):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    if cache["mode"] in running_std:  # 1 / sqrt(var + eps) rebuilt from the cache's running variance, default eps
        inv_std = 1 / np.sqrt(cache["running_var"] + ref.EPS)
    g = dout if no_gamma is True or no_gamma == cache["mode"] else dout * gamma  # no_gamma "train": that mode's only
    if cache["mode"] == "train" and not constant_stats:
        dX = inv_std * (g - _mean(g, 0, ddof) - x_hat * _mean(g * x_hat, 0, ddof or projection_ddof))
    else:
        dX = g * inv_std
    return dX, dout.sum(axis=0) if dgamma_plain else (dout * x_hat).sum(axis=0), dout.sum(axis=0)


BN_BACKWARD_CONSTANT = Mistake(
    "batchnorm-backward-constant-statistics", "the train-mode backward treating mu and var as constants",
    "in training mu and var are computed from X, so X reaches the loss through them too: "
    "dX = (g - mean(g) - x_hat mean(g x_hat)) / sqrt(var + eps) with g = dout * gamma.",
    lambda dout, cache: _bn_backward(dout, cache, constant_stats=True))
BN_BACKWARD_NO_GAMMA = Mistake(
    "batchnorm-backward-no-gamma", "dX computed from dout without multiplying by gamma",
    "y = gamma x_hat + beta: the gradient reaching x_hat is dout * gamma.",
    lambda dout, cache: _bn_backward(dout, cache, no_gamma=True))
BN_BACKWARD_TRAIN_NO_GAMMA = Mistake(
    "batchnorm-backward-train-no-gamma",
    "the train-mode dX computed from dout without gamma (the eval-mode dX keeps it)",
    "y = gamma x_hat + beta in both modes: the standardisation backward of train mode takes g = dout * gamma too.",
    lambda dout, cache: _bn_backward(dout, cache, no_gamma="train"))
BN_BACKWARD_N_MINUS_1 = Mistake(
    "batchnorm-backward-means-over-n-minus-1", "the two means of the train-mode backward divided by N - 1, not N",
    "the backward's means come from the forward's mean and biased variance, both divided by the batch size N.",
    lambda dout, cache: _bn_backward(dout, cache, ddof=1))
BN_BACKWARD_BESSEL = Mistake(
    "batchnorm-backward-bessel-projection", "the x_hat term of the train-mode backward scaled by N / (N - 1), the "
    "closed form of a forward with Bessel's correction (as in 'becoming a backprop ninja')",
    "that N / (N - 1) comes from a variance divided by N - 1; this forward's variance is the biased one (divided by "
    "N), so both means of the backward are plain means over the N examples.",
    lambda dout, cache: _bn_backward(dout, cache, projection_ddof=1))
BN_BACKWARD_RUNNING_STD = Mistake(
    "batchnorm-backward-std-from-running-var", "the train-mode backward dividing by sqrt(running_var + eps), rebuilt "
    "from the cache's running variance",
    "in training x_hat was standardised with the batch's own variance: the cache's inv_std is that 1 / sqrt(var + "
    "eps), while running_var is an average over batches, meant for eval mode.",
    lambda dout, cache: _bn_backward(dout, cache, running_std=("train", "eval")))
BN_BACKWARD_EVAL_DEFAULT_EPS = Mistake(
    "batchnorm-backward-eval-default-eps", "the eval-mode dX rebuilding 1 / sqrt(running_var + EPS) with the "
    "module's default eps, not the eps the forward was given",
    "the forward may have been called with another eps: the cache's inv_std already holds the 1 / sqrt(running_var "
    "+ eps) it standardised with.",
    lambda dout, cache: _bn_backward(dout, cache, running_std=("eval",)))
BN_DGAMMA_PLAIN = Mistake(
    "batchnorm-dgamma-without-x-hat", "dgamma summed from dout alone, like dbeta",
    "gamma multiplies x_hat in y = gamma x_hat + beta: by the product rule, what multiplies dout in dgamma?",
    lambda dout, cache: _bn_backward(dout, cache, dgamma_plain=True))


def _layernorm(X, gamma, beta, eps=ref.EPS, axis=1, ddof=0, affine=True, eps_outside=False, shortcut=False):
    mu, var = X.mean(axis=axis, keepdims=True), X.var(axis=axis, keepdims=True, ddof=ddof)
    if shortcut:
        var = (X * X).mean(axis=axis, keepdims=True) - mu * mu
    inv_std = 1 / (np.sqrt(var) + eps) if eps_outside else 1 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    return (gamma * x_hat + beta if affine else x_hat), {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


LN_OVER_BATCH = Mistake(
    "layernorm-over-the-batch", "layer norm with statistics over the batch (axis 0), which is batch norm",
    "layer norm standardises each example over its own features: mean and variance along axis 1.",
    lambda X, gamma, beta, eps=ref.EPS: _layernorm(X, gamma, beta, eps, axis=0))
LN_UNBIASED = Mistake(
    "layernorm-unbiased-variance", "layer norm with the unbiased variance (divided by D - 1)",
    "divide by the number of features D (numpy's default ddof=0).",
    lambda X, gamma, beta, eps=ref.EPS: _layernorm(X, gamma, beta, eps, ddof=1))
LN_NO_AFFINE = Mistake(
    "layernorm-no-scale-shift", "layer norm returning x_hat without gamma and beta",
    "after standardising, scale by gamma and shift by beta: y = gamma x_hat + beta.",
    lambda X, gamma, beta, eps=ref.EPS: _layernorm(X, gamma, beta, eps, affine=False))

LN_EPS_OUTSIDE = Mistake(
    "layernorm-eps-outside-sqrt", "eps added to the standard deviation instead of the variance",
    "x_hat = (x - mu) / sqrt(var + eps): eps goes under the square root.",
    lambda X, gamma, beta, eps=ref.EPS: _layernorm(X, gamma, beta, eps, eps_outside=True))
LN_NO_EPS = Mistake(
    "layernorm-eps-left-out", "layer norm standardising by sqrt(var), without eps", EPS_LEFT_OUT_HINT,
    lambda X, gamma, beta, eps=ref.EPS: _layernorm(X, gamma, beta, 0.0))

LN_KERAS_EPS = Mistake(
    "layernorm-eps-1e-3", "layer norm with eps = 1e-3 (Keras' LayerNormalization default) in place of the eps argument",
    "use the eps the caller passes (default 1e-5): a larger eps shrinks x_hat, most where an example's variance is "
    "small.",
    lambda X, gamma, beta, eps=ref.EPS: _layernorm(X, gamma, beta, 1e-3))
LN_FLOAT32_EPS = Mistake(
    "layernorm-eps-1e-7", "layer norm with eps = 1e-7 (the float32 frameworks' epsilon) in place of the eps argument",
    "use the eps the caller passes (default 1e-5): another eps changes x_hat of every example, most where its "
    "variance is small.",
    lambda X, gamma, beta, eps=ref.EPS: _layernorm(X, gamma, beta, 1e-7))


LN_VAR_SHORTCUT = Mistake(
    "layernorm-variance-shortcut", "each example's variance computed as mean(x^2) - mean(x)^2",
    "on an example with a large mean both terms are huge and nearly equal, so their difference loses its digits: "
    "compute the variance from the deviations x - mu.",
    lambda X, gamma, beta, eps=ref.EPS: _layernorm(X, gamma, beta, eps, shortcut=True))


def _ln_backward(dout, cache, axis=1, constant_stats=False, dgamma_axis=0, ddof=0):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g = dout * gamma
    if constant_stats:
        dX = g * inv_std
    else:
        dX = inv_std * (g - _mean(g, axis, ddof) - x_hat * _mean(g * x_hat, axis, ddof))
    return dX, (dout * x_hat).sum(axis=dgamma_axis), dout.sum(axis=dgamma_axis)


LN_BACKWARD_CONSTANT = Mistake(
    "layernorm-backward-constant-statistics", "layer norm's backward treating mu and var as constants",
    "each row's mean and variance depend on that row: dX = (g - mean(g) - x_hat mean(g x_hat)) / sqrt(var + eps) "
    "along the features, with g = dout * gamma.",
    lambda dout, cache: _ln_backward(dout, cache, constant_stats=True))
LN_BACKWARD_BATCH_AXIS = Mistake(
    "layernorm-backward-over-the-batch", "layer norm's backward with the means taken over the batch (axis 0)",
    "the statistics were taken along the features, so the backward's means are along axis 1 too.",
    lambda dout, cache: _ln_backward(dout, cache, axis=0))
LN_BACKWARD_D_MINUS_1 = Mistake(
    "layernorm-backward-means-over-d-minus-1", "the two means of layer norm's backward divided by D - 1, not D",
    "the backward's means come from the forward's mean and biased variance over the D features, both divided by D.",
    lambda dout, cache: _ln_backward(dout, cache, ddof=1))
LN_DGAMMA_FEATURES = Mistake(
    "layernorm-dgamma-over-features", "dgamma and dbeta summed over the features instead of the batch",
    "gamma and beta have one entry per feature (D,), shared by every example: sum over axis 0.",
    lambda dout, cache: _ln_backward(dout, cache, dgamma_axis=1))


def gradient_check(name, forward, reference_forward, args):
    return GradientCheck(
        name, 2.0, forward=forward, reference_forward=reference_forward,
        point=lambda rng: dict(zip(("X", "gamma", "beta"), layer_case(3, 4, rng))),
        forward_args=lambda t: (t["X"], t["gamma"], t["beta"], *args), grads=lambda r: dict(zip(("X", "gamma", "beta"), r)),
        names=GRADS)


STATS = (np.array([0.5, -1.0, 0.0, 2.0]), np.array([1.5, 0.5, 1.0, 2.0]))  # running mean and variance of 4 features

# How a student makes each mistake: in the correct solution tests/solutions/normalization.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "batchnorm-backward-bessel-projection": Edit(
        "        dX = _standardize_backward(dout * gamma, x_hat, inv_std, 0)",
        "        g, n = dout * gamma, len(dout)\n"
        "        dX = inv_std / n * (n * g - g.sum(axis=0) - n / (n - 1) * x_hat * (g * x_hat).sum(axis=0))"),
    "batchnorm-variance-shortcut": Edit("        mu, var = X.mean(axis=0), X.var(axis=0)\n",
                                        "        mu = X.mean(axis=0)\n        var = (X ** 2).mean(axis=0) - mu ** 2\n"),
    "layernorm-variance-shortcut": Edit(
        "    mu, var = X.mean(axis=1, keepdims=True), X.var(axis=1, keepdims=True)\n",
        "    mu = X.mean(axis=1, keepdims=True)\n    var = (X ** 2).mean(axis=1, keepdims=True) - mu ** 2\n"),
    "batchnorm-unbiased-variance": Edit(
        "mu, var = X.mean(axis=0), X.var(axis=0)",
        "mu, var = X.mean(axis=0), X.var(axis=0, ddof=1)"),
    "batchnorm-eval-uses-batch-statistics": Edit(
        "        mu, var = running_mean, running_var",
        "        mu, var = X.mean(axis=0), X.var(axis=0)"),
    "batchnorm-momentum-pytorch-convention": Edit(
        "mode=\"train\", momentum=0.9, eps=EPS):\n"
        "    if mode == \"train\":\n"
        "        mu, var = X.mean(axis=0), X.var(axis=0)\n"
        "        running_mean = momentum * running_mean + (1 - momentum) * mu\n"
        "        running_var = momentum * running_var + (1 - momentum) * var",
        "mode=\"train\", momentum=0.1, eps=EPS):\n"
        "    if mode == \"train\":\n"
        "        mu, var = X.mean(axis=0), X.var(axis=0)\n"
        "        running_mean = (1 - momentum) * running_mean + momentum * mu\n"
        "        running_var = (1 - momentum) * running_var + momentum * var"),
    "batchnorm-momentum-swapped": Edit(
        "        running_mean = momentum * running_mean + (1 - momentum) * mu\n"
        "        running_var = momentum * running_var + (1 - momentum) * var",
        "        running_mean = (1 - momentum) * running_mean + (1 - (1 - momentum)) * mu\n"
        "        running_var = (1 - momentum) * running_var + (1 - (1 - momentum)) * var"),
    "batchnorm-eps-outside-sqrt": Edit(
        "    inv_std = 1 / np.sqrt(var + eps)\n"
        "    x_hat = (X - mu) * inv_std\n"
        "    cache = {\"x_hat\": x_hat, \"inv_std\": inv_std, \"gamma\": gamma, \"mode\": mode,",
        "    inv_std = 1 / (np.sqrt(var) + eps)\n"
        "    x_hat = (X - mu) * inv_std\n"
        "    cache = {\"x_hat\": x_hat, \"inv_std\": inv_std, \"gamma\": gamma, \"mode\": mode,"),
    "batchnorm-backward-constant-statistics": Edit(
        "        dX = _standardize_backward(dout * gamma, x_hat, inv_std, 0)",
        "        dX = dout * gamma * inv_std"),
    "batchnorm-backward-train-no-gamma": Edit("        dX = _standardize_backward(dout * gamma, x_hat, inv_std, 0)",
                                              "        dX = _standardize_backward(dout, x_hat, inv_std, 0)"),
    "batchnorm-eval-updates-running": Edit(
        "    if mode == \"train\":\n"
        "        mu, var = X.mean(axis=0), X.var(axis=0)\n"
        "        running_mean = momentum * running_mean + (1 - momentum) * mu\n"
        "        running_var = momentum * running_var + (1 - momentum) * var\n"
        "    else:\n"
        "        mu, var = running_mean, running_var\n",
        "    batch_mu, batch_var = X.mean(axis=0), X.var(axis=0)\n"
        "    mu, var = (batch_mu, batch_var) if mode == \"train\" else (running_mean, running_var)\n"
        "    running_mean = momentum * running_mean + (1 - momentum) * batch_mu\n"
        "    running_var = momentum * running_var + (1 - momentum) * batch_var\n"),
    "batchnorm-backward-no-gamma": Edit(
        "        dX = _standardize_backward(dout * gamma, x_hat, inv_std, 0)\n"
        "    else:\n"
        "        dX = dout * gamma * inv_std",
        "        dX = _standardize_backward(dout, x_hat, inv_std, 0)\n"
        "    else:\n"
        "        dX = dout * inv_std"),
    "batchnorm-backward-means-over-n-minus-1": Edit(
        "        dX = _standardize_backward(dout * gamma, x_hat, inv_std, 0)\n",
        "        g, m = dout * gamma, len(dout) - 1\n"
        "        dX = inv_std * (g - g.sum(axis=0) / m - x_hat * (g * x_hat).sum(axis=0) / m)\n"),
    "layernorm-backward-means-over-d-minus-1": Edit(
        "    dX = _standardize_backward(dout * cache[\"gamma\"], x_hat, cache[\"inv_std\"], 1)\n",
        "    g, m = dout * cache[\"gamma\"], dout.shape[1] - 1\n"
        "    dX = cache[\"inv_std\"] * (g - g.sum(axis=1, keepdims=True) / m\n"
        "                             - x_hat * (g * x_hat).sum(axis=1, keepdims=True) / m)\n"),
    "batchnorm-dgamma-without-x-hat": Edit(
        "        dX = dout * gamma * inv_std\n"
        "    return dX, (dout * x_hat).sum(axis=0)",
        "        dX = dout * gamma * inv_std\n"
        "    return dX, dout.sum(axis=0)"),
    "batchnorm-running-variance-unbiased": Edit(
        "        running_var = momentum * running_var + (1 - momentum) * var",
        "        running_var = momentum * running_var + (1 - momentum) * X.var(axis=0, ddof=1)"),
    "batchnorm-backward-std-from-running-var": Edit(
        "    x_hat, inv_std, gamma = cache[\"x_hat\"], cache[\"inv_std\"], cache[\"gamma\"]\n    if cache[\"mode\"] == \"train\":",
        "    x_hat, gamma = cache[\"x_hat\"], cache[\"gamma\"]\n    inv_std = 1 / np.sqrt(cache[\"running_var\"] + EPS)\n"
        "    if cache[\"mode\"] == \"train\":"),
    "batchnorm-backward-eval-default-eps": Edit(
        "        dX = dout * gamma * inv_std\n",
        "        dX = dout * gamma / np.sqrt(cache[\"running_var\"] + EPS)\n"),
    "batchnorm-eps-left-out": Edit(
        "    inv_std = 1 / np.sqrt(var + eps)\n"
        "    x_hat = (X - mu) * inv_std\n"
        "    cache = {",
        "    inv_std = 1 / np.sqrt(var)\n"
        "    x_hat = (X - mu) * inv_std\n"
        "    cache = {"),
    "layernorm-eps-left-out": Edit(
        "    inv_std = 1 / np.sqrt(var + eps)\n    x_hat = (X - mu) * inv_std\n    return gamma * x_hat + beta",
        "    inv_std = 1 / np.sqrt(var)\n    x_hat = (X - mu) * inv_std\n    return gamma * x_hat + beta"),
    "layernorm-eps-1e-3": Edit(
        "    inv_std = 1 / np.sqrt(var + eps)\n    x_hat = (X - mu) * inv_std\n    return gamma * x_hat + beta",
        "    inv_std = 1 / np.sqrt(var + 1e-3)\n    x_hat = (X - mu) * inv_std\n    return gamma * x_hat + beta"),
    "layernorm-eps-1e-7": Edit(
        "    inv_std = 1 / np.sqrt(var + eps)\n    x_hat = (X - mu) * inv_std\n    return gamma * x_hat + beta",
        "    inv_std = 1 / np.sqrt(var + 1e-7)\n    x_hat = (X - mu) * inv_std\n    return gamma * x_hat + beta"),
    "layernorm-eps-outside-sqrt": Edit(
        "    inv_std = 1 / np.sqrt(var + eps)\n    x_hat = (X - mu) * inv_std\n    return gamma * x_hat + beta",
        "    inv_std = 1 / (np.sqrt(var) + eps)\n    x_hat = (X - mu) * inv_std\n    return gamma * x_hat + beta"),
    "layernorm-over-the-batch": Edit(
        "    mu, var = X.mean(axis=1, keepdims=True), X.var(axis=1, keepdims=True)",
        "    mu, var = X.mean(axis=0, keepdims=True), X.var(axis=0, keepdims=True, ddof=0)"),
    "layernorm-unbiased-variance": Edit(
        "    mu, var = X.mean(axis=1, keepdims=True), X.var(axis=1, keepdims=True)",
        "    mu, var = X.mean(axis=1, keepdims=True), X.var(axis=1, keepdims=True, ddof=1)"),
    "layernorm-no-scale-shift": Edit(
        "return gamma * x_hat + beta, {\"x_hat\": x_hat, \"inv_std\": inv_std, \"gamma\": gamma}",
        "return x_hat, {\"x_hat\": x_hat, \"inv_std\": inv_std, \"gamma\": gamma}"),
    "layernorm-backward-constant-statistics": Edit(
        "    dX = _standardize_backward(dout * cache[\"gamma\"], x_hat, cache[\"inv_std\"], 1)",
        "    dX = dout * cache['gamma'] * cache['inv_std']"),
    "layernorm-backward-over-the-batch": Edit(
        "    dX = _standardize_backward(dout * cache[\"gamma\"], x_hat, cache[\"inv_std\"], 1)",
        "    dX = _standardize_backward(dout * cache['gamma'], x_hat, cache['inv_std'], 0)"),
    "layernorm-dgamma-over-features": Edit(
        "    dX = _standardize_backward(dout * cache[\"gamma\"], x_hat, cache[\"inv_std\"], 1)\n"
        "    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)",
        "    dX = _standardize_backward(dout * cache['gamma'], x_hat, cache['inv_std'], 1)\n"
        "    return dX, (dout * x_hat).sum(axis=1), dout.sum(axis=1)"),
}


def _standardize_term(axis: int, term: str):
    """One term of dX = inv_std (dx_hat - mean(dx_hat) - x_hat mean(dx_hat x_hat)), dx_hat = dout gamma, with the
    means over `axis`, as (dX part, dgamma part, dbeta part): dgamma and dbeta go with the first term, so the three
    add up to the backward's result; batch norm's eval mode has the first term only (its statistics are constants)."""
    def value(dout, cache):
        x_hat, inv_std = cache["x_hat"], cache["inv_std"]
        dx_hat = dout * cache["gamma"]
        if term == "dx_hat":
            return dx_hat * inv_std, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
        zero = np.zeros_like(np.asarray(cache["gamma"], dtype=np.float64))
        if cache.get("mode", "train") != "train":
            return np.zeros_like(dx_hat), zero, zero
        mean = dx_hat.mean(axis=axis, keepdims=True) if term == "mean" else \
            x_hat * (dx_hat * x_hat).mean(axis=axis, keepdims=True)
        return -inv_std * np.broadcast_to(mean, dx_hat.shape), zero, zero
    return value


def _standardize_terms(axis: int) -> tuple:
    return (Term("dx_hat / sigma", _standardize_term(axis, "dx_hat")),
            Term("mean of dx_hat", _standardize_term(axis, "mean")),
            Term("x_hat times the mean of dx_hat x_hat", _standardize_term(axis, "projection")))


# the standardisation backward's three terms (relations/terms.py, coefficients.py): one left out, its sign flipped,
# its constant off
TERMS = {"batchnorm_backward": _standardize_terms(0), "layernorm_backward": _standardize_terms(1)}


SPEC = ExerciseSpec("normalization", (
    FunctionSpec("batchnorm_forward", ref.batchnorm_forward, forward_checks(
        BATCH, fixed=(Case((np.array([[1.0, 2.0], [3.0, 6.0]]), np.ones(2), np.zeros(2), np.zeros(2), np.ones(2))),
                      EPS_BATCH_EVAL),
        extreme=lambda rng: [batch_case(4, 3, rng, offset=1e4), batch_case(5, 2, rng, offset=1e6)]) + (
        BehaviourCheck("twice", 0.5, scenarios=(
            # the second call on the first's very arguments (refilled with the same values): such calls make no
            # evidence, so the row is named by its message, not by a relation of the values to another call's
            Scenario("one batch given twice", alike_twice, draw=lambda rng: [batch_case(3, 2, rng)] * 2, several=True,
                     refill=True, validate=False),)),),
        (BN_UNBIASED, BN_EVAL_BATCH, BN_MOMENTUM, BN_TORCH_MOMENTUM, BN_EPS_OUTSIDE, BN_NO_EPS, BN_RUNNING_UNBIASED,
         BN_EVAL_UPDATES, BN_VAR_SHORTCUT)),
    FunctionSpec("batchnorm_backward", ref.batchnorm_backward, (
        ShapeCheck("shape", 1.0, sizes=BATCH_BACKWARD, names=GRADS),
        ValueCheck("value", 2.0, hidden=BATCH_BACKWARD, names=GRADS),
        gradient_check("gradient", "batchnorm_forward", ref.batchnorm_forward, (*STATS, "train")),
        gradient_check("gradient-eval", "batchnorm_forward", ref.batchnorm_forward, (*STATS, "eval")),
        # Torch's accGradParameters adds into gradWeight and gradBias until zeroGradParameters: a backward that keeps
        # them on the module returns the sum of every call's dgamma, dbeta (the value rows, each of another width,
        # saw only first calls)
        BehaviourCheck("twice", 0.5, scenarios=(
            Scenario("one gradient given twice", alike_twice, draw=lambda rng: [batch_backward_case(3, 2, rng)] * 2,
                     several=True, refill=True, validate=False),)),
    ), (BN_BACKWARD_CONSTANT, BN_BACKWARD_NO_GAMMA, BN_BACKWARD_TRAIN_NO_GAMMA, BN_DGAMMA_PLAIN, BN_BACKWARD_N_MINUS_1,
        BN_BACKWARD_BESSEL, BN_BACKWARD_RUNNING_STD, BN_BACKWARD_EVAL_DEFAULT_EPS)),
    FunctionSpec("layernorm_forward", ref.layernorm_forward, forward_checks(
        LAYER, fixed=(LAYER_EXAMPLE, EPS_LAYER, FLAT_LAYER),
        extreme=lambda rng: [layer_case(3, 5, rng, offset=1e4), layer_case(2, 4, rng, offset=1e6)]),
        (LN_OVER_BATCH, LN_UNBIASED, LN_NO_AFFINE, LN_EPS_OUTSIDE, LN_NO_EPS, LN_KERAS_EPS, LN_FLOAT32_EPS, LN_VAR_SHORTCUT)),
    FunctionSpec("layernorm_backward", ref.layernorm_backward, (
        ShapeCheck("shape", 1.0, sizes=LAYER_BACKWARD, names=GRADS),
        ValueCheck("value", 2.0, hidden=LAYER_BACKWARD, names=GRADS),
        gradient_check("gradient", "layernorm_forward", ref.layernorm_forward, ()),
    ), (LN_BACKWARD_CONSTANT, LN_BACKWARD_BATCH_AXIS, LN_DGAMMA_FEATURES, LN_BACKWARD_D_MINUS_1)),
), edits=EDITS, terms=TERMS)
