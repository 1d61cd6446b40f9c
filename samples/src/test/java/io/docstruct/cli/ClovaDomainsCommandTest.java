package io.docstruct.cli;

import io.docstruct.clova.client.ClovaEndpoint;
import io.docstruct.ocr.OcrModel;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.client.RetryPolicy;
import io.docstruct.testing.server.SampleResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code docstruct ocr} and {@code batch --ocr} with several CLOVA domains: which variables (or which
 * {@code --domains} file keys) send which {@code --type} where, with which secret; what happens when a type
 * has no domain or a variable names the wrong kind of domain (exit 2, one line, nothing sent); and that no
 * secret appears in anything printed.
 */
class ClovaDomainsCommandTest {
  private static final String GENERAL_SECRET = "gen-secret-4a1f";
  private static final String RECEIPT_SECRET = "rcp-secret-77c0";
  private static final String CARD_SECRET = "card-secret-0e93";
  private static final String PLAIN_SECRET = "plain-secret-5b2d";
  private static final String OK = "{\"version\":\"V2\",\"requestId\":\"r\",\"timestamp\":1,\"images\":[]}";

  private final MockWebServer clova = new MockWebServer();
  /** Every run's output, checked for secrets after each test. */
  private final List<CliRun> runs = new ArrayList<>();

  @TempDir Path dir;

  @BeforeEach
  void start() throws IOException {
    clova.start();
  }

  @AfterEach
  void noSecretWasPrinted() throws IOException {
    clova.shutdown();
    for (CliRun run : runs) {
      assertThat(run.out() + run.err())
          .doesNotContain(GENERAL_SECRET)
          .doesNotContain(RECEIPT_SECRET)
          .doesNotContain(CARD_SECRET)
          .doesNotContain(PLAIN_SECRET);
    }
  }

  private String url(String path) {
    return clova.url("/custom/v1/1/abc/" + path).toString();
  }

  private Path image() throws IOException {
    return Files.write(dir.resolve("receipt.png"), SampleResponse.CLOVA_RECEIPT.readImage());
  }

  private CliRun run(Map<String, String> environment, String... args) {
    CliRun run =
        CliRun.of(
            environment,
            (CommandLine cl) -> {
              OcrCommand ocr = cl.getSubcommands().get("ocr").getCommand();
              ocr.retryPolicy = RetryPolicy.none();
            },
            args);
    runs.add(run);
    return run;
  }

