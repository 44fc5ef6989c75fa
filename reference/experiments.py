"""Why depth is hard: vanishing gradients and the activation scale under different inits.

Backprop multiplies one factor g'(z_l) per layer (times the weights), so the
gradient reaching layer 1 of an L-layer network carries prod_l g'(z_l). The
sigmoid's derivative peaks at 0.25 (at z = 0), so ten sigmoid layers shrink it
by at least 0.25^10 ~ 9.5e-7 ~ 1e-6.

Forward, a ReLU layer with weights of std sigma keeps the activation scale when
sigma = sqrt(2 / n_in) (He); with scale * sqrt(2 / n_in) the scale changes by
about `scale` per layer: through 50 layers, 0.5 vanishes (~1e-15) and 2 explodes (~1e15).
"""

import numpy as np

from mlptutor.reference.activations import get_activation, relu
from mlptutor.reference.backprop import mlp_loss_and_grads
from mlptutor.reference.init import init_params, normal, scheme_std


def derivative_product(z_per_layer, activation="sigmoid"):
    """prod_l g'(z_l) for one pre-activation value z_l per layer, g = `activation`; a float.

    derivative_product([0.0] * 10, "sigmoid") = 0.25^10 ~ 9.5e-7.
    """
    grad = get_activation(activation).grad
    return float(np.prod(grad(np.asarray(z_per_layer, dtype=float))))


def gradient_norms_per_layer(widths, activation, rng, scheme="xavier", batch=32):
    """||dL/dW_l|| for l = 1..L of a fresh MLP, the first diagnostic of a deep net that will not learn.

    Draws params = init_params(widths, rng, scheme), then X = rng.standard_normal((batch, n_0))
    and Y = rng.standard_normal((batch, n_L)); hidden layers use `activation`, the output
    is identity, the loss MSE. Returns a float array (L,), layer 1 first; with
    sigmoid the norms shrink towards layer 1 (vanishing gradients).
    """
    params = init_params(widths, rng, scheme)
    X, Y = rng.standard_normal((batch, widths[0])), rng.standard_normal((batch, widths[-1]))
    activations = [activation] * (len(widths) - 2) + ["identity"]
    _, grads = mlp_loss_and_grads(X, Y, params, activations)
    return np.array([np.linalg.norm(grads[f"W{l}"]) for l in range(1, len(widths))])


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    """Std of the activations after each of n_layers ReLU layers, for several init scales.

    Draws x = rng.standard_normal((batch, width)) once; then for each scale in order
    and each layer: W = normal(width, width, rng, scale * sqrt(2 / width)) (scale 1 is He),
    a <- relu(a @ W), recording a.std(). No biases.
    Returns {scale: float array (n_layers,) of per-layer std}.
    """
    x = rng.standard_normal((batch, width))
    he = scheme_std("he", width, width)
    stds = {}
    for scale in scales:
        a, per_layer = x, []
        for _ in range(n_layers):
            a = relu(a @ normal(width, width, rng, scale * he))
            per_layer.append(a.std())
        stds[scale] = np.array(per_layer)
    return stds
