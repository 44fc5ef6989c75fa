"""gradcheck.numerical_gradient: right: perturbs one float copy in place and puts the saved coordinate back after each pair of calls (the caller's array is never touched)."""

def numerical_gradient(f, x, h=1e-5):
    xp = np.array(x, dtype=float)
    grad = np.empty_like(xp)
    it = np.nditer(xp, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        i = it.multi_index
        saved = xp[i]
        xp[i] = saved + h
        f_up = f(xp)
        xp[i] = saved - h
        f_down = f(xp)
        xp[i] = saved
        grad[i] = (f_up - f_down) / (2 * h)
        it.iternext()
    return grad
