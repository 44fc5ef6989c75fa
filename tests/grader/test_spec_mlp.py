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

    def test_a_cache_holding_the_activation_function_is_a_type(self, grader):
        code = """
            def mlp_forward(X, params, activations):
                A, caches = X, []
                for l, name in enumerate(activations, start=1):
                    Z = A @ params[f"W{l}"] + params[f"b{l}"]
                    caches.append({"A_prev": A, "W": params[f"W{l}"], "b": params[f"b{l}"], "Z": Z,
                                   "activation": lambda z, name=name: _activate(z, name)})
                    A = _activate(Z, name)
                return A, caches
        """
        rows = grade_edits(grader, "mlp", [Appended("function", ("mlp_forward",), code)])["function"]
        row = failed(rows, "caches")
        assert row.mistake == "relation:type", (row.mistake, row.message)
        # named as the student's code indexes it: the caches are result[1] of (out, caches)
        assert "result[1][0]['activation'] is a function, expected a str" in row.message
        assert all(r.passed for r in rows if r.check != "caches")

    def test_layers_walked_in_sorted_key_order_fail_on_the_deep_network(self, grader, with_code, rows_of):
        code = with_code("mlp", '''
            def mlp_forward(X, params, activations):
                A, caches = X, []
                Ws = sorted(k for k in params if k.startswith("W"))
                for W_key, name in zip(Ws, activations):
                    W, b = params[W_key], params["b" + W_key[1:]]
                    Z = A @ W + b
                    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
                    A = _activate(Z, name)
                return A, caches
        ''')
        rows = rows_of(grader.grade({"mlp": code}, student="sorted-keys", only=["mlp"]), "mlp_forward")
        # numpy's sizes, said as the layers' axes (crashes.operands): W10 meets the activations of layer 1
        assert not rows["value"].passed and rows["value"].mistake == "relation:operands"
        assert "the inner sizes of a product must agree" in rows["value"].hint

    def test_tanh_from_exp_overflows_on_large_inputs(self, grader, with_code, rows_of):
        code = with_code("mlp", '''
            _right = _activate

            def _activate(Z, name):
                if name == "tanh":
                    e = np.exp(2 * Z)
                    return (e - 1) / (e + 1)
                return _right(Z, name)
        ''')
        rows = rows_of(grader.grade({"mlp": code}, student="tanh-exp", only=["mlp"]), "mlp_forward")
        assert rows["value"].passed
        assert not rows["hygiene"].passed and rows["hygiene"].mistake == "relation:warning"
        assert "on large inputs: RuntimeWarning: overflow encountered in exp" in rows["hygiene"].message


def test_the_large_cases_are_one_draw_beyond_750():
    """The sigmoid and tanh cases of extreme inputs are one draw, _beyond_750 (the loop was written twice): each
    first layer's pre-activations pass both -750 and 750."""
    import numpy as np

    from mlptutor.grader.specs import mlp as spec

    for case in (spec.large_case, spec.large_tanh_case):
        X, params, _ = case(np.random.default_rng(4))
        Z = X @ params["W1"] + params["b1"]
        assert Z.min() < -750 < 750 < Z.max()
    X, params, names = spec._beyond_750(np.random.default_rng(4), 2, 6)
    assert len(X) == 6 and list(names) == list(spec.ARCHITECTURES[2][1])
