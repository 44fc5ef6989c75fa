"""counting.count_parameters: adds a bias for every unit including the input ones, sum(n_{l-1} n_l) + sum(widths)."""

def count_parameters(widths):
    n = [int(k) for k in widths]
    return sum(a * b for a, b in zip(n[:-1], n[1:])) + sum(n)
