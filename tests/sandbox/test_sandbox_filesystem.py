"""What a job sees of the file system: the standard library, numpy and the shared libraries, nothing of an
install of mlptutor wherever it is (a system-wide site dir, a site tree beside numpy)."""

import dataclasses
import json
import os
import secrets
import shutil
import subprocess
import textwrap

import pytest

from mlptutor.grader.sandbox import levels
from mlptutor.grader.sandbox.levels import SITE, SYSTEM_SITES
from mlptutor.grader.sandbox.runtime import runtime
from tests.sandbox.conftest import open_sandbox, run_one, skip_unless_available

RUNTIME = runtime(("numpy",))

WALK = textwrap.dedent("""\
    import os
    SKIP = ("/proc", "/sys", "/dev")
    def f(allowed):
        outside, sites = [], []
        for root, dirs, files in os.walk("/"):
            dirs[:] = [d for d in dirs if os.path.join(root, d) not in SKIP]
            if os.path.basename(root) in ("site-packages", "dist-packages") and (dirs or files):
                sites.append(root)
            for name in files:
                path = os.path.join(root, name)
                if not os.path.islink(path) and not path.startswith(tuple(allowed)):  # a link shows its target
                    outside.append(path)
        return outside[:20], sites
    """)


def test_job_sees_only_the_runtime_numpy_and_the_system_libraries(bwrap):
    allowed = [p.rstrip("/") + "/" for p in (*RUNTIME.library_dirs, RUNTIME.stdlib, SITE, "/tmp/")]
    allowed += [*RUNTIME.binds, "/etc/ld.so.cache"]
    outcome, _ = run_one(bwrap, WALK, args=(allowed,))
    assert outcome.status == "ok", outcome
    outside, sites = outcome.value
    assert outside == [] and sites == []


@pytest.fixture
def system_install():
    """A package `mlptutor_probe_*` in every system site dir of this machine, as a system-wide install puts it."""
    name = f"mlptutor_probe_{secrets.token_hex(4)}"
    made = []
    for site in (*RUNTIME.stdlib_sites, *SYSTEM_SITES):
        package = os.path.join(site, name)
        try:
            os.mkdir(package)
        except OSError:
            continue  # not writable here
        made.append(package)
        with open(os.path.join(package, "__init__.py"), "w") as f:
            f.write("SECRET = 'the reference'\n")
    if not made:
        pytest.skip("no system site dir is writable here")
    yield name, made
    for package in made:
        shutil.rmtree(package, ignore_errors=True)


PROBE = textwrap.dedent("""\
    import importlib, os, sys
    def f(name, packages):
        sys.path[:0] = [os.path.dirname(p) for p in packages]
        try:
            importlib.import_module(name)
            imported = True
        except ImportError:
            imported = False
        return imported, [p for p in packages if os.path.exists(p)]
    """)


@pytest.mark.parametrize("level", ["bwrap", "unshare"])
def test_a_system_wide_install_is_invisible(system_install, level):
    name, packages = system_install
    with open_sandbox(level) as sb:
        outcome, _ = run_one(sb, PROBE, args=(name, packages))
    assert outcome.status == "ok" and outcome.value == (False, []), (packages, outcome)


def test_a_site_tree_beside_numpy_shows_only_numpy(tmp_path):
    """numpy and mlptutor installed into one site dir (pip install --target): only numpy's files are mounted."""
    skip_unless_available("bwrap")
    site = tmp_path / "site-packages"
    site.mkdir()
    os.symlink(next(e for e in RUNTIME.entries if os.path.basename(e) == "numpy"), site / "numpy")
    for package in ("grader", "reference", "mlptutor"):
        (site / package).mkdir()
        (site / package / "__init__.py").write_text("SECRET = 1\n")
    libs = [e for e in RUNTIME.entries if os.path.basename(e) != "numpy"]
    fake = dataclasses.replace(RUNTIME, entries=(str(site / "numpy"), *libs))
    program = textwrap.dedent(f"""\
        import importlib, json, os, sys
        sys.path[:0] = [{SITE!r}, {str(site)!r}]
        import numpy
        found = []
        for name in ("grader", "reference", "mlptutor"):
            try:
                importlib.import_module(name)
                found.append(name)
            except ImportError:
                pass
        print(json.dumps([sorted(os.listdir({SITE!r})), found, os.path.exists({str(site)!r})]))
        """)
    command = levels.wrapper("bwrap", fake, "/tmp") + [fake.python, "-S", "-s", "-P", "-c", program]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, env=levels.environment("/tmp"))
    assert done.returncode == 0, done.stderr
    visible, imported, tree_visible = json.loads(done.stdout)
    assert visible == sorted(os.path.basename(e) for e in fake.entries)
    assert imported == [] and tree_visible is False


TEMPFILES = """\
import os, tempfile

def f():
    with tempfile.TemporaryFile() as t:
        t.write(b"checkpoint")
    folder = tempfile.mkdtemp()
    with open(os.path.join(folder, "best.npy"), "wb") as f:
        f.write(b"x")
    return os.path.dirname(folder) == os.getcwd() == os.environ["TMPDIR"]
"""


def test_a_job_may_use_tempfile_in_its_own_folder(sandbox):
    """A submission saving its best weights in a tempfile (TemporaryFile, mkdtemp) raised PermissionError and
    scored 0 though it runs anywhere else: TMPDIR was the zygote's, which the job's uid cannot write. It is now
    the job's own folder (its cwd, as bounded)."""
    outcome, _ = run_one(sandbox, TEMPFILES)
    assert (outcome.status, outcome.value) == ("ok", True), outcome
