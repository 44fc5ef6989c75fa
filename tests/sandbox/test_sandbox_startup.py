"""Starting a sandbox: the files to mount found without importing them, a companion with another preload."""

import subprocess
import sys

from mlptutor.grader.sandbox import Call, Sandbox

FIND = """
import sys
from mlptutor.grader.checks.symbolic import PRELOAD
from mlptutor.grader.sandbox.runtime import runtime
entries = runtime(PRELOAD).entries
print(sorted({e.rsplit("/", 1)[-1].split("-")[0] for e in entries}), "sympy" in sys.modules)
"""


def test_the_mount_list_imports_none_of_the_preload_packages():
    done = subprocess.run([sys.executable, "-c", FIND], capture_output=True, text=True, check=True)
    tops, imported = done.stdout.rsplit(" ", 1)
    assert imported.strip() == "False"
    assert all(name in tops for name in ("'numpy'", "'sympy'", "'mpmath'"))  # sympy requires mpmath


def test_a_companion_runs_with_its_own_preload_and_closes_with_its_sandbox():
    with Sandbox(level="auto") as sandbox:
        assert sandbox.companion(("numpy",)) is sandbox
        companion = sandbox.companion(("colorsys",))
        assert sandbox.companion(("colorsys",)) is companion and companion.level == sandbox.level
        source = "import sys\ndef f():\n    return 'colorsys' in sys.modules\n"
        assert companion.run({"m": source}, [Call("c", "m", "f")]).outcomes["c"].value is True
        assert sandbox.run({"m": source}, [Call("c", "m", "f")]).outcomes["c"].value is False
        companion.close()  # closed by its user (a formula check that found no formula to judge): made again
        again = sandbox.companion(("colorsys",))
        assert again is not companion and again.run({"m": source}, [Call("c", "m", "f")]).outcomes["c"].value is True
    assert sandbox.closed and companion.closed and again.closed


ORDER = """
import sys
from mlptutor.grader.sandbox import Sandbox
before = "numpy" in sys.modules
from mlptutor.grader.sandbox import Call, Foreign
with Sandbox(level="auto") as sandbox:
    outcome = sandbox.run({"m": "def f():\\n    return 2\\n"}, [Call("c", "m", "f")]).outcomes["c"]
print(before, Foreign.__name__, sandbox.level, outcome.value)
"""


def test_a_sandbox_starts_before_numpy_is_imported_here():
    """`mlptutor check` starts its zygote first, then imports NumPy and the grader while the zygote boots."""
    done = subprocess.run([sys.executable, "-c", ORDER], capture_output=True, text=True, check=True)
    before, foreign, level, value = done.stdout.split()
    assert (before, foreign, value) == ("False", "Foreign", "2") and level in ("bwrap", "unshare", "rlimits")


PROBES_COUNTED = """
import shutil, subprocess
from mlptutor.grader.sandbox import Call, Sandbox, levels
probes, run = [], subprocess.run
def counted(command, *args, **kwargs):
    probes.append(command[0])
    return run(command, *args, **kwargs)
levels.subprocess.run = counted  # the level's probe is the only subprocess.run of a sandbox's start
"""
EARLY_COMPANION = PROBES_COUNTED + """
with Sandbox(level="auto") as sandbox:
    choosing = sandbox._resources.starting.is_alive()
    companion = sandbox.companion(("colorsys",))
    value = companion.run({"m": "import sys\\ndef f():\\n    return 'colorsys' in sys.modules\\n"}, [Call("c", "m", "f")])
    print(choosing, companion.level == sandbox.level, len(probes) == len(set(probes)), value.outcomes["c"].value)
"""


def test_a_companion_made_while_its_sandbox_chooses_its_level_chooses_alike_without_probing_again():
    """`mlptutor check` makes SymPy's companion right after its own sandbox (grader/checks/sympy_ahead.py): it does
    not wait for that one's choice of level, and makes the same, each level probed once."""
    done = subprocess.run([sys.executable, "-c", EARLY_COMPANION], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "True", "True", "True"]


