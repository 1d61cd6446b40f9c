package io.docstruct.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.client.ImageSource;
import io.docstruct.client.ProviderAnswer;
import io.docstruct.client.ResponseBytes;
import io.docstruct.clova.adapt.ClovaAdapter;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.json.WireJson;
import io.docstruct.ocr.OcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.OcrRequest;
import io.docstruct.ocr.Recognition;
import io.docstruct.testing.server.SampleResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many documents through {@link DocStruct#processAll}: one result per input, in input order or as they
 * complete, a bounded window of inputs taken ahead, PDFs written on the workers, and threads that stop when
 * the stream is closed.
 */
class ResultStreamTest {
  @TempDir Path dir;

  private static byte[] receipt() throws IOException {
    try (InputStream in = SampleResponse.CLOVA_RECEIPT.open()) {
      return in.readAllBytes();
    }
  }

  /** {@code count} saved receipts {@code r01.json…}, every fifth from the 3rd broken; the 1st to 4th with their image. */
  private List<DocumentInput> responses(int count) throws IOException {
    byte[] receipt = receipt();
    List<DocumentInput> inputs = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      String base = String.format("r%02d", n);
      Path json = Files.write(dir.resolve(base + ".json"), n % 5 == 3 ? "{\"images\":[".getBytes(UTF_8) : receipt);
      if (n <= 4) {
        Path png = Files.write(dir.resolve(base + ".png"), SampleResponse.CLOVA_RECEIPT.readImage());
        inputs.add(DocumentInput.response(json, png));
      } else {
        inputs.add(DocumentInput.response(json));
      }
    }
    return inputs;
  }

  /** What a stream made of each input, for comparing runs. */
  private static List<String> consume(ResultStream results) {
    List<String> lines = new ArrayList<>();
    for (DocumentResult r : results) {
      lines.add(r.name() + ": " + r.summary());
    }
    return lines;
  }

  /** An OCR engine whose answers wait for the test: an image named {@code slow…} until {@link #release}. */
  private static final class FakeEngine implements OcrEngine {
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch entered = new CountDownLatch(1);
    final Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final byte[] answer;

    FakeEngine() throws IOException {
      this.answer = receipt();
    }

    @Override
    public Set<OcrModel> models() {
      return Set.of(OcrModel.GENERAL, OcrModel.RECEIPT);
    }

    @Override
    public Recognition recognize(ImageSource image, OcrRequest request) {
      threads.add(Thread.currentThread().getName());
      if (image.name().startsWith("slow")) {
        entered.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted");
        }
      }
      try {
        ClovaResponse response = WireJson.responseMapper().readValue(answer, ClovaResponse.class);
        return new Recognition(ProviderAnswer.of(response, ResponseBytes.copyOf(answer)), ClovaAdapter.adapt(response));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }

    @Override
    public void close() {}
  }

  @Test
  void everyInputComesBackInInputOrderWhateverTheJobs() throws IOException {
    List<DocumentInput> inputs = responses(24);

    List<String> one;
    try (ResultStream results = DocStruct.builder().jobs(1).build().processAll(inputs)) {
      one = consume(results);
    }
    List<String> many;
    try (ResultStream results = DocStruct.builder().jobs(4).build().processAll(inputs)) {
      many = consume(results);
    }

    assertThat(many).isEqualTo(one).hasSize(24);
    assertThat(one.get(0)).isEqualTo("r01.json: processed");
    assertThat(one.get(2)).startsWith("r03.json: failed: read: ");
    assertThat(one).filteredOn(l -> l.contains("failed")).hasSize(5);
  }

  @Test
  void inCompletionOrderASlowDocumentHoldsNoOneBack() throws IOException {
    FakeEngine engine = new FakeEngine();
    List<DocumentInput> inputs = new ArrayList<>();
    for (String name : List.of("slow", "a", "b", "c", "d")) {
      inputs.add(DocumentInput.image(Files.write(dir.resolve(name + ".png"), new byte[] {1})));
    }
    List<String> names = new ArrayList<>();
    try (DocStruct docstruct = DocStruct.builder().ocr(engine).jobs(2).build();
        ResultStream results = docstruct.processAll(inputs, StreamOptions.completionOrder())) {
      Iterator<DocumentResult> it = results.iterator();
      for (int i = 0; i < 4; i++) {
        names.add(it.next().name());
      }
      engine.release.countDown();
      names.add(it.next().name());
      assertThat(it.hasNext()).isFalse();
    }

    assertThat(names.subList(0, 4)).containsExactlyInAnyOrder("a.png", "b.png", "c.png", "d.png");
    assertThat(names.get(4)).isEqualTo("slow.png");
    assertThat(engine.threads).allMatch(t -> t.startsWith("docstruct-ocr-"));
  }

  @Test
  void aWindowOfInputsIsTakenAheadNeverMore() throws IOException {
    List<DocumentInput> inputs = responses(40);
    AtomicInteger taken = new AtomicInteger();
    Iterable<DocumentInput> counted =
        () ->
            new Iterator<>() {
              final Iterator<DocumentInput> it = inputs.iterator();

              @Override
              public boolean hasNext() {
                return it.hasNext();
              }

              @Override
              public DocumentInput next() {
                taken.incrementAndGet();
                return it.next();
              }
            };

    try (ResultStream results = DocStruct.builder().jobs(2).build().processAll(counted)) {
      Iterator<DocumentResult> it = results.iterator();
      it.next();
      assertThat(taken.get()).as("2 × jobs ahead").isLessThanOrEqualTo(4);
      it.forEachRemaining(r -> assertThat(taken.get()).isLessThanOrEqualTo(40));
    }
    assertThat(taken.get()).isEqualTo(40);

    taken.set(0);
    try (ResultStream results = DocStruct.builder().jobs(1).build().processAll(counted)) {
      Iterator<DocumentResult> it = results.iterator();
      it.next();
      assertThat(taken.get()).as("one job: none ahead").isEqualTo(1);
    }
  }

  @Test
  void closingTheStreamStopsItsThreads() throws Exception {
    FakeEngine engine = new FakeEngine();
    List<DocumentInput> inputs = new ArrayList<>();
    for (int n = 0; n < 6; n++) {
      inputs.add(DocumentInput.image(Files.write(dir.resolve("slow" + n + ".png"), new byte[] {1})));
    }
    try (DocStruct docstruct = DocStruct.builder().ocr(engine).jobs(2).build()) {
      ResultStream results = docstruct.processAll(inputs);
      Iterator<DocumentResult> it = results.iterator();
      assertThat(it.hasNext()).isTrue();
      assertThat(engine.entered.await(30, TimeUnit.SECONDS)).isTrue();

      results.close();

      assertThat(Thread.getAllStackTraces().keySet())
          .noneMatch(t -> t.isAlive() && (t.getName().startsWith("docstruct-ocr-") || t.getName().startsWith("docstruct-pipeline-")));
      assertThatThrownBy(it::next).isInstanceOf(IllegalStateException.class).hasMessage("the stream is closed");
      assertThatThrownBy(results::iterator).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void pdfsAreWrittenOnTheWorkersAndADocumentWithoutImageIsSaidToHaveNone() throws IOException {
    List<DocumentInput> inputs = responses(6);
    Path out = Files.createDirectories(dir.resolve("pdf"));
    ConcurrentLinkedQueue<String> threads = new ConcurrentLinkedQueue<>();
    PdfSink sink =
        PdfSink.to(
            input -> {
              threads.add(Thread.currentThread().getName());
              return out.resolve(input.baseName() + ".pdf");
            });

    List<DocumentResult> all = new ArrayList<>();
    try (ResultStream results = DocStruct.builder().jobs(2).build().processAll(inputs, StreamOptions.inputOrder().withPdfs(sink))) {
      results.forEach(all::add);
    }

    assertThat(all).extracting(r -> r.pdf() == null ? null : r.pdf().getFileName().toString())
        .containsExactly("r01.pdf", "r02.pdf", null, "r04.pdf", null, null);
    assertThat(all.get(2).failed()).as("a broken response gets no PDF").isTrue();
    assertThat(all.get(4).warnings()).singleElement().hasToString("pdf: no source image");
    assertThat(threads).isNotEmpty().allMatch(t -> t.startsWith("docstruct-pipeline-"));
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("r01.pdf", "r02.pdf", "r04.pdf");
    }
  }

  @Test
  void pdfSinkIntoADirectoryNeedsOne() {
    assertThatThrownBy(() -> PdfSink.into(dir.resolve("missing")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a directory: ");
  }
}
