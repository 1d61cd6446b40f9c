package io.docstruct.testing.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrApiException;
import io.docstruct.client.RetryPolicy;
import io.docstruct.clova.client.ClovaOcrClient;
import io.docstruct.clova.client.DocumentType;
import io.docstruct.testing.server.Fault;
import io.docstruct.testing.server.FaultPlan;
import io.docstruct.testing.server.LocalOcrServer;
import io.docstruct.testing.server.SampleResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The extension in the test classes below (not run by the build directly: they are nested), each run here
 * through the JUnit launcher as a user's build would run it. They record what they saw in {@link #SEEN}.
 */
class LocalOcrServerExtensionTest {
  /** What the classes run below saw, in order: one entry per test or callback. */
  static final List<Object> SEEN = new CopyOnWriteArrayList<>();

  @Test
  void aStaticExtensionServesEveryTestOfTheClassAndTheirNestedClassesThenCloses() {
    TestExecutionSummary summary = run(StaticServer.class);

    assertThat(summary.getTotalFailureCount()).as(failures(summary)).isZero();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(4);
    assertThat(SEEN).hasSize(4).allSatisfy(s -> assertThat(s).isSameAs(SEEN.get(0)));
    assertThat(isListening((LocalOcrServer) SEEN.get(0))).as("closed after the class").isFalse();
  }

  @Test
  void aFaultPlanSetInOneTestIsGoneInTheNext() {
    TestExecutionSummary summary = run(FaultsPerTest.class);

    assertThat(summary.getTotalFailureCount()).as(failures(summary)).isZero();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(3);
  }

  @Test
  void extendWithGivesAServerWithTheDefaults() {
    TestExecutionSummary summary = run(Declarative.class);

    assertThat(summary.getTotalFailureCount()).as(failures(summary)).isZero();
    assertThat(SEEN).hasSize(2);
    assertThat(SEEN.get(1)).isSameAs(SEEN.get(0)); // @BeforeAll and the test see one server
    assertThat(isListening((LocalOcrServer) SEEN.get(0))).isFalse();
  }

  @Test
  void anInstanceFieldExtensionGivesEachTestItsOwnServer() {
    TestExecutionSummary summary = run(PerTest.class);

    assertThat(summary.getTotalFailureCount()).as(failures(summary)).isZero();
    assertThat(SEEN).hasSize(2);
    assertThat(SEEN.get(1)).isNotSameAs(SEEN.get(0));
    assertThat(SEEN).allSatisfy(s -> assertThat(isListening((LocalOcrServer) s)).isFalse());
  }

  @Test
  void serverOutsideTheTestsIsAnErrorThatSaysWhy() {
    LocalOcrServerExtension unused = new LocalOcrServerExtension();

    assertThatThrownBy(unused::server)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no LocalOcrServer is running");
  }

