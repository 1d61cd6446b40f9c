package io.docstruct.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.ocr.OcrModel;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.spring.test.AutoConfigureLocalOcrServer;
import io.docstruct.testing.server.Fault;
import io.docstruct.testing.server.FaultPlan;
import io.docstruct.testing.server.LocalOcrServer;
import io.docstruct.testing.server.SampleResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

/** An application's @SpringBootTest runs offline: the annotation starts the local server and points DocStruct at it. */
@SpringBootTest(
    classes = AutoConfigureLocalOcrServerTest.App.class,
    properties = {
      // What the application's own configuration would say: the real service. The annotation's properties win.
      "docstruct.clova.domains.receipt.invoke-url=https://example.invalid/custom/v1/1/a/document/receipt",
      "docstruct.clova.domains.receipt.secret=production-secret",
      "docstruct.pipeline.model=receipt",
      "docstruct.ocr.retry.initial-delay=1ms"
    })
@AutoConfigureLocalOcrServer
class AutoConfigureLocalOcrServerTest {
  @Autowired DocStruct docstruct;
  @Autowired LocalOcrServer server;

  @Value("${docstruct.clova.domains.receipt.invoke-url}")
  String receiptUrl;

  @TempDir Path dir;

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {}

  @Test
  void everyCallGoesToTheLocalServerNeverToTheConfiguredService() {
    server.useFaults(FaultPlan.none());
    DocumentResult r = docstruct.process(DocumentInput.image(Samples.image(dir, SampleResponse.CLOVA_RECEIPT)));

    assertThat(receiptUrl).isEqualTo(server.invokeUrl("receipt")).startsWith("http://127.0.0.1:");
    assertThat(r.status()).isEqualTo(DocumentResult.Status.PROCESSED);
    assertThat(r.rules().expenses()).singleElement().satisfies(e -> assertThat(e.total().amount()).isEqualByComparingTo("14700"));
    assertThat(server.requestCount()).isEqualTo(1);
    assertThat(docstruct.ocrEngine().models()).contains(OcrModel.RECEIPT, OcrModel.GENERAL, OcrModel.PASSPORT);
  }

  @Test
  void faultPlansReachTheApplicationThroughTheRealClient() {
    server.useFaults(FaultPlan.script(Fault.serverError()));
    DocumentResult r = docstruct.process(DocumentInput.image(Samples.image(dir, SampleResponse.CLOVA_RECEIPT)));

    assertThat(r.status()).isEqualTo(DocumentResult.Status.PROCESSED);
    assertThat(server.faultsInjected()).hasSize(2);
  }
}
