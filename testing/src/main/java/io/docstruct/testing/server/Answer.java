package io.docstruct.testing.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the server answers one request with, before it is written: a status, a JSON body and further header
 * fields.
 *
 * @param status the HTTP status
 * @param body the JSON body
 * @param headers header fields besides {@code Content-Type} and {@code Content-Length}, in order
 */
record Answer(int status, byte[] body, List<Map.Entry<String, String>> headers) {
  /** The response header that names the recording that answered, or what was tried when none did. */
  static final String RECORDING_HEADER = "X-DocStruct-Recording";

  Answer {
    headers = List.copyOf(headers);
  }

  Answer(int status, byte[] body) {
    this(status, body, List.of());
  }

  /** This answer with {@value #RECORDING_HEADER} set to {@code value}, non-ASCII bytes percent-encoded. */
  Answer withRecording(String value) {
    StringBuilder ascii = new StringBuilder(value.length());
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 0x20 && c < 0x7F && c != '%') {
        ascii.append((char) c);
      } else {
        ascii.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    List<Map.Entry<String, String>> more = new ArrayList<>(headers);
    more.add(Map.entry(RECORDING_HEADER, ascii.toString()));
    return new Answer(status, body, more);
  }

  /** This answer with its body cut in half: JSON that ends in the middle. */
  Answer truncated() {
    byte[] cut = new byte[Math.max(1, body.length / 2)];
    System.arraycopy(body, 0, cut, 0, Math.min(cut.length, body.length));
    return new Answer(status, cut, headers);
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
