package io.docstruct.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
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

    assertThat(header).isEqualTo(new JpegHeader(width, height, 8, components, -1));
  }

  @Test
  void isNullForDataThatIsNotAJpegFrame() throws Exception {
    byte[] valid = jpeg(10, 10, BufferedImage.TYPE_3BYTE_BGR);

    assertThat(JpegHeader.read(new byte[] {(byte) 0xFF, (byte) 0xD8})).isNull();
    assertThat(JpegHeader.read("not a jpeg".getBytes())).isNull();
    assertThat(JpegHeader.read(java.util.Arrays.copyOf(valid, 40))).isNull();
  }
}
