"""Every question: the course's worked examples, answers against the reference, 1,000 clean variants."""

import json
import math

import numpy as np
import pytest

from mlptutor.seeding import rng
from mlptutor.question_bank.answers import accepted_keys, check_answer
from mlptutor.question_bank.loader import load_question, question_ids
from mlptutor.question_bank.variants import make_variant
from mlptutor.reference import activations, data, early_stopping, init, layers, losses, normalization, optim, perceptron, softmax

IDS = question_ids()
NUMBER_TYPES = ("numeric", "vector", "matrix")


def test_the_bank_is_large_enough():
    assert len(IDS) >= 20


# question id -> (fixed variant, the answers printed in the course)
COURSE = {
    "count-parameters": [("course-3-4-2", {"total": 26}), ("course-mnist", {"total": 109386})],
    "dense-forward": [("course", {"z": [0.7, 0.7], "a": [0.7, 0.7]})],
    "scalar-backprop-chain": [("course", {"y_hat": 1.5, "dw2": -1.5, "dw1": -4.5})],
    "softmax-probabilities": [("course", {"p": [0.659, 0.242, 0.099]})],
    "cross-entropy-loss": [("course", {"loss": 0.417})],
    "gradient-descent-step": [("course", {"w_new": 3.4})],
    "gradient-descent-iterates": [("course", {"iterates": [3.6, 3.24, 2.916]})],
    "weight-decay-step": [("course", {"w_new": 3.996})],
    "layer-norm": [("course", {"mean": 2.5, "var": 1.25, "out": [-1.34, -0.45, 0.45, 1.34]})],
    "iterations-per-epoch": [("course", {"iterations": 100})],
    "xor-network": [("course", {"label": 1})],
}


@pytest.mark.parametrize("qid, fixed, printed", [(q, f, p) for q, rows in COURSE.items() for f, p in rows])
def test_fixed_variants_reproduce_the_course(qid, fixed, printed):
    if qid not in IDS:
        pytest.skip(f"question {qid} not in the bank yet")
    variant = make_variant(load_question(qid), "course", "teacher", fixed=fixed)
    for name, value in printed.items():
        # the course prints 2 or 3 decimals: agree to within its rounding
        assert variant.answers[name] == pytest.approx(value, abs=0.005), name


def _vec(x):
    return np.asarray(x, dtype=float)


def _vanishing(p):
    a, factors = p["x"], []
    for w in p["w"]:
        factors.append((w, activations.sigmoid_grad(w * a)))
        a = activations.sigmoid(w * a)
    return {"derivative_product": np.prod([d for _, d in factors]), "grad": np.prod([w * d for w, d in factors])}


def _xor(p):
    k = p["k"]
    h = activations.sigmoid(k * (_vec(p["x"]) @ _vec(p["w1"]) + _vec(p["b1"])))
    z_out = k * (h.sum() - 1.5)
    return {"h": h, "z_out": z_out, "label": int(z_out >= 0)}


