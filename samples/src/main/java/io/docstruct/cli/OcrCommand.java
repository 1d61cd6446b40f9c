package io.docstruct.cli;

import io.docstruct.cli.report.DocumentReport;
import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrClientException;
import io.docstruct.client.OcrTransportException;
import io.docstruct.client.ProviderAnswer;
import io.docstruct.client.RetryPolicy;
import io.docstruct.document.FailedPage;
import io.docstruct.ocr.OcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.OcrRequest;
import io.docstruct.ocr.Recognition;
import io.docstruct.pipeline.AnswerFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code docstruct ocr FILE --type TYPE [-o OUT]}: sends an image or PDF to the OCR API and saves the
 * provider's answer exactly as it sent it (the bytes of its HTTP answer) to {@code OUT}, written atomically,
 * or prints it on stdout. A PDF the client split into several calls is saved as the merged answer in {@code
 * OUT} and each call's answer as it came beside it ({@code BASE.part-01.json}…, see {@link AnswerFiles}).
 * The call goes through the OCR seam ({@link OcrEngine}: {@link ClovaService} or {@link NhnService});
 * on stdout it is the merged answer, with a warning.
 *
 * <pre>{@code
 * export CLOVA_OCR_URL_RECEIPT=https://xxxx.apigw.ntruss.com/custom/v1/123/abc/document/receipt
 * export CLOVA_OCR_SECRET_RECEIPT=...
 * java -jar docstruct.jar ocr receipt.jpg --type receipt -o receipt.json
 * }</pre>
 *
 * <p>Each {@code --type} goes to the CLOVA domain that serves it, with that domain's secret: see {@link
 * ClovaConfiguration} for the variables and the {@code --domains} file. A type with no domain is exit 2
 * naming the variables to set, before anything is sent.
 *
 * <p>With {@code -o}, one summary line goes to stderr ({@code wrote receipt.json: clova-receipt, 1 page, …}).
 * An image the provider reports as failed inside a successful answer is a warning on stderr and the exit code
 * stays 0. Exit 2 for bad options, a missing or unusable file or a missing variable; exit 3 when the API
 * answers with an error or the network fails. The secret is never printed.
 */
@Command(
    name = "ocr",
    mixinStandardHelpOptions = true,
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    versionProvider = VersionProvider.class,
    header = "Send an image or PDF to the OCR API and save its JSON response.",
    description =
        "Calls the NAVER CLOVA OCR domain that serves --type: its invoke URL (as the console shows it,"
            + " ending in /general, /infer or /document/<model>) and secret in CLOVA_OCR_URL_<TYPE> and"
            + " CLOVA_OCR_SECRET_<TYPE> (e.g. CLOVA_OCR_URL_RECEIPT, CLOVA_OCR_URL_CREDIT_CARD), or in"
            + " CLOVA_OCR_URL and CLOVA_OCR_SECRET when that URL serves --type, or named in a --domains"
            + " file. Writes the provider's answer byte for byte to OUT, or to stdout"
            + " without -o. A PDF longer than one call reads is sent in chunks: OUT then holds the"
            + " merged answer and BASE.part-01.json, BASE.part-02.json... beside it each call's answer"
            + " as it came. Transient failures (network, 5xx, rate limit) are retried with backoff."
            + " Images that fail inside a successful answer are reported as warnings on stderr.",
    footer = {
      "",
      "Examples:",
      "  docstruct ocr receipt.jpg --type receipt -o receipt.json",
      "  docstruct ocr page.png --type general --tables --lang ko > page.json",
      "  docstruct ocr form.pdf --type template --template-id 1234 -o form.json",
      "  docstruct ocr card.jpg --type credit-card --domains clova-domains.properties",
      "  docstruct ocr receipt.jpg --type general --provider tesseract -o receipt.json   # offline",
      "",
      "A --domains file (properties, UTF-8) holds TYPE.url=<invoke URL> and optionally"
          + " TYPE.secret-env=<variable holding its secret> (default CLOVA_OCR_SECRET_<TYPE>); secrets"
          + " are never read from the file.",
      "",
      "Exit codes: 0 success; 2 usage error, unusable file, missing variable or no domain for --type;"
          + " 3 API or network error."
    })
