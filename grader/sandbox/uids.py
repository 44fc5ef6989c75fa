"""A private uid per Sandbox, so jobs run unprivileged and RLIMIT_NPROC binds.

Root ignores RLIMIT_NPROC, so each job's child switches to a uid that no
other Sandbox (in this or another process) uses at the same time. The uid is
reserved by binding an abstract Unix socket named after it and by locking a
file named after it under LOCKS: the kernel frees both when they are closed
or their process dies. The socket's name is its network namespace's only, so
two graders in different network namespaces (one pid namespace, one
filesystem) leased the same uid, and one's kill(-1) after every stage could
kill the other's job processes; the lock is the filesystem's. The lock
file is opened read-only (flock needs no write access), so a read-only /run
where the files exist still locks; a machine where they cannot be made keeps
the socket alone. Graders in separate containers (a private /run and network
namespace each, one uid space) can still lease one uid: neither the socket
nor the lock is seen by both. Not root: no switch (uid
None), the user's own RLIMIT_NPROC applies.
"""

from __future__ import annotations

import fcntl
import os
import socket

from mlptutor.grader.sandbox.calls import SandboxError

FIRST_UID = 3_100_000  # far above any real account
COUNT = 1000
LOCKS = "/run/mlptutor-sandbox-uids"  # root's: one empty file per uid leased once, left behind


class UidLease:
    """Holds one sandbox uid until release()."""

    def __init__(self):
        self.uid = None
        self._held = []
        if os.geteuid() != 0:
            return
        try:
            os.makedirs(LOCKS, mode=0o700, exist_ok=True)
            locks = True
        except OSError:
            locks = False
        for uid in range(FIRST_UID, FIRST_UID + COUNT):
            held = _claim(uid, locks)
            if held:
                self.uid, self._held = uid, held
                return
        raise SandboxError(f"all {COUNT} sandbox uids are in use; close some Sandboxes")

    def release(self) -> None:
        for claim in self._held:
            claim.close()
        self._held = []


def _claim(uid: int, locks: bool) -> list:
    """The socket (and the locked file) that reserve `uid`, or [] when another Sandbox holds it."""
    claim = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        claim.bind(f"\0mlptutor-sandbox-uid-{uid}")
    except OSError:
        claim.close()
        return []
    if not locks:
        return [claim]
    try:
        lock = open(os.open(f"{LOCKS}/{uid}", os.O_RDONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600), "rb")
    except OSError:
        return [claim]  # the file cannot be made: the socket alone
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        lock.close()
        claim.close()
        return []
    return [claim, lock]
