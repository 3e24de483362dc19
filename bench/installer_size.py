"""Installer size and start-up: the frozen app vs a frozen bare PySide6 window (Linux).

In one run, with the same Python, PyInstaller and PySide6 (the venv that
``installers/build-linux.sh`` makes from ``installers/requirements-lock.txt``):

* the app: ``installers/build-linux.sh`` (lean spec, onedir, ``.tar.xz``);
* the baseline: a PySide6-Essentials window of five lines frozen with PyInstaller's
  default options (``pyinstaller bare_window.py``: onedir) and packed as ``.tar.gz``
  with tar's defaults (gzip -6), which is what a project gets without any trimming.

Figures: size of each onedir and archive (MB = 10^6 bytes), the ratio of the app's
archive to the baseline's ``.tar.gz`` (goal of issue 7: at most 0.75x), and start-up
time of each frozen binary from launch to its first window shown offscreen and the
process gone (``CARDENTRY_QUIT_AFTER_SHOWN=1``; both poll for the window the same way),
median and minimum of several runs after one warm-up run. The app is timed as issue 18
asks: a first run (an empty folder: the first-run assistant), a partner profile (its home
window) and a secretariat profile, each beside the bare window (goal: at most 2x).

Takes a few minutes (two builds). ``python bench/installer_size.py``, or through
``bench/run.py installer`` with ``CARDENTRY_BENCH_INSTALLER=1``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BUILD_SCRIPT = REPO / "installers" / "build-linux.sh"
VENV = REPO / "build" / "installer" / "venv"
APP_DIR = REPO / "build" / "installer" / "dist" / "cardentry"
RUNS = 7
GOAL = 0.75

# The same quit-after-shown logic as installers/cardentry_main.py, so that both
# binaries are timed to the same event.
BARE_WINDOW = """\
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(800, 600)
window.show()
if os.environ.get("CARDENTRY_QUIT_AFTER_SHOWN") == "1":
    def check():
        if any(w.isVisible() for w in app.topLevelWidgets()):
            poll.stop()
            app.quit()
    poll = QTimer(app)
    poll.timeout.connect(check)
    poll.start(20)
sys.exit(app.exec())
"""


def _mb(size: int) -> float:
    return size / 1e6


def tree_size(folder: Path) -> int:
    """Bytes of all files under ``folder`` (symlinks counted as links, not targets)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir() or path.is_symlink())


def build_app() -> tuple[Path, float]:
    start = time.perf_counter()
    result = subprocess.run(["bash", str(BUILD_SCRIPT)], cwd=REPO, check=True, capture_output=True, text=True)
    archive = Path(result.stdout.strip().splitlines()[-1])
    return archive, time.perf_counter() - start


def build_bare(folder: Path) -> tuple[Path, float]:
    script = folder / "bare_window.py"
    script.write_text(BARE_WINDOW)
    start = time.perf_counter()
    subprocess.run(
        [str(VENV / "bin" / "pyinstaller"), "--noconfirm", "--log-level", "WARN", script.name],
        cwd=folder,
        check=True,
        capture_output=True,
    )
    return folder / "dist" / "bare_window", time.perf_counter() - start


def gzip_default(onedir: Path, archive: Path) -> Path:
    """``tar czf``: GNU tar with gzip's default level (-6), as a project would ship it."""
    subprocess.run(["tar", "czf", str(archive), "-C", str(onedir.parent), onedir.name], check=True)
    return archive


def startup_seconds(command: list[str], runs: int) -> list[float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CARDENTRY_QUIT_AFTER_SHOWN="1")
    env.pop("CARDENTRY_RESOURCES", None)
    samples = []
    for n in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
        if n:  # the first run only warms the disk cache
            samples.append(time.perf_counter() - start)
    return samples


