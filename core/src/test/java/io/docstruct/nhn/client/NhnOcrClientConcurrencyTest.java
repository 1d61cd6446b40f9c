package io.docstruct.nhn.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.client.ImageSource;
import io.docstruct.nhn.model.NhnResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-flight bound, async calls, and what close() shuts down. */
class NhnOcrClientConcurrencyTest {
  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  /** Answers every request after a pause, recording the most requests it ever had in flight at once. */
  private static final class CountingDispatcher extends Dispatcher {
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      try {
        Thread.sleep(100);
        return TestServer.success();
      } finally {
        inFlight.decrementAndGet();
      }
    }
  }

  @Test
  void asyncCallsNeverExceedMaxConcurrentCalls() throws Exception {
    CountingDispatcher dispatcher = new CountingDispatcher();
    server.setDispatcher(dispatcher);
    // More threads than the bound, so that only the client's bound can hold calls back.
    ExecutorService wide = Executors.newFixedThreadPool(6);
    try (NhnOcrClient client =
        TestServer.withToken(server).maxConcurrentCalls(2).executor(wide).build()) {
      List<CompletableFuture<NhnResponse>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        calls.add(client.generalAsync(ImageSource.ofUrl("https://example.com/" + i + ".png")));
      }
      for (CompletableFuture<NhnResponse> call : calls) {
        assertThat(call.get().header().successful()).isTrue();
      }
    } finally {
      wide.shutdownNow();
    }

    assertThat(server.getRequestCount()).isEqualTo(6);
    assertThat(dispatcher.maxInFlight.get()).isEqualTo(2);
  }

  @Test
  void syncCallsFromManyThreadsShareTheBound() throws Exception {
    CountingDispatcher dispatcher = new CountingDispatcher();
    server.setDispatcher(dispatcher);
    ExecutorService callers = Executors.newFixedThreadPool(5);
    try (NhnOcrClient client = TestServer.withToken(server).maxConcurrentCalls(3).build()) {
      List<java.util.concurrent.Future<NhnResponse>> calls = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        calls.add(callers.submit(() -> client.general(ImageSource.ofUrl("https://example.com/a.png"))));
      }
      for (java.util.concurrent.Future<NhnResponse> call : calls) {
        call.get();
      }
    } finally {
      callers.shutdownNow();
    }

    assertThat(server.getRequestCount()).isEqualTo(5);
    assertThat(dispatcher.maxInFlight.get()).isLessThanOrEqualTo(3);
  }

  @Test
  void closeShutsDownTheOwnedExecutorAndItsThreadsEnd() throws Exception {
    server.enqueue(TestServer.success());
    NhnOcrClient client = TestServer.withToken(server).build();
    client.generalAsync(ImageSource.ofUrl("https://example.com/a.png")).get();
    Thread worker = client.executor().submit(Thread::currentThread).get();
    assertThat(worker.isDaemon()).isTrue();
    assertThat(worker.getName()).startsWith("docstruct-nhn-");

    client.close();

    assertThat(client.executor().isShutdown()).isTrue();
    assertThat(client.executor().awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    worker.join(10_000);
    assertThat(worker.isAlive()).isFalse();
  }

  @Test
  void closeLeavesAGivenExecutorAndOkHttpClientRunning() {
    ExecutorService given = Executors.newSingleThreadExecutor();
    OkHttpClient shared = new OkHttpClient();
    try {
      NhnOcrClient client =
          TestServer.withToken(server).executor(given).okHttpClient(shared).build();
      client.close();

      assertThat(given.isShutdown()).isFalse();
      assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
    } finally {
      given.shutdownNow();
      shared.dispatcher().executorService().shutdown();
      shared.connectionPool().evictAll();
    }
  }

  @Test
  void callsAfterCloseAreRefused() {
    NhnOcrClient client = TestServer.withToken(server).build();
    client.close();
    client.close(); // idempotent

    ImageSource url = ImageSource.ofUrl("https://example.com/a.png");
    assertThatThrownBy(() -> client.general(url))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("NhnOcrClient is closed");
    assertThatThrownBy(() -> client.generalAsync(url)).isInstanceOf(IllegalStateException.class);
    assertThat(client.toString()).contains("closed");
    assertThat(server.getRequestCount()).isZero();
  }
}
