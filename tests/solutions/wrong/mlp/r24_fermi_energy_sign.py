"""mlp.mlp_forward: the sigmoid as the Fermi function of E = +z, i.e. sigmoid(-Z): every sigmoid layer's output is 1 - the right one."""


def mlp_forward(X, params, activations):
    A = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params["W%d" % l], params["b%d" % l]
        Z = A @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        # occupation 1 / (exp(beta E) + 1) with the energy taken as +z
        A = 0.5 * (1.0 - np.tanh(0.5 * Z)) if name == "sigmoid" else _activate(Z, name)
    return A, caches
