package io.docstruct.cli;

import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.layout.LayoutEngine;
import io.docstruct.layout.StructuredDocument;
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
 * {@code docstruct text RESPONSE.json [--format plain|markdown]}: the response's text in reading order, as
 * {@link LayoutEngine} reconstructs it.
 *
 * <p>Plain: one reconstructed line per output line, words joined by one space, a blank line between blocks
 * and a line holding only a form feed between pages. Markdown: blocks as paragraphs, titles as headings,
 * tables in place as Markdown tables, {@code ---} between pages. A Document OCR answer (receipt, ID card…)
 * reads as the words derived from its values. A response without any text prints nothing and says why on
 * stderr (exit code 0). A file that cannot be read gives one line on stderr and exit code 2.
 *
 * <pre>{@code
 * docstruct text receipt.json
 * docstruct text scan.json --format markdown > scan.md
 * }</pre>
 */
@Command(
    name = "text",
    mixinStandardHelpOptions = true,
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    versionProvider = VersionProvider.class,
    header = "Print a response's text in reading order.",
    description =
        "Reconstructs lines, blocks, columns, header and footer of every page, whatever the page's"
            + " rotation or skew and the provider's field order, and keeps tables where they stand."
            + " Plain text has one line per reconstructed line, a blank line between blocks and a line"
            + " holding only a form feed between pages.",
    footer = {
      "",
      "Examples:",
      "  docstruct text receipt.json",
      "  docstruct text scan.json --format markdown > scan.md"
    })
final class TextCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    PLAIN,
    MARKDOWN
  }

  @Parameters(paramLabel = "RESPONSE.json", description = "A CLOVA or NHN Cloud OCR response file.")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "plain",
      description = "plain (default) or markdown.")
  Format format = Format.PLAIN;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (Files.isDirectory(file)) {
      throw new CommandFailedException(
          ExitStatus.UNUSABLE_INPUT, file + ": is a directory, not a response file");
    }
    OcrDocument read = ResponseReader.create().read(file);
    StructuredDocument doc = LayoutEngine.create().structure(read);
    PrintWriter out = spec.commandLine().getOut();
    String text = format == Format.MARKDOWN ? doc.markdown() : doc.text();
    out.print(text);
    if (!text.isEmpty()) {
      out.print('\n');
    }
    out.flush();
    if (text.isBlank()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("docstruct: " + file + ": no text: " + whyNoText(read));
      err.flush();
    }
    return ExitStatus.SUCCESS.code();
  }

  /** Why a readable response has no text: no pages, pages the provider did not recognise, or no words. */
  static String whyNoText(OcrDocument doc) {
    if (doc.pages().isEmpty()) {
      return "the response has no pages";
    }
    List<String> reasons = new ArrayList<>();
    for (Page page : doc.pages()) {
      if (page.status() == Page.PageStatus.FAILURE || page.status() == Page.PageStatus.ERROR) {
        reasons.add(
            "page " + page.index() + " was not recognised (" + page.status()
                + (page.message() == null ? "" : ": " + page.message()) + ")");
      } else {
        reasons.add("page " + page.index() + " has no words or tables with text");
      }
    }
    return String.join("; ", reasons);
  }
}
