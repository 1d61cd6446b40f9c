package io.docstruct.testing.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrClientException;
import io.docstruct.client.RetryPolicy;
import io.docstruct.clova.client.ClovaOcrClient;
import io.docstruct.clova.model.ClovaResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * 1,000 requests at concurrency 8 through {@link ClovaOcrClient} against {@link LocalOcrServer} injecting a
 * fault into 20% of requests (HTTP 500 {@code 0500}, the rate limit {@code 0025}, a slow answer, a dropped
 * connection): every request ends in a response or a typed failure, no attempt is unaccounted for, retries
 * stay within the policy, and no thread or connection outlives the client.
 */
class FaultToleranceTest {
  private static final int REQUESTS = 1000;
  private static final int CONCURRENCY = 8;
  private static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(5), 2.0);
  /**
   * Threads a client or server could leave behind. OkHttp's "OkHttp TaskRunner" and Okio's "Okio Watchdog"
   * are process-wide pools shared by every OkHttp client, which end after a minute idle: they are counted
   * apart and only have to stay few.
   */
  private static final List<String> THREAD_PREFIXES = List.of("docstruct-", "OkHttp Dispatcher", "OkHttp http");

  private static final List<String> SHARED_THREAD_PREFIXES = List.of("OkHttp TaskRunner", "Okio Watchdog");

  /** What one request came to: its attempts as the client sent them, and its outcome. */
  private record Outcome(int attempts, ClovaResponse response, OcrClientException failure) {}

  @Test
  void everyRequestEndsInAResultOrATypedFailureWithinThePolicyAndNothingLeaks() throws Exception {
    Map<String, Integer> threadsBefore = liveThreads();
    ThreadLocal<int[]> attempts = ThreadLocal.withInitial(() -> new int[1]);
    AtomicInteger clientAttempts = new AtomicInteger();
    // Room for every connection the calls may open: OkHttp's default pool keeps 5 idle connections and evicts
    // the others in the background, which can happen between reading the two counts compared below.
    ConnectionPool pool = new ConnectionPool(CONCURRENCY, 5, TimeUnit.MINUTES);
    // The test owns this OkHttp client so that it can see the connection pool the CLOVA client uses.
    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectionPool(pool)
            .addInterceptor(
                chain -> {
                  attempts.get()[0]++;
                  clientAttempts.incrementAndGet();
                  return chain.proceed(chain.request());
                })
            .build();
    FaultPlan plan =
        FaultPlan.random(
            0.2,
            12,
            Fault.serverError(),
            Fault.rateLimit(),
            Fault.delay(Duration.ofMillis(20)),
            Fault.dropConnection());
    byte[] jpeg = TestFiles.jpeg(5, 5);
    List<Outcome> outcomes = new ArrayList<>();
    int requestsSeen;
    List<Fault> faults;
    ExecutorService callers = Executors.newFixedThreadPool(CONCURRENCY);
    try (LocalOcrServer server =
            LocalOcrServer.builder()
                .secret("fault-secret")
                .faults(plan)
                .threads(CONCURRENCY)
                .synthesizeUnknownImages(true) // the faults are the subject, not the recordings
                .start();
        ClovaOcrClient client =
            ClovaOcrClient.builder()
                .invokeUrl(server.invokeUrl("general"))
                .secret("fault-secret")
                .okHttpClient(http)
                .maxConcurrentCalls(CONCURRENCY)
                .retryPolicy(FAST)
                .readTimeout(Duration.ofSeconds(10))
                .build()) {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        String name = "scan-" + i;
        futures.add(
            callers.submit(
                () -> {
                  attempts.get()[0] = 0;
                  try {
                    ClovaResponse r = client.general(ImageSource.ofBytes(jpeg, name));
                    return new Outcome(attempts.get()[0], r, null);
                  } catch (OcrClientException e) {
                    return new Outcome(attempts.get()[0], null, e);
                  }
                }));
      }
      for (Future<Outcome> f : futures) {
        // Anything but a response or a typed failure makes get() throw and the test fail.
        outcomes.add(f.get(2, TimeUnit.MINUTES));
      }
      requestsSeen = server.requestCount();
      faults = server.faultsInjected();
      // No response body left open: every connection comes back to the pool, idle (a leaked one never does;
      // allow a moment for the last releases).
      for (int i = 0; i < 100 && pool.connectionCount() != pool.idleConnectionCount(); i++) {
        Thread.sleep(50);
      }
      assertThat(pool.connectionCount()).isEqualTo(pool.idleConnectionCount());
      assertThat(pool.connectionCount()).isLessThanOrEqualTo(CONCURRENCY);
    } finally {
      callers.shutdown();
      assertThat(callers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
    pool.evictAll();
    http.dispatcher().executorService().shutdown();

    long succeeded = outcomes.stream().filter(o -> o.response() != null).count();
    long failed = outcomes.stream().filter(o -> o.failure() != null).count();
    int attemptsSent = outcomes.stream().mapToInt(Outcome::attempts).sum();
    long failingAnswers =
        faults.stream().filter(f -> f.kind() != Fault.Kind.NONE && f.kind() != Fault.Kind.DELAY).count();
    long injected = faults.stream().filter(f -> f.kind() != Fault.Kind.NONE).count();

    // Nothing lost: every request has exactly one outcome.
    assertThat(succeeded + failed).isEqualTo(REQUESTS);
    assertThat(outcomes).allSatisfy(o -> assertThat(o.response() == null).isNotEqualTo(o.failure() == null));
    assertThat(outcomes)
        .filteredOn(o -> o.response() != null)
        .allSatisfy(o -> assertThat(o.response().images()).hasSize(1));
    // Every attempt reached the server and was answered once; the faults were really injected.
    assertThat(attemptsSent).isEqualTo(clientAttempts.get()).isEqualTo(requestsSeen);
    assertThat(faults).hasSize(requestsSeen);
    assertThat(injected).isBetween((long) (0.15 * requestsSeen), (long) (0.25 * requestsSeen));
    // Retries within the policy: each request 1..maxAttempts attempts; a failure only after all of them,
    // and every attempt that was not the successful one met a failing answer.
    assertThat(outcomes).allSatisfy(o -> assertThat(o.attempts()).isBetween(1, FAST.maxAttempts()));
    assertThat(outcomes)
        .filteredOn(o -> o.failure() != null)
        .allSatisfy(
            o -> {
              assertThat(o.attempts()).isEqualTo(FAST.maxAttempts());
              assertThat(o.failure().retryable()).isTrue();
            });
    assertThat(attemptsSent - succeeded).isEqualTo(failingAnswers);

    // No thread outlives the client and the server (pools wind down after shutdown; wait for them).
    assertThat(threadsAfter(threadsBefore)).isEqualTo(threadsBefore);
    assertThat(Thread.getAllStackTraces().keySet())
        .filteredOn(t -> SHARED_THREAD_PREFIXES.stream().anyMatch(p -> t.getName().startsWith(p)))
        .hasSizeLessThanOrEqualTo(CONCURRENCY);

    System.out.printf(
        "fault tolerance: %d requests, %d attempts, %d faults injected (%d failing answers), %d succeeded,"
            + " %d typed failures, 0 lost%n",
        REQUESTS, attemptsSent, injected, failingAnswers, succeeded, failed);
  }

  /** Live threads by name prefix, waiting up to 30 s for counts to fall back to {@code expected}. */
  private static Map<String, Integer> threadsAfter(Map<String, Integer> expected) throws InterruptedException {
    Map<String, Integer> now = liveThreads();
    for (int i = 0; i < 300 && !now.equals(expected); i++) {
      Thread.sleep(100);
      now = liveThreads();
    }
    return now;
  }

  private static Map<String, Integer> liveThreads() {
    Map<String, Integer> counts = new TreeMap<>();
    for (String prefix : THREAD_PREFIXES) {
      counts.put(prefix, 0);
    }
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      for (String prefix : THREAD_PREFIXES) {
        if (t.isAlive() && t.getName().startsWith(prefix)) {
          counts.merge(prefix, 1, Integer::sum);
        }
      }
    }
    return counts;
  }
}
