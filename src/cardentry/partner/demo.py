"""The demo profile: a partner profile holding one partly filled card (Thailand, 2012).

It lives in its own folder (``profile.demo_data_dir()``), never in the user's profile, so
a newcomer can try everything without touching real work. The card's content is data:
``resources/demo/THA-2012.json``, an answers file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from cardentry.base.resources import resource
from cardentry.partner.answers import read_answers_file
from cardentry.storage.profile import ProfilePaths, demo_data_dir, init_profile, open_store

DEMO_ORGANISATION = "ECPAT International (demo)"
DEMO_PASSPHRASE = "demo passphrase"
DEMO_COUNTRY = "THA"
DEMO_CYCLE = "2012"


def demo_answers_path() -> Path:
    return resource("demo", "THA-2012.json")


def create_demo_profile(root: Path) -> Path:
    """Make a partner profile in ``root`` with the demo card filled in and a signing key
    encrypted under ``DEMO_PASSPHRASE``."""
    answers, problems = read_answers_file(demo_answers_path())
    if problems:
        raise ValueError("the demo card is broken: " + "; ".join(map(str, problems)))
    with init_profile(
        root,
        role="partner",
        organisation=DEMO_ORGANISATION,
        countries=(DEMO_COUNTRY,),
        passphrase=DEMO_PASSPHRASE,
    ) as store:
        store.set_setting("demo", True)
        assessment_id = store.new_assessment(DEMO_COUNTRY, DEMO_CYCLE)
        store.apply_answers(assessment_id, answers, origin="demo")
    return root


def ensure_demo_profile(root: Path | None = None, *, reset: bool = False) -> Path:
    """The demo profile's folder, created on first use (or again with ``reset``)."""
    root = root or demo_data_dir()
    if reset and root.exists():
        shutil.rmtree(root)
    if not ProfilePaths(root).database.exists():
        create_demo_profile(root)
    else:
        open_store(root).close()  # fail early and clearly if it is unusable
    return root
