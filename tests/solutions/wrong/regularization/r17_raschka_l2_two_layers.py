"""regularization.l2_penalty: Sums W1 and W2 only, as Raschka's two-layer NeuralNetMLP does (l2/2 * (sum w_h^2 + sum w_out^2)): a third layer's weights are left out, a one-layer dict crashes.

Habit: Raschka's _compute_cost, L2_term = self.l2 * (np.sum(self.w_h ** 2.) + np.sum(self.w_out ** 2.)), kept for
a dict of any depth (get with a default so a missing W2 counts as 0).
"""

import numpy as np


def l2_penalty(params, lam):
    w_h = np.asarray(params["W1"], dtype=np.float64)
    w_out = np.asarray(params.get("W2", 0.0), dtype=np.float64)
    return float(lam / 2.0 * (np.sum(w_h ** 2.) + np.sum(w_out ** 2.)))
