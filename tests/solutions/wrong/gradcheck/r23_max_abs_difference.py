"""gradcheck.relative_error: reports Torch's nn.Jacobian.testJacobian error, the largest absolute difference max|a - b|, not the relative norm."""


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return float(np.max(np.abs(a - b))) if a.size else 0.0
