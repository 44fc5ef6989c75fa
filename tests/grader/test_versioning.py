"""GRADER_VERSION covers what changes scores, and only that: every module is classified."""

import subprocess
import sys
from pathlib import Path

from mlptutor.grader import versioning
from mlptutor.grader.versioning import SCORE_PATHS, classified

GRADER = Path(versioning.__file__).resolve().parent


# run in a fresh interpreter: this one holds whatever other tests imported
_LOADED = """
import sys
import mlptutor.grader.bulk.engine  # it adds the rows of missing exercises
import mlptutor.grader.pipeline
from mlptutor.grader.specs import load_specs

load_specs()
print("\\n".join(m.__file__ for m in list(sys.modules.values()) if getattr(m, "__file__", None)))
"""


def test_every_module_judging_loads_is_versioned_by_score_or_render_only():
    out = subprocess.run([sys.executable, "-c", _LOADED], capture_output=True, text=True, check=True).stdout
    judging = sorted({p for p in map(lambda line: Path(line).resolve(), out.splitlines()) if p.is_relative_to(GRADER)})
    assert len(judging) > 40
    wrong = {str(p.relative_to(GRADER.parent)): classified(p) for p in judging
             if classified(p) not in (("score",), ("render",))}
    assert not wrong, f"classify these in grader/versioning.py: {wrong}"


def test_every_grader_file_is_in_exactly_one_list():
    wrong = {str(p.relative_to(GRADER.parent)): classified(p) for p in GRADER.rglob("*.py") if len(classified(p)) != 1}
    assert not wrong, f"classify these in grader/versioning.py: {wrong}"


def test_feedback_and_exports_are_outside_the_grader_version():
    root = GRADER.parent
    assert classified(root / "grader/feedback/html.py") == ("render",)
    # its rewriting of the rows' messages is stored in the gradebook: a re-render never reached it
    assert classified(root / "grader/feedback/places.py") == ("score",)
    assert classified(root / "grader/bulk/outputs.py") == ("render",)
    assert classified(root / "grader/bulk/class_report.py") == ("unversioned",)
    assert classified(root / "grader/relations/naming.py") == ("score",)
    assert classified(root / "grader/sandbox/calls.py") == ("score",)
    assert versioning.GRADER_VERSION == versioning.source_version(*SCORE_PATHS)
    assert versioning.GRADER_VERSION != versioning.source_version("grader", "reference", "mlptutor/seeding.py")


def test_every_listed_path_exists():
    root = GRADER.parent
    lists = versioning.SCORE_PATHS + versioning.RENDER_PATHS + versioning.UNVERSIONED_PATHS
    assert [p for p in lists if not (root / p).exists()] == []


# a fresh interpreter: the versions hashed on first use, from the grader's files as they are then
_LAZY = """
import sys
from pathlib import Path
from mlptutor.grader import diskcache, versioning  # what `mlptutor check` imports before SymPy's companion starts
hashed_at_import = "GRADER_VERSION" in vars(versioning) or "RENDER_VERSION" in vars(versioning)
versioning._locate = lambda path: Path(sys.argv[1]) / path
print(hashed_at_import, versioning.GRADER_VERSION, versioning.GRADER_VERSION == versioning.source_version(*versioning.SCORE_PATHS))
"""


def test_the_versions_are_hashed_on_first_use_and_follow_a_changed_grader_source(tmp_path):
    (tmp_path / "grader").mkdir()
    pipeline = tmp_path / "grader" / "pipeline.py"

    def version():
        out = subprocess.run([sys.executable, "-c", _LAZY, str(tmp_path)], capture_output=True, text=True, check=True)
        hashed_at_import, grader_version, same = out.stdout.split()
        assert (hashed_at_import, same) == ("False", "True")
        return grader_version
    pipeline.write_text("A = 1\n")
    before = version()
    assert version() == before
    pipeline.write_text("A = 2\n")
    assert version() != before