def test_sympys_companion_has_no_numpy_until_an_array_crosses():
    import numpy as np

    from mlptutor.grader.checks.symbolic import PRELOAD

    source = "import sys\ndef loaded():\n    return 'numpy' in sys.modules\ndef double(x):\n    return x * 2, loaded()\n"
    with Sandbox(level="auto") as sandbox:
        companion = sandbox.companion(PRELOAD)
        plain = companion.run({"m": source}, [Call("n", "m", "loaded")]).outcomes["n"]
        crossed = companion.run({"m": source}, [Call("d", "m", "double", (np.arange(3.0),))]).outcomes["d"]
        assert plain.value is False and sandbox.run({"m": source}, [Call("n", "m", "loaded")]).outcomes["n"].value is True
        assert crossed.status == "ok" and crossed.value[1] is True and np.array_equal(crossed.value[0], [0.0, 2.0, 4.0])


def test_a_job_reaches_the_system_libraries_it_did_not_preload():
    """bwrap run by root made /usr and /etc (the dirs above its binds) 0700: a job's uid read no system library, so
    `import numpy` in SymPy's companion (numpy not preloaded) failed on libstdc++.so.6; the array test above passed
    only when the job's arrays were read before the uid switch, and failed under load."""
    from mlptutor.grader.checks.symbolic import PRELOAD

    source = ("import os\ndef reach():\n    import numpy\n"
              "    return [os.access(p, os.R_OK | os.X_OK) for p in ('/usr', '/usr/lib')] + [float(numpy.ones(2).sum())]\n")
    with Sandbox(level="auto") as sandbox:
        outcome = sandbox.companion(PRELOAD).run({"m": source}, [Call("r", "m", "reach")]).outcomes["r"]
    assert outcome.status == "ok", outcome.error
    assert outcome.value == [True, True, 2.0]


def test_sympys_companion_runs_the_combinatorics_init_only_for_a_job_asking_for_one_of_its_names():
    """Its boot takes Permutation for sympy.tensor.tensor without sympy.combinatorics' __init__, which builds the
    polyhedra's groups (sandbox/worker.py DEFERRED): algebra leaves it alone, and a job naming one gets it whole."""
    from mlptutor.grader.checks.symbolic import PRELOAD

    source = ("import sys\nimport sympy\nBUILT = 'sympy.combinatorics.polyhedron'\n"
              "def algebra():\n    x = sympy.Symbol('x')\n"
              "    return [sympy.expand((x + 1) ** 2 - x ** 2 - 2 * x) == 1, BUILT in sys.modules]\n"
              "def cube():\n    from sympy.combinatorics import Permutation, Polyhedron, cube\n"
              "    return [isinstance(cube, Polyhedron), cube.size, Permutation.__module__, BUILT in sys.modules]\n")
    with Sandbox(level="auto") as sandbox:
        outcomes = sandbox.companion(PRELOAD).run({"m": source}, [Call("a", "m", "algebra"), Call("c", "m", "cube")]).outcomes
    assert outcomes["a"].value == [True, False]
    assert outcomes["c"].value == [True, 8, "sympy.combinatorics.permutations", True]


def test_a_companion_spawns_its_zygote_before_it_is_returned():
    """Made `at_once`: the likely level's zygote is spawned in the caller's thread (in the level's choice in the
    background, each of its system calls waited for the GIL while `mlptutor check` imported NumPy); the level is
    still probed in the background, and the sandbox's own zygote still spawns there."""
    import shutil

    from mlptutor.grader.sandbox import levels

    likely = next((name for name in levels.LEVELS[:-1] if shutil.which(name)), None)
    with Sandbox(level="auto") as sandbox:
        companion = sandbox.companion(("colorsys",))
        zygote = companion._resources.zygote
        assert (zygote is not None and zygote.alive()) == (likely is not None)
        source = "def f():\n    return 3\n"
        assert companion.run({"m": source}, [Call("c", "m", "f")]).outcomes["c"].value == 3
        if companion.level == likely:  # the guess was right: its zygote ran the job
            assert companion._resources.zygote is zygote
        assert sandbox.run({"m": source}, [Call("c", "m", "f")]).outcomes["c"].value == 3


