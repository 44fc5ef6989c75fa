"""normalization.batchnorm_backward: accGradParameters adds into module-level gradWeight/gradBias that are never zeroed (zeroGradParameters forgotten), so every call after the first returns the running sum of dgamma, dbeta."""

_r23_grad_state = {}


def batchnorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=float)
    x_hat, inv_std = cache["x_hat"], cache["inv_std"]
    D = x_hat.shape[1]
    if _r23_grad_state.get("D") != D:
        _r23_grad_state.update(D=D, gradWeight=np.zeros(D), gradBias=np.zeros(D))
    _r23_grad_state["gradWeight"] += (dout * x_hat).sum(axis=0)
    _r23_grad_state["gradBias"] += dout.sum(axis=0)
    g = dout * cache["gamma"]
    if cache["mode"] == "train":
        dX = (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0)) * inv_std
    else:
        dX = g * inv_std
    return dX, _r23_grad_state["gradWeight"].copy(), _r23_grad_state["gradBias"].copy()
