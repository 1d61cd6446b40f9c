package io.docstruct.cli;

import io.docstruct.export.pdf.PdfSource;
import io.docstruct.export.pdf.Redaction;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.pipeline.PdfOptions;
import io.docstruct.pipeline.Problem;
import io.docstruct.pipeline.Stage;
import io.docstruct.pipeline.WorkbookSink;
import io.docstruct.rules.RuleDefinitionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code docstruct export RESPONSE.json [--xlsx OUT [--rules FILE]...] [--source IMAGE|PDF --pdf OUT
 * [--redact] [--pdfa] [--keep-page-rotation]]}: an Excel workbook of the business entities the rules make of an OCR response (plus
 * a sheet per table), through {@link ExcelExporter}, and/or a searchable PDF from the response and the
 * images (or the PDF) it was made from, through {@link SearchablePdfWriter}.
 *
 * <pre>{@code
 * docstruct export receipt.json --xlsx receipt.xlsx
 * docstruct export scan.json --source scan.jpg --pdf scan.pdf --redact --pdfa
 * docstruct export pages.json --source p1.png --source p2.png --pdf pages.pdf --xlsx pages.xlsx
 * }</pre>
 *
 * <p>Output files are replaced atomically; on any error no file is written and the exit code is 2. Personal
 * numbers are masked in the workbook.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    versionProvider = VersionProvider.class,
    header = "Export an OCR response as an Excel workbook and/or a searchable PDF.",
    description =
        "--xlsx writes the business entities the rules make of the response (expenses with their"
            + " items, violations, vendors, contacts, identity documents, cards, medical bills) as typed"
            + " cells, plus one sheet per table with its merged cells; personal numbers are masked."
            + " --pdf writes the source images (JPEG, PNG, multi-page TIFF) or the original PDF with an"
            + " invisible text layer on top: each word on its polygon, in reading order, Korean included,"
            + " so viewers can search, select and copy. Give --source once per image, in page order, or"
            + " once with the PDF.",
    footer = {
      "",
      "Examples:",
      "  docstruct export receipt.json --xlsx receipt.xlsx",
      "  docstruct export receipt.json --xlsx receipt.xlsx --rules policy.drl",
      "  docstruct export receipt.json --source receipt.jpg --pdf receipt.pdf --xlsx receipt.xlsx",
      "  docstruct export id.json --source id.png --pdf id.pdf --redact --pdfa"
    })
final class ExportCommand implements Callable<Integer> {
  /** What {@code --keep-page-rotation} does, for {@code export} and {@code batch}. */
  static final String KEEP_PAGE_ROTATION =
      "Show every page of the PDF as its source shows it. By default a page whose text runs sideways or"
          + " upside down (when the layout is sure of it) is shown upright: only its /Rotate changes.";

  @Parameters(paramLabel = "RESPONSE.json", description = "A CLOVA or NHN Cloud OCR response file.")
  Path response = Path.of("");

  @Option(
      names = "--source",
      paramLabel = "IMAGE|PDF",
      description = "The image the response was made from (repeat for several, in page order), or the PDF.")
  List<Path> sources = new ArrayList<>();

  @Option(names = "--pdf", paramLabel = "OUT", description = "Write a searchable PDF here.")
  @Nullable Path pdf;

