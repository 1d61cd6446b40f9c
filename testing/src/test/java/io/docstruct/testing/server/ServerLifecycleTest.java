package io.docstruct.testing.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ServerLifecycleTest {
  private final OcrHttp http = new OcrHttp();
  private final String json = OcrHttp.message("V2", "jpg", "x", TestFiles.jpeg(5, 5), null).toString();

  @Test
  void closeReleasesThePortAndLeavesNoServerThreads() throws Exception {
    int port;
    try (LocalOcrServer server = LocalOcrServer.builder().threads(2).start()) {
      port = server.port();
      assertThat(http.postJson(server.invokeUrl("general"), json).status()).isEqualTo(200);
      assertThat(threads(LocalOcrServer.THREAD_PREFIX)).isPositive();
    }

    assertThat(threads(LocalOcrServer.THREAD_PREFIX)).isZero();
    try (LocalOcrServer again = LocalOcrServer.builder().port(port).start()) {
      assertThat(again.baseUrl()).isEqualTo("http://127.0.0.1:" + port + "/");
      assertThat(http.postJson(again.invokeUrl("general"), json).status()).isEqualTo(200);
    }
  }

  @Test
  void closeInterruptsARequestStillWaitingAndReturns() throws Exception {
    FaultPlan slow = FaultPlan.script(Fault.delay(Duration.ofMinutes(5)));
    LocalOcrServer server = LocalOcrServer.builder().faults(slow).start();
    CompletableFuture<OcrHttp.Reply> pending =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return http.postJson(server.invokeUrl("general"), json);
              } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    while (server.requestCount() == 0) {
      Thread.sleep(10);
    }

    server.close();
    server.close(); // idempotent

    assertThat(pending).failsWithin(Duration.ofMinutes(1));
    assertThat(threads(LocalOcrServer.THREAD_PREFIX)).isZero();
  }

  @Test
  void aTakenPortIsATypedError() {
    try (LocalOcrServer server = LocalOcrServer.builder().start()) {
      assertThatThrownBy(() -> LocalOcrServer.builder().port(server.port()).start())
          .isInstanceOf(LocalOcrServerException.class)
          .hasMessageContaining("127.0.0.1:" + server.port());
    }
  }

  @Test
  void builderSettersNameTheirParameter() {
    LocalOcrServer.Builder b = LocalOcrServer.builder();

    assertThatThrownBy(() -> b.port(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
    assertThatThrownBy(() -> b.port(65_536)).hasMessageContaining("port");
    assertThatThrownBy(() -> b.threads(0)).hasMessageContaining("threads");
    assertThatThrownBy(() -> b.secret(" ")).hasMessageContaining("secret");
    assertThatThrownBy(() -> b.responses(Path.of("/no/such/dir"))).hasMessageContaining("dir");
    assertThatThrownBy(() -> b.faults(null)).hasMessageContaining("plan");
    assertThatThrownBy(() -> b.responsesFromClasspath(null, "x")).hasMessageContaining("loader");
  }

  @Test
  void theBuilderNeverShowsTheSecret() {
    assertThat(LocalOcrServer.builder().secret("s3cr3t-value").toString()).doesNotContain("s3cr3t-value");
  }

  @Test
  void invokeUrlsNameTheEndpoints() {
    try (LocalOcrServer server = LocalOcrServer.builder().start()) {
      String base = server.baseUrl();

      assertThat(server.invokeUrl("general")).isEqualTo(base + "general");
      assertThat(server.invokeUrl("/infer")).isEqualTo(base + "infer");
      assertThat(server.invokeUrl("template")).isEqualTo(base + "infer");
      assertThat(server.invokeUrl("receipt")).isEqualTo(base + "document/receipt");
      assertThat(server.invokeUrl("document/id-card")).isEqualTo(base + "document/id-card");
      assertThat(server.invokeUrl("custom/v1/1/ab/document/passport")).isEqualTo(base + "custom/v1/1/ab/document/passport");
      assertThatThrownBy(() -> server.invokeUrl("invoice")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void theAccessLineHoldsMethodPathStatusDurationAndFaultOnly() {
    assertThat(LocalOcrServer.accessLine("POST", "/general", 200, Duration.ofMillis(12), Fault.none()))
        .isEqualTo("POST /general -> 200 in 12 ms");
    assertThat(LocalOcrServer.accessLine("POST", "/general", 0, Duration.ofMillis(3), Fault.dropConnection()))
        .isEqualTo("POST /general -> dropped in 3 ms (fault DROP_CONNECTION)");
  }

  private static long threads(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(t -> t.getName().startsWith(prefix))
        .count();
  }
}
