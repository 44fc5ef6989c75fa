"""grader/specs/activations.py: the whole activation zoo scores full marks, every catalogued mistake is named."""

from spec_cases import Appended, SpecTests, failed, grade_edits


class TestActivationsSpec(SpecTests):
    exercise = "activations"

    def test_max_is_told_from_prelu_by_a_slope_above_one(self, named):
        row = failed(named["prelu-as-max"], "value")
        assert 0 < row.points < row.max_points  # right wherever every slope is below 1

    def test_a_whole_number_slope_asks_for_a_float_derivative(self, grader):
        where = [Appended(name, (name,), f"def {name}(z, alpha=0.01):\n    return np.where(np.asarray(z) > 0, 1, alpha)\n")
                 for name in ("leaky_relu_grad", "prelu_grad")]
        for rows in grade_edits(grader, "activations", where).values():
            assert "has dtype int64" in failed(rows, "value").message

    def test_a_comparison_returned_as_the_derivative_is_told_as_a_bool_mask(self, grader):
        """relu_grad returning z > 0: every row says the student returned a comparison's True/False and why that
        breaks a caller, where the edge row told 'no cast' to code that needs one (acc24)."""
        code = "def relu_grad(z):\n    return np.asarray(z) > 0\n"
        rows = grade_edits(grader, "activations", [Appended("mask", ("relu_grad",), code)])["mask"]
        failing = [r for r in rows if not r.passed]
        assert failing and all("True/False" in r.hint and "cannot cast" in r.hint for r in failing), failing

    def test_an_in_place_update_of_an_int_array_is_told_as_such(self, grader):
        """g += alpha * neg on an int g raises numpy's casting error: the hint names the in-place update and the
        dtype, where it said 'check what each name holds (a transpose, an axis, a key)' (acc24)."""
        code = ("def leaky_relu_grad(z, alpha=0.01):\n    neg = np.asarray(z) <= 0\n"
                "    g = np.ones(np.shape(z), dtype=int)\n    g[neg] = 0\n    g += alpha * neg\n    return g\n")
        rows = grade_edits(grader, "activations", [Appended("int", ("leaky_relu_grad",), code)])["int"]
        # the value row's int alpha returns: its right values as int64 (relation:dtype) are told there
        crashed = [r for r in rows if not r.passed and "Cannot cast" in r.message and r.mistake != "relation:dtype"]
        assert len(crashed) >= 3 and all("an in-place operation" in r.hint for r in crashed), crashed
