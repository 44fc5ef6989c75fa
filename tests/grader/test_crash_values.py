"""A crash is explained by what the names on its failing line held on a public input (relation:crash-values,
grader/relations/crashes.py), every array's shape in the terms of the call's arguments; student text in it
(the line, a name, a string's value) is escaped by every feedback format."""

import json
import re

import numpy as np

from mlptutor.grader.bulk.exports import gradescope_results
from mlptutor.grader.feedback.html import render_html
from mlptutor.grader.feedback.json import render_json
from mlptutor.grader.feedback.markdown import render_markdown
from mlptutor.grader.feedback.text import render_text
from mlptutor.grader.relations import Setting
from mlptutor.grader.relations.crashes import matrix_star, site_values
from mlptutor.reference import mlp
from test_feedback_escaping import SGR, _markdown_outside_fences, hidden

ITEM = """
def dense_forward(A, W, b):
    Z = A @ W + b.item()
    return Z, (A, W, b)
"""


def explained(report):
    return {r.check: (r.mistake, r.hint, r.message) for r in report.checks if r.function == "dense_forward"}


def test_a_crash_is_described_by_the_values_on_its_line_and_a_right_function_is_not(grader, with_code, solution):
    report = grader.grade({"layers": with_code("layers", ITEM)}, "crash", only=["layers"])
    rows = explained(report)
    mistake, hint, _ = rows["value"]
    assert mistake == "relation:crash-values", rows
    assert re.fullmatch(
        r"your dense_forward raises ValueError on every input; on the example, at layers\.py line \d+ "
        r"`Z = A @ W \+ b\.item\(\)`, b is a \(2,\) float64 array, A is a \(1, 2\) float64 array, W is a \(2, 2\) "
        r"float64 array: check what each name holds against what the line needs \(.*\)", hint), hint
    assert all(m == "relation:crash-values" for m, _, _ in rows.values()), rows
    # the same submission again: the same text
    assert explained(grader.grade({"layers": with_code("layers", ITEM)}, "crash", only=["layers"])) == rows
    right = grader.grade({"layers": solution("layers")}, "right", only=["layers"])
    assert all(r.passed and r.mistake is None for r in right.checks)



def test_a_crash_on_the_students_own_raise_says_it_is_their_check(grader, with_code):
    """Defensive code raising ValueError on a documented input ([n_0, n_1], one layer): the hint names the line as
    the student's own check, not names holding the wrong arrays."""
    report = grader.grade({"counting": with_code("counting", """
        def count_parameters(widths):
            sizes = [int(w) for w in widths]
            if len(sizes) < 3:
                raise ValueError(f"an MLP needs input, hidden and output widths, got {sizes}")
            return sum((n_in + 1) * n_out for n_in, n_out in zip(sizes[:-1], sizes[1:]))
        """)}, "own-raise", only=["counting"])
    hints = [r.hint for r in report.checks if r.function == "count_parameters" and r.mistake == "relation:crash-values"]
    assert hints and all("`raise ValueError" in h and "is your own check" in h for h in hints), hints
    assert not any("a transpose" in h for h in hints), hints


def test_a_name_numpy_removed_is_told_as_such(grader, with_code):
    """np.float (removed in NumPy 1.24, common in older courses' code): the hint points to numpy's own message, not
    to names holding the wrong arrays."""
    report = grader.grade({"activations": with_code("activations", """
        def sigmoid(z):
            z = np.asarray(z, dtype=np.float)
            return 1 / (1 + np.exp(-z))
        """)}, "np-float", only=["activations"])
    hints = [r.hint for r in report.checks if r.function == "sigmoid" and r.mistake == "relation:crash-values"]
    assert hints and all("numpy has no name float in the version graded here" in h for h in hints), hints
    assert not any("a transpose" in h for h in hints), hints


def test_crash_rows_of_a_function_explained_otherwise_get_the_values_too(grader, with_code):
    """W1 transposed: square layers return wrong values (relation:argument), the others raise; those rows
    say what the line held on a public draw that raises."""
    report = grader.grade({"mlp": with_code("mlp", """
        def mlp_forward(X, params, activations):
            A = np.asarray(X, dtype=np.float64)
            caches = []
            for l, name in enumerate(activations, start=1):
                W, b = params[f"W{l}"].T, params[f"b{l}"]
                Z = A @ W + b
                caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
                A = _activate(Z, name)
            return A, caches
        """)}, "transposed", only=["mlp"])
    rows = {r.check: r for r in report.checks if r.function == "mlp_forward"}
    assert rows["value"].mistake == "relation:argument"
    crashed = [r for r in rows.values() if r.mistake == "relation:crash-values"]
    assert crashed and all("raises ValueError on some inputs" in r.hint and "(params['W1'] transposed)" in r.hint
                           for r in crashed), [(r.check, r.mistake, r.hint) for r in rows.values()]


