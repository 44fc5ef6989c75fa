"""Trusted-side handle of one zygote: a sandboxed interpreter with the preload modules imported, forking jobs.

The zygote is started with -S (no site-packages processing) and a boot
program that reads the harness (the SHIPPED modules: wire, ipc, seccomp,
crashsite, child, clock and worker, compiled) and its settings from the control socket, so nothing is read from the project tree
inside the sandbox. The control socket is the zygote's stdin; see worker.py
for its commands. `Zygote(...)` starts it and returns while it imports its
preload modules (numpy ~0.15 s, SymPy ~0.5 s), so the grader does its own
start-up meanwhile; `ready()` waits for it.
"""

from __future__ import annotations

import binascii
import functools
import importlib.machinery
import json
import marshal
import os
import queue
import select
import signal
import socket
import struct
import subprocess
import tempfile
import threading
import time
import types
import weakref
from pathlib import Path
from typing import Mapping

from mlptutor.grader.sandbox.calls import SandboxError
from mlptutor.grader.sandbox.seccomp import HARNESS_EXIT, PIPES_LOST_EXIT
from mlptutor.grader.sandbox.timing import process_cpu_seconds

HERE = Path(__file__).parent
SHIPPED = ("wire", "ipc", "seccomp", "crashsite", "child", "clock", "worker")  # the harness modules sent into the sandbox, in import order
CONTROL_SECONDS = 20.0  # a zygote that takes longer to answer is broken and replaced
BOOT_SECONDS = 120.0  # importing the preload modules (SymPy) on a loaded machine

BOOT = """\
import binascii, gc, marshal, socket, struct, sys, json, types
gc.disable()  # until the preload modules are in (worker.serve)
control = socket.socket(fileno=0)
control.sendall(b"up\\n")  # the interpreter runs at its level (Zygote.up)
def exactly(n):
    data = b""
    while len(data) < n:
        chunk = control.recv(n - len(data))
        if not chunk:
            raise SystemExit("boot: control socket closed")
        data += chunk
    return data
boot = json.loads(exactly(struct.unpack(">I", exactly(4))[0]))
sys.path.extend(boot["site"])
for name in boot["code"]:  # in order: the worker imports the others; a held module (held_name) keeps its own name
    module = types.ModuleType(name.removeprefix("mlptutor_held_"))
    sys.modules[name] = module
    exec(marshal.loads(binascii.a2b_base64(boot["code"][name])), module.__dict__)
sys.modules["mlptutor_sandbox_worker"].serve(control, boot)
"""


_live: weakref.WeakSet = weakref.WeakSet()  # the Zygotes of this process (forget_in_child)


def forget_in_child() -> None:
    """In a process forked from the grader: close its copies of the zygotes' control sockets, so that a zygote
    hears its grader's end (the socket's last end closing) however the grader ends, not when its last copy goes."""
    for zygote in list(_live):
        zygote.control.close()


os.register_at_fork(after_in_child=forget_in_child)

_launcher = {"pid": None, "requests": None}
_launcher_lock = threading.Lock()


def spawn(command: list[str], **options) -> subprocess.Popen:
    """Popen from one long-lived thread per process.

    setpriv --pdeathsig (the unshare level) fires when the *thread*
    that started it ends, so a Sandbox made in a short-lived thread (a Dask
    task) would lose its zygote with that thread. After a fork the old thread
    is gone, so each process gets its own launcher. A thread and a queue, not
    concurrent.futures: importing it (with logging) took `mlptutor check` 4.5 ms
    before its first zygote could spawn (2026-12-05).
    """
    with _launcher_lock:
        if _launcher["pid"] != os.getpid():
            requests = queue.SimpleQueue()
            threading.Thread(target=_launch, args=(requests,), name="mlptutor-sandbox-launcher", daemon=True).start()
            _launcher.update(pid=os.getpid(), requests=requests)
        requests = _launcher["requests"]
    answer = queue.SimpleQueue()
    requests.put((command, options, answer))
    process = answer.get()
    if isinstance(process, BaseException):
        raise process
    return process


def _launch(requests: queue.SimpleQueue) -> None:
    """The launcher thread: Popen for each request, the process (or the error) put in the request's answer."""
    while True:
        command, options, answer = requests.get()
        try:
            answer.put(subprocess.Popen(command, **options))
        except BaseException as exc:  # raised in the thread that asked
            answer.put(exc)


def held_name(name: str) -> str:
    """The name in the zygote's sys.modules of the project's module `name` it holds (`Zygote(held=...)`)."""
    return f"mlptutor_held_{name}"


@functools.cache
def _shipped() -> dict[str, str]:
    """The harness modules' code, marshalled (base64), once per process: as compiling each module's source under
    the file name "<module>" gives, taken from the bytecode cache the trusted side's own imports keep (about 1 ms,
    where compiling them took every zygote's boot 18 ms of CPU, 2026-12-05). Same interpreter on both sides."""
    return {f"mlptutor_sandbox_{name}": _marshalled(f"mlptutor_sandbox_{name}", str(HERE / f"{name}.py"))
            for name in SHIPPED}


