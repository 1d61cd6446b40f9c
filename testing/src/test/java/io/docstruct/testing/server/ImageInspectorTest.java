package io.docstruct.testing.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.client.ImageFormat;
import io.docstruct.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageInspectorTest {

  @Test
  void countsPageObjectsButNotThePagesTree() throws IOException {
    assertThat(pages(TestFiles.pdf(1))).isEqualTo(1);
    assertThat(pages(TestFiles.pdf(3))).isEqualTo(3);
  }

  @Test
  void acceptsAnyWhiteSpaceBetweenTypeAndPageAndRejectsLongerNames() throws IOException {
    String pdf = "%PDF-1.7\n1 0 obj<</Type/Page>>endobj 2 0 obj<</Type\r\n /Page/Parent 3 0 R>>endobj"
        + " 3 0 obj<</Type /Pages>>endobj 4 0 obj<</Type /PageLabel>>endobj 5 0 obj<</Type /Page\n>>endobj";

    assertThat(pages(pdf.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(3);
  }

  @Test
  void countsPageObjectsInsideAnUncompressedObjectStream() throws IOException {
    String pdf = "%PDF-1.5\n7 0 obj <</Type /ObjStm /N 2 /First 8 /Length 60>>\nstream\n"
        + "1 0 2 30 <</Type /Page /Parent 9 0 R>> <</Type /Page /Parent 9 0 R>>\nendstream\nendobj\n";

    assertThat(pages(pdf.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(2);
  }

  @Test
  void findsPagesThatStraddleTheReadChunks() throws IOException {
    // Put "/Type /Page" across every offset around the 64 KiB chunk border, one page per file.
    for (int shift = -20; shift <= 20; shift++) {
      byte[] pdf = new byte[70 * 1024];
      java.util.Arrays.fill(pdf, (byte) ' ');
      byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1);
      System.arraycopy(head, 0, pdf, 0, head.length);
      byte[] page = "/Type /Page ".getBytes(StandardCharsets.ISO_8859_1);
      System.arraycopy(page, 0, pdf, 64 * 1024 + shift - 6, page.length);
      byte[] pages = "/Type /Pages ".getBytes(StandardCharsets.ISO_8859_1);
      System.arraycopy(pages, 0, pdf, 64 * 1024 + shift + 40, pages.length);

      assertThat(pages(pdf)).as("shift %d", shift).isEqualTo(1);
    }
  }

  @Test
  void aPdfWithoutVisiblePagesCountsAsOne() throws IOException {
    assertThat(pages("%PDF-1.5\n% all objects compressed\n".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(1);
  }

  @Test
  void walksTheTiffDirectoryChainAndStopsAtALoop() throws IOException {
    ImageInspector.Facts facts =
        ImageInspector.inspect(Payload.of(TestFiles.tiff(new int[][] {{10, 20}, {30, 40}, {50, 60}})), ImageFormat.UNKNOWN);
    assertThat(facts.format()).isEqualTo(ImageFormat.TIFF);
    assertThat(facts.pages()).containsExactly(new PageSize(10, 20), new PageSize(30, 40), new PageSize(50, 60));

    byte[] loop = TestFiles.tiff(new int[][] {{10, 20}, {30, 40}});
    ByteBuffer.wrap(loop).order(ByteOrder.LITTLE_ENDIAN).putInt(8 + 30 + 26, 8); // second IFD points to the first
    assertThat(ImageInspector.inspect(Payload.of(loop), ImageFormat.UNKNOWN).pageCount()).isEqualTo(2);
  }

  @Test
  void readsPngAndJpegSizes() throws IOException {
    assertThat(ImageInspector.inspect(Payload.of(Fixtures.bytes("fixtures/server/white-4x3.png")), ImageFormat.UNKNOWN)
            .pages())
        .containsExactly(new PageSize(4, 3));
    assertThat(ImageInspector.inspect(Payload.of(TestFiles.jpeg(1024, 768)), ImageFormat.UNKNOWN).pages())
        .containsExactly(new PageSize(1024, 768));
  }

  @Test
  void unknownBytesAreOneDefaultPageOfTheDeclaredFormat() throws IOException {
    ImageInspector.Facts facts = ImageInspector.inspect(Payload.of(new byte[] {1, 2, 3}), ImageFormat.JPG);

    assertThat(facts.format()).isEqualTo(ImageFormat.JPG);
    assertThat(facts.pages()).containsExactly(PageSize.DEFAULT);
  }

  private static int pages(byte[] pdf) throws IOException {
    return ImageInspector.pdfPages(new ByteArrayInputStream(pdf)).size();
  }
}