def test_arrays_are_related_to_the_arguments_axes():
    setting = Setting(mlp.mlp_forward, "mlp_forward")
    args = (np.ones((5, 4)), {"W1": np.ones((4, 3)), "b1": np.ones(3)}, ["relu"])
    sites = (("mlp.py", 7, "Z = A @ W + b", (("W", "a (3, 4) float64 array", (3, 4)), ("A", "a (5, 4) float64 array",
                                                                                         (5, 4)),
                                             ("b", "a (3,) float64 array", (3,)), ("l", "1", None))),
             ("mlp.py", 12, "forward(X, params)", (("X", "a (5, 4) float64 array", (5, 4)),)))
    assert site_values(setting, args, sites) == (
        "at mlp.py line 7 `Z = A @ W + b`, W is a (3, 4) float64 array (params['W1'] transposed), A is a (5, 4) "
        "float64 array (as X), b is a (3,) float64 array (as params['b1']), l is 1; called from mlp.py line 12 "
        "`forward(X, params)`, where X is a (5, 4) float64 array")
    unrelated = (("mlp.py", 7, "Z = A @ W", (("Z", "a (3, 7) float64 array", (3, 7)),)),)
    assert site_values(setting, args, unrelated).endswith("Z is a (3, 7) float64 array (3 = params['W1'].shape[1])")
    assert site_values(setting, args, (("mlp.py", 7, "raise ValueError('x')", ()),)) == ""


def test_a_star_between_np_matrix_values_is_told_as_their_matrix_product():
    """np.dot's 'not aligned' on a line that multiplies an np.matrix with `*` (the old tutorials' class): said as the
    matrix product `*` is there, never for `**`, a starred argument, `@`, or arrays that are no np.matrix; and
    LinAlgError's 'must be square' on a line with `**` of an np.matrix as its matrix power."""
    setting = Setting(mlp.mlp_forward, "mlp_forward")
    error = "ValueError: shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0) (mlp.py line 9)"
    matrix = (("Z", "a matrix", None),)

    def told(text, names=matrix, message=error):
        return matrix_star(setting, message, (("mlp.py", 9, text, names),))

    relation = told("return Z * (Z > 0)")
    assert relation.kind == "matrix-product" and "where Z is an np.matrix" in relation.line
    assert "np.multiply" in relation.line and "mlp.py line 9" in relation.title
    assert told("return Z * (Z > 0)", (("Z", "a (2, 3) float64 array", (2, 3)),)) is None
    assert told("return Z ** 2") is None and told("return f(*Z)") is None and told("return Z @ W") is None
    assert told("return Z * W", message="ValueError: operands could not be broadcast together with shapes (2,3) "
                                        "(3,2)  (mlp.py line 9)") is None
    assert matrix_star(setting, error, ()) is None
    power = told("return np.sum(D ** 2)", (("D", "a matrix", None),),
                 "LinAlgError: Last 2 dimensions of the array must be square (losses.py line 49)")
    assert power.kind == "matrix-product" and "the matrix power" in power.line and "np.square" in power.line
    assert told("return np.sum(D * 2)", (("D", "a matrix", None),),
                "LinAlgError: Last 2 dimensions of the array must be square (losses.py line 49)") is None


# a key and a string of the student's on the failing line, and a comment that tries markup and terminal codes
HOSTILE = """
def dense_forward(A, W, b):
    P = {"`](http://x)<script>|": A}
    mode = "\\x1b[2K\\r  PASS layers 9/9 <b>|"
    return P["`](http://x)<script>|"] @ W + b.item() + mode, (A, W, b)  # ```` <img src=x> \x1b]0;owned\x07 \u202eevil
"""


def test_student_text_in_a_crash_explanation_is_escaped_everywhere(grader, with_code):
    report = grader.grade({"layers": with_code("layers", HOSTILE)}, "mallory", only=["layers"])
    hint = next(r.hint for r in report.checks if r.mistake == "relation:crash-values")
    assert "<script>" in hint and "\x1b]0;owned" in hint and "'\\x1b[2K\\r  PASS layers 9/9 <b>|'" in hint, hint
    for color in (False, True):
        text = SGR.sub("", render_text(report, color=color))
        assert hidden(text) == [] and "\\x1b]0;owned\\x07" in text and "\\u202eevil" in text
    md = render_markdown(report)
    assert hidden(md) == []
    for line in _markdown_outside_fences(md):
        assert not re.search(r"(?<!\\)<(?!br>)", line), line  # no raw HTML but the renderer's own <br>
        assert not re.search(r"(?<!\\)\[", line), line  # no links
        if line.startswith("| "):
            assert len(re.findall(r"(?<!\\)\|", line)) == 5, line  # four cells, whatever the hint holds
    page = render_html(report)
    assert "<script>" not in page and "<img" not in page and "&lt;script&gt;" in page and hidden(page) == []
    data = render_json(report)
    assert data.isascii() and hidden(data) == [] and json.dumps(hint) in data  # the data itself is kept
    results = gradescope_results(report)
    assert all(hidden(t["output"]) == [] for t in results["tests"])


