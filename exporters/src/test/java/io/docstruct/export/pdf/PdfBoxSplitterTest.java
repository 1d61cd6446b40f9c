package io.docstruct.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.client.ImageSource;
import io.docstruct.client.PdfSplitter;
import io.docstruct.client.RetryPolicy;
import io.docstruct.clova.adapt.ClovaAdapter;
import io.docstruct.clova.client.ClovaOcrClient;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.testing.server.LocalOcrServer;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfBoxSplitterTest {
  @TempDir Path dir;

  private Path pdf(String name, int pages) throws Exception {
    Path file = dir.resolve(name);
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        // page i is (100 + i) points wide, so a chunk's pages can be told apart
        doc.addPage(new PDPage(new PDRectangle(100 + i, 200)));
      }
      doc.save(file.toFile());
    }
    return file;
  }

  @Test
  void isFoundThroughTheServiceLoader() {
    assertThat(PdfSplitter.installed()).containsInstanceOf(PdfBoxSplitter.class);
  }

  @Test
  void extractsExactlyTheAskedPagesInOrder() throws Exception {
    Path source = pdf("long.pdf", 25);
    Path chunk = dir.resolve("chunk.pdf");
    PdfBoxSplitter splitter = new PdfBoxSplitter();

    splitter.extract(source, 20, 25, chunk);

    assertThat(splitter.pageCount(source)).isEqualTo(25);
    try (PDDocument doc = Loader.loadPDF(chunk.toFile())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(5);
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(120f);
      assertThat(doc.getPage(4).getMediaBox().getWidth()).isEqualTo(124f);
    }
  }

  @Test
  void refusesARangeOutsideThePdf() throws Exception {
    Path source = pdf("three.pdf", 3);

    assertThatThrownBy(() -> new PdfBoxSplitter().extract(source, 2, 5, dir.resolve("x.pdf")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("page range [2, 5) is outside a PDF of 3 pages");
  }

  @Test
  void twentyFivePagePdfThroughTheLocalServerComesBackAsOneResponseInPageOrder() throws Exception {
    Path source = pdf("statement.pdf", 25);
    try (LocalOcrServer server =
            LocalOcrServer.builder().secret("s3cret").synthesizeUnknownImages(true).start();
        ClovaOcrClient client =
            ClovaOcrClient.builder()
                .invokeUrl(server.invokeUrl("general"))
                .secret("s3cret")
                .retryPolicy(RetryPolicy.none())
                .build()) {

      ClovaResponse response = client.general(ImageSource.of(source));

      assertThat(server.requestCount()).isEqualTo(3);
      assertThat(response.images())
          .extracting(i -> i.convertedImageInfo().pageIndex())
          .containsExactlyElementsOf(IntStream.range(0, 25).boxed().toList());
      OcrDocument doc = ClovaAdapter.adapt(response);
      assertThat(doc.pages()).extracting(Page::index).containsExactlyElementsOf(IntStream.range(0, 25).boxed().toList());
    }
  }
}
