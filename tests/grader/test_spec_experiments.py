"""grader/specs/experiments.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Appended, SpecTests, failed, grade_edits, source


class TestExperimentsSpec(SpecTests):
    exercise = "experiments"

    def test_the_behaviour_check_tells_what_the_scale_should_do(self, named):
        assert "should vanish" in failed(named["activation-scale-no-relu"], "behaviour").message

    def test_a_blocked_relu_path_shows_what_it_gave(self, grader):
        """Factors floored at 1e-300 to keep a log finite give 1e-300 for a blocked path: within every tolerance of
        0, so no catalogued mistake can name it (replays read it as 0); the row says what the path gave."""
        floored = Appended("floored", ("derivative_product",), """
            def derivative_product(z_per_layer, activation="sigmoid"):
                slopes = _derivative(np.asarray(z_per_layer, dtype=float), activation)
                return float(np.exp(np.sum(np.log(np.maximum(slopes, 1e-300)))))
        """)
        row = failed(grade_edits(grader, "experiments", [floored])["floored"], "relu-paths")
        assert "gave 1e-300, not 0" in row.message
