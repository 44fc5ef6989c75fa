"""data.split_indices: Sizes truncated with int(f * n) instead of Python's round: n = 9 validates on int(1.8) = 1
example, not round(1.8) = 2.
"""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    """Sizes truncated with int(f * n) instead of Python's round: n = 9 validates on int(1.8) = 1 example, not round(1.8) = 2."""
    order = rng.permutation(n)
    n_tr = int(fractions[0] * n)
    n_va = int(fractions[1] * n)
    return order[:n_tr], order[n_tr:n_tr + n_va], order[n_tr + n_va:]
