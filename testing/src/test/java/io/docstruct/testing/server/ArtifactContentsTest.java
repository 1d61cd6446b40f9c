package io.docstruct.testing.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.DocStructException;
import io.docstruct.testing.junit5.LocalOcrServerExtension;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * The server's public types come from docstruct-testing, not from docstruct-core (whose own test, {@code
 * NoServerInCoreTest}, reads every class of core for a server).
 */
class ArtifactContentsTest {
  @Test
  void theServerTheFaultsTheSamplesAndTheExtensionAreDocstructTestings() {
    URL core = DocStructException.class.getProtectionDomain().getCodeSource().getLocation();
    URL testing = LocalOcrServer.class.getProtectionDomain().getCodeSource().getLocation();

    assertThat(testing).isNotEqualTo(core);
    for (Class<?> type :
        new Class<?>[] {
          LocalOcrServer.class, LocalOcrServerException.class, FaultPlan.class, Fault.class, SampleResponse.class,
          LocalOcrServerExtension.class
        }) {
      assertThat(type.getProtectionDomain().getCodeSource().getLocation()).as(type.getName()).isEqualTo(testing);
    }
    assertThat(LocalOcrServer.class.getResource("/" + SampleResponse.RESOURCE_PREFIX + "/clova-receipt.json"))
        .as("the sample recordings")
        .isNotNull()
        .satisfies(url -> assertThat(url.toString()).startsWith(testing.toString().replaceFirst("/$", "")));
  }
}