@functools.cache
def _marshalled(module: str, path: str) -> str:
    code = importlib.machinery.SourceFileLoader(module, path).get_code(module)
    return binascii.b2a_base64(marshal.dumps(_filed(code, f"<{module}>")), newline=False).decode()


def _filed(code: types.CodeType, filename: str) -> types.CodeType:
    """`code` and the code objects it holds, with `filename` as the file they were compiled from."""
    consts = tuple(_filed(c, filename) if isinstance(c, types.CodeType) else c for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)


class ZygoteLost(Exception):
    """The zygote died or stopped answering."""


class Zygote:
    def __init__(self, command: list[str], env: dict, python: str, site: list[str],
                 preload: tuple[str, ...], uid, options: dict | None = None, held: Mapping[str, str] | None = None):
        """`held`: name -> file of the project's modules the zygote executes at boot, as `held_name(name)`, so
        that a job takes them whole instead of compiling their source (Sandbox(held=...))."""
        self.control, theirs = socket.socketpair()
        _live.add(self)
        self._log = tempfile.TemporaryFile()
        self._lines: list[str] = []
        self._buffer = b""
        self.job_status = None  # wait status of the current job's child, once it ended
        self.job_pid, self._job_host_pid = 0, None  # the current job's child: its pid in the sandbox, on the host
        self._tail = ""
        try:
            self.process = spawn(command + [python, "-S", "-s", "-P", "-c", BOOT], stdin=theirs,
                                 stdout=subprocess.DEVNULL, stderr=self._log, env=env, close_fds=True,
                                 start_new_session=True)
        finally:
            theirs.close()
        code = {**_shipped(), **{held_name(name): _marshalled(held_name(name), path)
                                 for name, path in (held or {}).items()}}
        boot = json.dumps({"code": code, "site": site, "preload": list(preload), "uid": uid,
                           **(options or {})}).encode()
        self._booted = False
        try:
            # a buffer the boot fits in (240 KB; the default holds 210): sent at once, not as the zygote reads it
            self.control.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, len(boot) + 4)
            self.control.sendall(struct.pack(">I", len(boot)) + boot)
        except OSError:
            self._failed()

    def up(self) -> bool:
        """Whether the zygote's interpreter started (its first line, sent before it reads its boot), waiting for it;
        False when it exited first. Then its level works here: the level's choice needs no probe of its own."""
        try:
            self._expect("up", CONTROL_SECONDS)
        except (ZygoteLost, OSError):
            return False
        return True

    def ready(self) -> Zygote:
        """This zygote once it has imported its preload modules, which it does in the background after
        __init__ (the caller meanwhile does its own work); SandboxError when it failed to start."""
        if not self._booted:
            try:
                self._expect("ready", BOOT_SECONDS)
            except (ZygoteLost, OSError):
                self._failed()
            self._booted = True
        return self

    def _failed(self):
        self.close()
        raise SandboxError(f"the sandbox interpreter failed to start: {self._tail}") from None

    def fileno(self) -> int:
        return self.control.fileno()

    def alive(self) -> bool:
        return self.process.poll() is None

    def fork(self, fds: list[int]) -> None:
        """Ask for a job child holding the given request, result and output pipe ends and progress memfd.

        Returns at once, so the caller can prepare the request while the zygote forks; then forked()."""
        self.job_status = None
        try:
            socket.send_fds(self.control, [b"fork\n"], fds)
        except OSError:
            raise ZygoteLost("the sandbox zygote is gone") from None

    def forked(self) -> int:
        """The pid (in the sandbox) of the child that fork() asked for, once the zygote has started it."""
        self.job_pid, self._job_host_pid = int(self._expect("pid", CONTROL_SECONDS)), None
        return self.job_pid

    def job_cpu_seconds(self) -> float | None:
        """CPU seconds the current job's child has used (None when it is gone), read from the host's /proc."""
        if self._job_host_pid is None:
            self._job_host_pid = _host_pid(self.process.pid, self.job_pid)
            if self._job_host_pid is None:
                return None
        return process_cpu_seconds(self._job_host_pid)

    def reap(self):
        """Kill everything of the current job; the child's wait status (None if unknown)."""
        try:
            self.control.sendall(b"reap\n")
        except OSError:
            raise ZygoteLost("the sandbox zygote is gone") from None
        status = int(self._expect("reaped", CONTROL_SECONDS))
        return status if status >= 0 else self.job_status

    def poll(self) -> None:
        """Read what the zygote sent without blocking (notably "exit STATUS" of the job's child)."""
        self._read(0.0)

    def wait_exit(self, seconds: float) -> None:
        """Wait up to `seconds` for the zygote to report that the job's child ended."""
        deadline = time.monotonic() + seconds
        while self.job_status is None and time.monotonic() < deadline:
            self._read(deadline - time.monotonic())

    def _expect(self, word: str, seconds: float) -> str:
        deadline = time.monotonic() + seconds
        while True:
            for i, line in enumerate(self._lines):
                if line.startswith(word + " ") or line == word:
                    del self._lines[: i + 1]
                    return line[len(word) + 1 :]
            left = deadline - time.monotonic()
            if left <= 0:
                raise ZygoteLost(f"the sandbox zygote did not answer {word!r} in {seconds:.0f} s")
            self._read(left)

    def _read(self, timeout: float) -> None:
        ready, _, _ = select.select([self.control], [], [], timeout)
        if not ready:
            return
        data = self.control.recv(4096)
        if not data:
            raise ZygoteLost("the sandbox zygote exited")
        self._buffer += data
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            text = line.decode()
            if text.startswith("exit "):
                self.job_status = int(text[5:])
            else:
                self._lines.append(text)

    def log_tail(self) -> str:
        """The last line the zygote wrote to stderr (or its exit code); kept when it is closed."""
        if not self._log.closed:
            self._log.seek(0)
            lines = self._log.read().decode(errors="replace").strip().splitlines()
            self._tail = lines[-1] if lines else f"exit code {self.process.poll()}"
        return self._tail

    def hang_up(self) -> None:
        """Close the control socket, which makes the zygote kill its job and exit; close() waits for that."""
        self.control.close()

    def end(self) -> None:
        """Tell the zygote to exit (hang_up), or kill it if it was never made ready: no job ran in it, and it would
        hear the hang-up only after its preload (a companion started ahead of need in `mlptutor check` kept the
        exit waiting for SymPy's import, up to 0.3 s)."""
        self.hang_up()
        if not self._booted:
            self.kill()

    def kill(self) -> None:
        """SIGKILL the process started (bwrap, unshare, the interpreter) and its children. bwrap killed in its
        first milliseconds, before it lets its child (the sandbox's pid 1, deaf to SIGTERM from outside) go on,
        left that child waiting on it under init for ever: 14 of 60 zygotes killed 0 to 6 ms after their start
        (red22). Stopped first, so that it makes no child between the look at its children and the kill."""
        if self.process.poll() is not None:
            return
        pid = self.process.pid
        try:
            os.kill(pid, signal.SIGSTOP)
            os.waitid(os.P_PID, pid, os.WSTOPPED | os.WEXITED | os.WNOWAIT)  # stopped or dead, not reaped
            with open(f"/proc/{pid}/task/{pid}/children", "rb") as children:
                for child in map(int, children.read().split()):
                    os.kill(child, signal.SIGKILL)
        except OSError:  # reaped meanwhile, or a child of another uid (rlimits without root): the kill below
            pass
        self.process.kill()

    def close(self) -> None:
        """End the zygote and wait for it to exit; kill it if it lingers."""
        self.end()
        try:
            self.process.wait(timeout=2.0)
        except subprocess.TimeoutExpired:
            self.kill()
            self.process.wait()
        if not self._log.closed:
            self.log_tail()
            self._log.close()


