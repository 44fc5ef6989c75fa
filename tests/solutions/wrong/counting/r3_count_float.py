"""counting.count_parameters: computes with floats ((n + 1.0) * m), returning e.g. 13.0, not a plain int."""

def count_parameters(widths):
    return sum((widths[l - 1] + 1.0) * widths[l] for l in range(1, len(widths)))
