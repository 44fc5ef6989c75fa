"""counting.count_parameters: Counts like makemore's sum(p.nelement() for p in parameters) with numpy sizes: returns a
numpy integer (np.prod of a shape), not the plain Python int the docstring asks for.
"""

def count_parameters(widths):
    """Counts like makemore's sum(p.nelement() for p in parameters) with numpy sizes: returns a numpy integer (np.prod of a shape), not the plain Python int the docstring asks for."""
    import numpy as np

    shapes = [(widths[l - 1], widths[l]) for l in range(1, len(widths))]
    return np.sum([np.prod(s) + s[1] for s in shapes])
