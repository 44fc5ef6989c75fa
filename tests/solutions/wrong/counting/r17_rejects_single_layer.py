"""counting.count_parameters: raises ValueError for a network without a hidden layer ([n_0, n_1] is a valid MLP, one layer).

Habit: defensive production code validating "an MLP has at least one hidden layer".
"""


def count_parameters(widths):
    sizes = [int(w) for w in widths]
    if len(sizes) < 3:
        raise ValueError(f"an MLP needs input, hidden and output widths, got {sizes}")
    return sum((n_in + 1) * n_out for n_in, n_out in zip(sizes[:-1], sizes[1:]))
