"""grader/specs/xor.py: the correct solution scores full marks, every catalogued mistake is named."""

import textwrap

from spec_cases import Edit, SpecTests, failed, source


def changed(function, old, new):
    text = source("tests/solutions", "xor")
    start = text.index(f"def {function}(")
    end = text.find("\n\n\ndef ", start)
    body = text[start:] if end < 0 else text[start:end]
    assert body.count(old) == 1, old
    return body.replace(old, new)


EDITS = [
    Edit("xor-epochs-off-by-one", ("train_xor",), changed("train_xor", '{"epochs": epoch,', '{"epochs": epoch + 1,')),
    Edit("xor-mse-loss", ("train_xor", "_loss", "_gradients"), changed("train_xor", "loss = _loss(", "loss = _mse(") + textwrap.dedent("""
        def _mse(p):
            return float(0.5 * np.mean((p - XOR_TARGETS) ** 2))


        def _gradients(params):
            A1, p = _forward(XOR_INPUTS, params)
            d2 = (p - XOR_TARGETS) / len(XOR_INPUTS) * p * (1 - p)
            d1 = d2 @ params["W2"].T * A1 * (1 - A1)
            return {"W1": XOR_INPUTS.T @ d1, "b1": d1.sum(axis=0), "W2": A1.T @ d2, "b2": d2.sum(axis=0)}
    """)),
    Edit("xor-logic-output-on-network-hidden-values", ("hidden_logic",), changed(
        "hidden_logic", "_sigmoid(XOR_INPUTS @ params[\"W2\"]", "_sigmoid(np.round(hidden) @ params[\"W2\"]")),
    Edit("xor-logic-units-as-rows", ("hidden_logic",), changed(
        "hidden_logic", 'XOR_INPUTS @ params["W1"] + params["b1"]', 'XOR_INPUTS @ params["W1"].T + params["b1"]')),
    Edit("xor-logic-output-named-in-x", ("hidden_logic",), changed("hidden_logic", '.replace("x", "h")', "")),
]


class TestXorSpec(SpecTests):
    exercise, edits = "xor", EDITS

    def test_a_short_run_must_report_its_steps(self, named):
        assert "you reported epochs 4" in failed(named["xor-epochs-off-by-one"], "behaviour").message