final class OcrCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "FILE",
      description = "The image or PDF to recognise: JPEG, PNG, PDF or TIFF (detected from its bytes).")
  Path file = Path.of("");

  @Option(
      names = "--type",
      required = true,
      paramLabel = "TYPE",
      converter = TypeOption.Converter.class,
      completionCandidates = TypeOption.Labels.class,
      description = "What to call: ${COMPLETION-CANDIDATES}.")
  OcrModel type = OcrModel.GENERAL;

  @Option(names = "--tables", description = "General OCR: detect tables too.")
  boolean tables;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "General OCR: the language (ko, ja, zh-TW or a list); default the domain's.")
  @Nullable String lang;

  @Option(
      names = "--template-id",
      paramLabel = "N",
      description = "Template OCR: a template to match; repeat for several. Default: any of the domain's.")
  List<Integer> templateIds = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description =
          "Where to save the answer, byte for byte (replaced atomically; a split PDF's calls go beside it"
              + " as BASE.part-NN.json). Default: stdout.")
  @Nullable Path output;

  @Option(
      names = "--domains",
      paramLabel = "FILE",
      description =
          "CLOVA: a properties file naming each domain's invoke URL (TYPE.url) and the variable that"
              + " holds its secret (TYPE.secret-env); replaces the CLOVA_OCR_URL* variables.")
  @Nullable Path domainsFile;

  @Option(
      names = "--provider",
      paramLabel = "PROVIDER",
      defaultValue = "clova",
      description = "clova (default), nhn, or tesseract (offline, on this machine: --type general only).")
  Provider provider = Provider.CLOVA;

  @ParentCommand DocStructCommand parent;

  @Spec CommandSpec spec;

  /** How transient failures are retried; tests shorten it. */
  RetryPolicy retryPolicy = RetryPolicy.defaults();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    OcrRequest request = checkedRequest();
    Path target = output;
    if (target != null) {
      checkOutput(target);
    }
    Recognition answer;
    try (OcrEngine engine = provider.connect(parent.environment(), domainsFile, retryPolicy, type)) {
      answer = engine.recognize(ImageSource.of(file), request);
    } catch (OcrTransportException e) {
      // Transport failures are always retried: every attempt of the policy failed.
      throw new CommandFailedException(
          ExitStatus.REMOTE_ERROR,
          file
              + ": network error after "
              + retryPolicy.maxAttempts()
              + " attempts: "
              + e.detail(),
          e);
    } catch (OcrClientException e) {
      return ErrorHandler.report(err, e, file.toString(), ErrorHandler.debugRequested(spec.commandLine()))
          .status()
          .code();
    }
    for (FailedPage page : answer.failedPages()) {
      err.println(ErrorHandler.PREFIX + "warning: " + file + ": " + page.describe());
    }
    ProviderAnswer<?> raw = answer.answer();
    if (target == null) {
      if (raw.isMerged()) {
        out.print(new String(AnswerFiles.json(raw.response()), StandardCharsets.UTF_8));
        err.println(
            ErrorHandler.PREFIX + "warning: " + file + ": answered in " + raw.parts().size()
                + " calls (the PDF was split); this is the merged answer: use -o OUT to keep each call's"
                + " answer as it came");
      } else {
        out.print(Objects.requireNonNull(raw.body()).utf8());
      }
      out.flush();
    } else {
      List<Path> parts = AnswerFiles.save(raw, target);
      err.println(
          "wrote " + target + ": " + DocumentReport.of(target.toString(), answer.document()).summaryLine()
              + (parts.isEmpty()
                  ? ""
                  : "; answered in " + parts.size() + " calls, each saved as it came: "
                      + parts.get(0).getFileName() + " … " + parts.get(parts.size() - 1).getFileName()));
    }
    err.flush();
    return ExitStatus.SUCCESS.code();
  }

  /** The request, after checking that the options fit the type and that the file is there. */
  private OcrRequest checkedRequest() throws IOException {
    if (type != OcrModel.GENERAL && (tables || lang != null)) {
      throw usage((tables ? "--tables" : "--lang") + " applies to --type general only");
    }
    if (type != OcrModel.TEMPLATE && !templateIds.isEmpty()) {
      throw usage("--template-id applies to --type template only");
    }
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    if (Files.isDirectory(file)) {
      throw usage(file + ": is a directory, not an image or PDF");
    }
    return new OcrRequest(type, lang, tables, templateIds);
  }

  /** Refuses an output the answer could not be saved to, before the (paid) call is made. */
  private static void checkOutput(Path target) {
    if (Files.isDirectory(target)) {
      throw usage(target + ": is a directory; -o takes the file to write");
    }
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw usage(target + ": directory " + dir + " does not exist");
    }
  }

  private static CommandFailedException usage(String message) {
    return new CommandFailedException(ExitStatus.UNUSABLE_INPUT, message);
  }
}
