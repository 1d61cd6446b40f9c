package io.docstruct.cli;

import io.docstruct.cli.report.DocumentReport;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.Word;
import io.docstruct.document.fields.DocumentFields;
import io.docstruct.document.fields.NamedField;
import io.docstruct.read.ResponseReader;
import io.docstruct.samples.SampleResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code docstruct demo}: reads every {@link SampleResponse} bundled in the jar, offline, and prints for each a
 * short summary and what the later stages of the pipeline will do with it.
 *
 * <pre>{@code
 * java -jar samples/target/docstruct.jar demo
 * }</pre>
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    versionProvider = VersionProvider.class,
    header = "Run DocStruct offline on the sample responses bundled in the jar.",
    description =
        "Reads a CLOVA General OCR response, a CLOVA Document OCR receipt and an NHN Cloud response"
            + " from inside docstruct.jar (no network, no files needed), summarises each and says"
            + " what the later stages of the pipeline will do with it.")
final class DemoCommand implements Callable<Integer> {
  private static final int PREVIEW_ITEMS = 4;
  private static final int WIDTH = 100;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ResponseReader reader = ResponseReader.create();
    SampleResponse[] samples = SampleResponse.values();
    out.println(
        "DocStruct "
            + VersionProvider.projectVersion()
            + " demo: "
            + samples.length
            + " bundled sample responses, read offline.");
    for (int i = 0; i < samples.length; i++) {
      SampleResponse sample = samples[i];
      OcrDocument doc;
      try (InputStream in = sample.open()) {
        doc = reader.read(in, sample.fileName());
      }
      DocumentReport report = DocumentReport.of(sample.fileName(), doc);
      out.println();
      out.println("[" + (i + 1) + "/" + samples.length + "] " + sample.fileName());
      out.println("  " + sample.title());
      out.println("  read:  " + report.summaryLine());
      String preview = preview(doc);
      if (!preview.isEmpty()) {
        out.println("  e.g.:  " + preview);
      }
      printWrapped(out, "  later: ", laterStages(sample));
    }
    out.println();
    out.println("Run 'docstruct info RESPONSE.json' on a response of your own for the full report.");
    out.flush();
    return ExitStatus.SUCCESS.code();
  }

  /** Prints {@code text} after {@code label}, wrapped at {@value #WIDTH} columns under its first word. */
  private static void printWrapped(PrintWriter out, String label, String text) {
    String indent = " ".repeat(label.length());
    StringBuilder line = new StringBuilder(label);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.println(line);
        line.setLength(0);
        line.append(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    out.println(line);
  }

  /** A few values from the document: Document OCR fields when there are some, else the first words. */
  private static String preview(OcrDocument doc) {
    List<String> items = new ArrayList<>();
    for (Page page : doc.pages()) {
      DocumentFields fields = page.fields();
      if (fields != null) {
        for (NamedField f : fields.namedFields()) {
          if (items.size() < PREVIEW_ITEMS) {
            items.add(f.name() + " = " + f.field().text());
          }
        }
      }
    }
    if (!items.isEmpty()) {
      return String.join("; ", items) + " …";
    }
    StringBuilder words = new StringBuilder();
    int n = 0;
    for (Page page : doc.pages()) {
      for (Word w : page.words()) {
        if (n++ == PREVIEW_ITEMS * 2) {
          return words.append(" …").toString();
        }
        words.append(words.length() == 0 ? "" : " ").append(w.text());
      }
    }
    return words.toString();
  }

  private static String laterStages(SampleResponse sample) {
    return switch (sample) {
      case CLOVA_GENERAL ->
          "reading order will rebuild the receipt's lines from lineBreak hints and geometry, the"
              + " table becomes a span-aware grid (CSV, Markdown, Excel), and a searchable PDF puts"
              + " the words back on the image. Coming in later releases.";
      case CLOVA_RECEIPT ->
          "verification will check the business number's check digit and that the items add up"
              + " to the total, rules will map it to an expense entry, and Excel export will list the"
              + " items. Coming in later releases.";
      case NHN_GENERAL ->
          "the same reading order, table and export stages as for CLOVA: NHN texts become the"
              + " same words, so nothing downstream knows the provider. Coming in later releases.";
    };
  }
}
