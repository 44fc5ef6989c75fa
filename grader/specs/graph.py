"""Spec of exercises/graph.py: forward and backward through scalar computation graphs given as plain data.

Fixed cases are the course's worked examples (the two-weight chain,
dL/dw1 = -4.5 and dL/dw2 = -1.5; and f = (x y)(x + y), where x and y each
reach f by two paths: 21 and 16). Hidden graphs are generated per student
with at least one variable reaching the output by several paths, values kept
where log and div are defined and away from ReLU's kink.
"""

import math

import numpy as np

from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs._bipolar import halved_tanh_slope
from mlptutor.grader.specs._keys import own_keys
from mlptutor.reference import graph as ref

CHAIN = ([["h", "mul", ["w1", "x"]], ["y_hat", "mul", ["w2", "h"]], ["e", "sub", ["y_hat", "y"]],
          ["sq", "mul", ["e", "e"]], ["L", "mul", ["half", "sq"]]],
         {"x": 2.0, "w1": 0.5, "w2": 1.5, "y": 3.0, "half": 0.5})
TWO_PATHS = ([["a", "mul", ["x", "y"]], ["b", "add", ["x", "y"]], ["f", "mul", ["a", "b"]]], {"x": 2.0, "y": 3.0})
# every op, in order-sensitive places, on values where every slip stays finite
ALL_OPS = ([["q", "div", ["x", "y"]], ["l", "log", ["x"]], ["d", "sub", ["q", "l"]], ["s", "sigmoid", ["d"]],
            ["m", "mul", ["s", "y"]], ["t", "tanh", ["m"]], ["r", "relu", ["x"]], ["e", "exp", ["d"]],
            ["o", "add", ["t", "e"]], ["out", "mul", ["o", "r"]]], {"x": 4.0, "y": 2.5})
# relu, sigmoid and tanh below 0 (their other branch), and an exact 0 (forward only: no kink is tested)
NEGATIVE = ([["d", "sub", ["x", "y"]], ["r", "relu", ["d"]], ["s", "sigmoid", ["d"]], ["t", "tanh", ["d"]],
             ["o", "add", ["r", "s"]], ["out", "mul", ["o", "t"]]], {"x": 1.0, "y": 2.5})
AT_ZERO = ([["d", "sub", ["x", "y"]], ["t", "tanh", ["d"]], ["s", "sigmoid", ["d"]], ["o", "add", ["t", "s"]]],
           {"x": 1.5, "y": 1.5})
# sigmoid and tanh saturated on both sides (a = 1000 and -999.5, where 1 / (1 + exp(-a)) overflows, and tanh's
# (e^2a - 1) / (e^2a + 1) overflows at a = 1000), and a path that misses them:
# the stub promises both ops finite without errors or warnings for inputs of any size. The 0 of sigmoid(-999.5) is
# a first operand: a backward that computes every op's local derivatives (1 / b too) before picking one warns on a
# second operand of 0, which is no large input (tests/solutions/styles/scalars/graph.py)
SATURATED = ([["a", "mul", ["x", "w"]], ["n", "sub", ["c", "a"]], ["s", "sigmoid", ["a"]], ["u", "sigmoid", ["n"]],
              ["t", "tanh", ["n"]], ["v", "tanh", ["a"]], ["p", "add", ["u", "s"]], ["m", "mul", ["p", "c"]],
              ["q", "add", ["m", "t"]], ["out", "add", ["q", "v"]]],
             {"x": 10.0, "w": 100.0, "c": 0.5})
UNARY_OK = {"log": lambda v: 0.2 < v < 5, "relu": lambda v: abs(v) > 0.1, "exp": lambda v: abs(v) < 2,
            "sigmoid": lambda v: abs(v) < 4, "tanh": lambda v: abs(v) < 3}


def _paths(graph, output):
    """Number of paths from every name to `output`."""
    count = {output: 1}
    for name, _, args in reversed(graph):
        for a in args:
            count[a] = count.get(a, 0) + count.get(name, 0)
    return count


