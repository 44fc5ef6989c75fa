"""Issue 9.4: a backward is judged with the reference's forward, so only the function that is wrong loses points.

A correct backward next to a wrong forward keeps full marks (and is told, in a line of its own, that its
forward is wrong); a forward that behaves differently when it thinks a gradient check is calling it
changes no verdict; a wrong backward still fails, localised to the tensor, rows and columns.
"""

import pytest

WRONG_DENSE_FORWARD = """
    def dense_forward(A, W, b):
        return A @ W, (A, W, b)  # the bias forgotten
"""

WRONG_MLP_FORWARD = """
    _right = mlp_forward

    def mlp_forward(X, params, activations):
        out, caches = _right(X, params, activations)
        return 2 * out, caches
"""

DOUBLED_DW = """
    def dense_backward(dZ, cache):
        A, W, b = cache
        dW = A.T @ dZ
        dW[:, 1] *= 2
        return dZ @ W.T, dW, dZ.sum(axis=0)
"""


def gradient_rows(report, function):
    return [r for r in report.checks if r.function == function and r.kind == "gradient"]


def test_a_correct_dense_backward_keeps_full_marks_next_to_a_wrong_forward(grader, with_code, rows_of):
    rows = rows_of(grader.grade({"layers": with_code("layers", WRONG_DENSE_FORWARD)}), "dense_backward")
    assert all(r.passed for r in rows.values()), [(r.check, r.message) for r in rows.values()]
    message = rows["gradient"].message
    assert message.startswith("matches the reference gradient")
    assert "cache; note: your dense_forward() is wrong" in message and "judged against the reference forward" in message
    assert "\n" not in message  # one line: the text feedback showed a newline as a literal \n


def test_a_correct_mlp_backward_keeps_full_marks_next_to_a_wrong_mlp_forward(grader, solution, with_code):
    report = grader.grade({"backprop": solution("backprop"), "mlp": with_code("mlp", WRONG_MLP_FORWARD)})
    backward = [r for r in report.checks if r.function == "mlp_backward"]
    assert all(r.passed for r in backward), [(r.check, r.message) for r in backward if not r.passed]
    assert len(gradient_rows(report, "mlp_backward")) == 2
    assert all("note: your mlp_forward() is wrong" in r.message for r in gradient_rows(report, "mlp_backward"))
    assert not all(r.passed for r in report.checks if r.function == "mlp_forward")  # the forward pays, alone


def test_a_right_forward_gets_no_note(grader, solution):
    report = grader.grade({"backprop": solution("backprop"), "mlp": solution("mlp"), "layers": solution("layers")})
    rows = gradient_rows(report, "mlp_backward") + gradient_rows(report, "dense_backward")
    assert len(rows) == 3 and all(r.passed and "note:" not in r.message for r in rows)


def test_a_wrong_backward_fails_localised_with_the_note_when_its_forward_is_wrong_too(grader, with_code, rows_of):
    report = grader.grade({"layers": with_code("layers", WRONG_DENSE_FORWARD + DOUBLED_DW)})
    row = rows_of(report, "dense_backward")["gradient"]
    assert row.points == 0
    assert "the gradient for W is off in rows [0, 1], columns [1]" in row.message
    assert "; note: your dense_forward() is wrong" in row.message


# forwards that are right, except where they believe a gradient check is calling them: then they return
# what would make the (wrong, doubled-dW) backward look consistent
DETECTORS = {
    "frames": """
        import sys
        def _in_check(*args):
            f = sys._getframe(1)
            while f is not None:
                if any(w in (f.f_globals.get("__name__", "") + f.f_code.co_name + f.f_code.co_filename)
                       for w in ("gradient", "points", "perturb")):
                    return True
                f = f.f_back
            return False
    """,
    "inspect": """
        import inspect
        def _in_check(*args):
            return any("gradient" in (fr.filename + fr.function) or "points" in fr.function
                       for fr in inspect.stack())
    """,
    "count": """
        _seen = []
        def _in_check(*args):
            _seen.append(1)
            return len(_seen) > 4
    """,
    "identity": """
        _ids = set()
        def _in_check(*args):
            key = tuple(id(a) for a in args)
            again = key in _ids
            _ids.add(key)
            return again or len(_ids) > 4
    """,
}
SNEAKY_FORWARD = """
    _right_forward = dense_forward

    def dense_forward(A, W, b):
        Z, cache = _right_forward(A, W, b)
        if _in_check(A, W, b):
            W2 = W.copy(); W2[:, 1] *= 2
            Z = A @ W2 + b
        return Z, cache
"""


@pytest.mark.parametrize("detector", sorted(DETECTORS))
def test_a_forward_that_detects_the_check_changes_no_verdict(grader, with_code, detector):
    honest = grader.grade({"layers": with_code("layers", DOUBLED_DW)})
    sneaky = grader.grade({"layers": with_code("layers", DETECTORS[detector] + SNEAKY_FORWARD + DOUBLED_DW)})
    verdicts = lambda report: [(r.check, r.points, r.passed) for r in report.checks if r.function == "dense_backward"]
    assert verdicts(sneaky) == verdicts(honest)
    assert sum(r.points for r in honest.checks if r.check == "gradient") == 0


def test_every_call_of_a_forward_comes_through_the_same_harness_frames(grader, with_code):
    # what a forward can see of its callers: the same stack in the gradient check as in its value checks
    code = """
        import sys
        _right_forward = dense_forward

        def dense_forward(A, W, b):
            f, names = sys._getframe(1), []
            while f is not None:
                names.append(f"{f.f_globals.get('__name__')}.{f.f_code.co_name}")
                f = f.f_back
            print("STACK", "|".join(names))
            return _right_forward(A, W, b)
    """
    report = grader.grade({"layers": with_code("layers", code)})
    stacks = {line for line in report.output.splitlines() if line.startswith("STACK")}
    assert len(stacks) == 1, stacks
    assert "gradient" not in stacks.pop()


def test_a_backward_written_before_its_forward_is_graded_in_full(grader, solution):
    stub_forward = solution("layers").replace("def dense_forward(A, W, b):", "def dense_forward(A, W, b):\n    raise NotImplementedError\n\ndef _old(A, W, b):")
    report = grader.grade({"layers": stub_forward})
    backward = [r for r in report.checks if r.function == "dense_backward"]
    assert all(r.passed for r in backward)
    note = next(r.message for r in backward if r.check == "gradient")
    assert "note: your dense_forward() gave no result here (not implemented yet)" in note
