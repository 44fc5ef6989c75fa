"""counting.count_parameters: RIGHT: sum_l n_{l-1} n_l + sum_{l>=1} n_l written as two sums (same value, plain int), widths only read.

Habit: defensive code that works on a tuple copy so the caller's list is never touched.
"""


def count_parameters(widths):
    sizes = tuple(int(w) for w in widths)
    return sum(a * b for a, b in zip(sizes, sizes[1:])) + sum(sizes[1:])