  // ---- the test classes run above ----

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class StaticServer {
    @RegisterExtension
    static final LocalOcrServerExtension OCR =
        new LocalOcrServerExtension(LocalOcrServer.builder().sampleResponses().secret("s3cret"));

    @Test
    @Order(1)
    void readsASampleThroughTheInjectedServer(LocalOcrServer server) throws IOException {
      SEEN.add(server);
      try (ClovaOcrClient receipts = client(server, "receipt", "s3cret")) {
        var answer = receipts.document(DocumentType.RECEIPT, image(SampleResponse.CLOVA_RECEIPT));
        assertThat(answer.images().get(0).receipt()).isNotNull();
      }
      assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theFieldHoldsTheSameServer() {
      SEEN.add(OCR.server());
      assertThat(OCR.server().requestCount()).as("counted from this test's start").isZero();
    }

    @Nested
    class Inner {
      @Test
      void nestedTestsShareIt(LocalOcrServer server) {
        SEEN.add(server);
      }

      @Test
      void andSoDoTheirFields() {
        SEEN.add(OCR.server());
      }
    }
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class FaultsPerTest {
    @RegisterExtension
    static final LocalOcrServerExtension OCR =
        new LocalOcrServerExtension(
            LocalOcrServer.builder().sampleResponses().faults(FaultPlan.script(Fault.serverError())));

    @Test
    @Order(1)
    void theBuildersPlanAppliesToTheFirstRequestOfEveryTest(LocalOcrServer server) throws IOException {
      try (ClovaOcrClient receipts = client(server, "receipt", "any")) {
        assertThatThrownBy(() -> receipts.document(DocumentType.RECEIPT, image(SampleResponse.CLOVA_RECEIPT)))
            .isInstanceOfSatisfying(OcrApiException.class, e -> assertThat(e.code()).isEqualTo("0500"));
      }
    }

    @Test
    @Order(2)
    void aTestSetsItsOwnPlan(LocalOcrServer server) throws IOException {
      server.useFaults(FaultPlan.script(Fault.rateLimit()));
      try (ClovaOcrClient receipts = client(server, "receipt", "any")) {
        assertThatThrownBy(() -> receipts.document(DocumentType.RECEIPT, image(SampleResponse.CLOVA_RECEIPT)))
            .isInstanceOfSatisfying(OcrApiException.class, e -> assertThat(e.code()).isEqualTo("0025"));
      }
      assertThat(server.faultsInjected()).containsExactly(Fault.rateLimit());
    }

    @Test
    @Order(3)
    void theNextTestHasTheBuildersPlanAgain(LocalOcrServer server) throws IOException {
      assertThat(server.faultPlan().script()).containsExactly(Fault.serverError());
      assertThat(server.faultsInjected()).isEmpty();
      try (ClovaOcrClient receipts = client(server, "receipt", "any")) {
        assertThatThrownBy(() -> receipts.document(DocumentType.RECEIPT, image(SampleResponse.CLOVA_RECEIPT)))
            .isInstanceOfSatisfying(OcrApiException.class, e -> assertThat(e.code()).isEqualTo("0500"));
        assertThat(receipts.document(DocumentType.RECEIPT, image(SampleResponse.CLOVA_RECEIPT)).images())
            .hasSize(1);
      }
    }
  }

  @ExtendWith(LocalOcrServerExtension.class)
  static class Declarative {
    @BeforeAll
    static void before(LocalOcrServer server) {
      SEEN.add(server);
    }

    @Test
    void injected(LocalOcrServer server) {
      SEEN.add(server);
      assertThat(server.invokeUrl("general")).isEqualTo(server.baseUrl() + "general");
    }
  }

  static class PerTest {
    @RegisterExtension final LocalOcrServerExtension ocr = new LocalOcrServerExtension();

    @Test
    void one(LocalOcrServer server) {
      SEEN.add(server);
      assertThat(ocr.server()).isSameAs(server);
    }

    @Test
    void two(LocalOcrServer server) {
      SEEN.add(server);
    }
  }

  // ---- helpers ----

  private static TestExecutionSummary run(Class<?> testClass) {
    SEEN.clear();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    // Without the listeners found on the class path: the build's own (surefire's) must not report these runs.
    LauncherConfig config = LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build();
    LauncherFactory.create(config)
        .execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(), listener);
    return listener.getSummary();
  }

  private static String failures(TestExecutionSummary summary) {
    StringBuilder out = new StringBuilder();
    summary.getFailures().forEach(f -> out.append(f.getTestIdentifier().getDisplayName()).append(": ")
        .append(f.getException()).append('\n'));
    return out.toString();
  }

  private static boolean isListening(LocalOcrServer server) {
    try (Socket ignored = new Socket("127.0.0.1", server.port())) {
      return true;
    } catch (ConnectException e) {
      return false;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static ClovaOcrClient client(LocalOcrServer server, String endpoint, String secret) {
    return ClovaOcrClient.builder()
        .invokeUrl(server.invokeUrl(endpoint))
        .secret(secret)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  static ImageSource image(SampleResponse sample) throws IOException {
    return ImageSource.ofBytes(sample.readImage(), sample.imageName());
  }
}
