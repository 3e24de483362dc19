"""``cardentry report overview|rankings|card|book``: what the secretariat publishes.

``--out`` is checked before any work (its folder must exist and be a folder), and every
file is written atomically: a write that fails (read-only, full disk) leaves no file
behind and exits 2 with what to do, never a traceback.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

import click

from cardentry.base.atomic import produce_atomically, write_atomically
from cardentry.cli.common import EXIT_FAILED, EXIT_USAGE, Context, fail, pass_context
from cardentry.cli.secretariat import secretariat_store
from cardentry.secretariat.merge import merged_card
from cardentry.secretariat.reports.book import SITE_INDEX, BookError, book_html, build_book, write_site
from cardentry.secretariat.reports.book_texts import LANGUAGES
from cardentry.secretariat.reports.card import card_html
from cardentry.secretariat.reports.figures import overview, rankings
from cardentry.secretariat.reports.tabular import overview_csv, overview_xlsx, rankings_csv
from cardentry.ui.common.render import PAPER_SIZES


@click.group("report")
def group() -> None:
    """Published figures, rankings, country cards and the whole report."""


def _check_out(out: Path | None) -> None:
    """Exit 2 at once when ``--out`` cannot be a file: its folder is missing, or it is a folder."""
    if out is None:
        return
    folder = out.parent
    if not folder.is_dir():
        fail(
            f"cannot write {out}: the folder {folder} does not exist. Create it first, or choose "
            "another --out; nothing was written.",
            EXIT_USAGE,
            error="no_such_folder",
        )
    if out.is_dir():
        fail(f"cannot write {out}: it is a folder; give a file name for --out", EXIT_USAGE)


def _write(out: Path, write: Callable[[], object]) -> None:
    """Run ``write`` (an atomic write of ``out``); exit 2 with a clear message if the disk refuses."""
    try:
        write()
    except OSError as error:
        fail(
            f"cannot write {out}: {error.strerror or error}. Nothing was written; check that the "
            "folder can be written to and the disk is not full.",
            EXIT_USAGE,
            error="cannot_write",
        )


def _emit(text: str, out: Path | None) -> None:
    if out is None:
        click.echo(text, nl=not text.endswith("\n"))
    else:
        _write(out, lambda: write_atomically(out, text.encode("utf-8")))
        click.echo(str(out), err=True)


@group.command("overview")
@click.option("--cycle", required=True)
@click.option("--baseline", default=None, help="Cycle to compare with, e.g. 2009.")
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "xlsx"]), default="json")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None)
@pass_context
def overview_(ctx: Context, cycle: str, baseline: str | None, fmt: str, out: Path | None) -> None:
    """Per-indicator rating counts and shares, rankings, change from the baseline."""
    if fmt == "xlsx" and out is None:
        raise click.UsageError("--format xlsx needs --out FILE")
    _check_out(out)
    with secretariat_store(ctx, "report overview") as store:
        figures = overview(store, cycle, baseline)
    if fmt == "json":
        _emit(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", out)
    elif fmt == "csv":
        _emit(overview_csv(figures), out)
    else:
        assert out is not None
        _write(out, lambda: produce_atomically(out, lambda temporary: overview_xlsx(figures, temporary)))
        click.echo(str(out), err=True)
    if figures.get("baseline_missing"):
        click.echo(f"Note: {figures['baseline_missing']}; the figures are shown without one.", err=True)
    if figures["unresolved"]:
        names = ", ".join(item["country"] for item in figures["unresolved"])
        click.echo(f"Left out, partners disagree: {names} (see: cardentry conflicts)", err=True)


@group.command("rankings")
@click.option("--cycle", default=None, help="One cycle (default: every cycle).")
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None)
@pass_context
def rankings_(ctx: Context, cycle: str | None, fmt: str, out: Path | None) -> None:
    """The overall ranking of every country per cycle."""
    _check_out(out)
    with secretariat_store(ctx, "report rankings") as store:
        rows = rankings(store, cycle)
    if fmt == "json":
        _emit(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", out)
    else:
        _emit(rankings_csv(rows), out)


@group.command("card")
@click.argument("country")
@click.option("--cycle", required=True)
@click.option("--format", "fmt", type=click.Choice(["html", "pdf", "png"]), required=True)
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@pass_context
def card(ctx: Context, country: str, cycle: str, fmt: str, out: Path) -> None:
    """The country's progress card as published (merged from its partners)."""
    _check_out(out)
    with secretariat_store(ctx, "report card") as store:
        merged = merged_card(store, country.upper(), cycle)
    if merged is None:
        fail(f"no trusted partner's card for {country.upper()} in {cycle}", EXIT_USAGE)
    html = card_html(merged)
    if fmt == "html":
        _write(out, lambda: write_atomically(out, html.encode("utf-8")))
    else:
        if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from cardentry.ui.common.render import render_pdf, render_png

        render = render_pdf if fmt == "pdf" else render_png
        _write(out, lambda: produce_atomically(out, lambda temporary: render(html, temporary)))
    click.echo(str(out))
    if not merged.resolved:
        click.echo(f"Note: open disagreements: {', '.join(merged.open_conflicts)}", err=True)


@group.command("book")
@click.option("--cycle", required=True)
@click.option("--baseline", default=None, help="Cycle to compare with, e.g. 2009.")
@click.option("--format", "fmt", type=click.Choice(["pdf", "html"]), required=True)
@click.option("--out", required=True, type=click.Path(path_type=Path), help="PDF file, or site folder.")
@click.option(
    "--language", type=click.Choice(LANGUAGES), default="en", show_default=True, help="The report's."
)
@click.option(
    "--paper", type=click.Choice(list(PAPER_SIZES)), default="a4", show_default=True, help="PDF only."
)
@pass_context
def book(
    ctx: Context, cycle: str, baseline: str | None, fmt: str, out: Path, language: str, paper: str
) -> None:
    """The whole report: overview, findings, rankings and one card per country, as one PDF
    book or as a static site (a folder with index.html and one page per country)."""
    if fmt == "pdf" and out.is_dir():
        raise click.UsageError(f"{out} is a folder: --format pdf needs --out FILE.pdf")
    with secretariat_store(ctx, "report book") as store:
        try:
            content = build_book(store, cycle, baseline, language=language)
        except BookError as error:
            fail(str(error), EXIT_USAGE)
    if fmt == "html":
        try:
            write_site(content, out)
        except BookError as error:
            fail(str(error), EXIT_USAGE)
        except OSError as error:
            fail(f"could not write the site in {out}: {error.strerror or error}", EXIT_FAILED)
        click.echo(str(out / SITE_INDEX))
    else:
        if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from cardentry.ui.common.render import render_book_pdf

        title = content.words("book_title", cycle=cycle)
        try:
            produce_atomically(
                out,
                lambda temporary: render_book_pdf(
                    lambda pages: book_html(content, pages), temporary, paper=paper, title=title
                ),
            )
        except OSError as error:
            fail(f"could not write {out}: {error.strerror or error}", EXIT_FAILED)
        click.echo(str(out))
    click.echo(f"{len(content.cards)} country cards", err=True)
    if content.figures["unresolved"]:
        names = ", ".join(item["country"] for item in content.figures["unresolved"])
        click.echo(f"Left out, partners disagree: {names} (see: cardentry conflicts)", err=True)
