"""Regenerate docs/screenshots/*.png offscreen: one PNG per named scene.

Usage::

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py            # every scene
    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py home review
    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py --scale 1.5 --suffix @150 indicator

Each scene is a function registered with ``@scene("name")`` that receives a ``Studio``
(a fresh demo profile in a temporary folder, the app, helpers) and returns the widget to
capture (or a ready ``QImage``). The virtual screen is 1366x768 (the partners' shared
laptops) at the given scale, so a scene shows exactly what fits there. Add the
secretariat's scenes the same way.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SCREEN = (1366, 768)
OUT = REPO / "docs" / "screenshots"


def _configure_screen(scale: float) -> None:
    """An offscreen screen of ``SCREEN`` logical pixels at ``scale`` (before Qt starts)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if not platform.startswith("offscreen") or "configfile" in platform:
        return
    config = Path(tempfile.mkdtemp(prefix="cardentry-screen-")) / "screen.json"
    width, height = (round(side * scale) for side in SCREEN)
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    if scale != 1:
        os.environ["QT_SCALE_FACTOR"] = str(scale)  # what Windows' 150% / 200% display setting does


@dataclass
class Studio:
    """What scenes share: a scratch folder, a demo profile, the open windows."""

    folder: Path
    windows: list[Any] = field(default_factory=list)

    def settle(self, rounds: int = 5) -> None:
        from cardentry.ui.qt import QApplication

        for _ in range(rounds):
            QApplication.processEvents()

    def demo_profile(self, name: str = "demo") -> Path:
        """A partner profile: the Thailand 2012 demo card plus a 2010-2011 card exported as r1."""
        from cardentry import bundle, keys
        from cardentry.demo import DEMO_PASSPHRASE, create_demo_profile
        from cardentry.profile import open_store

        root = self.folder / name
        if root.exists():
            shutil.rmtree(root)
        create_demo_profile(root)
        with open_store(root) as store:
            current = store.list_assessments()[0].id
            earlier = store.new_assessment("THA", "2010-2011")
            card = store.load_card(current)
            for entry in card.indicators:
                rating = entry.rating or "red"
                store.set_field(earlier, f"indicators.{entry.code}.rating", rating, origin="fill")
                store.set_field(earlier, f"indicators.{entry.code}.assessment", "See the 2010-2011 report.")
            store.set_field(earlier, "overall.summary", "Baseline follow-up.")
            store.set_field(earlier, "overall.ranking", "limited_measures")
            store.set_field(earlier, "calls_to_action", ["Adopt a child-specific national plan of action."])
            private_key = keys.load_profile_key(root).unlock(DEMO_PASSPHRASE)
            bundle.export_card(store, earlier, private_key, self.folder / "sent")
        return root

    def main_window(self, root: Path) -> Any:
        from cardentry.profile import open_store
        from cardentry.ui.app import MainWindow, ensure_app

        ensure_app()
        window = MainWindow(open_store(root), root, demo=True)
        window.resize(*SCREEN)
        window.show()
        window._load_key()  # the window does this just after its first paint
        self.windows.append(window)
        self.settle()
        return window

    def open_demo_card(self, window: Any) -> Any:
        card = next(s for s in window.store.list_assessments() if s.cycle == "2012")
        window.open_card(card.id)
        self.settle()
        return window.editor

    def with_dialog(self, window: Any, dialog: Any) -> Any:
        """The window with a dialog drawn centred over it, as people see it."""
        from cardentry.ui.qt import QColor, QPainter, QPoint

        self.settle()
        image = window.grab().toImage()
        painter = QPainter(image)
        painter.fillRect(image.rect(), QColor(0, 0, 0, 60))
        shot = dialog.grab()
        ratio = shot.devicePixelRatio()
        width, height = shot.width() / ratio, shot.height() / ratio
        corner = QPoint(round((window.width() - width) / 2), round((window.height() - height) / 2))
        painter.fillRect(corner.x() + 4, corner.y() + 4, round(width), round(height), QColor(0, 0, 0, 50))
        painter.drawPixmap(corner, shot)
        painter.end()
        return image

    def close(self) -> None:
        for window in self.windows:
            window.close()
        self.windows.clear()


SCENES: dict[str, Callable[[Studio], Any]] = {}


def scene(name: str) -> Callable[[Callable[[Studio], Any]], Callable[[Studio], Any]]:
    def register(build: Callable[[Studio], Any]) -> Callable[[Studio], Any]:
        SCENES[name] = build
        return build

    return register


# --- the partner's screens ---------------------------------------------------------------


