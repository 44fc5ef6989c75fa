"""counting.count_parameters: Every node has a threshold, the input nodes included: adds n_0 parameters that do not
exist.
"""

def count_parameters(widths):
    """Every node has a threshold, the input nodes included: adds n_0 parameters that do not exist."""
    sizes = [int(n) for n in widths]
    return sum(a * b for a, b in zip(sizes[:-1], sizes[1:])) + sum(sizes)
