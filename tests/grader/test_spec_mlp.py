"""grader/specs/mlp.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Edit, SpecTests, failed, grade_edits

EDITS = [
    Edit("mlp-last-activation-skipped", ("mlp_forward",), """
        def mlp_forward(X, params, activations):
            A, caches = X, []
            for l, name in enumerate(activations, start=1):
                Z = A @ params[f"W{l}"] + params[f"b{l}"]
                caches.append({"A_prev": A, "W": params[f"W{l}"], "b": params[f"b{l}"], "Z": Z, "activation": name})
                A = _activate(Z, name) if l < len(activations) else Z
            return A, caches
    """),
    Edit("mlp-no-bias", ("mlp_forward",), """
        def mlp_forward(X, params, activations):
            A, caches = X, []
            for l, name in enumerate(activations, start=1):
                Z = A @ params[f"W{l}"]
                caches.append({"A_prev": A, "W": params[f"W{l}"], "b": params[f"b{l}"], "Z": Z, "activation": name})
                A = _activate(Z, name)
            return A, caches
    """),
    Edit("mlp-one-activation-for-all-layers", ("mlp_forward",), """
        def mlp_forward(X, params, activations):
            A, caches = X, []
            for l in range(1, len(activations) + 1):
                Z = A @ params[f"W{l}"] + params[f"b{l}"]
                caches.append({"A_prev": A, "W": params[f"W{l}"], "b": params[f"b{l}"], "Z": Z,
                               "activation": activations[0]})
                A = _activate(Z, activations[0])
            return A, caches
    """),
]


class TestMlpSpec(SpecTests):
    exercise, edits = "mlp", EDITS

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
        rows = grade_edits(grader, "mlp", [Edit("cache", ("mlp_forward",), code)])["cache"]
        assert "'A_prev'" in failed(rows, "caches").message
        assert all(r.passed for r in rows if r.check != "caches")
