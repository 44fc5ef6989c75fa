"""Shipped into the sandbox child by gradient checks (never imported by the grader): a student's forward
at every perturbed point of a check in one call, instead of one sandbox call per point."""

import importlib


def outputs(module, function, points, pick):
    """[module.function(*args)[pick] for args in points]."""
    forward = getattr(importlib.import_module(module), function)
    results = []
    for args in points:
        result = forward(*args)
        for key in pick or ():
            result = result[key]
        results.append(result)
    return results
