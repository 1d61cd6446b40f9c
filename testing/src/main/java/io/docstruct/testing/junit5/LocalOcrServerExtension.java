package io.docstruct.testing.junit5;

import io.docstruct.testing.server.FaultPlan;
import io.docstruct.testing.server.LocalOcrServer;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link LocalOcrServer} for the tests of a class: started before the first of them, closed after the
 * last, handed to any test, lifecycle method or constructor that declares a {@code LocalOcrServer}
 * parameter. Before each test the server's fault plan goes back to the one it was built with, and its request
 * count and fault list start again, so a test that calls {@link LocalOcrServer#useFaults(FaultPlan)} changes
 * only itself.
 *
 * <pre>{@code
 * class ReceiptImportTest {
 *   @RegisterExtension
 *   static final LocalOcrServerExtension ocr =
 *       new LocalOcrServerExtension(
 *           LocalOcrServer.builder().responsesFromClasspath("recordings").secret("test"));
 *
 *   @Test
 *   void importsAReceipt(LocalOcrServer server) {
 *     ClovaOcrClient client =
 *         ClovaOcrClient.builder().invokeUrl(server.invokeUrl("receipt")).secret("test").build();
 *     ...
 *   }
 *
 *   @Test
 *   void retriesTheRateLimit() {
 *     ocr.server().useFaults(FaultPlan.script(Fault.rateLimit()));   // this test only
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Registered on a {@code static} field (as above) or with {@code @ExtendWith(LocalOcrServerExtension.class)}
 * (a server with the defaults: no recordings, any secret), the server lives as long as the class and its
 * {@code @Nested} classes; on an instance field, as long as one test. Tests that share a server and change its
 * fault plan must not run concurrently with each other.
 */
public final class LocalOcrServerExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final LocalOcrServer.Builder builder;
  private @Nullable LocalOcrServer server;
  private @Nullable String startedBy;
  private FaultPlan plan = FaultPlan.none();

  /** A server with {@link LocalOcrServer#builder()}'s defaults; what {@code @ExtendWith} uses. */
  public LocalOcrServerExtension() {
    this(LocalOcrServer.builder());
  }

  /** A server started from {@code builder} for each class (the builder may be shared; each start copies it). */
  public LocalOcrServerExtension(LocalOcrServer.Builder builder) {
    this.builder = Objects.requireNonNull(builder, "builder == null");
  }

  /**
   * The running server.
   *
   * @throws IllegalStateException outside the tests of the class that registered this extension
   */
  public synchronized LocalOcrServer server() {
    LocalOcrServer running = server;
    if (running == null) {
      throw new IllegalStateException(
          "no LocalOcrServer is running: server() is for the tests of the class that registers the extension");
    }
    return running;
  }

  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    startIfNeeded(context);
  }

  @Override
  public synchronized void beforeEach(ExtensionContext context) {
    startIfNeeded(context).useFaults(plan);
  }

  @Override
  public synchronized void afterEach(ExtensionContext context) {
    stopIfStartedBy(context);
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    stopIfStartedBy(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalOcrServer.class;
  }

  @Override
  public synchronized Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return startIfNeeded(context);
  }

  @Override
  public synchronized String toString() {
    return "LocalOcrServerExtension[" + (server == null ? "not running" : server) + "]";
  }

  /**
   * The running server, or one started now and owned by {@code context}'s level: the class for a static
   * registration (a test's parameters resolve after the class's callbacks), the test for an instance field.
   */
  private LocalOcrServer startIfNeeded(ExtensionContext context) {
    LocalOcrServer running = server;
    if (running != null) {
      return running;
    }
    running = builder.start();
    server = running;
    startedBy = context.getUniqueId();
    plan = running.faultPlan();
    return running;
  }

  private void stopIfStartedBy(ExtensionContext context) {
    LocalOcrServer running = server;
    if (running != null && context.getUniqueId().equals(startedBy)) {
      server = null;
      startedBy = null;
      running.close();
    }
  }
}
