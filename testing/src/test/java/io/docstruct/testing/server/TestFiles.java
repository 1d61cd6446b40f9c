package io.docstruct.testing.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Minimal, valid image and PDF files built in memory for the server tests. */
final class TestFiles {
  private TestFiles() {}

  /** A PDF with {@code pages} empty A4 pages, a correct xref table and no compression. */
  static byte[] pdf(int pages) {
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < pages; i++) {
      kids.append(3 + i).append(" 0 R ");
    }
    objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
    for (int i = 0; i < pages; i++) {
      objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    }
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A little-endian TIFF header with one IFD per page, each holding only ImageWidth and ImageLength. */
  static byte[] tiff(int[][] sizes) {
    int ifdSize = 2 + 2 * 12 + 4;
    ByteBuffer b = ByteBuffer.allocate(8 + sizes.length * ifdSize).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    for (int i = 0; i < sizes.length; i++) {
      b.putShort((short) 2);
      b.putShort((short) 256).putShort((short) 3).putInt(1).putShort((short) sizes[i][0]).putShort((short) 0);
      b.putShort((short) 257).putShort((short) 4).putInt(1).putInt(sizes[i][1]);
      b.putInt(i + 1 < sizes.length ? 8 + (i + 1) * ifdSize : 0);
    }
    return b.array();
  }

  /** A JPEG that is only markers: SOI, an APP0 segment, a baseline frame header of the given size, EOI. */
  static byte[] jpeg(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0});
    out.writeBytes(
        new byte[] {
          (byte) 0xFF, (byte) 0xC0, 0, 11, 8,
          (byte) (height >> 8), (byte) height, (byte) (width >> 8), (byte) width,
          1, 1, 0x11, 0
        });
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
    return out.toByteArray();
  }
}
