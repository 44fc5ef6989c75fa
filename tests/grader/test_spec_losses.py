"""grader/specs/losses.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Edit, SpecTests, failed

EDITS = [
    Edit("mse-no-half", ("mse",), """
        def mse(Y_hat, Y):
            return float(np.sum((Y_hat - Y) ** 2) / Y.shape[0])
    """),
    Edit("mse-no-mean", ("mse",), """
        def mse(Y_hat, Y):
            return float(0.5 * np.sum((Y_hat - Y) ** 2))
    """),
    Edit("mse-mean-over-all-entries", ("mse",), """
        def mse(Y_hat, Y):
            return float(0.5 * np.mean((Y_hat - Y) ** 2))
    """),
    Edit("mse-grad-no-1/N", ("mse_grad",), """
        def mse_grad(Y_hat, Y):
            return Y_hat - Y
    """),
    Edit("mse-grad-factor-2", ("mse_grad",), """
        def mse_grad(Y_hat, Y):
            return 2 * (Y_hat - Y) / len(Y)
    """),
    Edit("bce-no-clip", ("bce",), """
        def bce(P, Y):
            return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / len(P))
    """),
    Edit("bce-no-mean", ("bce",), """
        def bce(P, Y):
            P = np.clip(P, 1e-12, 1 - 1e-12)
            return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)))
    """),
    Edit("bce-grad-no-clip", ("bce_grad",), """
        def bce_grad(P, Y):
            return (P - Y) / (P * (1 - P)) / len(P)
    """),
    Edit("bce-grad-no-1/N", ("bce_grad",), """
        def bce_grad(P, Y):
            P = np.clip(P, 1e-12, 1 - 1e-12)
            return (P - Y) / (P * (1 - P))
    """),
    Edit("ce-softmax-of-unshifted-logits", ("cross_entropy_with_logits",), """
        def cross_entropy_with_logits(Z, Y):
            P = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)
            return float(-np.sum(Y * np.log(P)) / len(Z))
    """),
    Edit("ce-no-mean", ("cross_entropy_with_logits",), """
        def cross_entropy_with_logits(Z, Y):
            return float(-np.sum(Y * _log_softmax(Z)))
    """),
    Edit("ce-logits-as-probabilities", ("cross_entropy_with_logits",), """
        def cross_entropy_with_logits(Z, Y):
            return float(-np.sum(Y * np.log(Z)) / len(Z))
    """),
    Edit("softmax-ce-grad-no-1/N", ("cross_entropy_with_logits_grad",), """
        def cross_entropy_with_logits_grad(Z, Y):
            return np.exp(_log_softmax(Z)) - Y
    """),
    Edit("softmax-ce-grad-sign", ("cross_entropy_with_logits_grad",), """
        def cross_entropy_with_logits_grad(Z, Y):
            return (Y - np.exp(_log_softmax(Z))) / len(Z)
    """),
]


class TestLossesSpec(SpecTests):
    exercise, edits = "losses", EDITS

    def test_unclipped_bce_is_told_about_non_finite_values(self, named):
        assert "NaN or inf" in failed(named["bce-no-clip"], "hygiene").message