OPS = ("add", "sub", "mul", "mul", "div", "exp", "log", "sigmoid", "tanh", "relu")


def _one_of(rng, items):
    """rng.choice(items), drawn as rng.choice draws it (one integer below len(items)) at a fifth of its cost."""
    return items[int(rng.integers(len(items)))]


def random_graph(rng, size=6, must=()):
    """(graph, inputs) of `size` nodes over three variables, some variable reaching the last node by 2+ paths,
    and the last node depending on a node of every op of `must`."""
    # drawn with _one_of and each node forwarded alone: the very graphs drawn before (400 seeds compared), at 4.5 ms
    # a submission instead of 9.3
    while True:
        inputs = {f"x{i}": float(_one_of(rng, (-1, 1)) * rng.uniform(0.4, 1.5)) for i in range(3)}
        graph, values = [], dict(inputs)
        for k in range(size):
            names = list(values)
            recent = names[-3:]  # prefer recent nodes, so the graph is deep and paths rejoin
            op = _one_of(rng, OPS)
            choose = lambda ok: _one_of(rng, [n for n in (recent if rng.random() < 0.6 else names) if ok(values[n])]
                                        or [n for n in names if ok(values[n])] or [""])
            if op in UNARY_OK:
                args = [choose(UNARY_OK[op])]
            else:
                args = [choose(lambda v: abs(v) < 3), choose((lambda v: 0.5 < abs(v) < 3) if op == "div" else (lambda v: abs(v) < 3))]
            if "" in args:
                continue
            graph.append([f"n{k}", op, args])
            # the new node on its inputs' values alone: the floats of the whole graph's forward
            values.update(ref.graph_forward(graph[-1:], {a: values[a] for a in args}))
        if not graph:
            continue
        paths = _paths(graph, graph[-1][0])
        # what needs no gradient first (most draws fail it): the same graphs, drawn by the same rng calls
        if not (set(must) <= {op for name, op, _ in graph if paths.get(name, 0)}
                and any(paths.get(x, 0) >= 2 for x in inputs)):
            continue
        grads = ref.graph_backward(graph, inputs, graph[-1][0])
        if set(must) <= {op for name, op, _ in graph if paths.get(name, 0) and abs(grads[name]) > 0.05}:  # felt
            return graph, inputs


def forward_cases(rng):
    return [random_graph(rng, must=("sub", "div")), random_graph(rng, size=5, must=("log",))]


