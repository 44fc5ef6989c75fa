"""gradcheck.gradient_check: reports the largest absolute difference per tensor instead of the relative error."""

def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    return {k: float(np.max(np.abs(np.asarray(grads[k]) - numeric[k]))) for k in params}