  @Option(
      names = "--xlsx",
      paramLabel = "OUT",
      description = "Write an Excel workbook of the mapped entities (and the tables) here.")
  @Nullable Path xlsx;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = "For --xlsx: a DRL file or decision table (.xlsx, .xls, .csv) to add; repeatable.")
  List<Path> rules = new ArrayList<>();

  @Option(
      names = "--redact",
      description =
          "Black out the provider's masking regions and personal numbers (resident, alien"
              + " registration, passport and card numbers, MRZ) in the pixels, and leave their"
              + " words out of the text layer.")
  boolean redact;

  @Option(names = "--pdfa", description = "Write PDF/A-2b (archival): XMP metadata, sRGB output intent.")
  boolean pdfA;

  @Option(names = "--keep-page-rotation", description = KEEP_PAGE_ROTATION)
  boolean keepPageRotation;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (pdf == null && xlsx == null) {
      throw new CommandFailedException(
          ExitStatus.UNUSABLE_INPUT, "nothing to export: give --xlsx OUT and/or --pdf OUT");
    }
    if (pdf != null && sources.isEmpty()) {
      throw new CommandFailedException(
          ExitStatus.UNUSABLE_INPUT, "--pdf needs --source: the image(s) or PDF the response was made from");
    }
    DocStruct pipeline = pipeline();
    DocumentResult result = pipeline.process(DocumentInput.response(response, sources));
    Problem failure = result.failure();
    if (failure != null) {
      // Unreadable, or nothing on it was read (every page failed at OCR): there is nothing to export.
      throw failure.cause() instanceof Exception e && result.document() == null
          ? withSource(e, response.toString())
          : CommandFailedException.of(failure, response.toString());
    }
    // Sources are checked before anything is written, so a bad --source leaves no workbook behind.
    if (pdf != null) {
      source();
    }
    if (xlsx != null) {
      try (WorkbookSink workbook = WorkbookSink.open(xlsx)) {
        workbook.add(result);
      }
      spec.commandLine().getOut().println("Wrote " + xlsx);
      spec.commandLine().getOut().flush();
    }
    if (pdf != null) {
      writePdf(pipeline, result, pdf);
    }
    return ExitStatus.SUCCESS.code();
  }

  /** The pipeline this export needs: the rules only for a workbook; the PDF options. */
  private DocStruct pipeline() {
    DocStruct.Builder builder =
        DocStruct.builder()
            .pdf(
                PdfOptions.defaults()
                    .withRedaction(redact ? Redaction.personalData() : Redaction.none())
                    .withPdfA(pdfA)
                    .withTurnPagesUpright(!keepPageRotation));
    if (xlsx == null) {
      return builder.lastStage(Stage.READ).build();
    }
    try {
      return builder.rules(rules).build();
    } catch (RuleDefinitionException e) {
      throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, String.valueOf(e.getMessage()), e);
    }
  }

  private void writePdf(DocStruct pipeline, DocumentResult result, Path out) throws IOException {
    Problem failure = pipeline.writePdf(result, out).failure();
    if (failure != null) {
      if (failure.cause() instanceof IllegalArgumentException e) {
        throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, failure.reason(), e);
      }
      if (failure.cause() instanceof IOException e) {
        throw e;
      }
      throw CommandFailedException.of(failure, null);
    }
    spec.commandLine().getOut().println("Wrote " + out);
    spec.commandLine().getOut().flush();
  }

  private static RuntimeException withSource(Exception e, String source) {
    if (e instanceof RuntimeException r && !(e instanceof IllegalArgumentException)) {
      return r;
    }
    Failure failure = Failure.of(e, source);
    return new CommandFailedException(failure.status(), failure.message(), e);
  }

  /** One PDF, or images only: told from each file's first bytes. */
  private PdfSource source() throws IOException {
    List<Path> pdfs = new ArrayList<>();
    for (Path file : sources) {
      if (Files.isDirectory(file)) {
        throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, file + ": is a directory, not an image or PDF");
      }
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(5);
      } catch (IOException e) {
        throw withSource(e, file.toString());
      }
      if (Arrays.equals(head, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
        pdfs.add(file);
      }
    }
    if (pdfs.isEmpty()) {
      return PdfSource.images(sources);
    }
    if (sources.size() > 1) {
      throw new CommandFailedException(
          ExitStatus.UNUSABLE_INPUT, "give either one PDF or images as --source, not both or several PDFs");
    }
    return PdfSource.pdf(pdfs.get(0));
  }
}
