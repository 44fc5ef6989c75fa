"""counting.count_parameters: memoised by id(widths): a list edited in place, or a new list reusing a freed id, gets the stale count."""

def count_parameters(widths):
    memo = count_parameters.__dict__.setdefault("memo", {})
    if id(widths) not in memo:
        memo[id(widths)] = sum((a + 1) * b for a, b in zip(widths[:-1], widths[1:]))
    return memo[id(widths)]
