"""Run the newscorpus CLI in a child process and measure it: exit code, output, peak memory, time.

The child runs under a small wrapper process, so ``getrusage(RUSAGE_CHILDREN)`` in the wrapper sees that
child alone (in the test process it would be the largest of every child pytest ever waited for).
Settings can be overridden in the child before newscorpus is imported (small caps make small inputs
hostile enough, which keeps the suite fast).
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

_CHILD = """
import json, sys
import newscorpus.settings as settings
for name, value in json.loads(sys.argv[1]).items():
    setattr(settings, name, value)
sys.argv = ["newscorpus", *sys.argv[2:]]
from newscorpus.cli import main
main()
"""

_WRAPPER = """
import base64, json, resource, subprocess, sys
args, timeout = json.loads(sys.argv[1])
try:
    done = subprocess.run(args, capture_output=True, timeout=timeout)
    rc, out, err = done.returncode, done.stdout, done.stderr
except subprocess.TimeoutExpired as exc:
    rc, out, err = "timeout", exc.stdout or b"", exc.stderr or b""
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps([rc, base64.b64encode(out).decode(), base64.b64encode(err).decode(), peak]))
"""


@dataclass(frozen=True)
class Run:
    rc: int | str  # "timeout" when the child had to be killed
    stdout: bytes
    stderr: str
    peak_mb: float
    seconds: float

    @property
    def text(self) -> str:
        return self.stdout.decode("utf-8", errors="replace")

    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("newscorpus: error:")]

    def assert_clean(self) -> None:
        """Never a traceback, and every error on one line of its own."""
        assert "Traceback" not in self.stderr, self.stderr[-3000:]
        assert self.rc != "timeout", f"killed after the time limit; stderr: {self.stderr[-2000:]}"


def newscorpus(
    *args: object,
    overrides: dict[str, object] | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 40.0,
    without_root_override: bool = False,
    cwd: Path | None = None,
) -> Run:
    """``without_root_override``: when we are root, run the child without the capabilities that let root
    write read-only files (setpriv), so file permissions mean for it what they mean for a user."""
    child = [
        sys.executable,
        "-c",
        _CHILD,
        json.dumps(overrides or {}),
        *(os.fsdecode(a) if isinstance(a, bytes) else str(a) for a in args),
    ]
    if without_root_override and os.geteuid() == 0:
        child = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--", *child]
    started = time.monotonic()
    wrapper = subprocess.run(
        [sys.executable, "-c", _WRAPPER, json.dumps([child, timeout])],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
        cwd=cwd,
        timeout=timeout + 20,
        check=True,
    )
    rc, out, err, peak_kb = json.loads(wrapper.stdout.decode().splitlines()[-1])
    stderr = base64.b64decode(err).decode("utf-8", errors="replace")
    return Run(rc, base64.b64decode(out), stderr, peak_kb / 1024, time.monotonic() - started)
