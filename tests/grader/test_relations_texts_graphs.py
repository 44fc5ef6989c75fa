"""Relations of text results and of per-node graph results (grader/relations/texts.py, graphs.py): each on a
wrong function written here (explained, with its kind and wording) and on the right one (nothing stated)."""

import math

import numpy as np
import pytest

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.relations import Setting
from mlptutor.grader.relations.graphs import graphs
from mlptutor.grader.relations.texts import texts, texts_off
from mlptutor.grader.relations.values import items_of
from mlptutor.grader.specs import graph as graph_spec
from mlptutor.grader.specs import xor as xor_spec  # declares what hidden_logic's names stand for
from mlptutor.reference import graph as gr
from mlptutor.reference import xor

NETWORKS = [xor_spec.COURSE, xor_spec.SOFT, xor_spec.UNSATURATED, *(n for (n,) in xor_spec.every_table())]
LOGIC = Setting(xor.hidden_logic, "hidden_logic")


def logic_evidence(wrong):
    return [Evidence((params,), {}, wrong(params)) for params in NETWORKS]


def relation(found):
    return None if found is None else (found.kind, found.line)


def _name(values):
    return xor.BOOLEAN_FUNCTIONS[tuple(int(v) for v in values)]


def reversed_threshold(params):
    """Every unit read as on where its output is below 0.5."""
    hidden = 1 / (1 + np.exp(-(xor.XOR_INPUTS @ params["W1"] + params["b1"])))
    out = 1 / (1 + np.exp(-(xor.XOR_INPUTS @ params["W2"] + params["b2"])))
    network = 1 / (1 + np.exp(-(hidden @ params["W2"] + params["b2"])))
    return {"hidden": [_name(hidden[:, j] < 0.5) for j in range(2)], "output": _name(out[:, 0] < 0.5).replace("x", "h"),
            "network": _name(network[:, 0] < 0.5)}


def halved_sigmoid(params):
    """Units whose sigmoid is halved: on only where sigmoid(z) > 1, never."""
    right = xor.hidden_logic(params)
    return {**right, "hidden": ["FALSE", "FALSE"]} if right["hidden"] != ["FALSE", "FALSE"] else right


def threshold_high(params):
    """Hidden units on only where sigmoid(z) > 0.9: on in fewer rows; the rest right."""
    hidden = 1 / (1 + np.exp(-(xor.XOR_INPUTS @ params["W1"] + params["b1"])))
    return {**xor.hidden_logic(params), "hidden": [_name(hidden[:, j] > 0.9) for j in range(2)]}


@pytest.mark.parametrize("wrong, kind, words", [
    (lambda params: xor.hidden_logic({**params, "b1": np.zeros(2), "b2": np.zeros(1)}), "missing-term",
     "without its params['b'] term"),
    (lambda params: xor.hidden_logic({**params, "W1": -params["W1"], "W2": -params["W2"]}), "argument",
     "with params['W'] negated"),
    (lambda params: {"hidden": ["x1", "x2"], "output": "h1", "network": "TRUE"}, "constant",
     "your hidden[0] is 'x1' on every input"),
    (lambda params: {**xor.hidden_logic(params), "output": xor.hidden_logic(params)["network"]}, "entry",
     "your output is the right network on every input"),
    (lambda params: {**xor.hidden_logic(params), "hidden": [h[:4] for h in xor.hidden_logic(params)["hidden"]]},
     "cut", "your hidden[0] is the right text cut short"),
    (reversed_threshold, "set", "they are the complement of the right ones"),
    (threshold_high, "set", "they are a part of the right ones"),
])
def test_a_wrong_text_result_is_related(wrong, kind, words):
    found = relation(texts(LOGIC, logic_evidence(wrong)))
    assert found is not None and found[0] == kind and words in found[1], found


def test_the_right_texts_state_nothing():
    evidence = logic_evidence(xor.hidden_logic)
    assert not texts_off(items_of(LOGIC, evidence))
    assert texts(LOGIC, evidence) is None


def test_a_student_text_is_quoted_shortened():
    found = texts(LOGIC, logic_evidence(lambda params: {**xor.hidden_logic(params), "network": "X" * 500}))
    assert found.kind == "constant" and "X" * 35 + "...'" in found.line and "X" * 36 not in found.line


# ---- graphs: the first node to go wrong ----

FORWARD = Setting(gr.graph_forward, "graph_forward")
BACKWARD = Setting(gr.graph_backward, "graph_backward")
GRAPHS = [graph_spec.CHAIN, graph_spec.TWO_PATHS, graph_spec.ALL_OPS, graph_spec.NEGATIVE, graph_spec.AT_ZERO]
OUTPUTS = [(*graph_spec.CHAIN, "L"), (*graph_spec.TWO_PATHS, "f"), (*graph_spec.ALL_OPS, "out"),
           (*graph_spec.NEGATIVE, "out")]
