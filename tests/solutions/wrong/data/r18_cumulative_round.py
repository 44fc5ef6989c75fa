"""data.split_indices: Rounds the cumulative fraction for the second cut, round((f_train + f_val) n), instead of adding
round(f_val n) to the first cut: the validation piece differs by one for some n (n = 7 gives 4, 2, 1, not 4, 1, 2).
"""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    """Rounds the cumulative fraction for the second cut, round((f_train + f_val) n), instead of adding round(f_val n) to the first cut: the validation piece differs by one for some n (n = 7 gives 4, 2, 1, not 4, 1, 2)."""
    perm = rng.permutation(n)
    n1 = round(fractions[0] * n)
    n2 = round((fractions[0] + fractions[1]) * n)
    return perm[:n1], perm[n1:n2], perm[n2:]
