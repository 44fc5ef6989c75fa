"""counting.count_parameters: Mitchell's x0 = 1 bias unit counted as a unit of every hidden layer too: (n_{l-1} + 1) *
(n_l + 1) weights into each hidden layer.
"""

def count_parameters(widths):
    """Mitchell's x0 = 1 bias unit counted as a unit of every hidden layer too: (n_{l-1} + 1) * (n_l + 1) weights into each hidden layer."""
    sizes = [int(n) for n in widths]
    total = 0
    for l in range(1, len(sizes)):
        into = sizes[l] + 1 if l < len(sizes) - 1 else sizes[l]
        total += (sizes[l - 1] + 1) * into
    return total
