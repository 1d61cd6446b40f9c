package io.docstruct.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.docstruct.cli.report.DocumentReport;
import io.docstruct.cli.report.InfoReport;
import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code docstruct info RESPONSE.json... [--format text|json]}: what DocStruct read from each response — kind,
 * request id, pages with status and size, word counts (and how many words were derived from Document OCR
 * values, which is all of a Document OCR answer's), tables, Template and Document OCR fields, warnings.
 *
 * <p>Every file is reported even when another fails; a file that cannot be read gets one line on stderr and
 * makes the exit code 2. With {@code --format json} the output is always one object, {@link InfoReport}:
 *
 * <pre>{@code
 * {"documents": [{"source": "r.json", "kind": "clova-receipt", "provider": "CLOVA", "requestId": "…",
 *                 "timestamp": "2024-05-16T08:51:52.087Z", "wordCount": 22,
 *                 "derivedWordCount": 22,
 *                 "pages": [{"index": 0, "name": "…", "status": "SUCCESS", "message": "SUCCESS",
 *                            "size": {"width": 640.0, "height": 1136.0, "source": "converted-image-info"},
 *                            "wordCount": 22, "derivedWordCount": 22,
 *                            "tables": [{"index": 0, "rows": 5, "columns": 4, "cells": 15}],
 *                            "templateFields": [{"name": "…", "text": "…", "normalized": null}],
 *                            "documentFields": [{"name": "storeInfo.name", "text": "…", "normalized": "…"}]}],
 *                 "warnings": [{"path": "$.images[0]…", "message": "…"}]}],
 *  "errors": [{"source": "bad.json", "message": "bad.json: malformed JSON at $ …"}]}
 * }</pre>
 */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    versionProvider = VersionProvider.class,
    header = "Show what DocStruct reads from OCR response files.",
    description =
        "Prints each response's kind, request id, pages (status, pixel size and where the size came"
            + " from), word counts, tables (rows x columns, cells), Template fields, Document OCR"
            + " fields and every warning with its JSON path. Values longer than 60 characters are cut"
            + " in the text format. Every file is reported even if another fails; then the exit code"
            + " is 2.",
    footer = {
      "",
      "Examples:",
      "  docstruct info receipt.json",
      "  docstruct info --format json page-*.json > report.json"
    })
final class InfoCommand implements Callable<Integer> {
  /** Pretty-printed, nulls kept (a documented key is always present), and the writer left open. */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();

  /** Output formats. */
  enum Format {
    TEXT,
    JSON
  }

  @Parameters(
      paramLabel = "RESPONSE.json",
      arity = "1..*",
      description = "CLOVA or NHN Cloud OCR response files.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default): for people; json: one object for scripts.")
  Format format = Format.TEXT;

  @Spec CommandSpec spec;

  private final ResponseReader reader = ResponseReader.create();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean debug = ErrorHandler.debugRequested(spec.commandLine());
    List<DocumentReport> reports = new ArrayList<>();
    List<InfoReport.FileError> errors = new ArrayList<>();
    for (Path file : files) {
      String source = file.toString();
      DocumentReport report;
      try {
        report = DocumentReport.of(source, read(file));
      } catch (IOException | RuntimeException e) {
        Failure failure = ErrorHandler.report(err, e, source, debug);
        errors.add(new InfoReport.FileError(source, failure.message()));
        continue;
      }
      if (format == Format.TEXT) {
        if (!reports.isEmpty()) {
          out.println();
        }
        report.writeText(out);
      }
      reports.add(report);
    }
    if (format == Format.JSON) {
      JSON.writeValue(out, new InfoReport(reports, errors));
      out.println();
    }
    out.flush();
    return errors.isEmpty() ? ExitStatus.SUCCESS.code() : ExitStatus.UNUSABLE_INPUT.code();
  }

  private OcrDocument read(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new CommandFailedException(
          ExitStatus.UNUSABLE_INPUT, file + ": is a directory, not a response file");
    }
    return reader.read(file);
  }
}
