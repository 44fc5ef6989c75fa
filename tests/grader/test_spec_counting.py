"""grader/specs/counting.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import SpecTests, failed


class TestCountingSpec(SpecTests):
    exercise = "counting"

    def test_the_worked_example_shows_its_expected_count(self, named):
        assert "on a fixed input" in failed(named["count-no-biases"], "value").message

    def test_emptying_the_callers_widths_loses_half_the_points(self, grader, with_code, rows_of):
        code = with_code("counting", '''
            def parameter_breakdown(widths):
                rows, l = [], 1
                n_in = widths.pop(0)
                while widths:
                    n_out = widths.pop(0)
                    rows.append({"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out,
                                 "total": n_in * n_out + n_out})
                    n_in, l = n_out, l + 1
                widths.append(n_in)
                return rows
        ''')
        rows = rows_of(grader.grade({"counting": code}, student="pops", only=["counting"]), "parameter_breakdown")
        # no hygiene check declared: the pipeline judges every call's arguments (the value is right, half of it kept)
        assert list(rows) == ["value", "types", "reuse"] and rows["value"].points == rows["value"].max_points / 2
        assert rows["value"].mistake == "relation:mutates-argument"
        assert "argument 1 (widths) was modified in place" in rows["value"].message

    def test_a_list_shape_loses_the_types_row_alone(self, grader, with_code, rows_of):
        """The docstring shows the tuple (n_in, n_out): a list of the right numbers is a wrong type, said on a row
        of its own; its values are right (acc22: the value row failed on every input, a list never equal to a
        tuple)."""
        code = with_code("counting", '''
            def parameter_breakdown(widths):
                return [{"layer": l, "shape": [a, b], "weights": a * b, "biases": b, "total": a * b + b}
                        for l, (a, b) in enumerate(zip(widths[:-1], widths[1:]), start=1)]
        ''')
        rows = rows_of(grader.grade({"counting": code}, student="list-shape", only=["counting"]), "parameter_breakdown")
        assert rows["value"].passed and not rows["types"].passed and rows["types"].mistake == "relation:type"
        assert "on a hidden input: result[0]['shape'] is a list, expected a tuple" in rows["types"].message

    def test_a_count_cached_by_the_list_object_is_named_when_the_caller_refills_its_list(self, grader, with_code,
                                                                                         rows_of):
        """The reuse check's second call gets the first call's list, refilled in place: a count kept by id(widths)
        answers for the old widths (each call otherwise decodes a fresh list, and which ids repeat depends on the
        allocator)."""
        code = with_code("counting", '''
            def count_parameters(widths):
                kept = count_parameters.__dict__.setdefault("kept", {})
                if id(widths) not in kept:
                    kept[id(widths)] = sum((a + 1) * b for a, b in zip(widths[:-1], widths[1:]))
                return kept[id(widths)]
        ''')
        rows = rows_of(grader.grade({"counting": code}, student="memo", only=["counting"]), "count_parameters")
        assert rows["value"].passed and not rows["reuse"].passed and rows["reuse"].points == 0
        assert rows["reuse"].mistake == "relation:cached-by-object"
        assert "returned its result for the old values" in rows["reuse"].message

    def test_a_count_wrong_everywhere_is_not_told_as_a_reused_buffer(self, grader, with_code, rows_of):
        """A count wrong on every call fails the reuse scenario too (its points need right values), in words that
        send the student to the values, not to a cache the code does not have."""
        code = with_code("counting", '''
            def count_parameters(widths):
                return sum(a * b for a, b in zip(widths[:-1], widths[1:]))
        ''')
        rows = rows_of(grader.grade({"counting": code}, student="no-biases", only=["counting"]), "count_parameters")
        assert not rows["reuse"].passed
        assert "on the first call already (before any refill): not a matter of reused buffers" in rows["reuse"].message

    def test_a_count_beyond_float64_is_wrong_with_a_clear_message(self, grader, with_code, rows_of):
        # the tolerance's float arithmetic raised OverflowError: "the result could not be judged (OverflowError: ...)"
        code = with_code("counting", '''
            _count_parameters = count_parameters

            def count_parameters(widths):
                return _count_parameters(widths) * 10 ** 400
        ''')
        rows = rows_of(grader.grade({"counting": code}, student="huge", only=["counting"]), "count_parameters")
        assert rows and all(not r.passed and r.points == 0 for r in rows.values())
        assert all("could not be judged" not in r.message for r in rows.values())
        assert "beyond float64's range (1.8e308): far off any plausible value" in rows["value"].message
