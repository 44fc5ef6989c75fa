"""counting.count_parameters: stops after the first layer (return inside the loop)"""


def count_parameters(widths):
    for l in range(1, len(widths)):
        return (widths[l - 1] + 1) * widths[l]
    return 0
