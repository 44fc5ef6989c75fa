"""The student's checker of a mlptutor release: public checks replayed from plain data.

In a release this package is `mlptutor_student`, with the grader's judging
code and sandbox in `_lib` (copied at release time; no reference, no specs),
put first on sys.path so the grader's modules import under their own names.
"""

import sys
from pathlib import Path

_LIB = Path(__file__).resolve().parent / "_lib"
if _LIB.is_dir() and str(_LIB) not in sys.path:
    sys.path.insert(0, str(_LIB))
