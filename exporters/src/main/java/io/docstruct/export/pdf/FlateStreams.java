package io.docstruct.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * PDF streams from bytes already in memory: the stream reads the array when the document is saved, where
 * PDFBox's {@code createOutputStream} would copy it into 4 KB memory chunks, encode it from there into more
 * chunks and copy those out again.
 *
 * <pre>{@code
 * COSStream content = FlateStreams.compress(ops, Deflater.BEST_SPEED);  // a page's content stream
 * COSStream jpeg = FlateStreams.view(bytes);                             // bytes as they are
 * }</pre>
 */
final class FlateStreams {
  private FlateStreams() {}

  /** A stream of {@code data} as it is, without a filter; the array must not change afterwards. */
  static COSStream view(byte[] data) {
    try {
      return new COSStream(null, new RandomAccessReadView(new RandomAccessReadBuffer(data), 0, data.length));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a view of an array in memory
    }
  }

  /** A {@code FlateDecode} stream of {@code flate}, which is already compressed; it must not change. */
  static COSStream compressed(byte[] flate) {
    COSStream stream = view(flate);
    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    return stream;
  }

  /** A {@code FlateDecode} stream of {@code data} compressed at {@code level} ({@link Deflater}'s). */
  static COSStream compress(byte[] data, int level) {
    return compressed(deflate(data, level));
  }

  /** {@code data} in the zlib format at {@code level}, as a {@code FlateDecode} stream holds it. */
  static byte[] deflate(byte[] data, int level) {
    Deflater deflater = new Deflater(level);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