def backward_cases(rng):
    """Gradients of the last node, and of any node: a middle one (later nodes get 0) or a variable (1 for itself)."""
    graphs = [random_graph(rng, must=("mul",)), random_graph(rng, size=8, must=("sigmoid", "div"))]
    cases = [(*g, g[0][-1][0]) for g in graphs]
    graph, inputs = graphs[1]
    return cases + [(graph, inputs, graph[len(graph) // 2][0]), (graph, inputs, str(rng.choice(sorted(inputs))))]


def _local(op, a, b=None, rules=None):
    """Local derivatives of an op with respect to its inputs, at input values a (and b); `rules` maps an op to a
    wrong rule (a, b) -> its derivatives."""
    if rules and op in rules:
        return rules[op](a, b)
    if op == "add":
        return (1.0, 1.0)
    if op == "sub":
        return (1.0, -1.0)
    if op == "mul":
        return (b, a)
    if op == "div":
        return (1 / b, -a / (b * b))
    if op == "exp":
        return (math.exp(a),)
    if op == "log":
        return (1 / a,)
    if op == "sigmoid":
        s = _sigmoid(a)
        return (s * (1 - s),)
    if op == "tanh":
        return (1 - math.tanh(a) ** 2,)
    return (1.0 if a > 0 else 0.0,)


def _sigmoid(a):
    """Stable either side: SATURATED's sigmoid(-999.5) made 1 / (1 + exp(999.5)) raise, and no variant could name a
    hygiene row."""
    return 1 / (1 + math.exp(-a)) if a >= 0 else math.exp(a) / (1 + math.exp(a))


def _backward(graph, inputs, output, accumulate=True, forward_order=False, seed_last=False, by_input=False,
              rules=None, first=0):
    """graph_backward with the usual slips switchable: a frame for the wrong variants below. `first`: the index of the
    first node visited (1: a countdown range(len(graph) - 1, 0, -1) that never reaches node 0)."""
    values = ref.graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[graph[-1][0] if seed_last else output] = 1.0
    for name, op, args in (graph[first:] if forward_order else reversed(graph[first:])):
        pairs = zip(args, _local(op, *(values[a] for a in args), rules=rules))
        for arg, d in (dict(pairs).items() if by_input else pairs):  # dict(): one entry per input name, the last
            grads[arg] = grads[arg] + grads[name] * d if accumulate else grads[name] * d
    return grads


def _recursive(graph, inputs, output):
    """graph_backward as a recursion from the output (each node passes back, then recurses into each input), no
    topological order: a node on several paths passes its gradient down once per path, partly summed at first."""
    values = ref.graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    nodes = {name: (op, args) for name, op, args in graph}

    def push(name):
        if name in nodes:
            op, args = nodes[name]
            for arg, d in zip(args, _local(op, *(values[a] for a in args))):
                grads[arg] += grads[name] * d
            for arg in args:
                push(arg)

    push(output)
    return grads


def _with_rules(**rules):
    """graph_backward with these ops' local derivatives taken by wrong rules (a, b) -> derivatives."""
    return lambda graph, inputs, output: _backward(graph, inputs, output, rules=rules)


def _sigmoid_at_input(a, b):
    return (a * (1 - a),)


def _tanh_at_input(a, b):
    return (1 - a * a,)


OVERWRITE = Mistake(
    "graph-gradients-overwritten", "each path's contribution assigned instead of added (grad = ..., not +=)",
    "a variable that reaches the output by several paths gets the sum of all their contributions: accumulate with +=.",
    lambda graph, inputs, output: _backward(graph, inputs, output, accumulate=False))
FORWARD_ORDER = Mistake(
    "graph-backward-in-forward-order", "gradients passed back in the graph's forward order",
    "a node's gradient is complete only after every node using it has passed its part back: go in reverse order.",
    lambda graph, inputs, output: _backward(graph, inputs, output, forward_order=True))
RECURSIVE = Mistake(
    "graph-backward-recursive-no-order", "gradients pushed down by a recursion from the output (each node, then each "
    "of its inputs in turn) instead of in reverse topological order",
    "a node used by several others must collect all their parts before passing its gradient on: a recursion sends it "
    "down once per path, the first time incomplete. Visit the nodes once each, in reverse topological order.",
    _recursive)
SEED_LAST = Mistake(
    "graph-backward-seeds-last-node", "gradient 1 started at the graph's last node instead of at `output`",
    "the gradients are those of the output you are given, which need not be the last node: start there with 1.",
    lambda graph, inputs, output: _backward(graph, inputs, output, seed_last=True))
BY_INPUT = Mistake(
    "graph-repeated-input-counted-once", "a node that uses one variable twice (x * x, x - x) passing back one "
    "local derivative for it",
    "each input slot of a node is its own path: x * x sends grad * x back twice, once per slot (dict(zip(...)) keeps "
    "only one per name).",
    lambda graph, inputs, output: _backward(graph, inputs, output, by_input=True))
FIRST_NODE_SKIPPED = Mistake(
    "graph-backward-first-node-skipped", "the reverse loop stopping before the first node (a countdown ending at index 1)",
    "Python's range leaves out its stop: a countdown that stops at 0 never visits the node at index 0, so the inputs "
    "of the graph's first node get nothing from it (Lua's and MATLAB's loops include their end, Python's do not).",
    lambda graph, inputs, output: _backward(graph, inputs, output, first=1))
# one op's local derivatives wrong (the relation finder can only say "wrong on the inputs that name 'div'", a string
# it finds anywhere in the graph, which need not be the op that is wrong)
MUL_SELF = Mistake(
    "graph-mul-derivative-own-value", "d(a b)/da taken as a instead of b",
    "the derivative of a product with respect to one factor is the other factor.",
    _with_rules(mul=lambda a, b: (a, b)))
SUB_PLUS = Mistake(
    "graph-sub-derivative-plus", "sub's local derivatives taken as (1, 1), like add's",
    "a - b falls as b grows: its derivative with respect to the second input is -1.",
    _with_rules(sub=lambda a, b: (1.0, 1.0)))
SUB_LOCALS_REVERSED = Mistake(
    "graph-sub-derivatives-reversed", "sub's local derivatives taken as (-1, 1), those of b - a",
    "a - b rises with its first input and falls with its second: (1, -1). (-1, 1) belong to b - a, as when the "
    "error e = d - y is written with the output y as sub's first input.",
    _with_rules(sub=lambda a, b: (-1.0, 1.0)))
DIV_SIGN = Mistake(
    "graph-div-derivative-sign", "d(a / b)/db taken as +a / b^2",
    "a / b falls as b grows: its derivative with respect to the denominator is negative.",
    _with_rules(div=lambda a, b: (1 / b, a / (b * b))))
DIV_SQUARE_MISSING = Mistake(
    "graph-div-derivative-square-missing", "d(a / b)/db taken as -a / b, the square of b missing",
    "a / b = a b^-1: its derivative with respect to b is -a b^-2.",
    _with_rules(div=lambda a, b: (1 / b, -a / b)))
DIV_NUMERATOR_MISSING = Mistake(
    "graph-div-derivative-numerator-missing", "d(a / b)/db taken as -1 / b^2, the numerator a missing",
    "a / b = a b^-1: its derivative with respect to b is -a b^-2; the numerator stays as a factor.",
    _with_rules(div=lambda a, b: (1 / b, -1 / (b * b))))
DIV_PRECEDENCE = Mistake(
    "graph-div-derivative-precedence", "d(a / b)/db written -a / b * b, which Python reads as (-a / b) * b = -a",
    "division and multiplication go left to right: what does Python make of your expression for a = 1, b = 2? "
    "The square of b must be evaluated before the division.",
    _with_rules(div=lambda a, b: (1 / b, -a / b * b)))
DIV_TIMES_DENOMINATOR = Mistake(
    "graph-div-derivative-times-denominator", "d(a / b)/da taken as b, the other input as for a product",
    "a / b is a times b^-1, not a times b: with respect to a, the factor multiplying it is the derivative.",
    _with_rules(div=lambda a, b: (b, -a / (b * b))))
EXP_AT_INPUT = Mistake(
    "graph-exp-derivative-input", "exp's local derivative taken as its input a instead of e^a",
    "the derivative of e^a is e^a itself, the node's own value.",
    _with_rules(exp=lambda a, b: (a,)))
LOG_OF_VALUE = Mistake(
    "graph-log-derivative-of-value", "log's local derivative taken as 1 / (the node's value) = 1 / log(a)",
    "d log(a)/da = 1 / a, with a the node's input.",
    _with_rules(log=lambda a, b: (1 / math.log(a),)))
LOG_SLOPE_ONE = Mistake(
    "graph-log-derivative-one", "log's local derivative taken as 1, as the identity's",
    "log(a) rises ever more slowly as a grows: its slope depends on a.",
    _with_rules(log=lambda a, b: (1.0,)))
SIGMOID_AT_INPUT = Mistake(
    "graph-sigmoid-derivative-at-input", "the sigmoid's local derivative written z (1 - z) at its input",
    "sigmoid'(z) = s (1 - s) with s = sigmoid(z), the node's own output value.",
    _with_rules(sigmoid=_sigmoid_at_input))
SIGMOID_BIPOLAR = Mistake(
    "graph-sigmoid-derivative-bipolar", "the sigmoid's local derivative taken as 0.5 (1 + s)(1 - s), the bipolar "
    "sigmoid's (Fausett's f(x) = 2 / (1 + e^-x) - 1)",
    "0.5 (1 + f)(1 - f) is the slope of the bipolar sigmoid, whose values run from -1 to 1; the graph's sigmoid runs "
    "from 0 to 1, with a slope of its own: differentiate the graph's sigmoid and write the result in its value s.",
    _with_rules(sigmoid=lambda a, b: (0.5 * (1 + _sigmoid(a)) * (1 - _sigmoid(a)),)))
SIGMOID_OWN_VALUE = Mistake(
    "graph-sigmoid-derivative-own-value", "the sigmoid's local derivative taken as s, its own value, as exp's is",
    "the sigmoid's slope is largest at 0 and falls toward both tails, where s tends to 0 or to 1: s alone is not it.",
    _with_rules(sigmoid=lambda a, b: (_sigmoid(a),)))
TANH_AT_INPUT = Mistake(
    "graph-tanh-derivative-at-input", "the tanh's local derivative written 1 - a^2 at its input",
    "tanh'(a) = 1 - t^2 with t = tanh(a), the node's own output value.",
    _with_rules(tanh=_tanh_at_input))
SATURATING_AT_INPUT = Mistake(
    "graph-sigmoid-and-tanh-derivatives-at-input", "the sigmoid's and the tanh's local derivatives both taken at "
    "their input: a (1 - a) and 1 - a^2",
    "s (1 - s) and 1 - t^2 hold for the node's own output value s = sigmoid(a), t = tanh(a), not for its input a.",
    _with_rules(sigmoid=_sigmoid_at_input, tanh=_tanh_at_input))
TANH_UNSQUARED = Mistake(
    "graph-tanh-derivative-unsquared", "the tanh's local derivative written 1 - t, the square missing",
    "tanh'(a) = 1 - t^2 with t = tanh(a).",
    _with_rules(tanh=lambda a, b: (1 - math.tanh(a),)))
TANH_BIPOLAR_HALF = Mistake(
    "graph-tanh-derivative-halved", "the tanh's local derivative taken as (1 - t^2) / 2, the bipolar sigmoid's slope",
    f"{halved_tanh_slope('a')}; the graph's tanh is tanh(a) itself, whose slope in its value t has no factor 1/2.",
    _with_rules(tanh=lambda a, b: (0.5 * (1 - math.tanh(a) ** 2),)))
RELU_OF_VALUE = Mistake(
    "graph-relu-derivative-value", "relu's local derivative taken as the node's value max(a, 0) instead of 1 for a > 0",
    "relu(a) = max(a, 0) is a for a > 0, and its slope there is 1 (0 below): the local derivative is the step, not "
    "the node's value.",
    _with_rules(relu=lambda a, b: (max(a, 0.0),)))


def _forward_swapped(graph, inputs, ops):
    swapped = [[name, op, args[::-1] if op in ops else args] for name, op, args in graph]
    return ref.graph_forward(swapped, inputs)


SUB_REVERSED = Mistake(
    "graph-sub-reversed", "sub computed as b - a",
    "the inputs are in order: sub is the first minus the second.",
    lambda graph, inputs: _forward_swapped(graph, inputs, ("sub",)))
DIV_REVERSED = Mistake(
    "graph-div-reversed", "div computed as b / a",
    "the inputs are in order: div is the first divided by the second.",
    lambda graph, inputs: _forward_swapped(graph, inputs, ("div",)))


def _forward_replacing(replaced: str, fn):
    """graph_forward with the one-input op `replaced` computed by fn."""
    def forward(graph, inputs):
        values = dict(inputs)
        for name, op, args in graph:
            if op == replaced:
                values[name] = fn(values[args[0]])
            else:
                values[name] = ref.graph_forward([[name, op, args]], {a: values[a] for a in args})[name]
        return {k: float(v) for k, v in values.items()}
    return forward


LOG10 = Mistake(
    "graph-log-base-10", "log computed in base 10",
    "the course's log is the natural logarithm (numpy's np.log, math.log), whose derivative is 1/a.",
    _forward_replacing("log", math.log10))
# the stable sigmoid from e = exp(-|a|) with 1 / (1 + e) on both sides: sigmoid(|a|), the other branch's e / (1 + e)
# left out (the course's fixed graphs hold negative inputs of sigmoid)
SIGMOID_ONE_BRANCH = Mistake(
    "graph-sigmoid-one-branch", "a stable sigmoid's form for a >= 0 used for negative a too: sigmoid(|a|)",
    "a sigmoid written with exp(-|a|) needs one form for a >= 0 and another below 0, where the first gives "
    "sigmoid(-a). Compare your sigmoid(-2) with 1 - sigmoid(2).",
    _forward_replacing("sigmoid", lambda a: 1 / (1 + math.exp(-abs(a)))))


# two graphs of other names in a row: a dict of values or gradients kept between calls shows the first's names in the
# second's result (the value checks take extra keys)
KEYS_FORWARD = BehaviourCheck("keys", 0.5, scenarios=(
    Scenario("the chain, then the two-path graph", own_keys, args=[CHAIN, TWO_PATHS], several=True),))
KEYS_BACKWARD = BehaviourCheck("keys", 0.5, scenarios=(
    Scenario("the chain, then the two-path graph", own_keys, args=[(*CHAIN, "L"), (*TWO_PATHS, "f")], several=True),))


# How a student makes each mistake: in the correct solution tests/solutions/graph.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "graph-sub-reversed": Edit("        return a - b", "        return b - a"),
    "graph-div-reversed": Edit("        return a / b", "        return b / a"),
    "graph-log-base-10": Edit("        return math.log(a)", "        return math.log10(a)"),
    "graph-gradients-overwritten": Edit("grads[arg] += grads[name] * local", "grads[arg] = grads[name] * local"),
    "graph-backward-in-forward-order": Edit(
        "    for name, op, args in reversed(graph):",
        "    for name, op, args in graph:"),
    "graph-mul-derivative-own-value": Edit("return [b, a]", "return [a, b]"),
    "graph-relu-derivative-value": Edit("    return [1.0 if a > 0 else 0.0]", "    return [max(a, 0.0)]"),
    "graph-sigmoid-derivative-at-input": Edit("        return [value * (1 - value)]", "        return [a * (1 - a)]"),
    "graph-tanh-derivative-at-input": Edit("        return [1 - value**2]", "        return [1 - a**2]"),
    "graph-sigmoid-and-tanh-derivatives-at-input": Edit(
        "        return [value * (1 - value)]\n    if op == \"tanh\":\n        return [1 - value**2]",
        "        return [a * (1 - a)]\n    if op == \"tanh\":\n        return [1 - a**2]"),
    "graph-tanh-derivative-unsquared": Edit("        return [1 - value**2]", "        return [1 - value]"),
    "graph-tanh-derivative-halved": Edit("        return [1 - value**2]", "        return [0.5 * (1 - value**2)]"),
    "graph-sub-derivative-plus": Edit("        return [1.0, -1.0]", "        return [1.0, 1.0]"),
    "graph-sub-derivatives-reversed": Edit("        return [1.0, -1.0]", "        return [-1.0, 1.0]"),
    "graph-div-derivative-square-missing": Edit("        return [1 / b, -a / b**2]", "        return [1 / b, -a / b]"),
    "graph-div-derivative-numerator-missing": Edit("        return [1 / b, -a / b**2]", "        return [1 / b, -1 / b**2]"),
    "graph-sigmoid-one-branch": Edit("return 1 / (1 + e) if a >= 0 else e / (1 + e)", "return 1 / (1 + e)"),
    "graph-div-derivative-precedence": Edit("        return [1 / b, -a / b**2]", "        return [1 / b, -a / b * b]"),
    "graph-exp-derivative-input": Edit("    if op == \"exp\":\n        return [value]", "    if op == \"exp\":\n        return [a]"),
    "graph-div-derivative-times-denominator": Edit("        return [1 / b, -a / b**2]", "        return [b, -a / b**2]"),
    "graph-log-derivative-one": Edit("        return [1 / a]", "        return [1.0]"),
    "graph-sigmoid-derivative-own-value": Edit("        return [value * (1 - value)]", "        return [value]"),
    "graph-log-derivative-of-value": Edit("        return [1 / a]", "        return [1 / value]"),
    "graph-div-derivative-sign": Edit("        return [1 / b, -a / b**2]", "        return [1 / b, a / b**2]"),
    "graph-backward-recursive-no-order": Edit(
        "    for name, op, args in reversed(graph):\n"
        "        for arg, local in zip(args, _local(op, values[name], *(values[a] for a in args))):\n"
        "            grads[arg] += grads[name] * local\n",
        "    nodes = {name: (op, args) for name, op, args in graph}\n\n"
        "    def push(name):\n"
        "        if name in nodes:\n"
        "            op, args = nodes[name]\n"
        "            for arg, local in zip(args, _local(op, values[name], *(values[a] for a in args))):\n"
        "                grads[arg] += grads[name] * local\n"
        "            for arg in args:\n"
        "                push(arg)\n\n"
        "    push(output)\n"),
    "graph-backward-first-node-skipped": Edit("    for name, op, args in reversed(graph):\n",
                                              "    for i in range(len(graph) - 1, 0, -1):\n        name, op, args = graph[i]\n"),
    "graph-sigmoid-derivative-bipolar": Edit("        return [value * (1 - value)]",
                                             "        return [0.5 * (1 + value) * (1 - value)]"),
    "graph-backward-seeds-last-node": Edit("    grads[output] = 1.0", "    grads[graph[-1][0]] = 1.0"),
    "graph-repeated-input-counted-once": Edit(
        "        for arg, local in zip(args, _local(op, values[name], *(values[a] for a in args))):",
        "        for arg, local in dict(zip(args, _local(op, values[name], *(values[a] for a in args)))).items():"),
}


SPEC = ExerciseSpec("graph", (
    FunctionSpec("graph_forward", ref.graph_forward, (
        ValueCheck("value", 2.0, fixed=(CHAIN, TWO_PATHS, ALL_OPS, NEGATIVE, AT_ZERO), hidden=forward_cases),
        HygieneCheck("hygiene", 1.0, extreme=(SATURATED,)),
        KEYS_FORWARD,
    ), (SUB_REVERSED, DIV_REVERSED, LOG10, SIGMOID_ONE_BRANCH)),
    FunctionSpec("graph_backward", ref.graph_backward, (
        ValueCheck("value", 3.0, fixed=((*CHAIN, "L"), (*TWO_PATHS, "f"), (*ALL_OPS, "out"), (*NEGATIVE, "out")),
                   hidden=backward_cases),
        HygieneCheck("hygiene", 1.0, extreme=((*SATURATED, "out"),)),
        KEYS_BACKWARD,
    ), (OVERWRITE, FORWARD_ORDER, RECURSIVE, SEED_LAST, BY_INPUT, FIRST_NODE_SKIPPED, SIGMOID_BIPOLAR, MUL_SELF, SUB_PLUS, SUB_LOCALS_REVERSED, DIV_SIGN,
        DIV_SQUARE_MISSING, DIV_PRECEDENCE, DIV_NUMERATOR_MISSING, DIV_TIMES_DENOMINATOR, EXP_AT_INPUT, LOG_OF_VALUE,
        LOG_SLOPE_ONE, SIGMOID_AT_INPUT, SIGMOID_OWN_VALUE, TANH_AT_INPUT, SATURATING_AT_INPUT, TANH_UNSQUARED,
        TANH_BIPOLAR_HALF, RELU_OF_VALUE)),
), edits=EDITS)
