"""The `finkg` command line: a Click group whose commands each make one library call."""

from __future__ import annotations

from typing import Any

import click

from .. import __version__
from ..errors import FinkgError


class FinkgGroup(click.Group):
    """Turns a FinkgError from any command into one line on stderr and its exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FinkgError as err:
            click.echo(f"finkg: {err}", err=True)
            ctx.exit(err.exit_code)


@click.group(cls=FinkgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="finkg")
def cli() -> None:
    """Build knowledge graphs from financial market reports.

    read -> extract -> resolve -> check -> map -> validate -> store -> query/export/publish
    """


def main() -> None:
    """Console-script entry point."""
    cli()


from . import evaluate_cmds, export_cmds, extract_cmds, graph_cmds, publish_cmds, validate_cmds  # noqa: E402,F401  (commands register)
