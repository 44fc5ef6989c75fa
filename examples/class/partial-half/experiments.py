"""Exercise: why depth is hard, vanishing gradients and the activation scale of deep ReLU stacks.

derivative_product takes one pre-activation per layer and the activation's
name: "sigmoid", "tanh", "relu", "leaky_relu" (slope 0.01) or "identity";
write the derivatives you need here (at the kink z = 0 of relu and
leaky_relu either side's value is right: it is never tested there). A z may
be of any size (e.g. +-1000, where sigmoid and tanh saturate and their
derivatives are 0), and a factor may be 0 (relu below 0): the product is then
0, computed without errors or RuntimeWarnings (no overflow, no log(0)).
activation_scale draws exactly as its docstring says, from the
Generator it is given, so its numbers equal the reference's; it returns a
dict keyed by the scales themselves.
"""

import numpy as np


def derivative_product(z_per_layer, activation="sigmoid"):
    """prod_l g'(z_l) for one pre-activation value z_l per layer, g = `activation`; a float.

    derivative_product([0.0] * 10, "sigmoid") = 0.25^10 ~ 9.5e-7.
    """
    raise NotImplementedError


def activation_scale(rng, scales=(0.5, 1.0, 2.0), n_layers=50, width=256, batch=1):
    """Std of the activations after each of n_layers ReLU layers, for several init scales.

    Draws x = rng.standard_normal((batch, width)) once; then for each scale in order
    and each layer: W = normal(width, width, rng, scale * sqrt(2 / width)) (scale 1 is He),
    a <- relu(a @ W), recording a.std(). No biases.
    Returns {scale: float array (n_layers,) of per-layer std}.
    """
    raise NotImplementedError
