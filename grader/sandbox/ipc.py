"""What a job leaves in the IPC namespace it shares with the next jobs of its zygote: found, then removed.

Shipped as source into the sandbox and run by the zygote after each job,
once every process of the job is dead. SysV shared memory, semaphores and
message queues of the job's uid are removed (IPC_RMID, by a helper that has
become that uid: the zygote holds no CAP_SYS_ADMIN), and so are its files
in /dev/shm (POSIX shared memory and semaphores). POSIX message queues
cannot be listed without mounting mqueue, so the seccomp filter denies mq_*
instead. Standard library only.
"""

import ctypes
import os
import shutil

KINDS = ("shm", "sem", "msg")
IPC_RMID = 0
SHM_DIR = "/dev/shm"


def objects(uid: int) -> list:
    """(kind, id) of every SysV IPC object of this IPC namespace that `uid` owns or created."""
    found = []
    for kind in KINDS:
        try:
            with open(f"/proc/sysvipc/{kind}") as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        if not lines:
            continue
        columns = lines[0].split()
        owner, creator = columns.index("uid"), columns.index("cuid")
        for line in lines[1:]:
            fields = line.split()
            if len(fields) > max(owner, creator) and uid in (int(fields[owner]), int(fields[creator])):
                found.append((kind, int(fields[1])))
    return found


def shm_files(uid: int) -> list:
    """Paths in /dev/shm that `uid` owns."""
    try:
        entries = list(os.scandir(SHM_DIR))
    except OSError:
        return []
    found = []
    for entry in entries:
        try:
            if entry.stat(follow_symlinks=False).st_uid == uid:
                found.append(entry.path)
        except OSError:
            pass
    return found


def leftovers(uid: int, sysv: bool = True) -> bool:
    """Whether `uid` left a /dev/shm file or (`sysv`) a SysV IPC object (three small /proc files: 0.2 ms)."""
    return bool(shm_files(uid) or sysv and objects(uid))


def unlock(path: str) -> None:
    """Open every dir under `path` (and `path`) to its owner again, as that owner: student code may chmod one
    to 0, which would keep rmtree out of it and its files in the sandbox's /tmp for every later job (and
    readable by them: they run as the same uid). Links are not followed."""
    os.chmod(path, 0o700)
    for here, dirs, _ in os.walk(path):  # top-down: a dir is opened before the walk lists it
        for name in dirs:
            try:
                os.chmod(os.path.join(here, name), 0o700, follow_symlinks=False)
            except (OSError, NotImplementedError):  # a link (Linux cannot chmod one), or not ours
                pass


def remove(uid: int) -> None:
    """Remove `uid`'s IPC objects and /dev/shm files; run as `uid` (or with the rights to)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for kind, number in objects(uid):
        if kind == "shm":
            libc.shmctl(number, IPC_RMID, None)
        elif kind == "sem":
            libc.semctl(number, 0, IPC_RMID)
        else:
            libc.msgctl(number, IPC_RMID, None)
    for path in shm_files(uid):
        if os.path.isdir(path) and not os.path.islink(path):
            try:
                unlock(path)
            except OSError:
                pass
            shutil.rmtree(path, ignore_errors=True)
        else:
            try:
                os.unlink(path)
            except OSError:
                pass
