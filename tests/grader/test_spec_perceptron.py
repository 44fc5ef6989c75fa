"""grader/specs/perceptron.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Appended, SpecTests, failed, grade_edits


def define(signature, *lines):
    body = "\n".join(f"            {line}" for line in lines)
    return f"""
        def {signature}:
{body}
    """


class TestPerceptronSpec(SpecTests):
    exercise = "perceptron"

    def test_an_update_in_place_is_told_by_the_hygiene_check(self, grader):
        code = define("perceptron_step(w, b, x, y, eta=1.0)", "error = y - perceptron_predict(x, w, b)",
                      "w += eta * error * np.asarray(x, dtype=float)", "return w, float(b + eta * error)")
        rows = grade_edits(grader, "perceptron", [Appended("in-place", ("perceptron_step",), code)])["in-place"]
        assert "modified in place" in failed(rows, "hygiene").message
