"""gradcheck.gradient_check: Reports the largest entrywise relative error |a_i - b_i| / (|a_i| + |b_i|) per tensor, not
the norm-wise relative_error.
"""

def gradient_check(f, params, grads, h=1e-5):
    """Reports the largest entrywise relative error |a_i - b_i| / (|a_i| + |b_i|) per tensor, not the norm-wise relative_error."""
    estimates = numerical_gradients(f, params, h)
    report = {}
    for name in params:
        a, b = np.asarray(grads[name], dtype=float), estimates[name]
        report[name] = float(np.max(np.abs(a - b) / np.maximum(np.abs(a) + np.abs(b), 1e-8), initial=0.0))
    return report
