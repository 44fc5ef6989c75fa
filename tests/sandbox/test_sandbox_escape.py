"""What student code must not reach: the project, other students' files, the filesystem, the network."""

import socket
from pathlib import Path

import pytest

from mlptutor.grader.sandbox import Call, levels
from mlptutor.grader.sandbox.runtime import runtime
from tests.sandbox.conftest import open_sandbox, run_one

PROJECT = Path(__file__).resolve().parents[2]
REFERENCE_FILE = next(iter(sorted((PROJECT / "reference").glob("*.py"))), PROJECT / "reference" / "__init__.py")

READ = "def f(path):\n    with open(path, 'rb') as src:\n        return len(src.read())\n"
WRITE = "def f(path):\n    with open(path, 'w') as out:\n        out.write('pwned')\n    return 'written'\n"


def test_import_reference_fails(sandbox):
    source = "def f():\n    import reference\n    return sorted(dir(reference))\n"
    outcome, _ = run_one(sandbox, source)
    assert outcome.status == "error" and "ModuleNotFoundError" in outcome.error


def test_project_checkout_is_invisible(bwrap):
    assert REFERENCE_FILE.exists()
    outcome, _ = run_one(bwrap, READ, args=(str(REFERENCE_FILE),))
    assert outcome.status == "error" and "FileNotFoundError" in outcome.error
    listing, _ = run_one(bwrap, "import os\ndef f():\n    return os.path.exists('/work')\n")
    assert listing.value is False


def test_unshare_level_hides_the_checkout_and_shared_tmp():
    """And every top-level dir but the system's: only the running checkout was hidden, another clone of the project
    on the machine (its reference/ with the solutions: /work/main beside /work/wt/NAME) stayed readable (review D
    of red25). The checkout's top-level dir is an empty tmpfs, but for the runtime's parts bound back in it."""
    top = "/" + PROJECT.parts[1]
    parts = levels.unshare_covers(runtime(("numpy",))).get(top)
    with open_sandbox("unshare") as sb:
        assert run_one(sb, READ, args=(str(REFERENCE_FILE),))[0].status == "error"
        assert run_one(sb, WRITE, args=("/tmp/evil",))[0].status == "error"
        assert run_one(sb, WRITE, args=("mine.txt",))[0].value == "written"
        if parts is not None:  # not a system dir
            listing, _ = run_one(sb, "import os\ndef f(path):\n    return sorted(os.listdir(path))\n", args=(top,))
            assert listing.value == sorted({Path(part).relative_to(top).parts[0] for part in parts}), listing


def test_another_students_file_is_unreadable(sandbox, tmp_path):
    other = tmp_path / "bob" / "softmax.py"
    other.parent.mkdir()
    other.write_text("SECRET = 'bob'\n")
    outcome, _ = run_one(sandbox, READ, args=(str(other),))
    assert outcome.status == "error" and ("PermissionError" in outcome.error or "FileNotFoundError" in outcome.error)


def test_previous_jobs_files_are_gone(sandbox):
    source = "import os\ndef f():\n    open('secret.txt', 'w').write('alice')\n    return os.path.abspath('secret.txt')\n"
    first, _ = run_one(sandbox, source)
    outcome, _ = run_one(sandbox, READ, args=(first.value,))
    assert outcome.status == "error" and "FileNotFoundError" in outcome.error


def test_only_the_scratch_dir_is_writable(bwrap):
    assert run_one(bwrap, WRITE, args=("mine.txt",))[0].value == "written"
    for target in ("/tmp/evil", "/work/main/evil.py", "/usr/evil", "/evil"):
        outcome, _ = run_one(bwrap, WRITE, args=(target,))
        assert outcome.status == "error", target
        assert "PermissionError" in outcome.error or "FileNotFoundError" in outcome.error or "Read-only" in outcome.error


def test_writing_into_the_grader_tree_fails(sandbox, tmp_path):
    outcome, _ = run_one(sandbox, WRITE, args=(str(tmp_path / "evil.py"),))
    assert outcome.status == "error"
    assert not (tmp_path / "evil.py").exists()


@pytest.mark.parametrize("level", ["bwrap", "unshare"])
def test_network_is_unreachable(level):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    source = ("import socket\n"
              "def f(port):\n"
              "    with socket.socket() as s:\n"
              "        s.settimeout(0.3)\n"
              "        s.connect(('127.0.0.1', port))\n"
              "        return 'connected'\n")
    try:
        with open_sandbox(level) as sb:
            result = sb.run({"m": source}, [Call("c", "m", "f", (port,))])
    finally:
        listener.close()
    outcome = result.outcomes["c"]
    assert outcome.status == "error"
    # PermissionError: the system-call filter denies socket() (test_sandbox_attacks_r8.py)
    assert outcome.error.startswith(("ConnectionRefusedError", "OSError: [Errno 101]", "TimeoutError",
                                     "PermissionError: [Errno 1]")), outcome.error


def test_environment_is_cleared_and_capabilities_dropped(bwrap):
    source = ("import os\n"
              "def f():\n"
              "    status = open('/proc/self/status').read().splitlines()\n"
              "    caps = [line.split()[1] for line in status if line.startswith(('CapEff', 'CapPrm'))]\n"
              "    return sorted(os.environ), caps, os.getuid() != 0\n")
    outcome, _ = run_one(bwrap, source)
    names, caps, unprivileged = outcome.value
    assert "PYTHONPATH" not in names and not any("TOKEN" in n or "KEY" in n for n in names)
    assert caps == ["0000000000000000", "0000000000000000"]
    assert unprivileged
