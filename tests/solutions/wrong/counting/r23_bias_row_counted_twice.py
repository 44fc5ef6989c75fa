"""counting.count_parameters: Fausett's augmented weights (n_in + 1) * n_out, which already hold the bias row v_0j, plus the n_out biases again."""


def count_parameters(widths):
    sizes = [int(n) for n in widths]
    return sum((sizes[l - 1] + 1) * sizes[l] + sizes[l] for l in range(1, len(sizes)))
