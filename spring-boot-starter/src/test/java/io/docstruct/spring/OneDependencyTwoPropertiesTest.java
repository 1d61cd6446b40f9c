package io.docstruct.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.testing.server.LocalOcrServer;
import io.docstruct.testing.server.SampleResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The promise: a new Spring Boot application with the starter and two properties (a CLOVA receipt
 * domain's invoke URL and secret) gets a working pipeline bean. The "service" is the local server.
 */
class OneDependencyTwoPropertiesTest {
  @TempDir Path dir;

  /** The whole application. */
  @SpringBootApplication
  static class ExpenseApp {}

  @Test
  void aNewApplicationWithTwoPropertiesReadsAReceipt() {
    try (LocalOcrServer clova = LocalOcrServer.builder().secret("abc123").sampleResponses().start()) {
      SpringApplication app = new SpringApplication(ExpenseApp.class);
      app.setWebApplicationType(WebApplicationType.NONE);
      try (ConfigurableApplicationContext context =
          app.run(
              "--docstruct.clova.domains.receipt.invoke-url=" + clova.invokeUrl("receipt"),
              "--docstruct.clova.domains.receipt.secret=abc123")) {
        DocStruct docstruct = context.getBean(DocStruct.class);

        DocumentResult r = docstruct.process(DocumentInput.image(Samples.image(dir, SampleResponse.CLOVA_RECEIPT)));

        assertThat(r.status()).isEqualTo(DocumentResult.Status.PROCESSED);
        assertThat(r.rules().expenses()).singleElement().satisfies(e -> {
          assertThat(e.merchant().name()).isNotBlank();
          assertThat(e.total().amount()).isEqualByComparingTo("14700");
        });
      }
    }
  }
}
