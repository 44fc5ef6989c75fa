"""A correct solution of exercises/counting.py counting as Haykin does: every neuron has one
synaptic weight per source node plus one threshold (the weight of its fixed -1 input)."""


def parameter_breakdown(widths):
    sizes = [int(n) for n in widths]
    rows = []
    for layer in range(1, len(sizes)):
        m_in, m_out = sizes[layer - 1], sizes[layer]
        synapses = m_in * m_out
        thresholds = m_out
        rows.append({"layer": layer, "shape": (m_in, m_out), "weights": synapses,
                     "biases": thresholds, "total": synapses + thresholds})
    return rows


def count_parameters(widths):
    sizes = [int(n) for n in widths]
    # (m_in + 1) free parameters per neuron: its synapses and its threshold
    return sum((m_in + 1) * m_out for m_in, m_out in zip(sizes[:-1], sizes[1:]))
