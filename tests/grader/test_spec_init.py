"""grader/specs/init.py: exact draws score full marks, every catalogued mistake is named, the scheme is told."""

import pytest
from spec_cases import Edit, SpecTests, failed, grade_edits


def default_mode(function):
    return "fan_in" if function.startswith("he") else "average"


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
