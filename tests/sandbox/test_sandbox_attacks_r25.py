"""Attacks of the twenty-fifth round on the sandbox: what one module's code leaves for another module's calls."""

from mlptutor.grader.sandbox import Call

PRINTING = """\
import numpy as np

np.set_printoptions(precision=1)  # its own calls show one decimal

def mine():
    return str(np.array([1.23456]))

def meddle():
    np.seterrcall(print)
    np.seterr(all='call')
    return 1
"""
SHOWING = """\
import numpy as np

def other():
    return [str(np.array([1.23456])), str(np.geterrcall()), float(np.log(np.zeros(1))[0])]
"""


def test_numpys_print_options_and_error_call_stay_with_the_module_that_set_them(bwrap):
    """np.set_printoptions(precision=1) in one module's import, and np.seterrcall(print) in one's call, reached
    another module's right function: str(array) answered '[1.2]' where it says '[1.23456]', and log(0)'s warning
    went to print (the output) instead of the harness. seterr's put-back set the modes only. numpy 2's context
    variables (the error handling whole, the print options) are put back as the very objects now, as a module's
    other settings: its own calls keep them."""
    result = bwrap.run({"a_printing": PRINTING, "b_showing": SHOWING},
                       [Call("meddle", "a_printing", "meddle"), Call("other", "b_showing", "other"),
                        Call("mine", "a_printing", "mine")])
    values = [result.outcomes[c].value for c in ("meddle", "other", "mine")]
    assert values == [1, ["[1.23456]", "None", float("-inf")], "[1.2]"], (values, result.output)
    assert result.output == "", result.output
