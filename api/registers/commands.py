"""The registers on the command line: `template`, `import`, `export` and `monthly-report` of `python -m api`."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from graph.access.viewer import Viewer
from graph.core.db import Graph
from graph.core.errors import GraphError

T = TypeVar("T")
WithGraph = Callable[[Callable[[Graph], Awaitable[Any]]], Any]
# The operator at the console: an administrator, whose imports and exports are audited as the command line's.
OPERATOR = Viewer(person_id=None, roles=frozenset({"admin"}), purpose="register transfer at the command line")


def add_to(app: typer.Typer, with_graph: WithGraph) -> None:
    """Add the register commands to the CLI (`with_graph` opens the one driver a command uses)."""

    @app.command()
    def template(
        path: Annotated[Path, typer.Argument(help="The workbook to write.")] = Path("社区台账导入模板.xlsx"),
        csv: Annotated[
            Path | None, typer.Option(help="Also write the registers as CSV files into this folder.")
        ] = None,
    ) -> None:
        """Write the import template: a sheet per register, Chinese headers, descriptions, examples, dropdowns."""
        from api.registers.template import template as write
        from api.registers.template import template_csv

        write(path)
        typer.echo(f"wrote {path}")
        if csv is not None:
            csv.mkdir(parents=True, exist_ok=True)
            template_csv(csv)
            typer.echo(f"wrote the CSV templates into {csv}")

    @app.command("import")
    def import_(
        file: Annotated[
            Path, typer.Argument(help="An XLSX workbook, a register's CSV, or a zip of CSVs.", exists=True)
        ],
        dry_run: Annotated[bool, typer.Option(help="Check and compare only; write nothing.")] = False,
        community: Annotated[
            str | None, typer.Option(help="The community's id when the file has no 社区 sheet.")
        ] = None,
        report: Annotated[
            Path | None, typer.Option(help="Where the problem report goes (default: beside the file).")
        ] = None,
    ) -> None:
        """Import a community's registers: every row checked first, then all written in one transaction or none.
        Exit status 1 with a marked report when the file has problems."""
        from api.registers.runs import import_file
        from api.settings import Settings

        settings = Settings()
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, transient=True) as bar:
            task = bar.add_task(f"importing {file.name}", total=None)

            def advance(rows: int) -> None:
                bar.advance(task, rows)

            try:
                done = with_graph(
                    lambda g: import_file(
                        g,
                        OPERATOR,
                        file.read_bytes(),
                        file.name,
                        community,
                        dry_run,
                        max_bytes=file.stat().st_size + 1,
                        timeout_s=settings.import_timeout_s,
                        on_batch=advance,
                    )
                )
            except GraphError as exc:
                typer.echo(f"refused: {exc}", err=True)
                raise typer.Exit(2) from None
        summary = done.summary()
        problems = summary.pop("problems")
        typer.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        if done.problems:
            target = report or file.with_name(f"{file.stem}-问题报告.xlsx")
            target.write_bytes(done.report or b"")
            for p in problems[:20]:
                typer.echo(f"{p['sheet']} row {p['row']} {p['column']}: {p['zh']} / {p['en']}", err=True)
            more = f" ({len(problems) - 20} more in the report)" if len(problems) > 20 else ""
            typer.echo(f"{len(problems)} problems, nothing written{more}; report: {target}", err=True)
            raise typer.Exit(1)

    @app.command()
    def export(
        community: Annotated[str, typer.Argument(help="The community's id.")],
        path: Annotated[Path | None, typer.Argument(help="The workbook to write.")] = None,
    ) -> None:
        """Export a community's registers as the template's workbook (importing it reproduces them); audited."""
        from api.registers.runs import export_registers

        target = path or Path(f"{community}-registers.xlsx")
        try:
            target.write_bytes(with_graph(lambda g: export_registers(g, OPERATOR, community)))
        except GraphError as exc:
            typer.echo(f"refused: {exc}", err=True)
            raise typer.Exit(2) from None
        typer.echo(f"wrote {target}")

    @app.command("monthly-report")
    def monthly_report(
        community: Annotated[str, typer.Argument(help="The community's id.")],
        month: Annotated[str, typer.Argument(help="The month, YYYY-MM.")],
        folder: Annotated[Path, typer.Option(help="Where the XLSX and the chart go.")] = Path("."),
    ) -> None:
        """The month's report a community sends its subdistrict: the figures as XLSX and a chart as PNG."""
        from api.registers.runs import monthly

        try:
            xlsx, png = with_graph(lambda g: monthly(g, community, month))
        except GraphError as exc:
            typer.echo(f"refused: {exc}", err=True)
            raise typer.Exit(2) from None
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{community}-{month}-monthly.xlsx").write_bytes(xlsx)
        (folder / f"{community}-{month}-monthly.png").write_bytes(png)
        typer.echo(f"wrote {folder / f'{community}-{month}-monthly.xlsx'} and its chart")
