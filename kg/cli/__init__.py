"""The ``kg`` command line. Each command lives in its own module and calls one library function.

Library errors (:class:`kg.errors.KGError`) become a one-line message and
exit code 1 through :func:`kg.cli.common.run_or_fail`.
"""

from __future__ import annotations

import click

from kg import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build and query knowledge graphs of Chinese local-government documents.

    Typical use: kg build (reads data/raw/, writes data/graph/), then

    \b
      kg query 'MATCH (p:Project)-[:LOCATED_IN]->(t:Town) RETURN p.name, t.name'

    """


def _register() -> None:
    from kg.cli import build, eval as eval_cmd, export, load, query, schema_cmd

    for module in (build, schema_cmd, eval_cmd, query, load, export):
        for command in getattr(module, "COMMANDS", ()):
            main.add_command(command)


_register()
