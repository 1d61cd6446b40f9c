package io.docstruct.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.spring.autoconfigure.DocStructAutoConfiguration;
import io.docstruct.spring.autoconfigure.DocStructHealthAutoConfiguration;
import io.docstruct.spring.autoconfigure.DocStructMetricsAutoConfiguration;
import io.docstruct.spring.health.DocStructHealthIndicator;
import io.docstruct.testing.server.Fault;
import io.docstruct.testing.server.FaultPlan;
import io.docstruct.testing.server.LocalOcrServer;
import io.docstruct.testing.server.SampleResponse;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Boot's own Micrometer auto-configuration with the starter's: OCR call timers by outcome and provider code,
 * retries, documents and violations by rule; and the health indicator that never calls the API.
 */
class DocStructMetricsTest {
  private static final String SECRET = "metrics-test-secret";
  private static LocalOcrServer server;

  @TempDir Path dir;

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ObservationAutoConfiguration.class,
                  MetricsAutoConfiguration.class,
                  SimpleMetricsExportAutoConfiguration.class,
                  CompositeMeterRegistryAutoConfiguration.class,
                  DocStructMetricsAutoConfiguration.class,
                  DocStructAutoConfiguration.class,
                  DocStructHealthAutoConfiguration.class))
          .withPropertyValues(
              "docstruct.clova.domains.receipt.invoke-url=" + server.invokeUrl("receipt"),
              "docstruct.clova.domains.receipt.secret=" + SECRET,
              "docstruct.ocr.retry.initial-delay=1ms",
              "docstruct.ocr.retry.max-delay=2ms",
              "docstruct.rules.locations=classpath:rules/review-every-receipt.drl");

  @BeforeAll
  static void startServer() {
    server = LocalOcrServer.builder().secret(SECRET).sampleResponses().start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  private DocumentResult receipt(DocStruct docstruct) {
    return docstruct.process(DocumentInput.image(Samples.image(dir, SampleResponse.CLOVA_RECEIPT)));
  }

  @Test
  void aRateLimitThenSuccessIsOneSuccessfulCallOneRetryOneDocumentAndItsViolations() {
    runner.run(
        context -> {
          server.useFaults(FaultPlan.script(Fault.rateLimit()));
          assertThat(receipt(context.getBean(DocStruct.class)).status()).isEqualTo(DocumentResult.Status.PROCESSED);

          MeterRegistry meters = context.getBean(MeterRegistry.class);
          assertThat(
                  meters.get("docstruct.ocr.call")
                      .tags("provider", "clova", "model", "receipt", "outcome", "success", "error.code", "none")
                      .timer()
                      .count())
              .isEqualTo(1);
          assertThat(meters.get("docstruct.ocr.retries").tags("provider", "clova", "error.code", "0025").counter().count())
              .isEqualTo(1.0);
          assertThat(meters.get("docstruct.documents").tags("status", "processed", "stage", "none").counter().count())
              .isEqualTo(1.0);
          assertThat(
                  meters.get("docstruct.violations")
                      .tags("rule", "Every receipt is reviewed", "severity", "info")
                      .counter()
                      .count())
              .isEqualTo(1.0);

          Map<String, Object> health = context.getBean(DocStructHealthIndicator.class).health().getDetails();
          assertThat(health).containsEntry("ocr", "clova").containsEntry("lastCall", "success").containsKey("rateLimitedAt");
        });
  }

  @Test
  void aRateLimitThatOutlastsTheRetriesIsTimedWithTheProvidersCodeAndHealthStaysUp() {
    runner
        .withPropertyValues("docstruct.ocr.retry.max-attempts=2")
        .run(
            context -> {
              server.useFaults(FaultPlan.script(Fault.rateLimit(), Fault.rateLimit()));
              DocumentResult r = receipt(context.getBean(DocStruct.class));
              assertThat(r.status()).isEqualTo(DocumentResult.Status.FAILED);

              MeterRegistry meters = context.getBean(MeterRegistry.class);
              assertThat(
                      meters.get("docstruct.ocr.call")
                          .tags("outcome", "rate-limited", "error.code", "0025")
                          .timer()
                          .count())
                  .isEqualTo(1);
              assertThat(meters.get("docstruct.documents").tags("status", "failed", "stage", "ocr").counter().count())
                  .isEqualTo(1.0);
              var health = context.getBean(DocStructHealthIndicator.class).health();
              assertThat(health.getStatus()).isEqualTo(Status.UP);
              assertThat(health.getDetails())
                  .containsEntry("lastCall", "rate-limited")
                  .containsEntry("lastErrorCode", "0025")
                  .containsEntry("failures", 1L);
              assertThat(server.requestCount()).isEqualTo(2);
            });
  }
}
