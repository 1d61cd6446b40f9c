package io.docstruct.testing.server;

import static io.docstruct.testing.server.ClovaEndpointsTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.docstruct.json.WireJson;
import io.docstruct.testing.junit5.LocalOcrServerExtension;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultInjectionTest {
  /** One server for the class; each test sets its own plan, which the extension resets before the next. */
  @RegisterExtension static final LocalOcrServerExtension OCR = new LocalOcrServerExtension();

  private final OcrHttp http = new OcrHttp();
  private final String json = OcrHttp.message("V2", "jpg", "x", TestFiles.jpeg(5, 5), null).toString();
  private final LocalOcrServer server = OCR.server();

  @Test
  void aScriptAppliesToTheNextRequestsInOrderThenRequestsAreAnsweredNormally() throws Exception {
    FaultPlan plan =
        FaultPlan.script(
            Fault.serverError(), Fault.ocrError(), Fault.rateLimit(), Fault.quota(), Fault.malformedBody());
    server.useFaults(plan);
    String url = server.invokeUrl("general");

    assertError(http.postJson(url, json), 500, "0500");
    assertError(http.postJson(url, json), 500, "0501");
    OcrHttp.Reply rateLimited = http.postJson(url, json);
    assertError(rateLimited, 400, "0025");
    assertThat(rateLimited.json().get("message").asText())
        .isEqualTo("Calls to this api have exceeded the rate limit.");
    assertError(http.postJson(url, json), 400, "0023");
    OcrHttp.Reply malformed = http.postJson(url, json);
    assertThat(malformed.status()).isEqualTo(200);
    assertThat(malformed.body()).startsWith("{");
    assertThatThrownBy(() -> WireJson.mapper().readTree(malformed.body()))
        .isInstanceOf(JsonProcessingException.class);
    assertThat(http.postJson(url, json).status()).isEqualTo(200);

    assertThat(server.requestCount()).isEqualTo(6);
    assertThat(server.faultsInjected())
        .containsExactly(
            Fault.serverError(), Fault.ocrError(), Fault.rateLimit(), Fault.quota(), Fault.malformedBody(),
            Fault.none());
  }

  @Test
  void aDroppedConnectionIsAnIoErrorAndTheNextRequestSucceeds() throws Exception {
    server.useFaults(FaultPlan.script(Fault.dropConnection()));
    String url = server.invokeUrl("general");

    assertThatThrownBy(() -> http.postJson(url, json)).isInstanceOf(IOException.class);
    assertThat(http.postJson(url, json).status()).isEqualTo(200);
    assertThat(server.faultsInjected()).containsExactly(Fault.dropConnection(), Fault.none());
  }

  @Test
  void aDelayedAnswerArrivesAtLeastTheDelayLateAndIsComplete() throws Exception {
    Duration delay = Duration.ofMillis(300);
    server.useFaults(FaultPlan.script(Fault.delay(delay)));
    long started = System.nanoTime();
    OcrHttp.Reply reply = http.postJson(server.invokeUrl("general"), json);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("images")).hasSize(1);
    assertThat(elapsed).isGreaterThanOrEqualTo(delay);
  }

  @Test
  void latencyHoldsBackEveryRequest() throws Exception {
    Duration latency = Duration.ofMillis(150);
    server.useFaults(FaultPlan.latency(latency));
    for (int i = 0; i < 2; i++) {
      long started = System.nanoTime();
      assertThat(http.postJson(server.invokeUrl("general"), json).status()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(latency);
    }
  }

  @Test
  void randomFaultsAreRepeatableForASeed() throws Exception {
    FaultPlan plan = FaultPlan.random(0.5, 42L, Fault.serverError(), Fault.rateLimit());

    List<Fault> first = run(plan, 30);
    List<Fault> second = run(plan, 30);

    assertThat(first).isEqualTo(second);
    assertThat(first).contains(Fault.none()).containsAnyOf(Fault.serverError(), Fault.rateLimit());
    assertThat(first).containsOnly(Fault.none(), Fault.serverError(), Fault.rateLimit());
  }

  @Test
  void theScriptRunsBeforeRandomFaults() throws Exception {
    FaultPlan plan = FaultPlan.builder().script(Fault.quota()).random(1.0, 1L, Fault.ocrError()).build();

    assertThat(run(plan, 3)).containsExactly(Fault.quota(), Fault.ocrError(), Fault.ocrError());
  }

  @Test
  void plansAndFaultsRejectNonsense() {
    assertThatThrownBy(() -> FaultPlan.random(1.5, 1L, Fault.serverError())).hasMessageContaining("rate");
    assertThatThrownBy(() -> FaultPlan.random(Double.NaN, 1L, Fault.serverError())).hasMessageContaining("rate");
    assertThatThrownBy(() -> FaultPlan.random(0.5, 1L)).hasMessageContaining("kinds");
    assertThatThrownBy(() -> FaultPlan.latency(Duration.ofMillis(-1))).hasMessageContaining("latency");
    assertThatThrownBy(() -> Fault.delay(Duration.ofMillis(-1))).hasMessageContaining("delay");
    assertThatThrownBy(() -> FaultPlan.script((Fault) null)).hasMessageContaining("faults[0]");
  }

  @Test
  void withLatencyKeepsTheRestOfThePlan() {
    FaultPlan plan = FaultPlan.script(Fault.rateLimit()).withLatency(Duration.ofMillis(5));

    assertThat(plan.script()).containsExactly(Fault.rateLimit());
    assertThat(plan.latency()).isEqualTo(Duration.ofMillis(5));
    assertThat(Fault.delay(Duration.ofSeconds(2))).hasToString("DELAY(PT2S)");
  }

  private List<Fault> run(FaultPlan plan, int requests) throws Exception {
    server.useFaults(plan);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      statuses.add(http.postJson(server.invokeUrl("general"), json).status());
    }
    List<Fault> faults = server.faultsInjected();
    for (int i = 0; i < requests; i++) {
      assertThat(statuses.get(i)).isEqualTo(faults.get(i).kind() == Fault.Kind.NONE ? 200 : faults.get(i)
          .kind() == Fault.Kind.SERVER_ERROR || faults.get(i).kind() == Fault.Kind.OCR_ERROR ? 500 : 400);
    }
    return faults;
  }
}
