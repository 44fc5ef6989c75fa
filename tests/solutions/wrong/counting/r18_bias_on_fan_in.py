"""counting.count_parameters: Puts the bias unit on the wrong side of Octave's Theta: counts n_{l-1} * (n_l + 1)
instead of (n_{l-1} + 1) * n_l.
"""

def count_parameters(widths):
    """Puts the bias unit on the wrong side of Octave's Theta: counts n_{l-1} * (n_l + 1) instead of (n_{l-1} + 1) * n_l."""
    return sum(n_in * (n_out + 1) for n_in, n_out in zip(widths[:-1], widths[1:]))
