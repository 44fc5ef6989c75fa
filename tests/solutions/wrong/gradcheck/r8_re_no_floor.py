"""gradcheck.relative_error: divides by ||a|| + ||b|| without the floor; two zero gradients give nan (and a RuntimeWarning), tiny ones score ~1."""


def relative_error(a, b, floor=1e-8):
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))
