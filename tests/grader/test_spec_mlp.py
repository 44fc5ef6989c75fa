"""grader/specs/mlp.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Appended, SpecTests, failed, grade_edits


class TestMlpSpec(SpecTests):
    exercise = "mlp"

    def test_a_cache_holding_the_activation_is_located(self, grader):
        code = """
            def mlp_forward(X, params, activations):
                A, caches = X, []
                for l, name in enumerate(activations, start=1):
                    Z = A @ params[f"W{l}"] + params[f"b{l}"]
                    A = _activate(Z, name)
                    caches.append({"A_prev": A, "W": params[f"W{l}"], "b": params[f"b{l}"], "Z": Z, "activation": name})
                return A, caches
        """
        rows = grade_edits(grader, "mlp", [Appended("cache", ("mlp_forward",), code)])["cache"]
        assert "'A_prev'" in failed(rows, "caches").message
        assert all(r.passed for r in rows if r.check != "caches")
