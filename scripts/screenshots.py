"""Regenerate docs/screenshots/*.png offscreen: one PNG per named scene.

Usage::

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py            # every scene
    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py home review
    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py --scale 1.5 --suffix @150 indicator
    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py --language fr indicator   # indicator-fr.png
    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py --language pseudo   # into pseudo/

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
        from cardentry.ui.common.qt import QApplication

        for _ in range(rounds):
            QApplication.processEvents()

    def demo_profile(self, name: str = "demo") -> Path:
        """A partner profile: the Thailand 2012 demo card plus a 2010-2011 card exported as r1."""
        from cardentry.partner import export as bundle_export
        from cardentry.partner.demo import DEMO_PASSPHRASE, create_demo_profile
        from cardentry.storage import keys
        from cardentry.storage.profile import open_store

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
            bundle_export.export_card(store, earlier, private_key, self.folder / "sent")
        return root

    def main_window(self, root: Path) -> Any:
        from cardentry.storage.profile import open_store
        from cardentry.ui.launcher import ensure_app
        from cardentry.ui.partner.window import MainWindow

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
        from cardentry.ui.common.qt import QColor, QPainter, QPoint

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
    from cardentry.ui.common.firstrun import FirstRunWizard
    from cardentry.ui.launcher import ensure_app

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
    from cardentry.partner.demo import DEMO_PASSPHRASE

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


# --- the secretariat's screens -----------------------------------------------------------

# The report's list of countries reviewed and contributing partners (seed 000), and its
# 2012 ranking (domain.md). India has two partners; UK's card arrives signed with a key
# the secretariat has not trusted yet.
NETWORK_2012 = {
    "AUS": ("Child Wise", "some_progress"), "AUT": ("ECPAT Austria", "some_progress"),
    "BEL": ("ECPAT Belgium", "some_progress"), "KHM": ("ECPAT Cambodia", "limited_measures"),
    "CAN": ("Beyond Borders/ECPAT Canada", "some_progress"), "CYP": ("MIGS", "some_progress"),
    "CZE": ("Ecumenical Network for Youth Action", "limited_measures"),
    "DNK": ("Red Barnet", "notable_efforts"), "EST": ("Tartu Child Support Center", "some_progress"),
    "FIN": ("Lasten Perusoikeudet", "some_progress"), "FRA": ("ECPAT France", "some_progress"),
    "DEU": ("ECPAT Germany", "some_progress"), "GRC": ("Obrela", "some_progress"),
    "HKG": ("Against Child Abuse", "limited_measures"), "IND": ("STOP India", "some_progress"),
    "IDN": ("ECPAT Indonesia", "some_progress"), "IRL": ("Children's Rights Alliance", "notable_efforts"),
    "ITA": ("ECPAT Italy", "some_progress"), "JPN": ("ECPAT STOP Japan", "some_progress"),
    "LUX": ("ECPAT Luxembourg", "some_progress"), "MYS": ("Nur Salam", "slow_progress"),
    "MEX": ("ECPAT Mexico", "limited_measures"), "NLD": ("ECPAT Netherlands", "some_progress"),
    "NZL": ("ECPAT New Zealand", "some_progress"), "NOR": ("Redd Barna", "some_progress"),
    "PAK": ("Pakistan Pediatric Association", "limited_measures"),
    "PHL": ("ECPAT Philippines", "notable_efforts"),
    "POL": ("Nobody's Children Foundation", "notable_efforts"),
    "PRT": ("APAV", "some_progress"), "ROU": ("Salvati Copiii Romania", "notable_efforts"),
    "RUS": ("NGO Stellit", "some_progress"), "SGP": ("UNIFEM Singapore", "slow_progress"),
    "ZAF": ("Child Welfare South Africa", "some_progress"), "KOR": ("Naeil Women's Center", "some_progress"),
    "ESP": ("ECPAT Spain", "notable_efforts"), "SWE": ("ECPAT Sweden", "some_progress"),
    "CHE": ("ECPAT Switzerland", "notable_efforts"), "TWN": ("ECPAT Taiwan", "notable_efforts"),
    "THA": ("ECPAT International", "some_progress"),
    "TUR": ("International Children's Center", "slow_progress"),
    "GBR": ("ECPAT UK", "limited_measures"), "USA": ("ECPAT USA", "some_progress"),
}  # fmt: skip
# Shares the report quotes: helpline 3 green / 20 yellow / 19 red; police units 3 green;
# teacher training red in 24 (57%); prevention and collaboration red in 4 (10%).
_RED_2012 = {"teacher_training": 24, "prevention_policy": 4, "collaboration": 4, "police_units": 18}
_RED_2009 = {"prevention_policy": 12, "collaboration": 17, "teacher_training": 28, "police_units": 25}
_GREEN_2012 = {"helpline": 3, "police_units": 3, "optional_protocol": 26, "trafficking_protocol": 30}


@dataclass
class Partner:
    organisation: str
    key: Any

    @property
    def public_key(self) -> bytes:
        from cardentry.bundleformat.keyfile import raw_public_key

        return raw_public_key(self.key)

    def info(self) -> Any:
        from cardentry.bundleformat.keyfile import PublicKeyInfo, key_id_of

        return PublicKeyInfo(
            key_id_of(self.public_key), self.public_key, {"name": self.organisation, "email": None},
            "2012-01-05T09:00:00Z",
        )  # fmt: skip


def _partner(organisation: str) -> Partner:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Partner(organisation, Ed25519PrivateKey.generate())


def _card(partner: Partner, country: str, cycle: str, ratings: dict[str, str | None], ranking: str | None,
          *, assessment_id: str | None = None, revision: int = 1,
          stars: tuple[str, ...] = ()) -> dict[str, Any]:  # fmt: skip
    import uuid

    from cardentry.base.catalogue import default_catalogue

    return {
        "bundle_id": str(uuid.uuid4()),
        "assessment_id": assessment_id or str(uuid.uuid4()),
        "revision": revision,
        "exported_at": f"{cycle[:4]}-02-{10 + revision:02d}T10:00:00Z",
        "app": {"name": "cardentry", "version": "0.1.0"},
        "catalogue": {"id": "ecpat-cpc", "version": 1},
        "organisation": {"name": partner.organisation, "email": None},
        "country": country,
        "cycle": cycle,
        "overall": {
            "ranking": ranking,
            "summary": f"Summary of the {cycle} review by {partner.organisation}.",
        },
        "indicators": [
            {
                "code": code,
                "rating": ratings.get(code),
                "ngo_action": code in stars,
                "assessment": f"{partner.organisation}'s assessment of this indicator in {cycle}.",
                "recommendation": "Strengthen implementation and fund it.",
                "evidence": [],
            }
            for code in default_catalogue().indicator_codes
        ],
        "calls_to_action": ["Adopt a national plan of action on child trafficking."],
    }


def _write(folder: Path, name: str, partner: Partner, payload: dict[str, Any]) -> Path:
    from cardentry.bundleformat.envelope import encode_envelope, sign_payload

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(encode_envelope(sign_payload(payload, partner.key)))
    return path


def _ratings(countries: list[str], index: int, cycle: str) -> dict[str, str | None]:
    """A country's ratings: the report's shares where it quotes them, a fixed spread elsewhere."""
    from cardentry.base.catalogue import default_catalogue

    reds = _RED_2012 if cycle == "2012" else _RED_2009
    ratings: dict[str, str | None] = {}
    for position, code in enumerate(default_catalogue().indicator_codes):
        rank = (index * 5 + position * 11) % len(countries)
        greens = _GREEN_2012.get(code, 8) if cycle == "2012" else 2
        red = reds.get(code, 19 if code == "helpline" else 12 if cycle == "2012" else 22)
        if code == "helpline" and cycle == "2012":
            rank = index
        ratings[code] = "green" if rank < greens else "red" if rank >= len(countries) - red else "yellow"
    return ratings


@dataclass
class Inbox:
    root: Path  # the secretariat profile
    inbox: Path  # the folder of e-mailed files
    partners: dict[str, Partner]
    key_files: Path


def secretariat_network(studio: Studio, *, complete: bool = False) -> Inbox:
    """A secretariat profile trusting the 2012 partners, and a folder of their e-mailed bundles.

    2012 and the 2009 baseline for the 42 countries; India from STOP India and Sanlaap, who
    disagree on the helpline and shelters (STOP India sent two revisions); the UK card signed
    with ECPAT UK's new key, not trusted yet; a damaged file, a file received twice and one
    altered after signing. ``complete``: the inbox imported, India settled, the UK key trusted.
    """
    import base64
    import uuid

    from cardentry.secretariat import importer
    from cardentry.secretariat.actions import trust_key
    from cardentry.secretariat.merge import resolve
    from cardentry.storage.profile import init_profile

    root = studio.folder / "secretariat"
    inbox = studio.folder / "inbox"
    countries = sorted(NETWORK_2012, key=lambda code: NETWORK_2012[code][0])
    partners = {code: _partner(NETWORK_2012[code][0]) for code in countries}
    sanlaap, uk_new = _partner("Sanlaap"), _partner("ECPAT UK")
    base_rankings = ["notable_efforts"] * 5 + ["slow_progress"] * 7 + ["limited_measures"] * 10
    with init_profile(root, role="secretariat", organisation="ECPAT International secretariat") as store:
        for code in countries:  # ECPAT UK's 2009 key is trusted; its 2012 card comes with a new key
            trust_key(store, partners[code].info(), [code])
        trust_key(store, sanlaap.info(), ["IND"])
        for index, code in enumerate(countries):
            partner = uk_new if code == "GBR" else partners[code]
            ratings = _ratings(countries, index, "2012")
            stars = ("helpline", "shelters") if index % 3 else ("awareness_raising",)
            payload = _card(partner, code, "2012", ratings, NETWORK_2012[code][1], stars=stars)
            slug = partner.organisation.lower().replace(" ", "-").replace("/", "-").replace("'", "")[:24]
            if code == "LUX" and not complete:
                pass  # Luxembourg's 2012 card has not arrived yet
            elif code == "IND":
                first = _card(partner, code, "2012", {**ratings, "helpline": "green", "shelters": "yellow"},
                              "some_progress", assessment_id=payload["assessment_id"],
                              stars=stars)  # fmt: skip
                _write(inbox / "stop-india", f"IND-2012-{slug}-r1.cpc.json", partner, first)
                payload = {**first, "bundle_id": str(uuid.uuid4()), "revision": 2,
                           "exported_at": "2012-02-20T10:00:00Z"}  # fmt: skip
                payload["indicators"] = [dict(e) for e in first["indicators"]]
                shelters = next(e for e in payload["indicators"] if e["code"] == "shelters")
                shelters["rating"] = "green"
                shelters["assessment"] = (
                    "Two state shelters for trafficked children opened in Kolkata and Mumbai in 2011."
                )
                _write(inbox / "stop-india", f"IND-2012-{slug}-r2.cpc.json", partner, payload)
                other = _card(sanlaap, code, "2012", {**ratings, "helpline": "red", "shelters": "red"},
                              "some_progress", stars=("shelters", "psychological_counselling"))  # fmt: skip
                _write(inbox / "sanlaap", "IND-2012-sanlaap-r1.cpc.json", sanlaap, other)
            else:
                _write(inbox, f"{code}-2012-{slug}-r1.cpc.json", partner, payload)
            base = base_rankings[index] if index < len(base_rankings) else "some_progress"
            baseline = _card(partners[code], code, "2009", _ratings(countries, index, "2009"), base)
            _write(inbox / "2009", f"{code}-2009-{slug}-r1.cpc.json", partners[code], baseline)
        shutil.copy(
            next(inbox.glob("THA-2012-*.cpc.json")), inbox / "THA-2012-ecpat-international-r1 (2).cpc.json"
        )
        altered = next(inbox.glob("MEX-2012-*.cpc.json"))
        (inbox / "MEX-2012-forwarded.cpc.json").write_text(
            altered.read_text(encoding="utf-8").replace('"limited_measures"', '"notable_efforts"'),
            encoding="utf-8",
        )
        (inbox / "winmail.dat.cpc.json").write_bytes(b"\x78\x9f\x3e\x22 not a bundle")
        key_files = studio.folder / "keys"
        key_files.mkdir()
        (key_files / "ecpat-uk.cpckey.json").write_text(json.dumps({
            "format": "cardentry.public-key", "format_version": 1, "alg": "ed25519",
            "key_id": uk_new.info().key_id, "public_key": base64.b64encode(uk_new.public_key).decode(),
            "organisation": {"name": "ECPAT UK", "email": None}, "created_at": "2012-01-20T09:00:00Z",
        }))  # fmt: skip
        shutil.copy(key_files / "ecpat-uk.cpckey.json", inbox / "ecpat-uk.cpckey.json")  # sent with the card
        if complete:
            for _ in importer.import_paths(store, [inbox]):
                pass
            trust_key(store, uk_new.info(), ["GBR"])
            for code in ("helpline", "shelters"):
                reason = "Called both partners on 2 March: services exist but are not child-specific."
                resolve(store, "IND", "2012", indicator=code, rating="yellow", reason=reason)
    return Inbox(root, inbox, {**partners, "IND-2": sanlaap, "GBR-new": uk_new}, key_files)


def secretariat_window(studio: Studio, network: Inbox, *, imported: bool = True) -> Any:
    from cardentry.storage.profile import open_store
    from cardentry.ui.launcher import ensure_app
    from cardentry.ui.secretariat import SecretariatWindow

    ensure_app()
    window = SecretariatWindow(open_store(network.root), network.root)
    window.resize(*SCREEN)
    window.show()
    studio.windows.append(window)
    if imported:
        window.import_paths([str(network.inbox)])
    secretariat_settle(studio, window)
    return window


def secretariat_settle(studio: Studio, window: Any) -> None:
    """Until the window's store calls and imports have run and been shown."""
    from cardentry.ui.common.qt import QApplication

    for _ in range(10000):
        QApplication.processEvents()
        if window.desk.idle and not window.importer.busy:
            break
        window.desk.worker.join()
    studio.settle()


