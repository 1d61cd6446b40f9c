package io.docstruct.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageFormatTest {

  @ParameterizedTest
  @CsvSource({
    "FFD8FFE000104A46, JPG",
    "89504E470D0A1A0A, PNG",
    "255044462D312E37, PDF",
    "49492A0008000000, TIFF",
    "4D4D002A00000008, TIFF",
    "474946383961FFFF, UNKNOWN",
    "FFD8, UNKNOWN",
    "'', UNKNOWN"
  })
  void detectsTheFormatFromTheFirstBytes(String hex, ImageFormat expected) {
    assertThat(ImageFormat.detect(java.util.HexFormat.of().parseHex(hex))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"jpeg, JPG", "JPG, JPG", "tif, TIFF", "Pdf, PDF", "gif, UNKNOWN"})
  void readsUserFormatNames(String name, ImageFormat expected) {
    assertThat(ImageFormat.fromName(name)).isEqualTo(expected);
  }
}
