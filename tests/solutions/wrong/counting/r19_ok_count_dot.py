"""counting.count_parameters: Right: the synapses as a dot product of consecutive widths plus one threshold per non-
input neuron, as plain ints.
"""

def count_parameters(widths):
    """Right: the synapses as a dot product of consecutive widths plus one threshold per non-input neuron, as plain ints."""
    sizes = [int(n) for n in widths]
    return sum(a * b for a, b in zip(sizes, sizes[1:])) + sum(sizes[1:])
