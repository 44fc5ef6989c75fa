"""mlp.mlp_forward: caches "Z" as the activation g(Z_l) (Bishop's z_j = h(a_j)) instead of the pre-activation Z_l = A_{l-1} W_l + b_l."""


def mlp_forward(X, params, activations):
    z = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        a = z @ params["W%d" % l] + params["b%d" % l]  # Bishop: a = pre-activation
        z_prev, z = z, _activate(a, name)               # z = activation
        caches.append({"A_prev": z_prev, "W": params["W%d" % l], "b": params["b%d" % l], "Z": z, "activation": name})
    return z, caches