@scene("first-run")
def first_run(studio: Studio) -> Any:
    from cardentry.ui.app import ensure_app
    from cardentry.ui.firstrun import FirstRunWizard

    ensure_app()
    wizard = FirstRunWizard(studio.folder / "new-profile")
    wizard.show()
    studio.windows.append(wizard)
    wizard.next()
    page = wizard.organisation_page
    page.organisation.setText("ECPAT Foundation Thailand")
    page.email.setText("cards@example.org")
    page.filter.setText("thai")
    page.check("THA")
    wizard.next()
    secret = wizard.passphrase_page
    secret.first.setText("river lamp tiger 2012")
    secret.second.setText("river lamp tiger 2012")
    studio.settle()
    return wizard


@scene("home")
def home(studio: Studio) -> Any:
    window = studio.main_window(studio.demo_profile())
    window.home.tree.setFocus()
    return window


@scene("indicator")
def indicator(studio: Studio) -> Any:
    window = studio.main_window(studio.demo_profile())
    editor = studio.open_demo_card(window)
    editor.show_page("collaboration")
    editor.indicator_page.rating.buttons["yellow"].setFocus()
    return window


@scene("evidence")
def evidence(studio: Studio) -> Any:
    window = studio.main_window(studio.demo_profile())
    editor = studio.open_demo_card(window)
    editor.show_page("national_legislation")
    page = editor.indicator_page
    window.session.flush_sync()
    studio.settle()
    panel = page.evidence
    panel.add()
    window.session.flush_sync()
    studio.settle()
    panel.title.setText("Draft amendment to the Anti-Trafficking in Persons Act")
    panel.source.setText("Office of the Council of State")
    panel.url.setText("www.krisdika.go.th/amendment")
    panel.date.setText("2012-01")
    panel.url.setFocus()
    studio.settle()
    editor.indicator_scroll.ensureWidgetVisible(page.evidence, 0, 0)
    studio.settle()
    return window


@scene("review")
def review(studio: Studio) -> Any:
    window = studio.main_window(studio.demo_profile())
    editor = studio.open_demo_card(window)
    editor.show_page("review")
    editor.review_page.list.setFocus()
    editor.review_page.list.setCurrentRow(0)
    return window


@scene("export")
def export(studio: Studio) -> Any:
    from cardentry.demo import DEMO_PASSPHRASE

    window = studio.main_window(studio.demo_profile())
    editor = studio.open_demo_card(window)
    editor.show_page("review")
    window.export_current()
    dialog = window.export_dialog
    dialog.folder.setText(str(studio.folder / "sent"))
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    dialog.start_export()
    window.worker.join()
    studio.settle()
    return studio.with_dialog(window, dialog)


@scene("export-check")
def export_check(studio: Studio) -> Any:
    window = studio.main_window(studio.demo_profile())
    editor = studio.open_demo_card(window)
    editor.show_page("review")
    window.export_current()
    window.export_dialog.passphrase.setText("••••••••••••")
    window.export_dialog.folder.setText("C:/Users/ecpat/Documents/cards")
    return studio.with_dialog(window, window.export_dialog)


# --- running -----------------------------------------------------------------------------


def capture(target: Any, path: Path) -> None:
    from cardentry.ui.qt import QImage

    image = target if isinstance(target, QImage) else target.grab().toImage()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        raise SystemExit(f"could not write {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="scenes to make (default: all)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio (1.5 = 150%%)")
    parser.add_argument("--suffix", default="", help="added to each file name, e.g. @150")
    parser.add_argument(
        "--size", default="1366x768", help="window size in logical pixels (1280x720 is 1920x1080 at 150%%)"
    )
    args = parser.parse_args(argv)
    global SCREEN
    SCREEN = tuple(int(part) for part in args.size.lower().split("x"))  # type: ignore[assignment]
    _configure_screen(args.scale)
    sys.path.insert(0, str(REPO / "src"))
    names = args.names or list(SCENES)
    unknown = [name for name in names if name not in SCENES]
    if unknown:
        parser.error(f"unknown scene(s): {', '.join(unknown)}; known: {', '.join(SCENES)}")
    with tempfile.TemporaryDirectory(prefix="cardentry-shots-") as scratch:
        os.environ.setdefault("CARDENTRY_DATA_DIR", str(Path(scratch) / "unused"))
        for name in names:
            studio = Studio(Path(scratch) / name)
            studio.folder.mkdir()
            try:
                target = SCENES[name](studio)
                studio.settle()
                path = args.out / f"{name}{args.suffix}.png"
                capture(target, path)
                print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
            finally:
                studio.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
