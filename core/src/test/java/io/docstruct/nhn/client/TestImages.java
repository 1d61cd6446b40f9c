package io.docstruct.nhn.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Image-like bytes for client tests: a real format signature followed by filler, of an exact size. */
final class TestImages {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7'};

  private TestImages() {}

  static byte[] png(int size) {
    return withSignature(PNG, size);
  }

  static byte[] jpg(int size) {
    return withSignature(JPG, size);
  }

  static byte[] pdf(int size) {
    return withSignature(PDF, size);
  }

  static Path write(Path dir, String fileName, byte[] content) {
    try {
      return Files.write(dir.resolve(fileName), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] withSignature(byte[] signature, int size) {
    byte[] bytes = Arrays.copyOf(signature, size);
    for (int i = signature.length; i < size; i++) {
      bytes[i] = (byte) (i * 31);
    }
    return bytes;
  }
}
