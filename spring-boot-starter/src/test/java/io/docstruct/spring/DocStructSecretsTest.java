package io.docstruct.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.spring.autoconfigure.DocStructActuatorAutoConfiguration;
import io.docstruct.spring.autoconfigure.DocStructAutoConfiguration;
import io.docstruct.spring.autoconfigure.DocStructProperties;
import io.docstruct.testing.server.Fault;
import io.docstruct.testing.server.FaultPlan;
import io.docstruct.testing.server.LocalOcrServer;
import io.docstruct.testing.server.SampleResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** DocStruct's secrets never in toString, never unmasked in /actuator/env, never in the logs. */
@ExtendWith(OutputCaptureExtension.class)
class DocStructSecretsTest {
  private static final String SECRET = "Sup3r-Secret-CLOVA-key-0001";
  private static final String TOKEN = "nhn-token-Sup3r-Secret-0002";
  private static LocalOcrServer server;

  @TempDir Path dir;

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DocStructAutoConfiguration.class,
                  DocStructActuatorAutoConfiguration.class));

  @BeforeAll
  static void startServer() {
    server = LocalOcrServer.builder().secret(SECRET).sampleResponses().start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void thePropertiesToStringShowsThatSecretsAreSetButNotWhatTheyAre() {
    runner
        .withPropertyValues(
            "docstruct.clova.domains.receipt.invoke-url=" + server.invokeUrl("receipt"),
            "docstruct.clova.domains.receipt.secret=" + SECRET,
            "docstruct.nhn.app-key=app",
            "docstruct.nhn.user-access-token=" + TOKEN,
            "docstruct.nhn.secret-key=" + TOKEN)
        .run(
            context -> {
              String shown = context.getBean(DocStructProperties.class).toString();
              assertThat(shown).contains("secret=****", "userAccessToken=****", "secretKey=****");
              assertThat(shown).doesNotContain(SECRET).doesNotContain(TOKEN);
            });
  }

  @Test
  void actuatorEnvMasksDocStructSecretsEvenWhenItShowsValues() {
    runner
        .withPropertyValues(
            "docstruct.ocr.engine=none",
            "docstruct.clova.domains.receipt.invoke-url=" + server.invokeUrl("receipt"),
            "docstruct.clova.domains.receipt.secret=" + SECRET,
            "DOCSTRUCT_CLOVA_DOMAINS_GENERAL_SECRET=" + SECRET,
            "docstruct.nhn.user-access-token=" + TOKEN,
            "docstruct.nhn.secret-key=" + TOKEN)
        .run(
            context -> {
              // The endpoint as Boot builds it for /actuator/env, with the context's sanitizing functions.
              EnvironmentEndpoint env =
                  new EnvironmentEndpoint(
                      context.getEnvironment(),
                      context.getBeanProvider(SanitizingFunction.class).orderedStream().toList(),
                      Show.ALWAYS);
              assertThat(value(env, "docstruct.clova.domains.receipt.invoke-url"))
                  .isEqualTo(server.invokeUrl("receipt"));
              for (String key :
                  new String[] {
                    "docstruct.clova.domains.receipt.secret",
                    "DOCSTRUCT_CLOVA_DOMAINS_GENERAL_SECRET",
                    "docstruct.nhn.user-access-token",
                    "docstruct.nhn.secret-key"
                  }) {
                assertThat(value(env, key)).as(key).isEqualTo("******");
              }
              assertThat(env.environment(null).toString()).doesNotContain(SECRET).doesNotContain(TOKEN);
            });
  }

  @Test
  void nothingLoggedNamesTheSecretEvenWithRequestHeadersLoggedAndRetries(CapturedOutput output) {
    runner
        .withPropertyValues(
            "docstruct.clova.domains.receipt.invoke-url=" + server.invokeUrl("receipt"),
            "docstruct.clova.domains.receipt.secret=" + SECRET,
            "docstruct.ocr.request-logging=headers",
            "docstruct.ocr.retry.initial-delay=1ms",
            "docstruct.ocr.retry.max-delay=2ms")
        .run(
            context -> {
              server.useFaults(FaultPlan.script(Fault.rateLimit()));
              DocumentResult r =
                  context.getBean(DocStruct.class)
                      .process(DocumentInput.image(Samples.image(dir, SampleResponse.CLOVA_RECEIPT)));
              assertThat(r.status()).isEqualTo(DocumentResult.Status.PROCESSED);
            });
    assertThat(output).contains("DocStruct ready", "X-OCR-SECRET").doesNotContain(SECRET);
  }

  private static Object value(EnvironmentEndpoint env, String key) {
    return env.environmentEntry(key).getProperty().getValue();
  }
}
