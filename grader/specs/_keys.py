"""The judge of scenarios whose results are dicts of the keys the docstring lists, no more: the value checks take a
dict with extra keys (a cache dict may hold more than its docstring lists), a gradients or values dict may not, and
one kept between calls shows in a later call's keys.

A spec function (carried into the public checker as source, as every behaviour predicate is).
"""


def own_keys(values: list, expected: list, cases: list) -> str | None:
    """A scenario of a few calls in order: each result holds exactly the reference's keys; names keys left from an
    earlier call's result (a dict kept on the module or as a default argument)."""
    for j, (got, right) in enumerate(zip(values, expected)):
        if type(got) is not dict:
            return f"call {j + 1} returned a {type(got).__name__}, where the docstring promises a dict"
        extra = sorted(set(got) - set(right), key=str)
        if not extra:
            continue
        shown = f"{extra[:6]}" + (f" and {len(extra) - 6} more" if len(extra) > 6 else "")
        if j and set(extra) <= set().union(*values[:j]) and not set(values[0]) - set(expected[0]):
            return (f"call {j + 1} returned the keys {shown} besides its own, which belong to an earlier call's "
                    "result: a dict kept between calls (on the module, or as a default argument) is filled again; "
                    "build a new dict on every call")
        return (f"the result holds the keys {shown}, which its own arguments do not give (a dict kept between calls, "
                "on the module or as a default argument, keeps earlier calls' keys): return a new dict of exactly "
                "the docstring's keys for these arguments")
    return None


def own_keys_of_first(values: list, expected: list, cases: list) -> str | None:
    """own_keys of the first item of each result: a (dict, number) pair's dict (clip_by_global_norm's)."""
    return _own_keys_of_item(values, expected, cases, 0)


def own_keys_of_last(values: list, expected: list, cases: list) -> str | None:
    """own_keys of the last item of each result: a (stop, best, weights) triple's weights (early_stopping_restore's)."""
    return _own_keys_of_item(values, expected, cases, -1)


def _own_keys_of_item(values: list, expected: list, cases: list, index: int) -> str | None:
    if any(type(value) not in (tuple, list) or not value for value in values):
        return "a result is not the tuple the docstring promises"
    return own_keys([value[index] for value in values], [right[index] for right in expected], cases)