# Independent recomputations with the reference (not through solve()): question id -> params -> answers.
ORACLES = {
    "count-parameters": lambda p: {"total": sum((a + 1) * b for a, b in zip(p["widths"], p["widths"][1:]))},
    "dense-forward": lambda p: {
        "z": (_vec(p["x"]) @ _vec(p["W"]) + _vec(p["b"])).tolist(),
        "a": activations.relu(layers.dense_forward(_vec([p["x"]]), _vec(p["W"]), _vec(p["b"]))[0][0]).tolist()},
    "softmax-probabilities": lambda p: {"p": softmax.softmax(_vec(p["z"]))},
    "cross-entropy-loss": lambda p: {"loss": -np.log(p["p"][p["label"]])},
    "gradient-descent-step": lambda p: {"w_new": optim.sgd_step({"w": p["w"]}, {"w": p["grad"]}, p["eta"])["w"]},
    "gradient-descent-iterates": lambda p: {
        "iterates": [p["w0"] * (1 - p["eta"] * p["c"]) ** t for t in (1, 2, 3)]},
    "weight-decay-step": lambda p: {
        "w_new": (1 - p["eta"] * p["lam"]) * p["w"] - p["eta"] * p["grad"]},
    "inverted-dropout": lambda p: {"out": [a * (u >= p["p"]) / (1 - p["p"]) for a, u in zip(p["a"], p["u"])]},
    "init-std": lambda p: {"he": init.scheme_std("he", p["n_in"], p["n_out"]),
                           "xavier": math.sqrt(2 / (p["n_in"] + p["n_out"]))},
    "layer-norm": lambda p: {
        "mean": np.mean(p["x"]), "var": np.var(p["x"]),
        "out": normalization.layernorm_forward(_vec([p["x"]]), 1.0, 0.0)[0][0]},
    "batch-norm": lambda p: {
        "mean": np.mean(p["X"], axis=0), "var": np.var(p["X"], axis=0),
        "out": normalization.batchnorm_forward(_vec(p["X"]), _vec(p["gamma"]), _vec(p["beta"]),
                                               _vec(p["running_mean"]), np.ones(2))[0],
        "running_mean": 0.9 * _vec(p["running_mean"]) + 0.1 * np.mean(p["X"], axis=0)},
    "scalar-backprop-chain": lambda p: {
        "y_hat": p["w2"] * p["w1"] * p["x"],
        "dw2": (p["w2"] * p["w1"] * p["x"] - p["y"]) * p["w1"] * p["x"],
        "dw1": (p["w2"] * p["w1"] * p["x"] - p["y"]) * p["w2"] * p["x"]},
    "multipath-graph": lambda p: {
        "f": p["x"] * p["y"] * (p["x"] + p["y"]),
        "dx": 2 * p["x"] * p["y"] + p["y"] ** 2, "dy": p["x"] ** 2 + 2 * p["x"] * p["y"]},
    "softmax-ce-gradient": lambda p: {
        "grad": softmax.softmax(_vec(p["z"])) - data.one_hot([p["label"]], 3)[0]},
    "iterations-per-epoch": lambda p: {
        "iterations": -(-p["n"] // p["batch_size"]), "total": -(-p["n"] // p["batch_size"]) * p["epochs"]},
    "three-way-split": lambda p: {"sizes": [len(s) for s in data.split_indices(p["n"], rng("t"), p["fractions"])]},
    "early-stopping-epoch": lambda p: dict(zip(
        ("stop_epoch", "best_epoch"), early_stopping.early_stopping(p["losses"], p["patience"]))),
    "perceptron-update": lambda p: dict(zip(("w", "b"), perceptron.perceptron_step(
        _vec(p["w"]), p["b"], _vec(p["x"]), p["y"], p["eta"]))),
    "activation-values": lambda p: {
        "value": {"sigmoid": activations.sigmoid, "tanh": activations.tanh, "relu": activations.relu,
                  "leaky_relu": lambda z: activations.leaky_relu(z, 0.1)}[p["activation"]](_vec(p["z"])),
        "derivative": {"sigmoid": activations.sigmoid_grad, "tanh": activations.tanh_grad,
                       "relu": activations.relu_grad,
                       "leaky_relu": lambda z: activations.leaky_relu_grad(z, 0.1)}[p["activation"]](_vec(p["z"]))},
    "vanishing-gradient-product": _vanishing,
    "mse-bce-losses": lambda p: {
        "mse": np.mean((_vec(p["y_hat"]) - _vec(p["y"])) ** 2) / 2, "bce": losses.bce(_vec(p["p"]), _vec(p["labels"]))},
    "xor-network": _xor,
    "gradient-clipping": lambda p: {
        "norm": math.hypot(*p["dW"], *p["db"]),
        "dW": _vec(p["dW"]) * min(1.0, p["max_norm"] / math.hypot(*p["dW"], *p["db"]))},
    "softmax-jacobian": lambda p: {
        "jacobian": np.diag(softmax.softmax(_vec(p["z"]))) - np.outer(softmax.softmax(_vec(p["z"])), softmax.softmax(_vec(p["z"])))},
}


@pytest.mark.parametrize("qid", sorted(ORACLES))
def test_answers_equal_the_reference(qid):
    if qid not in IDS:
        pytest.skip(f"question {qid} not in the bank yet")
    question = load_question(qid)
    for student in ("ana", "ben", "chloe", "dev", "eli"):
        variant = make_variant(question, "oracle", student)
        expected = ORACLES[qid](variant.params)
        for name, value in expected.items():
            assert np.asarray(variant.answers[name], dtype=float) == pytest.approx(
                np.asarray(value, dtype=float), rel=1e-9, abs=1e-12), (qid, student, name)


def _printed(value, decimals):
    """The key as an answer sheet prints it, e.g. "0.659 0.242 0.099"."""
    rows = np.atleast_2d(np.asarray(value, dtype=float))
    return "; ".join(" ".join(f"{v:.{decimals}f}" for v in row) for row in rows)


def _clean(question, params, key):
    """Problems of one variant: unprintable answers, tied options, a key its own printout fails."""
    problems = []
    json.dumps(params), json.dumps(key)
    for spec in question.answers:
        value = key["answers"][spec["name"]]
        if spec["type"] == "choice":
            options = params["options"]
            if any(k not in options for k in accepted_keys(value)) or len(set(options.values())) != len(options):
                problems.append(f"{spec['name']}: options {options} with key {value!r}")
            continue
        if spec["type"] not in NUMBER_TYPES:
            continue
        entries = np.ravel(np.asarray(value, dtype=float))
        if not np.all(np.isfinite(entries)):
            problems.append(f"{spec['name']}: not finite {value}")
        tiny = [v for v in entries if v != 0 and abs(v) < 10 ** -spec["decimals"]]
        if tiny:
            problems.append(f"{spec['name']}: {tiny} prints as 0 with {spec['decimals']} decimals")
        if not check_answer(spec, value, _printed(value, spec["decimals"])).correct:
            problems.append(f"{spec['name']}: the printed key {_printed(value, spec['decimals'])} is rejected")
    return problems


DISTINCT = 100  # of 1,000 drawn variants, unless meta.toml's few_variants says why the parameters allow fewer


@pytest.mark.parametrize("qid", IDS)
def test_thousand_variants_are_clean_and_distinct(qid):
    question = load_question(qid)
    seen = set()
    for i in range(1000):
        params = question.generate(rng("degeneracy", qid, i))
        assert params == question.generate(rng("degeneracy", qid, i)), "generate() is not deterministic"
        problems = _clean(question, params, question.solve(params))
        assert not problems, f"{qid} variant {i}: {problems}"
        seen.add(json.dumps(params, sort_keys=True, default=lambda o: o.tolist()))
    if question.few_variants:
        assert len(seen) >= 2, f"{qid}: one variant only"
    else:
        assert len(seen) >= DISTINCT, (f"{qid}: {len(seen)} distinct variants of 1,000; widen its parameters "
                                       "or say why in meta.toml's few_variants")


@pytest.mark.parametrize("qid", IDS)
def test_known_mistakes_are_told_apart_from_the_key(qid):
    question = load_question(qid)
    specs = {s["name"]: s for s in question.answers}
    for mistake in question.mistakes:
        told_apart = 0
        for i in range(40):
            params = question.generate(rng("mistakes", qid, i))
            key = question.solve(params)["answers"]
            with np.errstate(all="ignore"):  # a mistake may divide by zero where the right method does not
                wrong_answers = mistake.answers(params)
            for name, wrong in wrong_answers.items():
                choice = specs[name]["type"] == "choice"  # a wrong option's key, typed as it is
                if not choice and not np.all(np.isfinite(wrong)):
                    continue  # e.g. logits summing to 0: nobody types that answer
                text = wrong if choice else _printed(wrong, specs[name]["decimals"] + 3)
                verdict = check_answer(specs[name], key[name], text, params=params, mistakes=[mistake])
                if not verdict.correct:
                    assert verdict.mistake == mistake.id, (qid, mistake.id, verdict.message)
                    told_apart += 1
        assert told_apart >= 5, f"{qid}: mistake {mistake.id} is rarely distinguishable from the key"


def test_choice_questions_name_what_the_reference_implements():
    import importlib.util

    from mlptutor.reference.activations import ACTIVATIONS
    from mlptutor.reference.losses import LOSSES

    folder = load_question("loss-activation-pairing").folder
    spec = importlib.util.spec_from_file_location("pairing", folder / "params.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for activation, loss in list(module.PAIRS.values()) + module.WRONG_PAIRS:
        assert activation in ACTIVATIONS and loss in LOSSES