  private CliRun ocr(Map<String, String> environment, String type, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("ocr", image().toString(), "--type", type));
    args.addAll(List.of(more));
    return run(environment, args.toArray(String[]::new));
  }

  /** Requests taken by {@link #answered}: any more on the server were sent by a run that should have sent none. */
  private int taken;

  /** The request a successful run sent. */
  private RecordedRequest answered(CliRun run) throws InterruptedException {
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    taken++;
    return clova.takeRequest();
  }

  private void refusedWithNothingSent(CliRun run, String line) {
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("docstruct: " + line);
    assertThat(clova.getRequestCount()).isEqualTo(taken);
  }

  /** General, receipt and credit-card domains in their own variables. */
  private Map<String, String> perTypeVariables() {
    return Map.of(
        "CLOVA_OCR_URL_GENERAL", url("general"),
        "CLOVA_OCR_SECRET_GENERAL", GENERAL_SECRET,
        "CLOVA_OCR_URL_RECEIPT", url("document/receipt"),
        "CLOVA_OCR_SECRET_RECEIPT", RECEIPT_SECRET,
        "CLOVA_OCR_URL_CREDIT_CARD", url("document/credit-card"),
        "CLOVA_OCR_SECRET_CREDIT_CARD", CARD_SECRET);
  }

  // ---- the environment --------------------------------------------------------------------------

  @Test
  void eachTypeGoesToItsOwnDomainWithItsOwnSecret() throws Exception {
    for (int i = 0; i < 3; i++) {
      clova.enqueue(new MockResponse().setBody(OK));
    }

    RecordedRequest receipt = answered(ocr(perTypeVariables(), "receipt"));
    RecordedRequest card = answered(ocr(perTypeVariables(), "credit-card"));
    RecordedRequest general = answered(ocr(perTypeVariables(), "general", "--tables"));

    assertThat(receipt.getPath()).isEqualTo("/custom/v1/1/abc/document/receipt");
    assertThat(receipt.getHeader("X-OCR-SECRET")).isEqualTo(RECEIPT_SECRET);
    assertThat(card.getPath()).isEqualTo("/custom/v1/1/abc/document/credit-card");
    assertThat(card.getHeader("X-OCR-SECRET")).isEqualTo(CARD_SECRET);
    assertThat(general.getPath()).isEqualTo("/custom/v1/1/abc/general");
    assertThat(general.getHeader("X-OCR-SECRET")).isEqualTo(GENERAL_SECRET);
  }

  @Test
  void theOneDomainVariablesStillServeTheTypeTheirUrlServes() throws Exception {
    clova.enqueue(new MockResponse().setBody(OK));
    Map<String, String> env =
        Map.of("CLOVA_OCR_URL", url("document/receipt"), "CLOVA_OCR_SECRET", PLAIN_SECRET);

    RecordedRequest request = answered(ocr(env, "receipt"));

    assertThat(request.getPath()).isEqualTo("/custom/v1/1/abc/document/receipt");
    assertThat(request.getHeader("X-OCR-SECRET")).isEqualTo(PLAIN_SECRET);
  }

  @Test
  void theOneDomainVariablesOfAGeneralDomainDoNotServeAReceipt() throws IOException {
    // The defect: a General domain's URL in CLOVA_OCR_URL sent receipts to a …/document/receipt made up from it.
    Map<String, String> env = Map.of("CLOVA_OCR_URL", url("general"), "CLOVA_OCR_SECRET", PLAIN_SECRET);

    refusedWithNothingSent(
        ocr(env, "receipt"),
        "no CLOVA OCR domain for --type receipt: set CLOVA_OCR_URL_RECEIPT and CLOVA_OCR_SECRET_RECEIPT to"
            + " the invoke URL and secret of a …/document/receipt domain (CLOVA_OCR_URL is the General OCR"
            + " domain …/general)");
  }

  @Test
  void aTypeWithNoDomainNamesTheVariablesToSet() throws IOException {
    refusedWithNothingSent(
        ocr(perTypeVariables(), "passport"),
        "no CLOVA OCR domain for --type passport: set CLOVA_OCR_URL_PASSPORT and CLOVA_OCR_SECRET_PASSPORT to"
            + " the invoke URL and secret of a …/document/passport domain");
    refusedWithNothingSent(
        ocr(Map.of(), "template"),
        "no CLOVA OCR domain for --type template: set CLOVA_OCR_URL_TEMPLATE and CLOVA_OCR_SECRET_TEMPLATE to"
            + " the invoke URL and secret of a …/infer domain");
  }

  @Test
  void aTypesVariableWithAnotherKindOfDomainIsRefused() throws IOException {
    Map<String, String> env =
        Map.of("CLOVA_OCR_URL_RECEIPT", url("general"), "CLOVA_OCR_SECRET_RECEIPT", RECEIPT_SECRET);

    refusedWithNothingSent(
        ocr(env, "receipt"),
        "CLOVA_OCR_URL_RECEIPT is the invoke URL of a General OCR domain …/general, not of a Document OCR"
            + " (receipt) domain (…/document/receipt)");
  }

  @Test
  void halfAPairIsRefusedNamingTheMissingHalf() throws IOException {
    refusedWithNothingSent(
        ocr(Map.of("CLOVA_OCR_URL_RECEIPT", url("document/receipt")), "receipt"),
        "CLOVA_OCR_SECRET_RECEIPT is not set, but CLOVA_OCR_URL_RECEIPT is: each CLOVA OCR domain has its own"
            + " secret key; export it too");
    refusedWithNothingSent(
        ocr(Map.of("CLOVA_OCR_SECRET_PASSPORT", CARD_SECRET), "receipt"),
        "CLOVA_OCR_URL_PASSPORT is not set, but CLOVA_OCR_SECRET_PASSPORT is: set both, the domain's invoke"
            + " URL as the CLOVA OCR console shows it and its secret");
  }

  @Test
  void anInvokeUrlThatNamesNoEndpointIsRefused() throws IOException {
    Map<String, String> env =
        Map.of("CLOVA_OCR_URL", clova.url("/custom/v1/1/abc").toString(), "CLOVA_OCR_SECRET", PLAIN_SECRET);

    CliRun run = ocr(env, "general");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("docstruct: CLOVA_OCR_URL does not end in /general, /infer or /document/<model>: ");
    assertThat(clova.getRequestCount()).isZero();
  }

  @Test
  void aSecretExportedUnderTheUrlsNameIsNotQuoted() throws IOException {
    // the two values swapped by mistake
    Map<String, String> env =
        Map.of("CLOVA_OCR_URL_RECEIPT", RECEIPT_SECRET, "CLOVA_OCR_SECRET_RECEIPT", url("document/receipt"));

    refusedWithNothingSent(
        ocr(env, "receipt"),
        "CLOVA_OCR_URL_RECEIPT is not an http(s) URL (its 15 characters are not shown, in case they are a"
            + " secret): give the invoke URL as the CLOVA OCR console shows it");
  }

  @Test
  void aTypesOwnVariablesComeBeforeTheOneDomainVariables() throws Exception {
    clova.enqueue(new MockResponse().setBody(OK));
    clova.enqueue(new MockResponse().setBody(OK));
    Map<String, String> env =
        Map.of(
            "CLOVA_OCR_URL", url("general"),
            "CLOVA_OCR_SECRET", PLAIN_SECRET,
            "CLOVA_OCR_URL_RECEIPT", url("document/receipt"),
            "CLOVA_OCR_SECRET_RECEIPT", RECEIPT_SECRET);

    RecordedRequest receipt = answered(ocr(env, "receipt"));
    RecordedRequest general = answered(ocr(env, "general"));

    assertThat(receipt.getPath()).endsWith("/document/receipt");
    assertThat(receipt.getHeader("X-OCR-SECRET")).isEqualTo(RECEIPT_SECRET);
    assertThat(general.getPath()).endsWith("/general");
    assertThat(general.getHeader("X-OCR-SECRET")).isEqualTo(PLAIN_SECRET);
  }

  @Test
  void theSameDomainInBothSetsOfVariablesMustBeTheSameDomain() throws Exception {
    Map<String, String> same =
        Map.of(
            "CLOVA_OCR_URL", url("document/receipt"),
            "CLOVA_OCR_SECRET", RECEIPT_SECRET,
            "CLOVA_OCR_URL_RECEIPT", url("document/receipt"),
            "CLOVA_OCR_SECRET_RECEIPT", RECEIPT_SECRET);
    Map<String, String> different = new HashMap<>(same);
    different.put("CLOVA_OCR_SECRET", PLAIN_SECRET);

    refusedWithNothingSent(
        ocr(different, "receipt"),
        "CLOVA_OCR_URL and CLOVA_OCR_URL_RECEIPT both name the receipt domain, with different URLs or"
            + " secrets: unset CLOVA_OCR_URL and CLOVA_OCR_SECRET, or make them the same");
    clova.enqueue(new MockResponse().setBody(OK));
    assertThat(answered(ocr(same, "receipt")).getHeader("X-OCR-SECRET")).isEqualTo(RECEIPT_SECRET);
  }

  @Test
  void aRefusedSecretNamesTheVariableItCameFrom() throws IOException {
    clova.enqueue(
        new MockResponse()
            .setResponseCode(401)
            .setBody("{\"code\":\"0002\",\"message\":\"Secret key validate failed.\"}"));

    CliRun run = ocr(perTypeVariables(), "credit-card");

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .contains("CLOVA OCR error 0002 (HTTP 401)")
        .endsWith("(check CLOVA_OCR_SECRET_CREDIT_CARD)");
  }

  @Test
  void everyTypeHasItsVariables() {
    for (OcrModel type : OcrModel.values()) {
      String name = type.label().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
      ClovaEndpoint endpoint = ClovaEndpoint.of(type);
      assertThat(ClovaConfiguration.urlVariable(endpoint)).isEqualTo("CLOVA_OCR_URL_" + name);
      assertThat(ClovaConfiguration.secretVariable(endpoint)).isEqualTo("CLOVA_OCR_SECRET_" + name);
    }
  }

  // ---- a --domains file -----------------------------------------------------------------------------

  private Path domains(String... lines) throws IOException {
    return Files.write(dir.resolve("clova-domains.properties"), List.of(lines), UTF_8);
  }

  @Test
  void aDomainsFileNamesTheUrlsAndTheVariablesHoldingTheSecrets() throws Exception {
    clova.enqueue(new MockResponse().setBody(OK));
    clova.enqueue(new MockResponse().setBody(OK));
    Path file =
        domains(
            "# URLs only: the secrets stay in the environment",
            "receipt.url=" + url("document/receipt"),
            "credit-card.url=" + url("document/credit-card"),
            "credit-card.secret-env=CARDS_KEY");
    Map<String, String> env =
        Map.of(
            "CLOVA_OCR_SECRET_RECEIPT", RECEIPT_SECRET,
            "CARDS_KEY", CARD_SECRET,
            // ignored with a file: the file says where each type goes
            "CLOVA_OCR_URL", url("general"),
            "CLOVA_OCR_SECRET", PLAIN_SECRET);

    RecordedRequest receipt = answered(ocr(env, "receipt", "--domains", file.toString()));
    RecordedRequest card = answered(ocr(env, "credit-card", "--domains", file.toString()));

    assertThat(receipt.getPath()).endsWith("/document/receipt");
    assertThat(receipt.getHeader("X-OCR-SECRET")).isEqualTo(RECEIPT_SECRET);
    assertThat(card.getPath()).endsWith("/document/credit-card");
    assertThat(card.getHeader("X-OCR-SECRET")).isEqualTo(CARD_SECRET);
    refusedWithNothingSent(
        ocr(env, "general", "--domains", file.toString()),
        "no CLOVA OCR domain for --type general in " + file + ": add general.url=<the invoke URL of a"
            + " …/general domain>, with its secret in CLOVA_OCR_SECRET_GENERAL (or the variable"
            + " general.secret-env names)");
  }

  @Test
  void aSecretInTheDomainsFileIsRefusedWithoutQuotingIt() throws IOException {
    Path file = domains("receipt.url=" + url("document/receipt"), "receipt.secret=" + RECEIPT_SECRET);

    refusedWithNothingSent(
        ocr(Map.of(), "receipt", "--domains", file.toString()),
        file + ": receipt.secret: secrets are not read from files; put it in an environment variable and"
            + " name that with receipt.secret-env=VARIABLE");
  }

  @Test
  void aDomainsFileIsCheckedKeyByKey() throws IOException {
    Map<String, String> env = Map.of("CLOVA_OCR_SECRET_RECEIPT", RECEIPT_SECRET);

    refusedWithNothingSent(
        ocr(env, "receipt", "--domains", domains("reciept.url=" + url("document/receipt")).toString()),
        dir.resolve("clova-domains.properties") + ": unknown key 'reciept.url': keys are TYPE.url and"
            + " TYPE.secret-env, TYPE one of general, template, receipt, credit-card, name-card,"
            + " biz-license, id-card, medical-receipt, passport");
    refusedWithNothingSent(
        ocr(env, "receipt", "--domains", domains("receipt.url=" + url("document/passport")).toString()),
        dir.resolve("clova-domains.properties") + ": receipt.url is the invoke URL of a Document OCR domain"
            + " …/document/passport, not of a Document OCR (receipt) domain (…/document/receipt)");
    refusedWithNothingSent(
        ocr(env, "receipt", "--domains",
            domains("receipt.url=" + url("document/receipt"), "receipt.secret-env=MY_KEY   # mine").toString()),
        dir.resolve("clova-domains.properties") + ": receipt.secret-env is not the name of an environment"
            + " variable (letters, digits and _; a '#' after a value is not a comment in a properties file)");
    refusedWithNothingSent(
        ocr(Map.of(), "receipt", "--domains", domains("receipt.url=" + url("document/receipt")).toString()),
        "CLOVA_OCR_SECRET_RECEIPT is not set: export it with the secret of the receipt domain in "
            + dir.resolve("clova-domains.properties"));
    refusedWithNothingSent(
        ocr(env, "receipt", "--domains", dir.resolve("missing.properties").toString()),
        dir.resolve("missing.properties") + ": no such file");
  }

  @Test
  void domainsAreForClova() throws IOException {
    Path file = domains("general.url=" + url("general"));

    refusedWithNothingSent(
        ocr(Map.of("NHN_OCR_APPKEY", "k", "NHN_OCR_TOKEN", "t"), "general", "--provider", "nhn",
            "--domains", file.toString()),
        "--domains applies to --provider clova only");
  }

  // ---- batch --ocr --------------------------------------------------------------------------------

  @Test
  void batchSendsItsTypeToThatTypesDomain() throws Exception {
    Path photos = Files.createDirectory(dir.resolve("photos"));
    Files.write(photos.resolve("r1.png"), SampleResponse.CLOVA_RECEIPT.readImage());
    clova.enqueue(new MockResponse().setBody(OK));
    CliRun run =
        run(perTypeVariables(), "batch", photos.toString(), "--ocr", "--type", "receipt",
            "--xlsx", dir.resolve("out.xlsx").toString());

    RecordedRequest request = clova.takeRequest();
    assertThat(request.getPath()).isEqualTo("/custom/v1/1/abc/document/receipt");
    assertThat(request.getHeader("X-OCR-SECRET")).isEqualTo(RECEIPT_SECRET);
    assertThat(photos.resolve("r1.json")).hasContent(OK);
    assertThat(run.out()).startsWith("batch: ");
  }

  @Test
  void batchRefusesATypeWithoutADomainBeforeSending() throws IOException {
    Path photos = Files.createDirectory(dir.resolve("photos"));
    Files.write(photos.resolve("id.png"), SampleResponse.CLOVA_RECEIPT.readImage());
    Path xlsx = dir.resolve("out.xlsx");

    CliRun run =
        run(perTypeVariables(), "batch", photos.toString(), "--ocr", "--type", "id-card", "--xlsx",
            xlsx.toString());

    refusedWithNothingSent(
        run,
        "no CLOVA OCR domain for --type id-card: set CLOVA_OCR_URL_ID_CARD and CLOVA_OCR_SECRET_ID_CARD to"
            + " the invoke URL and secret of a …/document/id-card domain");
    assertThat(xlsx).doesNotExist();
    try (Stream<Path> files = Files.list(photos)) {
      assertThat(files).containsExactly(photos.resolve("id.png"));
    }
  }

  @Test
  void batchTakesADomainsFileWithOcrOnly() throws IOException {
    Path photos = Files.createDirectory(dir.resolve("photos"));
    Path file = domains("receipt.url=" + url("document/receipt"));

    refusedWithNothingSent(
        run(Map.of(), "batch", photos.toString(), "--xlsx", dir.resolve("out.xlsx").toString(),
            "--domains", file.toString()),
        "--domains applies to --ocr only");
  }
}