def main(runs: int = RUNS) -> dict[str, float]:
    if not sys.platform.startswith("linux"):
        print("installer: Linux only (installers/build-linux.sh)")
        return {}
    archive, app_build_s = build_app()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bare_dir, bare_build_s = build_bare(folder)
        bare_tgz = gzip_default(bare_dir, folder / "bare_window-tar-czf.tar.gz")
        app_tgz = gzip_default(APP_DIR, folder / "cardentry-tar-czf.tar.gz")

        profile, partner = folder / "profile", folder / "partner"
        app = str(APP_DIR / "cardentry")
        passphrase = dict(os.environ, CARDENTRY_PASSPHRASE="a bench passphrase")  # the partner's key
        for command in (
            [app, "--data-dir", str(profile), "profile", "init", "--org", "Bench", "--role", "secretariat"],
            [app, "--data-dir", str(partner), "profile", "init", "--org", "Bench", "--role", "partner",
             "--countries", "THA"],
            [app, "--data-dir", str(partner), "assessment", "new", "--country", "THA", "--cycle", "2012"],
        ):  # fmt: skip
            subprocess.run(command, check=True, capture_output=True, env=passphrase)
        app_start = startup_seconds([str(APP_DIR / "cardentry"), "--data-dir", str(profile)], runs)
        bare_start = startup_seconds([str(bare_dir / "bare_window")], runs)
        # the first-run assistant writes nothing until it is completed: every run is a first run
        first_run_start = startup_seconds([app, "--data-dir", str(folder / "new")], runs)
        partner_start = startup_seconds([app, "--data-dir", str(partner), "gui"], runs)
        version_start = startup_seconds([str(APP_DIR / "cardentry"), "--version"], runs)

        figures = {
            "app_onedir_mb": _mb(tree_size(APP_DIR)),
            "app_archive_mb": _mb(archive.stat().st_size),
            "app_tar_gz_mb": _mb(app_tgz.stat().st_size),
            "bare_onedir_mb": _mb(tree_size(bare_dir)),
            "bare_tar_gz_mb": _mb(bare_tgz.stat().st_size),
            "app_start_median_s": statistics.median(app_start),
            "app_start_min_s": min(app_start),
            "bare_start_median_s": statistics.median(bare_start),
            "bare_start_min_s": min(bare_start),
            "app_version_median_s": statistics.median(version_start),
            "app_first_run_median_s": statistics.median(first_run_start),
            "app_partner_median_s": statistics.median(partner_start),
            "app_build_s": app_build_s,
            "bare_build_s": bare_build_s,
        }
    figures["ratio_archive"] = figures["app_archive_mb"] / figures["bare_tar_gz_mb"]
    figures["ratio_start"] = figures["app_start_median_s"] / figures["bare_start_median_s"]
    figures["ratio_start_first_run"] = figures["app_first_run_median_s"] / figures["bare_start_median_s"]
    figures["ratio_start_partner"] = figures["app_partner_median_s"] / figures["bare_start_median_s"]
    f = figures
    print("installer: Linux onedir and archive of the app vs a bare PySide6 window (PyInstaller defaults)")
    print(f"  app onedir                 {f['app_onedir_mb']:7.1f} MB   ({archive.name})")
    print(f"  app archive (.tar.xz)      {f['app_archive_mb']:7.1f} MB")
    print(f"  app as tar czf             {f['app_tar_gz_mb']:7.1f} MB")
    print(f"  bare window onedir         {f['bare_onedir_mb']:7.1f} MB")
    print(f"  bare window tar czf        {f['bare_tar_gz_mb']:7.1f} MB")
    print(f"  ratio app archive / bare   {f['ratio_archive']:7.2f}x   (goal: at most {GOAL}x)")
    print(f"  start-up to first window, offscreen, {runs} runs after a warm-up:")
    print(f"    bare       median {f['bare_start_median_s']:.3f} s   min {f['bare_start_min_s']:.3f} s")
    print(
        f"    app, secretariat profile  median {f['app_start_median_s']:.3f} s   "
        f"min {f['app_start_min_s']:.3f} s: {f['ratio_start']:.2f}x the bare window (ratio of medians)"
    )
    for label, key in (("first run (assistant)", "first_run"), ("partner profile (home)", "partner")):
        print(
            f"    app, {label:<24} median {f[f'app_{key}_median_s']:.3f} s: "
            f"{f[f'ratio_start_{key}']:.2f}x the bare window (goal <= 2.0)"
        )
    print(f"  app --version       median {f['app_version_median_s']:.3f} s")
    print(f"  build time: app {f['app_build_s']:.0f} s (venv reused if the lock is unchanged), "
          f"bare {f['bare_build_s']:.0f} s")  # fmt: skip
    return figures


if __name__ == "__main__":
    main()
