"""counting.count_parameters: loops over range(1, len(widths) - 1), an off-by-one that leaves out the output layer."""

def count_parameters(widths):
    total = 0
    for l in range(1, len(widths) - 1):
        total += (widths[l - 1] + 1) * widths[l]
    return total
