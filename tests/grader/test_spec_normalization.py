"""grader/specs/normalization.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Edit, SpecTests, failed


def batchnorm(stats="X.mean(axis=0), X.var(axis=0)", keep="momentum", inv_std="1 / np.sqrt(var + eps)",
              eval_stats="running_mean, running_var"):
    return f"""
        def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
            if mode == "train":
                mu, var = {stats}
                running_mean = {keep} * running_mean + (1 - {keep}) * mu
                running_var = {keep} * running_var + (1 - {keep}) * var
            else:
                mu, var = {eval_stats}
            inv_std = {inv_std}
            x_hat = (X - mu) * inv_std
            cache = {{"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                     "running_mean": running_mean, "running_var": running_var}}
            return gamma * x_hat + beta, cache
    """


def bn_backward(train="_standardize_backward(dout * gamma, x_hat, inv_std, 0)", dgamma="(dout * x_hat).sum(axis=0)"):
    return f"""
        def batchnorm_backward(dout, cache):
            x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
            if cache["mode"] == "train":
                dX = {train}
            else:
                dX = dout * gamma * inv_std
            return dX, {dgamma}, dout.sum(axis=0)
    """


def layernorm(axis="1", ddof="0", out="gamma * x_hat + beta"):
    return f"""
        def layernorm_forward(X, gamma, beta, eps=EPS):
            mu, var = X.mean(axis={axis}, keepdims=True), X.var(axis={axis}, keepdims=True, ddof={ddof})
            inv_std = 1 / np.sqrt(var + eps)
            x_hat = (X - mu) * inv_std
            return {out}, {{"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}}
    """


def ln_backward(dX="_standardize_backward(dout * cache['gamma'], x_hat, cache['inv_std'], 1)", axis="0"):
    return f"""
        def layernorm_backward(dout, cache):
            x_hat = cache["x_hat"]
            dX = {dX}
            return dX, (dout * x_hat).sum(axis={axis}), dout.sum(axis={axis})
    """


EDITS = [
    Edit("batchnorm-unbiased-variance", ("batchnorm_forward",), batchnorm(stats="X.mean(axis=0), X.var(axis=0, ddof=1)")),
    Edit("batchnorm-eval-uses-batch-statistics", ("batchnorm_forward",), batchnorm(eval_stats="X.mean(axis=0), X.var(axis=0)")),
    Edit("batchnorm-momentum-swapped", ("batchnorm_forward",), batchnorm(keep="(1 - momentum)")),
    Edit("batchnorm-eps-outside-sqrt", ("batchnorm_forward",), batchnorm(inv_std="1 / (np.sqrt(var) + eps)")),
    Edit("batchnorm-backward-constant-statistics", ("batchnorm_backward", "batchnorm_forward"), bn_backward(train="dout * gamma * inv_std")),
    Edit("batchnorm-backward-no-gamma", ("batchnorm_backward", "batchnorm_forward"), bn_backward(
        train="_standardize_backward(dout, x_hat, inv_std, 0)").replace("dout * gamma * inv_std", "dout * inv_std")),
    Edit("batchnorm-dgamma-without-x-hat", ("batchnorm_backward", "batchnorm_forward"), bn_backward(dgamma="dout.sum(axis=0)")),
    Edit("layernorm-over-the-batch", ("layernorm_forward",), layernorm(axis="0")),
    Edit("layernorm-unbiased-variance", ("layernorm_forward",), layernorm(ddof="1")),
    Edit("layernorm-no-scale-shift", ("layernorm_forward",), layernorm(out="x_hat")),
    Edit("layernorm-backward-constant-statistics", ("layernorm_backward", "layernorm_forward"), ln_backward(dX="dout * cache['gamma'] * cache['inv_std']")),
    Edit("layernorm-backward-over-the-batch", ("layernorm_backward", "layernorm_forward"),
         ln_backward(dX="_standardize_backward(dout * cache['gamma'], x_hat, cache['inv_std'], 0)")),
    Edit("layernorm-dgamma-over-features", ("layernorm_backward", "layernorm_forward"), ln_backward(axis="1")),
]


class TestNormalizationSpec(SpecTests):
    exercise, edits = "normalization", EDITS  # a backward's edit touches its forward: the gradient checks run it

    def test_constant_statistics_fail_the_train_gradient_check_only(self, named):
        rows = named["batchnorm-backward-constant-statistics"]
        assert failed(rows, "gradient").mistake == "batchnorm-backward-constant-statistics"
        assert next(r for r in rows if r.check == "gradient-eval").passed