@scene("secretariat-dashboard")
def secretariat_dashboard(studio: Studio) -> Any:
    window = secretariat_window(studio, secretariat_network(studio))
    window.show_page("dashboard")
    secretariat_settle(studio, window)
    window.dashboard.table.selectRow(
        next(i for i, r in enumerate(window.dashboard.visible_rows()) if r.country == "IND")
    )
    window.dashboard.table.setFocus()
    return window


@scene("secretariat-import")
def secretariat_import(studio: Studio) -> Any:
    from cardentry.ui.common.qt import Qt

    window = secretariat_window(studio, secretariat_network(studio))
    page = window.importer
    page.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # what needs attention first
    page.view.selectRow(0)
    page.view.setFocus()
    return window


@scene("secretariat-trust")
def secretariat_trust(studio: Studio) -> Any:
    window = secretariat_window(studio, secretariat_network(studio))
    window.show_page("trust")
    secretariat_settle(studio, window)
    window.trust.pending_table.selectRow(0)
    window.trust.pending_table.setFocus()
    return window


@scene("secretariat-trust-key")
def secretariat_trust_key(studio: Studio) -> Any:
    from cardentry.secretariat.trust import read_public_key_file
    from cardentry.ui.secretariat.key_dialogs import TrustKeyDialog

    network = secretariat_network(studio)
    window = secretariat_window(studio, network)
    window.show_page("trust")
    secretariat_settle(studio, window)
    key = read_public_key_file(network.key_files / "ecpat-uk.cpckey.json")
    dialog = TrustKeyDialog(key, held=1, countries="GBR", parent=window)
    dialog.compared.setChecked(True)
    studio.windows.append(dialog)
    dialog.show()
    return studio.with_dialog(window, dialog)


