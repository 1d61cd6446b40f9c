package io.docstruct.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.image.ImageOrientation;
import io.docstruct.image.JpegHeader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JpegHeaderTest {

  private static byte[] jpeg(int width, int height, int type) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, type), "jpeg", out);
    return out.toByteArray();
  }

  @ParameterizedTest
  @CsvSource({"123, 45, 5, 3", "7, 300, 10, 1"})
  void readsSizeAndComponentsFromTheFrameHeader(int width, int height, int type, int components)
      throws Exception {
    JpegHeader header = JpegHeader.read(jpeg(width, height, type));

    assertThat(header)
        .isEqualTo(new JpegHeader(width, height, 8, components, -1, ImageOrientation.TOP_LEFT));
  }

  @Test
  void isNullForDataThatIsNotAJpegFrame() throws Exception {
    byte[] valid = jpeg(10, 10, BufferedImage.TYPE_3BYTE_BGR);

    assertThat(JpegHeader.read(new byte[] {(byte) 0xFF, (byte) 0xD8})).isNull();
    assertThat(JpegHeader.read("not a jpeg".getBytes())).isNull();
    assertThat(JpegHeader.read(java.util.Arrays.copyOf(valid, 40))).isNull();
  }

  @ParameterizedTest
  @CsvSource({"1, true", "3, false", "5, true", "6, true", "6, false", "8, false", "7, true", "2, false"})
  void readsTheExifOrientationInEitherByteOrder(int orientation, boolean bigEndian) throws Exception {
    byte[] jpeg =
        ExifOrientationTest.tagged(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), orientation, bigEndian);

    JpegHeader header = JpegHeader.read(jpeg);

    assertThat(header.orientation()).isEqualTo(ImageOrientation.ofTag(orientation));
    assertThat(header.orientation().tag()).isEqualTo(orientation);
    assertThat(header.width()).isEqualTo(30);
    assertThat(header.height()).isEqualTo(20);
  }

  /** exiftool (an independent writer and reader) agrees with the test's tagging and with this reader. */
  @Test
  void agreesWithExiftool(@TempDir Path dir) throws Exception {
    ExternalTool exiftool = ExternalTool.require("exiftool", "libimage-exiftool-perl");
    Path ours = dir.resolve("ours.jpg");
    Files.write(ours, ExifOrientationTest.tagged(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), 6, true));
    Path theirs = dir.resolve("theirs.jpg");
    Files.write(theirs, jpeg(30, 20, BufferedImage.TYPE_INT_RGB));

    exiftool.run("-q", "-overwrite_original", "-Orientation=8", "-n", theirs.toString());

    assertThat(exiftool.run("-s3", "-n", "-Orientation", ours.toString()).strip()).isEqualTo("6");
    assertThat(JpegHeader.read(Files.readAllBytes(theirs)).orientation())
        .isEqualTo(ImageOrientation.LEFT_BOTTOM);
  }

  @Test
  void aBrokenOrAbsentOrientationShowsTheImageAsStored() throws Exception {
    byte[] tagged = ExifOrientationTest.tagged(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), 6, true);
    // The IFD0 offset (bytes 4-7 of the TIFF header, after SOI, APP1 marker, length and "Exif\0\0") points
    // past the segment.
    byte[] broken = tagged.clone();
    broken[2 + 4 + 6 + 7] = 0x7F;
    // An out-of-range value (9).
    byte[] nine = ExifOrientationTest.tagged(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), 9, false);

    assertThat(JpegHeader.read(broken).orientation()).isEqualTo(ImageOrientation.TOP_LEFT);
    assertThat(JpegHeader.read(nine).orientation()).isEqualTo(ImageOrientation.TOP_LEFT);
    assertThat(JpegHeader.read(jpeg(30, 20, BufferedImage.TYPE_INT_RGB)).orientation())
        .isEqualTo(ImageOrientation.TOP_LEFT);
  }
}
