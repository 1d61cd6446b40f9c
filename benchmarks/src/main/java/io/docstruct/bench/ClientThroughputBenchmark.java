package io.docstruct.bench;

import io.docstruct.client.ImageSource;
import io.docstruct.client.RetryPolicy;
import io.docstruct.clova.client.ClovaOcrClient;
import io.docstruct.clova.client.GeneralOptions;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.testing.server.FaultPlan;
import io.docstruct.testing.server.LocalOcrServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How close the CLOVA client comes to ideal concurrency: 200 General OCR calls against the local server,
 * which adds 100 ms of latency to every answer, with at most 8 in flight. The ideal is 200 × 100 ms / 8 =
 * 2.5 s; the baseline {@code idealSleeps} measures that ideal on this machine (200 sleeps of 100 ms on 8
 * threads), so the ratio baseline / client isolates what the client and the HTTP stack cost.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ClientThroughputBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class ClientThroughputBenchmark {
  static final int REQUESTS = 200;
  static final int CONCURRENCY = 8;
  static final Duration LATENCY = Duration.ofMillis(100);

  /** A 1×1 PNG without a recording: the server is asked to answer a synthesised one-page response for it. */
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R',
    0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89
  };

  private LocalOcrServer server;
  private ClovaOcrClient client;
  private ExecutorService sleepers;

  @Setup(Level.Trial)
  public void start() {
    server =
        LocalOcrServer.builder()
            .secret("bench")
            .threads(32)
            .faults(FaultPlan.latency(LATENCY))
            .synthesizeUnknownImages(true)
            .start();
    client =
        ClovaOcrClient.builder()
            .invokeUrl(server.invokeUrl("general"))
            .secret("bench")
            .maxConcurrentCalls(CONCURRENCY)
            .retryPolicy(RetryPolicy.none())
            .build();
    sleepers = Executors.newFixedThreadPool(CONCURRENCY);
  }

  @TearDown(Level.Trial)
  public void stop() {
    client.close();
    server.close();
    sleepers.shutdownNow();
  }

  /** Baseline: the ideal, 200 sleeps of 100 ms on 8 threads. */
  @Benchmark
  public int idealSleeps() throws Exception {
    List<Future<?>> all = new ArrayList<>(REQUESTS);
    for (int i = 0; i < REQUESTS; i++) {
      all.add(sleepers.submit(() -> {
        Thread.sleep(LATENCY.toMillis());
        return null;
      }));
    }
    for (Future<?> f : all) {
      f.get();
    }
    return all.size();
  }

  /** Subject: 200 real calls through the client, 8 in flight, each answered after 100 ms. */
  @Benchmark
  public int clientCalls() {
    List<CompletableFuture<ClovaResponse>> all = new ArrayList<>(REQUESTS);
    for (int i = 0; i < REQUESTS; i++) {
      all.add(client.generalAsync(ImageSource.ofBytes(PNG, "page-" + i), GeneralOptions.defaults()));
    }
    int pages = 0;
    for (CompletableFuture<ClovaResponse> f : all) {
      pages += f.join().images().size();
    }
    return pages;
  }
}