@scene("secretariat-key-countries")
def secretariat_key_countries(studio: Studio) -> Any:
    from cardentry.ui.secretariat.key_dialogs import KeyCountriesDialog

    window = secretariat_window(studio, secretariat_network(studio))
    window.show_page("trust")
    secretariat_settle(studio, window)
    page = window.trust
    row = next(i for i, key in enumerate(page.keys) if key.countries and "THA" in key.countries)
    page.keys_table.selectRow(row)
    dialog = KeyCountriesDialog(page.keys[row], parent=window)
    dialog.rows.line.setText(dialog.rows.line.text() + ", Laos")
    studio.windows.append(dialog)
    dialog.show()
    return studio.with_dialog(window, dialog)


@scene("secretariat-country")
def secretariat_country(studio: Studio) -> Any:
    window = secretariat_window(studio, secretariat_network(studio))
    window.open_country("IND", "2012")
    secretariat_settle(studio, window)
    return window


@scene("secretariat-settle")
def secretariat_settle_dialog(studio: Studio) -> Any:
    from cardentry.ui.secretariat.country import SettleDialog, partner_views

    window = secretariat_window(studio, secretariat_network(studio))
    window.open_country("IND", "2012")
    secretariat_settle(studio, window)
    card = window.country.data.card
    details = partner_views(card, "indicator:helpline")  # each partner's text and evidence
    dialog = SettleDialog("Helpline, India 2012", [("STOP India", "green"), ("Sanlaap", "red")],
                          ["green", "yellow", "red"], details=details, parent=window)  # fmt: skip
    dialog.choices["yellow"].setChecked(True)
    dialog.reason.setPlainText(
        "Called both partners on 2 March: a national child helpline exists (1098) but it is not "
        "specialised in trafficking."
    )
    studio.windows.append(dialog)
    dialog.show()
    return studio.with_dialog(window, dialog)


