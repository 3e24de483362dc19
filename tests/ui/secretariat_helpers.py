"""Helpers for the secretariat window's tests (the fixtures are in conftest.py beside this file).

A secretariat profile in tmp_path with partners' keys, and an inbox folder of bundles as
partners e-mail them: India from two partners who disagree on the helpline, Thailand in
2012 and in the 2009 baseline, a bundle from a partner whose key is not trusted yet, a
damaged file and a file received twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bundle_factory import Partner, secretariat, trust, write


@dataclass
class Network:
    root: Path
    inbox: Path
    stop: Partner
    sanlaap: Partner
    thai: Partner
    newcomer: Partner
    payloads: dict[str, Any]


def make_inbox(
    inbox: Path, stop: Partner, sanlaap: Partner, thai: Partner, newcomer: Partner
) -> dict[str, Any]:
    india_a = stop.payload(country="IND", ratings={"helpline": "green"}, ranking="some_progress")
    india_a2 = stop.revise(india_a, ratings={"shelters": "red"})
    india_b = sanlaap.payload(country="IND", ratings={"helpline": "red"}, ranking="some_progress")
    write(inbox / "stop", "IND-2012-stop-india-r1.cpc.json", stop.sign(india_a))
    write(inbox / "stop", "IND-2012-stop-india-r2.cpc.json", stop.sign(india_a2))
    write(inbox / "sanlaap", "IND-2012-sanlaap-r1.cpc.json", sanlaap.sign(india_b))
    thailand = thai.bundle(country="THA", ratings={"helpline": "green"}, ranking="notable_efforts")
    write(inbox, "THA-2012-ecpat-r1.cpc.json", thailand)
    write(inbox, "THA-2012-ecpat-r1 (copy).cpc.json", thailand)  # received twice
    write(inbox, "THA-2009-ecpat-r1.cpc.json", thai.bundle(country="THA", cycle="2009", default_rating="red"))
    write(inbox, "NPL-2012-newcomer-r1.cpc.json", newcomer.bundle(country="NPL"))
    write(inbox, "damaged.cpc.json", b'{"format": "cardentry.bundle", ')
    tampered = json.loads(thai.bundle(country="KHM"))
    tampered["payload"]["indicators"][0]["rating"] = "green"
    write(inbox, "KHM-2012-ecpat-r1.cpc.json", json.dumps(tampered).encode())
    write(inbox, "notes.txt", b"not a bundle, ignored")
    return {"india_a": india_a, "india_a2": india_a2, "india_b": india_b}


def trusting_profile(root: Path, stop: Partner, sanlaap: Partner, thai: Partner) -> Path:
    """A secretariat profile in ``root`` trusting the two Indian partners and the Thai one."""
    with secretariat(root) as store:
        trust(store, stop, "IND")
        trust(store, sanlaap, "IND")
        trust(store, thai, "THA,KHM")
    return root


def make_network(tmp_path: Path, name: str = "sec") -> Network:
    stop, sanlaap = Partner.new("STOP India"), Partner.new("Sanlaap")
    thai, newcomer = Partner.new("ECPAT Thailand"), Partner.new("Nepal Newcomer")
    root = trusting_profile(tmp_path / name, stop, sanlaap, thai)
    inbox = tmp_path / f"{name}-inbox"
    payloads = make_inbox(inbox, stop, sanlaap, thai, newcomer)
    return Network(root, inbox, stop, sanlaap, thai, newcomer, payloads)


def twin_profile(tmp_path: Path, network: Network, name: str) -> Path:
    """A second secretariat profile trusting the same keys (for the command line)."""
    return trusting_profile(tmp_path / name, network.stop, network.sanlaap, network.thai)


def cli_run(root: Path, *args: str) -> Any:
    """``cardentry --data-dir root ARGS...`` in-process: click's result."""
    from click.testing import CliRunner

    from cardentry.cli import main

    return CliRunner().invoke(main, ["--data-dir", str(root), *args], catch_exceptions=False)


def open_window(qtbot: Any, root: Path) -> Any:
    from cardentry.storage.profile import open_store
    from cardentry.ui.launcher import ensure_app
    from cardentry.ui.secretariat import SecretariatWindow

    ensure_app()
    window = SecretariatWindow(open_store(root), root)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def settle(qtbot: Any, window: Any, timeout: int = 10000) -> None:
    """Wait until the window's store calls (and an import) have run and been shown."""
    qtbot.waitUntil(lambda: window.desk.idle and not window.importer.busy, timeout=timeout)


def import_inbox(qtbot: Any, window: Any, paths: list[Path]) -> list[Any]:
    with qtbot.waitSignal(window.importer.import_finished, timeout=60000):
        assert window.import_paths([str(path) for path in paths])
    settle(qtbot, window)
    return window.importer.results()