OPS = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b, "div": lambda a, b: a / b,
       "exp": math.exp, "log": math.log, "sigmoid": lambda a: 1 / (1 + math.exp(-a)), "tanh": math.tanh,
       "relu": lambda a: max(a, 0.0)}
# d op / d each input, from the inputs' values
LOCAL = {"add": lambda a, b: (1.0, 1.0), "sub": lambda a, b: (1.0, -1.0), "mul": lambda a, b: (b, a),
         "div": lambda a, b: (1 / b, -a / b ** 2), "exp": lambda a: (math.exp(a),), "log": lambda a: (1 / a,),
         "sigmoid": lambda a: (OPS["sigmoid"](a) * (1 - OPS["sigmoid"](a)),), "tanh": lambda a: (1 - math.tanh(a) ** 2,),
         "relu": lambda a: (1.0 if a > 0 else 0.0,)}


def forward(graph, inputs, ops=OPS):
    values = dict(inputs)
    for name, op, args in graph:
        values[name] = float(ops[op](*(values[a] for a in args)))
    return values


def backward(graph, inputs, output, local=LOCAL):
    values, grads = forward(graph, inputs), {}
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        for a, d in zip(args, local[op](*(values[a] for a in args))):
            grads[a] += grads[name] * d
    return grads


def test_the_first_wrong_value_names_its_op():
    wrong = [Evidence(case, {}, forward(*case, ops={**OPS, "sigmoid": math.tanh})) for case in GRAPHS]
    found = graphs(FORWARD, wrong)
    assert found.kind == "node" and "has op 'sigmoid' and right inputs (such as 's')" in found.line
    assert graphs(FORWARD, [Evidence(case, {}, forward(*case)) for case in GRAPHS]) is None


def test_the_first_wrong_gradient_names_the_ops_it_feeds():
    wrong = [Evidence(case, {}, backward(*case, local={**LOCAL, "mul": lambda a, b: (a, b)})) for case in OUTPUTS]
    found = graphs(BACKWARD, wrong)
    assert found.kind == "node" and "an input of nodes of op 'mul'" in found.line, found
    assert graphs(BACKWARD, [Evidence(case, {}, backward(*case)) for case in OUTPUTS]) is None


def test_a_wrong_output_gradient_is_said_so():
    wrong = [Evidence(case, {}, {**backward(*case), case[2]: 2.0}) for case in OUTPUTS]
    assert "your gradient of the output itself" in graphs(BACKWARD, wrong).line


def test_texts_read_at_other_rows_say_which():
    patterns = xor.XOR_INPUTS[[2, 1, 2, 3]]  # (0,0) evaluated at (1,0)

    def wrong(params):
        hidden = 1 / (1 + np.exp(-(patterns @ params["W1"] + params["b1"])))
        out = 1 / (1 + np.exp(-(patterns @ params["W2"] + params["b2"])))
        network = 1 / (1 + np.exp(-(hidden @ params["W2"] + params["b2"])))
        return {"hidden": [_name(hidden[:, j] > 0.5) for j in range(2)],
                "output": _name(out[:, 0] > 0.5).replace("x", "h"), "network": _name(network[:, 0] > 0.5)}
    found = texts(LOGIC, logic_evidence(wrong))
    assert found.kind == "set" and "on every input each is the right one with (0,0) read at (1,0)" in found.line, found


def test_the_xor_loss_without_a_term_is_said_so():
    """train_xor's reported loss is the sum of its spec's two terms: one left out is named (grader/specs/xor.py)."""
    from mlptutor.grader.relations import find

    setting = Setting(xor.train_xor, "train_xor", terms=xor_spec.TERMS["train_xor"])

    def evidence(loss):
        return [Evidence((seed,), dict(xor_spec.INITIAL), loss(xor.train_xor(seed, **xor_spec.INITIAL)), ("loss",))
                for seed in (14, 20, 6)]
    only_positives = find(setting, evidence(lambda run: float(-np.mean(
        xor.XOR_TARGETS[:, 0] * np.log(np.clip(run["predictions"], 1e-12, 1 - 1e-12))))))
    assert only_positives.kind == "missing-term" and "without its (1 - y) log(1 - p) term" in only_positives.line
    assert find(setting, evidence(lambda run: run["loss"])) is None


def test_a_text_where_an_array_is_due_differs_without_comparing_entrywise():
    # a mutant returning its `mode` argument ("train") instead of the mask product crashed the grade here
    from mlptutor.grader.relations.examples import _differs

    assert _differs("train", np.zeros((2, 3))) and _differs(np.zeros((2, 3)), "train")
    assert not _differs("train", "train") and _differs("train", "eval")


def test_a_tuple_of_one_is_shown_with_its_comma():
    # activation_scale's scales = (1.0) read as a float in a public example, not the tuple the case passes
    from mlptutor.grader.relations.examples import show

    assert show((1.0,), True) == "(1.0,)" and show((0.5, 2.0), True) == "(0.5, 2.0)" and show((), True) == "()"
