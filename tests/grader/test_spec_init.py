"""grader/specs/init.py: exact draws score full marks, every catalogued mistake is named, the scheme is told."""

import pytest
from spec_cases import Edit, SpecTests, failed, grade_edits, source


def default_mode(function):
    return "average" if function.startswith("xavier") else "fan_in"


def normal(function, std):
    return f"""
        def {function}(n_in, n_out, rng, mode="{default_mode(function)}"):
            std = {std}
            return std * rng.standard_normal((n_in, n_out)), float(std)
    """


def uniform(function, limit):
    return f"""
        def {function}(n_in, n_out, rng, mode="{default_mode(function)}"):
            limit = {limit}
            return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)
    """


def spread(w1="np.abs(W1 - W1[:, :1]).max()", b1="np.abs(b1 - b1[0]).max()", w2="np.abs(W2 - W2[:1]).max()"):
    return f"""
        def hidden_unit_spread(params):
            W1, b1, W2 = params["W1"], params["b1"], params["W2"]
            return float(max({w1}, {b1}, {w2}))
    """


def demo(w2="np.full((n_hidden, k), float(value))", spread="spread = [hidden_unit_spread(params)]"):
    """The solution's symmetry_demo with its output weights' start or its first spread replaced."""
    text = source("tests/solutions", "init")
    body = text[text.index("def symmetry_demo("):text.index("def lecun_normal(")]
    return (body.replace('"W2": np.full((n_hidden, k), float(value))', f'"W2": {w2}')
            .replace("spread = [hidden_unit_spread(params)]", spread))


EDITS = [
    Edit("he-fan-out", ("he_normal",), normal("he_normal", "np.sqrt(2 / n_out)")),
    Edit("he-std-not-sqrt", ("he_normal",), normal("he_normal", "2 / _fan(n_in, n_out, mode)")),
    Edit("init-unscaled-normal", ("he_normal",), normal("he_normal", "1.0")),
    Edit("he-normal-mode-ignored", ("he_normal",), normal("he_normal", "np.sqrt(2 / n_in)")),
    Edit("he-uniform-limit-as-std", ("he_uniform",), uniform("he_uniform", "np.sqrt(2 / _fan(n_in, n_out, mode))")),
    Edit("he-uniform-fan-out", ("he_uniform",), uniform("he_uniform", "np.sqrt(6 / n_out)")),
    Edit("he-uniform-mode-ignored", ("he_uniform",), uniform("he_uniform", "np.sqrt(6 / n_in)")),
    Edit("xavier-fan-in-only", ("xavier_normal",), normal("xavier_normal", "np.sqrt(1 / n_in)")),
    Edit("xavier-sum-not-average", ("xavier_normal",), normal("xavier_normal", "np.sqrt(1 / (n_in + n_out))")),
    Edit("xavier-normal-mode-ignored", ("xavier_normal",), normal("xavier_normal", "np.sqrt(2 / (n_in + n_out))")),
    Edit("xavier-uniform-limit-as-std", ("xavier_uniform",),
         uniform("xavier_uniform", "np.sqrt(2 / (n_in + n_out))")),
    Edit("xavier-uniform-fan-in-only", ("xavier_uniform",), uniform("xavier_uniform", "np.sqrt(3 / n_in)")),
    Edit("xavier-uniform-mode-ignored", ("xavier_uniform",), uniform("xavier_uniform", "np.sqrt(6 / (n_in + n_out))")),
    Edit("lecun-he-gain", ("lecun_normal",), normal("lecun_normal", "np.sqrt(2 / _fan(n_in, n_out, mode))")),
    Edit("lecun-fan-out", ("lecun_normal",), normal("lecun_normal", "np.sqrt(1 / n_out)")),
    Edit("lecun-normal-mode-ignored", ("lecun_normal",), normal("lecun_normal", "np.sqrt(1 / n_in)")),
    Edit("lecun-uniform-limit-as-std", ("lecun_uniform",), uniform("lecun_uniform", "np.sqrt(1 / _fan(n_in, n_out, mode))")),
    Edit("lecun-uniform-he-gain", ("lecun_uniform",), uniform("lecun_uniform", "np.sqrt(6 / _fan(n_in, n_out, mode))")),
    Edit("lecun-uniform-mode-ignored", ("lecun_uniform",), uniform("lecun_uniform", "np.sqrt(3 / n_in)")),
    Edit("zeros-transposed", ("zeros",), """
        def zeros(n_in, n_out):
            return np.zeros((n_out, n_in))
    """),
    Edit("spread-ignores-output-weights", ("hidden_unit_spread",), spread(w2="0.0")),
    Edit("spread-rows-of-W1", ("hidden_unit_spread",), spread(w1="np.abs(W1 - W1[:1]).max()")),
    Edit("spread-signed-differences", ("hidden_unit_spread",), spread(
        w1="(W1 - W1[:, :1]).max()", b1="(b1 - b1[0]).max()", w2="(W2 - W2[:1]).max()")),
    Edit("symmetry-demo-no-initial-spread", ("symmetry_demo", "hidden_unit_spread"),
         demo(spread="spread = []")),
    Edit("symmetry-demo-output-weights-zero", ("symmetry_demo", "hidden_unit_spread"),
         demo(w2="np.zeros((n_hidden, k))")),
    Edit("symmetry-demo-biases-at-value", ("symmetry_demo", "hidden_unit_spread"),
         demo().replace('"b1": np.zeros(n_hidden)', '"b1": np.full(n_hidden, float(value))')
               .replace('"b2": np.zeros(k)', '"b2": np.full(k, float(value))')),
]


class TestInitSpec(SpecTests):
    exercise, edits = "init", EDITS

    @pytest.mark.parametrize("mistake, produced", [
        ("init-unscaled-normal", "plain N(0, 1)"),
        ("he-fan-out", "He with fan-out"),
        ("xavier-fan-in-only", "LeCun"),
    ])
    def test_statistical_check_names_the_scheme_produced(self, named, mistake, produced):
        assert f"that is the variance of {produced}" in failed(named[mistake], "statistical").message

    def test_a_unit_that_breaks_symmetry_is_told_by_the_behaviour_check(self, grader):
        code = demo(w2="np.full((n_hidden, k), float(value)) + np.arange(n_hidden)[:, None] * 0.1")
        rows = grade_edits(grader, "init", [Edit("broken", ("symmetry_demo",), code)])["broken"]
        assert "drifted apart" in failed(rows, "behaviour").message

    def test_other_draws_of_the_right_distribution_pass_the_statistical_check_only(self, grader):
        code = """
            def xavier_normal(n_in, n_out, rng, mode="average"):
                std = np.sqrt(2 / (n_in + n_out))
                return rng.normal(0.0, std, size=(n_out, n_in)).T.copy(), float(std)
        """
        rows = grade_edits(grader, "init", [Edit("own", ("xavier_normal",), code)])["own"]
        failed(rows, "value")
        assert next(r for r in rows if r.check == "statistical").passed

    def test_a_normal_draw_for_a_uniform_initialiser_is_told_by_its_kurtosis(self, grader):
        code = """
            def he_uniform(n_in, n_out, rng, mode="fan_in"):
                return np.sqrt(2 / n_in) * rng.standard_normal((n_in, n_out)), float(np.sqrt(6 / n_in))
        """
        rows = grade_edits(grader, "init", [Edit("normal", ("he_uniform",), code)])["normal"]
        assert "it looks normal" in failed(rows, "statistical").message
