"""Issue 17.4: no network and no file outside the data home, checked at the system calls.

pytest-socket only sees Python sockets; onnxruntime's telemetry client is C++. So each
command runs as the real `debrief` in a new network namespace (`unshare -n`: only a
loopback that is down) under `strace -f`, and the test fails on any AF_INET/AF_INET6
connect or send, any DNS lookup (port 53, /etc/resolv.conf), and any file created, written,
renamed or removed outside the data home. HOME points to an empty directory, so a write to
~/.cache (where onnxruntime's telemetry kept its device id and event queue) is seen.
ORT_DISABLE_TELEMETRY is removed from the environment given to the commands: debrief must
set it itself.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_AUDIO

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.skipif(not shutil.which("strace"), reason="needs strace (scripts/setup.sh --dev)"),
    pytest.mark.skipif(
        not shutil.which("unshare")
        or subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode != 0,
        reason="unshare -n is unavailable (needs root or user namespaces)",
    ),
]

#: Calls that create, change or remove a file (strace's %file class covers them).
WRITE_CALLS = {
    "mkdir", "mkdirat", "rename", "renameat", "renameat2", "unlink", "unlinkat", "rmdir",
    "link", "linkat", "symlink", "symlinkat", "chmod", "fchmodat", "truncate", "creat",
}  # fmt: skip
#: Outside the data home but not storage: the null device, terminals, and the POSIX
#: semaphores Python's multiprocessing creates (and unlinks) in /dev/shm.
ALLOWED = (re.compile(r"^/dev/(null|tty\w*|pts/\d+)$"), re.compile(r"^/dev/shm/sem\."))
LINE = re.compile(r"^(?P<call>\w+)\((?P<args>.*)\)\s+=\s+(?P<result>.*)$")
DIRFD = re.compile(r'^(AT_FDCWD|\d+)<(?P<dir>[^>]*)>, "(?P<path>(?:[^"\\]|\\.)*)"')
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')


def traced(workdir: Path, home: Path, *args: str) -> list[str]:
    """Run ``debrief ARGS`` in a network namespace under strace; the syscall lines."""
    logs = workdir / "strace"
    shutil.rmtree(logs, ignore_errors=True)
    logs.mkdir()
    # No DEBRIEF_CACHE either: the search builds its model cache inside the data home.
    env = {
        k: v for k, v in os.environ.items() if k not in ("ORT_DISABLE_TELEMETRY", "DEBRIEF_CACHE")
    }
    env.update(
        HOME=str(workdir / "user"),
        DEBRIEF_HOME=str(home),
        PYTHONPATH=str(ROOT),
        PYTHONDONTWRITEBYTECODE="1",
    )
    cmd = ["unshare", "-n", "strace", "-f", "-ff", "--seccomp-bpf", "-qq", "-y"]
    cmd += ["-e", "trace=network,file", "-o", str(logs / "trace")]
    result = subprocess.run(
        [*cmd, sys.executable, "-m", "debrief.cli", *args],
        env=env,
        cwd=workdir / "cwd",
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return [line for log in sorted(logs.iterdir()) for line in log.read_text().splitlines()]


def violations(lines: list[str], home: Path, cwd: Path) -> list[str]:
    found = []
    home = home.resolve()
    for line in lines:
        m = LINE.match(line)
        if not m:
            continue
        call, args = m["call"], m["args"]
        if call in {"connect", "sendto", "sendmsg", "sendmmsg"} and re.search(r"AF_INET6?\b", args):
            found.append(f"network: {line}")
        elif "htons(53)" in args:
            found.append(f"DNS: {line}")
        elif re.search(r'"/etc/(resolv\.conf|hosts|gai\.conf)"', args):
            found.append(f"DNS lookup: {line}")
        for path in written(call, args, cwd):
            if any(p.search(path) for p in ALLOWED):
                continue
            if not Path(os.path.normpath(path)).is_relative_to(home):
                found.append(f"write outside the data home: {line}")
    return found


def written(call: str, args: str, cwd: Path) -> list[str]:
    """Paths a call creates or changes, made absolute."""
    if call in {"openat", "open", "openat2"}:
        flags = args.split(", ")[2 if call != "open" else 1] if "," in args else ""
        if not re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC", flags):
            return []
    elif call not in WRITE_CALLS:
        return []
    paths = []
    rest = args
    while rest:
        m = DIRFD.match(rest)
        if m:
            paths.append(os.path.join(m["dir"], m["path"]))
            rest = rest[m.end() :].lstrip(", ")
            continue
        q = QUOTED.search(rest)
        if not q:
            break
        paths.append(q.group(1) if q.group(1).startswith("/") else str(cwd / q.group(1)))
        rest = rest[q.end() :]
    return paths


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("offline")
    for name in ("user", "cwd"):
        (path / name).mkdir()
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["add", str(SAMPLE_AUDIO["recap-short-note"])],
        ["add", "--text", "Talked to Ana Ruiz at Figma. She said promotions are yearly."],
        ["search", "promotion"],
        ["review", "--format", "markdown"],
    ],
    ids=["add-audio", "add-text", "search", "review"],
)
def test_command_stays_offline_and_inside_the_data_home(workdir: Path, args: list[str]) -> None:
    home = workdir / "home"  # shared: search and review run on what the adds filed
    lines = traced(workdir, home, *args)
    assert any(line.startswith("openat(") for line in lines)  # strace saw the process
    assert violations(lines, home, workdir / "cwd") == []
    assert list((workdir / "user").rglob("*")) == []  # nothing in ~/.cache, ~/.config...
    if args[0] == "search":  # the question went through the numpy model, cached in the home
        assert list((home / "cache" / "embedding").glob("minilm-*.f32.npy"))


def test_the_checker_sees_what_it_must(tmp_path: Path) -> None:
    """The parser above flags the calls it exists for (lines as strace -y prints them)."""
    home, cwd = tmp_path / "home", tmp_path / "cwd"
    bad = [
        "connect(5<socket:[1]>, {sa_family=AF_INET, sin_port=htons(443), "
        'sin_addr=inet_addr("13.69.239.72")}, 16) = -1 ENETUNREACH (Network is unreachable)',
        'sendto(5<socket:[2]>, "\\x12", 40, MSG_NOSIGNAL, {sa_family=AF_INET, '
        'sin_port=htons(53), sin_addr=inet_addr("10.0.0.1")}, 16) = 40',
        f'openat(AT_FDCWD<{cwd}>, "/root/.cache/Microsoft/DeveloperTools/.onnxruntime/deviceid",'
        " O_WRONLY|O_CREAT|O_TRUNC, 0666) = 7",
        f'mkdir("{tmp_path}/user/.cache", 0777) = 0',
        f'openat(AT_FDCWD<{cwd}>, "stray.txt", O_WRONLY|O_CREAT, 0644) = 3',
    ]
    ok = [
        f'openat(AT_FDCWD<{cwd}>, "{home}/debrief.db", O_RDWR|O_CREAT|O_CLOEXEC, 0644) = 3',
        f'openat(AT_FDCWD<{cwd}>, "/usr/lib/x.so", O_RDONLY|O_CLOEXEC) = 3',
        f'rename("{home}/recordings/.incoming-x", "{home}/recordings/ab.ogg") = 0',
        'openat(AT_FDCWD</>, "/dev/shm/sem.QtsTaM", O_RDWR|O_CREAT|O_EXCL, 0600) = 6',
        "socket(AF_INET6, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 6<socket:[44968]>",
    ]
    assert len(violations(bad, home, cwd)) == len(bad)
    assert violations(ok, home, cwd) == []
