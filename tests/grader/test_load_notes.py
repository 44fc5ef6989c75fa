"""read25: a file whose import failed was told of its first problem only (torch on line 1); fixed and handed in again,
it failed on scipy on line 9, then on a missing function. The load row now says the rest at once (grader/load_notes.py),
read from the source: nothing runs. Cheap: no sandbox."""

from mlptutor.grader.load_notes import also

TORCH = ("No module named 'torch' (graded code can import numpy and Python's standard library only: write it without "
         "torch) (softmax.py line 1)")
SOURCE = """import torch
import numpy as np, math
from . import helpers
import utils
from scipy.special import logsumexp
try:
    from sklearn import metrics
except ImportError:
    metrics = None

def softmax(Z):
    import torch.nn
    return Z

if True:
    log_softmax = softmax

def plot(Z):
    import matplotlib.pyplot as plt
"""
# imports that load without failing: none is said (menda25: sklearn above was said to fail)
GUARDED = """try:
    import tqdm
except (OSError, ModuleNotFoundError):
    pass
try:
    import pandas
except Exception:
    pass
try:
    import rich
except:
    pass
if __name__ == "__main__":
    import matplotlib
else:
    import seaborn
"""


def test_the_other_imports_and_the_missing_functions_are_said_with_the_first_error():
    functions = ["softmax", "log_softmax", "softmax_jacobian", "metrics"]
    assert also("softmax", SOURCE, functions, {"softmax", "utils"}, f"ModuleNotFoundError: {TORCH}") == (
        "; also: softmax.py line 5 imports scipy.special, softmax.py line 19 imports matplotlib.pyplot (when called); "
        "no function softmax_jacobian() in it")
    assert also("softmax", GUARDED, [], set(), f"ModuleNotFoundError: {TORCH}") == (
        "; also: softmax.py line 16 imports seaborn")
    # another error (a data file read at the top): the imports get the rule; all there, nothing more is said
    assert also("softmax", "import scipy\n", [], set(), "FileNotFoundError: data.npy") == (
        "; also: softmax.py line 1 imports scipy (graded code can import numpy and Python's standard library only)")


def test_a_file_that_does_not_parse_says_no_more_nor_one_importing_star_of_its_functions():
    assert also("softmax", "def softmax(:\n", ["softmax"], set(), "SyntaxError") == ""
    # menda25: too deep for the parser (RecursionError) was a traceback in check, "cannot be graded" in grade
    assert also("softmax", "x = " + "1+" * 200_000 + "1\n", ["softmax"], set(), "RecursionError") == ""
    assert also("softmax", "from utils import *\nimport scipy\n", ["softmax"], {"utils"}, "NameError: x") == (
        "; also: softmax.py line 2 imports scipy (graded code can import numpy and Python's standard library only)")
    assert also("softmax", b"\xff\xfe\x00", ["softmax"], set(), "SyntaxError") == ""
    assert also("softmax", "from utils import *\n", ["softmax"], {"utils"}, "NameError: x") == ""
    many = "".join(f"import pkg{n}\n" for n in range(7))
    assert also("softmax", many, [], set(), "ValueError") == (
        "; also: " + ", ".join(f"softmax.py line {n + 1} imports pkg{n}" for n in range(5)) + " and 2 more (graded "
        "code can import numpy and Python's standard library only)")


def test_a_notebooks_imports_are_named_by_cell_as_the_sandbox_names_its_places():
    from mlptutor.grader.bulk.notebooks import joined
    from mlptutor.grader.feedback.places import handed_in
    from mlptutor.grader.model import CheckResult, SubmissionReport

    source = joined(["import numpy as np", "x = 1\nimport scipy"], ["2", "4 (softmax-answer)"])
    said = also("softmax", source, [], set(), "ValueError")
    assert said == ("; also: softmax.py line 5: notebook cell 4 (softmax-answer), line 2 imports scipy (graded code "
                    "can import numpy and Python's standard library only)")
    row = CheckResult("softmax", "(file)", "load", "load", 0.0, 0.0, False, "softmax.py could not be loaded" + said)
    named = handed_in(SubmissionReport("ann", [row]), {"softmax": ("hw.ipynb",)}).checks[0].message
    assert "hw.ipynb: notebook cell 4 (softmax-answer), line 2 imports scipy" in named
