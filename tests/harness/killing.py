"""Start a child program, wait for a number of acknowledgements, then SIGKILL it.

The child prints ``ready`` once, then ``ack <details>`` after each operation has returned
(and so committed). Killing right after the n-th acknowledgement lands the kill at an
arbitrary point of the next operation, without any sleep.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

HARNESS = Path(__file__).resolve().parent


def run_and_kill(child: str, args: list[str], acks_before_kill: int) -> tuple[list[str], bool]:
    """Run ``harness/<child>`` and kill it after ``acks_before_kill`` acknowledgements.

    Returns the acknowledged details and whether the child finished (said ``done``) first.
    """
    process = subprocess.Popen(
        [sys.executable, str(HARNESS / child), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    acknowledged: list[str] = []
    finished = False
    try:
        first = process.stdout.readline().strip()
        assert first == "ready", f"child did not start: {first!r} {process.stderr.read()}"
        while len(acknowledged) < acks_before_kill:
            line = process.stdout.readline()
            if line.strip() == "done":
                finished = True
                break
            assert line.startswith("ack "), f"child stopped: {line!r} {process.stderr.read()}"
            acknowledged.append(line[4:].rstrip("\n"))
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
        process.stdout.close()
        process.stderr.close()
    return acknowledged, finished