def test_a_zygote_is_made_without_waiting_for_it_to_read_its_boot(tmp_path):
    """The boot (the harness's code, about 240 KB) is sent whole while the zygote's interpreter is still starting:
    here it never starts reading, and making it still returns."""
    import threading

    from mlptutor.grader.sandbox.levels import environment
    from mlptutor.grader.sandbox.zygote import Zygote

    made = []
    stalled = ["sh", "-c", "sleep 60", "sh"]  # reads nothing; the interpreter's arguments follow, unused
    maker = threading.Thread(target=lambda: made.append(Zygote(stalled, environment(str(tmp_path)), sys.executable,
                                                                [], ("colorsys",), None)), daemon=True)
    maker.start()
    maker.join(30)
    try:
        assert made and made[0].alive()
    finally:
        for zygote in made:
            zygote.close()


COMPANIONS_FIRST = """
from mlptutor.grader.sandbox import Call, Sandbox, zygote
spawned, made = [], zygote.Zygote.__init__
def recorded(self, command, env, python, site, preload, *args, **kwargs):
    spawned.append(preload)
    made(self, command, env, python, site, preload, *args, **kwargs)
zygote.Zygote.__init__ = recorded
with Sandbox(level="auto", companions=[("colorsys",)]) as sandbox:
    first = list(spawned)
    companion = sandbox.companion(("colorsys",))
    value = companion.run({"m": "import sys\\ndef f():\\n    return 'colorsys' in sys.modules\\n"}, [Call("c", "m", "f")])
    print(first[:1], spawned[:2], value.outcomes["c"].value, companion.level == sandbox.level)
print(companion.closed)
"""


def test_companions_named_at_construction_spawn_before_the_sandboxs_own_zygote():
    """`mlptutor check` names SymPy's companion when it makes its Sandbox: the companion's zygote (the longer
    boot) spawns in the constructor, before the sandbox's own spawns in the background, and closes with it."""
    import shutil

    import pytest

    from mlptutor.grader.sandbox import levels

    if next((name for name in levels.LEVELS[:-1] if shutil.which(name)), None) is None:
        pytest.skip("no likely level to spawn at once: the companion waits for the level's choice")
    done = subprocess.run([sys.executable, "-c", COMPANIONS_FIRST], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["[('colorsys',)] [('colorsys',), ('numpy',)] True True", "True"]


UNPROBED = PROBES_COUNTED + """
likely = next((name for name in levels.LEVELS[:-1] if shutil.which(name)), None)
with Sandbox(level="auto") as sandbox:
    companion = sandbox.companion(("colorsys",))
    value = companion.run({"m": "def f():\\n    return 5\\n"}, [Call("c", "m", "f")]).outcomes["c"].value
    print(sandbox.level == companion.level == likely, probes, value)
"""


def test_the_level_a_zygote_came_up_at_is_chosen_without_a_probe():
    """The likely level's zygote says it is up before it reads its boot: that level works here, and the choice of
    "auto" (the sandbox's and its companion's) runs no interpreter of its own to find out."""
    import shutil

    import pytest

    from mlptutor.grader.sandbox import levels
    from tests.sandbox.conftest import skip_unless_available

    likely = next((name for name in levels.LEVELS[:-1] if shutil.which(name)), None)
    if likely is None:
        pytest.skip("no likely level installed")
    skip_unless_available(likely)
    done = subprocess.run([sys.executable, "-c", UNPROBED], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "[]", "5"]


def test_a_held_module_sent_with_its_very_source_is_taken_whole(tmp_path):
    """`Sandbox(held=...)`: the zygotes (the sandbox's and its companions') execute the module at boot, and a job
    sending it with the file's very source takes that module instead of compiling its own; another source is
    compiled as sent."""
    held = tmp_path / "helper.py"
    held.write_text("def where():\n    return __name__\n")
    probe = ("import helper, sys\ndef f():\n"
             "    return helper.__spec__ is None, helper.where(), helper is sys.modules['mlptutor_held_helper']\n")
    with Sandbox(level="auto", held={"helper": str(held)}) as sandbox:
        companion = sandbox.companion(("colorsys",))
        for each in (sandbox, companion):
            taken = each.run({"helper": held.read_text(), "m": probe}, [Call("c", "m", "f")]).outcomes["c"]
            assert taken.value == (True, "helper", True)
        edited = {"helper": held.read_text() + "# edited\n", "m": probe}
        assert sandbox.run(edited, [Call("c", "m", "f")]).outcomes["c"].value == (False, "helper", False)