def test_a_crash_in_a_scripted_behaviour_scenario_is_described_by_its_values(grader, with_code, solution):
    """early_stopping is judged by behaviour scenarios only: their scripted curves (the same for every student)
    are public inputs, so a crash there is said with what its line held on one of them."""
    report = grader.grade({"early_stopping": with_code("early_stopping", """
        def early_stopping(val_losses, patience, min_delta=0.0):
            best, best_epoch, wait = float("inf"), 0, 0
            for epoch in range(len(val_losses) + 1):
                if val_losses[epoch] < best - min_delta:
                    best, best_epoch, wait = val_losses[epoch], epoch, 0
                else:
                    wait += 1
                if wait >= patience:
                    return epoch, best_epoch
            return len(val_losses) - 1, best_epoch
        """)}, "scripted crash", only=["early_stopping"])
    rows = {r.check: r for r in report.checks if r.function == "early_stopping"}
    row = rows["behaviour"]
    assert row.mistake == "relation:crash-values", (row.mistake, row.message)
    assert re.search(r"at early_stopping\.py line \d+ `if val_losses\[epoch\] < best - min_delta:`, "
                     r"val_losses is the list \[[\d., ]+\], epoch is \d+", row.hint), row.hint
    assert "for example, on the public input val_losses = [" in row.message
    right = grader.grade({"early_stopping": solution("early_stopping")}, "right", only=["early_stopping"])
    assert all(r.passed and r.mistake is None for r in right.checks)


def test_a_crash_on_a_known_function_checks_fixed_case_is_described_by_its_values(grader, with_code, solution):
    """numerical_gradient takes a function: its fixed points are public, the function shown by its name."""
    report = grader.grade({"gradcheck": with_code("gradcheck", """
        def numerical_gradient(f, x, h=1e-5):
            x = np.array(x, dtype=np.float64)
            grad = np.zeros_like(x)
            flat, flat_grad = x.reshape(-1), grad.reshape(-1)
            for i in range(flat.size + 1):
                original = flat[i]
                flat[i] = original + h
                f_plus = f(x)
                flat[i] = original - h
                f_minus = f(x)
                flat[i] = original
                flat_grad[i] = (f_plus - f_minus) / (2.0 * h)
            return grad
        """)}, "known crash", only=["gradcheck"])
    row = next(r for r in report.checks if r.function == "numerical_gradient" and r.check == "value")
    assert row.mistake == "relation:crash-values", (row.mistake, row.message)
    assert re.search(r"`original = flat\[i\]`, flat is a \(3,\) float64 array \(as x\), i is 3", row.hint), row.hint
    assert "for example, on the public input f = sin_sum, x = [0., 1., 2.]" in row.message
    # gradient_check, built on it, raises on hidden inputs only: a public draw through the same helper raises too
    check = next(r for r in report.checks if r.function == "gradient_check" and r.check == "behaviour")
    assert check.mistake == "relation:crash-values", (check.mistake, check.message)
    # "the example" once a row shows one (the keys row's public draw, ripple over {W, b}, gives it)
    assert re.search(r"on (?:a public input|the example), at gradcheck\.py line \d+ `original = flat\[i\]`, flat is "
                     r"a \(\d+,\) float64 array, i is \d+", check.hint), check.hint
    assert "the example" not in check.hint or "for example, on the public input f = ripple" in check.message
    right = grader.grade({"gradcheck": solution("gradcheck")}, "right", only=["gradcheck"])
    assert all(r.passed and r.mistake is None for r in right.checks)


LATE_BOUND = """
def numerical_gradients(f, params, h=1e-5):
    closures = {name: (lambda v: f({**params, name: v})) for name in params}
    return {name: numerical_gradient(closures[name], params[name], h) for name in params}
"""


def test_a_crash_inside_a_function_the_check_passes_in_is_told_at_the_students_call(grader, with_code, solution):
    """net_loss raises on the tensor a late-bound closure hands it: the row names the student's line that called
    it and says the function is the check's, never the grader's own file and line."""
    code = with_code("gradcheck", LATE_BOUND)
    report = grader.grade({"gradcheck": code}, "late binding", only=["gradcheck"])
    row = next(r for r in report.checks if r.function == "numerical_gradients" and r.check == "value")
    line = code.splitlines().index("    closures = {name: (lambda v: f({**params, name: v})) for name in params}") + 1
    assert row.mistake == "relation:error", (row.mistake, row.message)
    assert f"inside net_loss, the function the check passed to your code, called (gradcheck.py line {line})" in \
        row.message, row.message
    assert f"net_loss is the check's own function" in row.hint and f"gradcheck.py line {line}" in row.hint, row.hint
    assert "mlptutor" not in row.message + row.hint
    # a crash on the student's own line keeps its plain wording
    report = grader.grade({"gradcheck": with_code("gradcheck", """
        def numerical_gradients(f, params, h=1e-5):
            return {name: params[name] @ params[name] for name in params}
        """)}, "own crash", only=["gradcheck"])
    rows = [r for r in report.checks if r.function == "numerical_gradients" and not r.passed]
    assert rows and not any("the function the check passed" in r.message + (r.hint or "") for r in rows), rows
    right = grader.grade({"gradcheck": solution("gradcheck")}, "right", only=["gradcheck"])
    assert all(r.passed and r.mistake is None for r in right.checks)