@scene("secretariat-history")
def secretariat_history(studio: Studio) -> Any:
    from cardentry.ui.common.qt import Qt

    window = secretariat_window(studio, secretariat_network(studio))
    window.open_country("IND", "2012")
    secretariat_settle(studio, window)
    page = window.country
    page.tabs.setCurrentIndex(1)
    page.assessment_box.setCurrentIndex(
        page.assessment_box.findText("STOP India", Qt.MatchFlag.MatchStartsWith)
    )
    secretariat_settle(studio, window)
    return window


@scene("secretariat-overview")
def secretariat_overview(studio: Studio) -> Any:
    window = secretariat_window(studio, secretariat_network(studio, complete=True), imported=False)
    window.show_page("overview")
    secretariat_settle(studio, window)
    return window


# --- running -----------------------------------------------------------------------------


def capture(target: Any, path: Path) -> None:
    from cardentry.ui.common.qt import QImage

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
    parser.add_argument(
        "--language",
        choices=("en", "fr", "es", "pseudo"),
        default="en",
        help="the app's language; fr/es add -fr/-es to the names, pseudo (longer, accented texts) "
        "writes to docs/screenshots/pseudo/",
    )
    args = parser.parse_args(argv)
    if args.language in ("fr", "es") and not args.suffix:
        args.suffix = f"-{args.language}"
    if args.language == "pseudo" and args.out == OUT:
        args.out = OUT / "pseudo"
    global SCREEN
    SCREEN = tuple(int(part) for part in args.size.lower().split("x"))  # type: ignore[assignment]
    _configure_screen(args.scale)
    sys.path.insert(0, str(REPO / "src"))
    names = args.names or list(SCENES)
    unknown = [name for name in names if name not in SCENES]
    if unknown:
        parser.error(f"unknown scene(s): {', '.join(unknown)}; known: {', '.join(SCENES)}")
    from cardentry.ui.common import i18n
    from cardentry.ui.launcher import ensure_app

    ensure_app()
    i18n.install(args.language)  # before any window, as the app does
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
