package io.docstruct.export.pdf;

import static io.docstruct.export.pdf.SearchablePdfWriterTest.boxes;
import static io.docstruct.export.pdf.SearchablePdfWriterTest.document;
import static io.docstruct.export.pdf.SearchablePdfWriterTest.iou;
import static io.docstruct.export.pdf.SearchablePdfWriterTest.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.Page;
import io.docstruct.document.PageSize;
import io.docstruct.document.Word;
import io.docstruct.document.WordKind;
import io.docstruct.export.pdf.SearchablePdfWriterTest.BoxedWord;
import io.docstruct.geometry.Box;
import io.docstruct.geometry.Point;
import io.docstruct.geometry.Quad;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Phone photos: the JPEG stores its pixels turned or mirrored and an EXIF Orientation tag (1–8) says how to
 * show them; every viewer shows the upright image, CLOVA reads it, and its polygons are in its frame. The
 * tag is written by this test ({@link #tagged}), to the letter of the EXIF/TIFF definition of each value,
 * from an upright page whose words are blocks of distinct colours, so that a page shown wrong, or a text
 * layer or a redaction box in the wrong frame, cannot pass.
 */
class ExifOrientationTest {
  private static final SearchablePdfWriter WRITER = SearchablePdfWriter.builder().imageDpi(72).build();

  /** The upright photo: wider than high, so that a quarter turn changes the page's shape. */
  static final int WIDTH = 640;
  static final int HEIGHT = 420;

  /** The provider downscaled the photo to half its size (its {@code convertedImageInfo}). */
  static final double PROVIDER_SCALE = 0.5;

  static final List<List<String>> LINES =
      List.of(
          List.of("영수증", "합계", "12,000원"),
          List.of("카드", "승인", "번호", "1234"),
          List.of("감사합니다", "VAT"));

  @TempDir Path dir;

  /** A word of the upright page: its box in the upright image's pixels and its colour. */
  record Block(String text, Box box, Color color) {}

  static List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    int k = 0;
    for (int l = 0; l < LINES.size(); l++) {
      double x = 40;
      for (String text : LINES.get(l)) {
        double w = 40 + 24 * text.length();
        // Hues from yellow to purple: none is red, which the debug overlay draws in.
        Color color = Color.getHSBColor(0.15f + 0.06f * k++, 0.85f, 0.85f);
        blocks.add(new Block(text, new Box(x, 60 + l * 110, x + w, 60 + l * 110 + 44), color));
        x += w + 20;
      }
    }
    return blocks;
  }

  static BufferedImage upright(List<Block> blocks) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    for (Block b : blocks) {
      g.setColor(b.color());
      g.fillRect((int) b.box().left(), (int) b.box().top(), (int) b.box().width(), (int) b.box().height());
    }
    g.dispose();
    return image;
  }

  /**
   * The pixels a camera stores for an {@code upright} view shown with {@code orientation}, per the tag's
   * definition: where the stored image's first row and first column are in the upright view (1 top/left,
   * 2 top/right, 3 bottom/right, 4 bottom/left, 5 left/top, 6 right/top, 7 right/bottom, 8 left/bottom).
   */
  static BufferedImage stored(BufferedImage upright, int orientation) {
    int w = upright.getWidth();
    int h = upright.getHeight();
    boolean sideways = orientation >= 5;
    BufferedImage stored =
        new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_INT_RGB);
    for (int r = 0; r < stored.getHeight(); r++) {
      for (int c = 0; c < stored.getWidth(); c++) {
        int x;
        int y;
        switch (orientation) {
          case 1 -> { x = c; y = r; }
          case 2 -> { x = w - 1 - c; y = r; }
          case 3 -> { x = w - 1 - c; y = h - 1 - r; }
          case 4 -> { x = c; y = h - 1 - r; }
          case 5 -> { x = r; y = c; }
          case 6 -> { x = w - 1 - r; y = c; }
          case 7 -> { x = w - 1 - r; y = h - 1 - c; }
          default -> { x = r; y = h - 1 - c; }
        }
        stored.setRGB(c, r, upright.getRGB(x, y));
      }
    }
    return stored;
  }

  /**
   * {@code image} as a JPEG with an APP1 Exif segment right after SOI: a TIFF header (big- or little-endian)
   * and IFD0 holding one entry, Orientation (tag 0x0112, SHORT, count 1).
   */
  static byte[] tagged(BufferedImage image, int orientation, boolean bigEndian) throws IOException {
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", jpeg);
    byte[] plain = jpeg.toByteArray();
    ByteArrayOutputStream tiff = new ByteArrayOutputStream();
    UnaryOperator<int[]> order = b -> bigEndian ? b : reverse(b);
    tiff.writeBytes(bigEndian ? new byte[] {'M', 'M'} : new byte[] {'I', 'I'});
    write(tiff, order.apply(new int[] {0, 42}));
    write(tiff, order.apply(new int[] {0, 0, 0, 8})); // IFD0 right after the header
    write(tiff, order.apply(new int[] {0, 1})); // one entry
    write(tiff, order.apply(new int[] {0x01, 0x12}));
    write(tiff, order.apply(new int[] {0, 3})); // SHORT
    write(tiff, order.apply(new int[] {0, 0, 0, 1}));
    write(tiff, order.apply(new int[] {0, orientation}));
    write(tiff, new int[] {0, 0}); // the SHORT's value field is padded to 4 bytes
    write(tiff, new int[] {0, 0, 0, 0}); // no next IFD
    byte[] exif = tiff.toByteArray();
    int length = 2 + 6 + exif.length;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, 2); // SOI
    write(out, new int[] {0xFF, 0xE1, length >> 8, length & 0xFF, 'E', 'x', 'i', 'f', 0, 0});
    out.writeBytes(exif);
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }

  private static int[] reverse(int[] bytes) {
    int[] r = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      r[i] = bytes[bytes.length - 1 - i];
    }
    return r;
  }

  private static void write(ByteArrayOutputStream out, int[] bytes) {
    for (int b : bytes) {
      out.write(b);
    }
  }

  /** The recognised page: words on the blocks, in the provider's (upright, downscaled) frame. */
  static Page page(List<Block> blocks, @Nullable PageSize size, UnaryOperator<Point> toProvider) {
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Box b = blocks.get(i).box();
      Quad q =
          new Quad(
              toProvider.apply(new Point(b.left(), b.top())),
              toProvider.apply(new Point(b.right(), b.top())),
              toProvider.apply(new Point(b.right(), b.bottom())),
              toProvider.apply(new Point(b.left(), b.bottom())));
      boolean last = i + 1 == blocks.size() || blocks.get(i + 1).box().top() != b.top();
      words.add(new Word(blocks.get(i).text(), 0.99, q, last, WordKind.TEXT, null));
    }
    return new Page(0, "photo.jpg", Page.PageStatus.SUCCESS, null, size, words, List.of(), List.of(), null);
  }

  static Page uprightPage(List<Block> blocks) {
    return page(
        blocks,
        new PageSize(WIDTH * PROVIDER_SCALE, HEIGHT * PROVIDER_SCALE, PageSize.Source.CONVERTED_IMAGE_INFO),
        p -> new Point(p.x() * PROVIDER_SCALE, p.y() * PROVIDER_SCALE));
  }

  private Path photo(int orientation) throws IOException {
    Path jpg = dir.resolve("photo-" + orientation + ".jpg");
    Files.write(jpg, tagged(stored(upright(blocks()), orientation), orientation, orientation % 2 == 0));
    return jpg;
  }

  private BufferedImage render(Path pdf, String name) throws IOException {
    ExternalTool pdftoppm = ExternalTool.require("pdftoppm", "poppler-utils");
    pdftoppm.run("-r", "72", "-png", "-singlefile", pdf.toString(), dir.resolve(name).toString());
    return ImageIO.read(dir.resolve(name + ".png").toFile());
  }

  /** The mean colour of the middle half of {@code box} (both ways), away from JPEG edge ringing. */
  static Color meanColour(BufferedImage image, Box box) {
    long r = 0;
    long g = 0;
    long b = 0;
    long n = 0;
    for (int y = (int) (box.top() + box.height() / 4); y < box.bottom() - box.height() / 4; y++) {
      for (int x = (int) (box.left() + box.width() / 4); x < box.right() - box.width() / 4; x++) {
        int rgb = image.getRGB(x, y);
        r += (rgb >> 16) & 0xFF;
        g += (rgb >> 8) & 0xFF;
        b += rgb & 0xFF;
        n++;
      }
    }
    return new Color((int) (r / n), (int) (g / n), (int) (b / n));
  }

  static void assertSameColour(Color actual, Color expected, String what) {
    assertThat(Math.abs(actual.getRed() - expected.getRed())).as("%s: red of %s vs %s", what, actual, expected)
        .isLessThanOrEqualTo(24);
    assertThat(Math.abs(actual.getGreen() - expected.getGreen())).as("%s: green", what).isLessThanOrEqualTo(24);
    assertThat(Math.abs(actual.getBlue() - expected.getBlue())).as("%s: blue", what).isLessThanOrEqualTo(24);
  }

  /** Poppler's word boxes on the page (in points, here upright pixels) overlap the words' blocks. */
  private static void assertTextOnTheBlocks(String bbox, List<Block> blocks) {
    List<BoxedWord> words = boxes(bbox);
    assertThat(words).extracting(BoxedWord::text)
        .containsExactlyElementsOf(blocks.stream().map(Block::text).toList());
    for (int i = 0; i < blocks.size(); i++) {
      assertThat(iou(words.get(i).box(), blocks.get(i).box()))
          .as("IoU of %s: %s vs %s", blocks.get(i).text(), words.get(i).box(), blocks.get(i).box())
          .isGreaterThanOrEqualTo(0.7);
    }
  }

  @ParameterizedTest(name = "orientation {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void thePageShowsThePhotoUprightWithItsTextOnTheWords(int orientation) throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    List<Block> blocks = blocks();
    Path jpg = photo(orientation);
    Path pdf = dir.resolve("photo-" + orientation + ".pdf");

    WRITER.write(document(uprightPage(blocks)), PdfSource.images(jpg), pdf);

    BufferedImage rendered = render(pdf, "rendered-" + orientation);
    assertThat(rendered.getWidth()).isEqualTo(WIDTH);
    assertThat(rendered.getHeight()).isEqualTo(HEIGHT);
    for (Block b : blocks) {
      assertSameColour(meanColour(rendered, b.box()), b.color(), b.text());
    }
    assertTextOnTheBlocks(pdftotext.run("-bbox", "-enc", "UTF-8", pdf.toString(), "-"), blocks);
    // The photo is embedded as it is: turned by the page's content stream, not re-encoded.
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDPage p = doc.getPage(0);
      COSName name = p.getResources().getXObjectNames().iterator().next();
      PDImageXObject image = (PDImageXObject) p.getResources().getXObject(name);
      assertThat(image.getCOSObject().getFilters()).isEqualTo(COSName.DCT_DECODE);
      try (InputStream raw = image.getCOSObject().createRawInputStream()) {
        assertThat(raw.readAllBytes()).isEqualTo(Files.readAllBytes(jpg));
      }
    }
  }

  @ParameterizedTest(name = "orientation {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void redactionBlacksOutWhatItHidesOnTheUprightPage(int orientation) throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    List<Block> blocks = blocks();
    Path pdf = dir.resolve("redacted-" + orientation + ".pdf");
    SearchablePdfWriter writer =
        SearchablePdfWriter.builder()
            .imageDpi(72)
            .redaction(Redaction.none().withWords(w -> w.text().equals("1234")))
            .build();

    writer.write(document(uprightPage(blocks)), PdfSource.images(photo(orientation)), pdf);

    BufferedImage rendered = render(pdf, "redacted-" + orientation);
    for (Block b : blocks) {
      if (b.text().equals("1234")) {
        // Black, but for the noise of the JPEG encoded again after painting (quality 0.9).
        Box box = b.box();
        for (int y = (int) box.top(); y < box.bottom(); y++) {
          for (int x = (int) box.left(); x < box.right(); x++) {
            int rgb = rendered.getRGB(x, y);
            assertThat(Math.max((rgb >> 16) & 0xFF, Math.max((rgb >> 8) & 0xFF, rgb & 0xFF)))
                .as("pixel %d,%d of 1234", x, y)
                .isLessThanOrEqualTo(16);
          }
        }
      } else {
        assertSameColour(meanColour(rendered, b.box()), b.color(), b.text());
      }
    }
    assertThat(tokens(pdftotext.run("-raw", "-enc", "UTF-8", pdf.toString(), "-")))
        .containsExactlyElementsOf(
            blocks.stream().map(Block::text).filter(t -> !t.equals("1234")).toList());
  }

  @ParameterizedTest(name = "orientation {0}")
  @ValueSource(ints = {1, 3, 5, 6, 8})
  void theDebugOverlayOutlinesTheWordsOnTheUprightPage(int orientation) throws IOException {
    List<Block> blocks = blocks();
    Path pdf = dir.resolve("debug-" + orientation + ".pdf");

    SearchablePdfWriter.builder().imageDpi(72).debugOverlay(true).build()
        .write(document(uprightPage(blocks)), PdfSource.images(photo(orientation)), pdf);

    BufferedImage rendered = render(pdf, "debug-" + orientation);
    for (Block b : blocks) {
      // Along the block's top edge the 1 pt red outline covers the block's colour.
      int y = (int) Math.round(b.box().top());
      int red = 0;
      int n = 0;
      for (int x = (int) b.box().left() + 4; x < b.box().right() - 4; x++, n++) {
        boolean isRed = false;
        for (int dy = -1; dy <= 1; dy++) {
          int rgb = rendered.getRGB(x, y + dy);
          isRed |= ((rgb >> 16) & 0xFF) > 200 && ((rgb >> 8) & 0xFF) < 90 && (rgb & 0xFF) < 90;
        }
        red += isRed ? 1 : 0;
      }
      assertThat(red).as("red pixels along the top of %s", b.text()).isGreaterThan(n * 9 / 10);
    }
  }

  /**
   * A provider that read the stored pixels, not the upright view, says so with a frame of the stored
   * image's shape: its polygons are in the stored frame, and they are turned with the image.
   */
  @Test
  void aResponseInTheStoredFrameIsTurnedWithThePhoto() throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    List<Block> blocks = blocks();
    // Orientation 6 stores the upright (x, y) at stored (y, WIDTH - x); stored size HEIGHT × WIDTH.
    Page page =
        page(
            blocks,
            new PageSize(HEIGHT * PROVIDER_SCALE, WIDTH * PROVIDER_SCALE, PageSize.Source.CONVERTED_IMAGE_INFO),
            p -> new Point(p.y() * PROVIDER_SCALE, (WIDTH - p.x()) * PROVIDER_SCALE));
    Path pdf = dir.resolve("stored-frame.pdf");

    WRITER.write(document(page), PdfSource.images(photo(6)), pdf);

    BufferedImage rendered = render(pdf, "stored-frame");
    assertThat(rendered.getWidth()).isEqualTo(WIDTH);
    for (Block b : blocks) {
      assertSameColour(meanColour(rendered, b.box()), b.color(), b.text());
    }
    assertTextOnTheBlocks(pdftotext.run("-bbox", "-enc", "UTF-8", pdf.toString(), "-"), blocks);
  }

  /**
   * A phone held upright over a receipt lying sideways: the JPEG is stored turned with EXIF orientation 6,
   * and its upright view still shows the receipt's text running up the image, as CLOVA reads it. The page
   * shows the photo by its tag (the JPEG embedded as it is) and then turns the view by {@code /Rotate 90}:
   * the receipt is shown upright, reads line by line in {@code -raw}, and its words are on their pixels.
   */
  @Test
  void aPhotoWhoseUprightViewHoldsTextSidewaysIsTurnedOnTopOfItsOrientation() throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    TestPage view =
        TestPage.photographed(WholeWordsInViewersTest.RECEIPT, TestPage.Pose.ROTATED_270, 2);
    Path jpg = dir.resolve("sideways-receipt.jpg");
    Files.write(jpg, tagged(stored(view.image(), 6), 6, false));
    Path pdf = dir.resolve("sideways-receipt.pdf");

    WRITER.write(document(view.page()), PdfSource.images(jpg), pdf);

    assertThat(WholeWordsInViewersTest.rotation(pdf)).isEqualTo(90);
    assertThat(pdftotext.run("-raw", "-enc", "UTF-8", pdf.toString(), "-").strip().lines()
            .map(String::strip).toList())
        .containsExactlyElementsOf(view.lineTexts());
    List<BoxedWord> words = boxes(pdftotext.run("-bbox", "-enc", "UTF-8", pdf.toString(), "-"));
    assertThat(words).extracting(BoxedWord::text).containsExactlyElementsOf(view.texts());
    List<Word> polygons = view.lines().stream().flatMap(l -> l.words().stream()).toList();
    for (int i = 0; i < words.size(); i++) {
      Box shown = view.shown(polygons.get(i).polygon().bounds(), 90);
      assertThat(iou(words.get(i).box(), shown)).as("IoU of %s", words.get(i).text()).isGreaterThan(0.7);
    }
    BufferedImage upright =
        TestPage.photographed(WholeWordsInViewersTest.RECEIPT, TestPage.Pose.UPRIGHT, 2).image();
    assertThat(WholeWordsInViewersTest.inkOverlap(render(pdf, "sideways-receipt"), upright)).isGreaterThan(0.6);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDPage p = doc.getPage(0);
      COSName name = p.getResources().getXObjectNames().iterator().next();
      PDImageXObject image = (PDImageXObject) p.getResources().getXObject(name);
      try (InputStream raw = image.getCOSObject().createRawInputStream()) {
        assertThat(raw.readAllBytes()).isEqualTo(Files.readAllBytes(jpg));
      }
    }
  }

  /** Without {@code convertedImageInfo} the polygons are in the upright photo's own pixels. */
  @ParameterizedTest(name = "orientation {0}")
  @ValueSource(ints = {6, 8})
  void withoutAPageSizeThePolygonsAreInTheUprightPhotosPixels(int orientation) throws IOException {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    List<Block> blocks = blocks();
    Path pdf = dir.resolve("no-size-" + orientation + ".pdf");

    WRITER.write(document(page(blocks, null, p -> p)), PdfSource.images(photo(orientation)), pdf);

    assertTextOnTheBlocks(pdftotext.run("-bbox", "-enc", "UTF-8", pdf.toString(), "-"), blocks);
  }
}