def _host_pid(root: int, sandbox_pid: int) -> int | None:
    """The host pid of the process under `root` whose pid in its own namespace is `sandbox_pid` (the last
    field of NSpid: the same at the rlimits level, which has no namespace), or None."""
    todo = [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/status", "rb") as status:
                nspid = next(line for line in status if line.startswith(b"NSpid:")).split()
            if pid != root and int(nspid[-1]) == sandbox_pid:
                return pid
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children", "rb") as children:
                    todo += map(int, children.read().split())
        except (OSError, StopIteration, ValueError):
            continue  # gone meanwhile
    return None


def status_text(status) -> str:
    """Why a child ended, from its wait status: "was killed by SIGSEGV", "exited with code 3"."""
    if status is None:
        return "ended unexpectedly"
    code = os.waitstatus_to_exitcode(status)
    if code == PIPES_LOST_EXIT:
        return ("lost its pipes to the grader, no result coming back (the submission's code closed or replaced file "
                "descriptors it did not open: os.close, os.closerange, os.dup2; close only those you open)")
    if code == HARNESS_EXIT:
        return ("ended when the grader's own code in it failed (the submission's code changed something the grader "
                "relies on: a patched module, a tracer, closed files; the output shows where)")
    if code >= 0:
        return f"exited with code {code} (sys.exit or os._exit?)"
    try:
        name = signal.Signals(-code).name
    except ValueError:
        name = f"signal {-code}"
    hint = {"SIGKILL": " (CPU or memory limit?)", "SIGXCPU": " (CPU time limit)",
            "SIGSEGV": " (segmentation fault)", "SIGXFSZ": " (file size limit)"}.get(name, "")
    return f"was killed by {name}{hint}"
