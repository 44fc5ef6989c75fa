"""data.split_indices: Cuts at round(f_train n) and round((f_train + f_val) n): the validation size is a difference of
rounded cumulative fractions, not round(f_val n).
"""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    """Cuts at round(f_train n) and round((f_train + f_val) n): the validation size is a difference of rounded cumulative fractions, not round(f_val n)."""
    order = rng.permutation(n)
    cut1 = round(fractions[0] * n)
    cut2 = round((fractions[0] + fractions[1]) * n)
    return order[:cut1], order[cut1:cut2], order[cut2:]
