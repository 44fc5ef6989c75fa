def sgd_step(params, grads, eta):
    """RIGHT: a new dict of float copies updated in place (-=): the caller's dict and arrays are never touched.

    Habit: Ng's update_parameters loop, run on copy.deepcopy-like private copies.
    """
    new = {k: np.array(v, dtype=np.float64) for k, v in params.items()}
    for k in new:
        new[k] -= eta * np.asarray(grads[k], dtype=np.float64)
    return new
