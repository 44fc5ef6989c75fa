"""counting.count_parameters: sums the sizes of the "kernel" variables only (filtering tf.trainable_variables by name): the biases are left out."""


def count_parameters(widths):
    return sum(int(widths[l - 1]) * int(widths[l]) for l in range(1, len(widths)))
