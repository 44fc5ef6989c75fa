"""regularization.l2_penalty: np.add.reduce without axis sums each W^2 down its rows only (a vector per layer, APL's
first-axis reduction), so the result is an array of column sums instead of one float."""


def l2_penalty(params, lam):
    return lam / 2 * sum(np.add.reduce(np.square(v)) for k, v in params.items() if k.startswith("W"))
