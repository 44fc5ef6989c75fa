"""Relations of a result with one number per node of a computation graph given as plain data: which node
is the first to go wrong.

A graph argument is a list of [name, op, [input names]] in topological order; the result a dict holding a
number for every node (and for the variables it starts from). Values flow forward, so the first node off
in the graph's order whose inputs are right is where the mistake is: its op is computed wrongly. Gradients
of an output (a string argument naming a node) flow backward, so the first node off from the output back
whose consumers' gradients are right is where it is: the local derivative of a consumer's op to it (or the
sum over its paths). Claimed when every call's first wrong node points at the same ops (two at most).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.relations.base import Relation
from mlptutor.grader.relations.values import Item, Setting, items_of, number, off

MAX_OPS = 2  # more ops than this between the calls locate nothing


def _graph(args: tuple) -> list | None:
    """The first argument that is a graph: a list of [name, op, [input names]] with string names and ops."""
    for value in args:
        if type(value) is list and value and all(
                type(node) in (list, tuple) and len(node) == 3 and type(node[0]) is str and type(node[1]) is str
                and type(node[2]) in (list, tuple) and all(type(i) is str for i in node[2]) for node in value):
            return value
    return None


def _is_off(item: Item, name: str) -> bool | None:
    """Whether the student's number for `name` is off (None: no number to judge there)."""
    if type(item.expected) is not dict or type(item.got) is not dict or name not in item.expected:
        return None
    exp, got = number(item.expected[name]), number(item.got.get(name))
    if exp is None or got is None or got.shape != exp.shape:
        return None
    return bool(off(got, exp).any())


def _forward(item: Item, graph: list) -> tuple[str, set] | None:
    """(the first node off in the graph's order, {its op}), its inputs right; None when nothing fits."""
    for name, op, inputs in graph:
        state = _is_off(item, name)
        if state is None:
            return None
        if state:
            return (name, {op}) if not any(_is_off(item, i) for i in inputs) else None
    return None


def _backward(item: Item, graph: list, output: str) -> tuple[str, set] | None:
    """(the first node or variable off from the output back, {the ops of the nodes it feeds}), their
    gradients right; None when nothing fits."""
    feeds: dict[str, set] = {}
    consumers: dict[str, list] = {}
    for name, op, inputs in graph:
        for i in inputs:
            feeds.setdefault(i, set()).add(op)
            consumers.setdefault(i, []).append(name)
    order = [name for name, _, _ in reversed(graph)]
    variables = [v for v in item.expected if v not in order] if type(item.expected) is dict else []
    for name in order + variables:
        state = _is_off(item, name)
        if state is None:
            return None
        if state:
            if name == output:
                return name, set()
            if any(_is_off(item, c) for c in consumers.get(name, [])):
                return None
            return name, feeds.get(name, set())
    return None


def _output(args: tuple, graph: list) -> str | None:
    names = {node[0] for node in graph}
    return next((a for a in args if type(a) is str and a in names), None)


def graphs(setting: Setting, evidence: list[Evidence]) -> Relation | None:
    """Which op every call's first wrong node points at, or None."""
    items = items_of(setting, evidence)
    found = []
    for item in items:
        graph = _graph(item.args)
        if graph is None:
            return None
        output = _output(item.args, graph)
        first = _forward(item, graph) if output is None else _backward(item, graph, output)
        if first is None and any(_is_off(item, name) for name in item.expected):
            return None
        if first is not None:
            found.append((first, output))
    if not found:
        return None
    (name, _), output = found[0]
    if output is not None and all(n == o for (n, _), o in found):
        return Relation("node", f"your gradient of the output itself ('{output}') is off: d {output} / d {output} "
                                f"is 1, where the backward pass starts", "the output's own gradient off", ())
    ops = set().union(*(o for (_, o), _ in found))
    if not ops or len(ops) > MAX_OPS:
        return None
    named = " and ".join(f"'{op}'" for op in sorted(ops))
    if output is None:
        return Relation("node", f"on every input, the first node whose value is off (in the graph's order) has op "
                                f"{named} and right inputs (such as '{name}'): check how you compute {named}",
                        f"the first wrong value at a node of op {named}", ())
    return Relation("node", f"on every input, the first gradient off (from the output back) belongs to a node whose "
                            f"consumers' gradients are right (such as '{name}'), an input of nodes of op {named}: check "
                            f"the local derivative of {named} to each input, the forward values it uses, and that the "
                            f"contributions of several paths add up", f"the first wrong gradient below op {named}", ())
