"""counting in the r20 habit: Prince's beta_k (biases) and Omega_k (weights) per layer k."""


def parameter_breakdown(widths):
    D = [int(d) for d in widths]  # D_0 inputs, D_1.. hidden/output sizes, copied once
    layers = []
    for k in range(1, len(D)):
        n_Omega = D[k - 1] * D[k]  # Omega_k is D_k x D_{k-1} in Prince; stored (n_in, n_out) here
        n_beta = D[k]
        layers.append({"layer": k, "shape": (D[k - 1], D[k]), "weights": n_Omega, "biases": n_beta,
                       "total": n_Omega + n_beta})
    return layers


def count_parameters(widths):
    return sum(layer["total"] for layer in parameter_breakdown(widths))
