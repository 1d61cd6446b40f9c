package io.docstruct.pipeline;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The results of {@link DocStruct#processAll}, one per input, handed back as they are asked for. Like {@link
 * java.nio.file.DirectoryStream}, it can be iterated once, and must be closed: closing it stops its worker
 * threads (an unfinished document's PDF is never left half-written: files are written atomically) and waits
 * for them, up to a minute.
 *
 * <pre>{@code
 * try (ResultStream results = docstruct.processAll(inputs, StreamOptions.completionOrder())) {
 *   for (DocumentResult r : results) {
 *     System.out.println(r.name() + ": " + r.summary());
 *   }
 * }
 * }</pre>
 *
 * <p>Every input gets a result, failed or not: a bad document never throws and never stops the others. At
 * most a window of documents is taken from the inputs ahead of the one handed back ({@code 2 × jobs}, plus
 * the OCR calls in flight when DocStruct has an OCR engine), so memory stays flat however many there are;
 * with one job, each document is processed on the consuming thread when it is asked for, none ahead. An
 * {@link Error} in a worker (out of memory) is thrown to the consumer; a consumer interrupted while waiting
 * gets a {@link CancellationException} with its interrupt flag set. Not thread-safe: consume from one thread.
 */
public final class ResultStream implements Iterable<DocumentResult>, AutoCloseable {
  private final DocStruct docstruct;
  private final Iterator<? extends DocumentInput> inputs;
  private final StreamOptions options;
  private final int window;
  private final @Nullable ExecutorService workers;
  private @Nullable ExecutorService ocrWorkers;
  private final ArrayDeque<CompletableFuture<DocumentResult>> pending = new ArrayDeque<>();
  private final BlockingQueue<CompletableFuture<DocumentResult>> completed = new LinkedBlockingQueue<>();
  private int inFlight;
  private boolean iterated;
  private boolean closed;

  ResultStream(DocStruct docstruct, Iterator<? extends DocumentInput> inputs, StreamOptions options) {
    this.docstruct = docstruct;
    this.inputs = inputs;
    this.options = options;
    int jobs = docstruct.jobs();
    if (jobs == 1) {
      this.workers = null;
      this.window = 1;
    } else {
      this.workers = Executors.newFixedThreadPool(jobs, daemons("docstruct-pipeline-"));
      this.window = 2 * jobs + (docstruct.ocrEngine() == null ? 0 : docstruct.ocrConcurrency());
    }
  }

  /**
   * The results, in the order {@link StreamOptions#order()} says.
   *
   * @throws IllegalStateException when called a second time, or after {@link #close()}
   */
  @Override
  public Iterator<DocumentResult> iterator() {
    if (iterated || closed) {
      throw new IllegalStateException(closed ? "the stream is closed" : "a ResultStream can be iterated once");
    }
    iterated = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        requireOpen();
        if (workers == null) {
          return inputs.hasNext();
        }
        fill();
        return inFlight > 0;
      }

      @Override
      public DocumentResult next() {
        requireOpen();
        if (workers == null) {
          return process(inputs.next());
        }
        fill();
        if (inFlight == 0) {
          throw new NoSuchElementException();
        }
        CompletableFuture<DocumentResult> next =
            options.order() == StreamOptions.Order.INPUT ? pending.removeFirst() : take();
        inFlight--;
        return await(next);
      }
    };
  }

  /** Stops the worker threads and waits for them to end, up to a minute; idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (ExecutorService pool : new ExecutorService[] {ocrWorkers, workers}) {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    try {
      // A document's work stops at its next interruptible step; its PDF is written atomically either way.
      // No exception when it takes longer: close() runs in finally blocks and must not hide their cause.
      for (ExecutorService pool : new ExecutorService[] {ocrWorkers, workers}) {
        if (pool != null) {
          pool.awaitTermination(1, TimeUnit.MINUTES);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the stream is closed");
    }
  }

  /** Takes inputs until the window is full or they run out. */
  private void fill() {
    while (inFlight < window && inputs.hasNext()) {
      DocumentInput input = Objects.requireNonNull(inputs.next(), "an input is null");
      CompletableFuture<DocumentResult> future = submit(input);
      inFlight++;
      if (options.order() == StreamOptions.Order.INPUT) {
        pending.add(future);
      } else {
        future.whenComplete((r, e) -> completed.add(future));
      }
    }
  }

  /** One input on the workers: an image's OCR on the OCR threads first, when there is an engine. */
  private CompletableFuture<DocumentResult> submit(DocumentInput input) {
    ExecutorService work = Objects.requireNonNull(workers);
    if (input instanceof DocumentInput.Image && docstruct.ocrEngine() != null) {
      return CompletableFuture.supplyAsync(() -> docstruct.recognise(input), ocrWorkers())
          .thenApplyAsync(this::finish, work);
    }
    return CompletableFuture.supplyAsync(() -> process(input), work);
  }

  private ExecutorService ocrWorkers() {
    if (ocrWorkers == null) {
      ocrWorkers = Executors.newFixedThreadPool(docstruct.ocrConcurrency(), daemons("docstruct-ocr-"));
    }
    return ocrWorkers;
  }

  private DocumentResult process(DocumentInput input) {
    return finish(docstruct.recognise(input));
  }

  /** Every stage after OCR, then the PDF when asked. */
  private DocumentResult finish(DocStruct.Draft draft) {
    DocumentResult result = docstruct.finish(draft);
    PdfSink pdfs = options.pdfs();
    return pdfs == null ? result : pdfs.write(docstruct, result);
  }

  private CompletableFuture<DocumentResult> take() {
    try {
      return completed.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for a document");
    }
  }

  private static DocumentResult await(CompletableFuture<DocumentResult> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for a document");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, prefix + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
