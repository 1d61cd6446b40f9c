package io.docstruct.cli;

import io.docstruct.read.ResponseReader;
import io.docstruct.table.PageTable;
import io.docstruct.table.TableCsv;
import io.docstruct.table.TableGrids;
import io.docstruct.table.TableMarkdown;
import io.docstruct.table.TablesJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code docstruct tables RESPONSE.json [--format csv|json|markdown]}: every table of every page, rebuilt
 * with its merged cells ({@link TableGrids}), including the table a medical receipt's key/value cells form.
 *
 * <pre>{@code
 * docstruct tables response.json                  # CSV, one block per table, spanned values repeated
 * docstruct tables response.json --format json    # {"tables":[{"page":0,"index":0,"rowCount":…,
 *                                                 #   "cells":[…],"warnings":[…]}]}
 * docstruct tables response.json --format markdown
 * }</pre>
 *
 * <p>JSON carries each table's warnings; with CSV and Markdown the warnings also go to stderr, one line each
 * ({@code docstruct: r.json: page 0, table 0: …}), so stdout stays a clean file. Repairs never change the
 * exit code: 0 when the file was read, 2 when it could not be.
 */
@Command(
    name = "tables",
    mixinStandardHelpOptions = true,
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    versionProvider = VersionProvider.class,
    header = "Print every table of every page, merged cells included.",
    description =
        "Rebuilds each table the OCR detected (CLOVA General OCR with table detection) and the table of"
            + " a medical receipt's key/value cells: row and column spans, every line of every cell,"
            + " headers. Damaged tables are repaired and each repair is listed as a warning (in the"
            + " JSON, and on stderr for csv and markdown).",
    footer = {
      "",
      "Examples:",
      "  docstruct tables response.json > tables.csv",
      "  docstruct tables response.json --format json",
      "  docstruct tables response.json --format markdown"
    })
final class TablesCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    CSV,
    JSON,
    MARKDOWN
  }

  @Parameters(paramLabel = "RESPONSE.json", description = "A CLOVA or NHN Cloud OCR response file.")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "csv",
      description =
          "csv (default): RFC 4180, one block per table, a spanned value repeated in every cell it"
              + " covers; json: cells with spans and warnings; markdown: one table per table.")
  Format format = Format.CSV;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (Files.isDirectory(file)) {
      throw new CommandFailedException(
          ExitStatus.UNUSABLE_INPUT, file + ": is a directory, not a response file");
    }
    List<PageTable> tables = TableGrids.of(ResponseReader.create().read(file));
    switch (format) {
      case JSON -> out.println(TablesJson.of(tables).toPrettyJson());
      case CSV -> out.print(TableCsv.render(tables));
      case MARKDOWN -> out.print(TableMarkdown.render(tables));
    }
    out.flush();
    if (format != Format.JSON) {
      if (tables.isEmpty()) {
        err.println(ErrorHandler.PREFIX + file + ": no tables");
      }
      for (PageTable t : tables) {
        for (String warning : t.grid().warnings()) {
          err.println(
              ErrorHandler.PREFIX + file + ": page " + t.page() + ", table " + t.index() + ": "
                  + warning);
        }
      }
      err.flush();
    }
    return ExitStatus.SUCCESS.code();
  }
}
