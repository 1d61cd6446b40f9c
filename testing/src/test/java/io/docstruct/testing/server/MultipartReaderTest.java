package io.docstruct.testing.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultipartReaderTest {

  @Test
  void readsNamesFilenamesAndBodiesThatContainNearMissesOfTheDelimiter() throws IOException {
    String boundary = "abcabd";
    // Bodies holding CRLF, "--abcab" (a prefix of the delimiter) and "\r\n--abcabc" (a longer near miss).
    String tricky = "line1\r\n--abcab\r\n--abcabcabd-\r\n-";
    String body =
        "preamble to ignore\r\n--" + boundary + "\r\n"
            + "Content-Disposition: form-data; name=\"message\"\r\n\r\n"
            + "{\"version\":\"V2\"}\r\n--" + boundary + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"scan 01.pdf\"\r\n"
            + "Content-Type: application/pdf\r\n\r\n"
            + tricky + "\r\n--" + boundary + "--\r\nepilogue";

    Map<String, String> parts = readAll(body, boundary);

    assertThat(parts).containsExactly(Map.entry("message", "{\"version\":\"V2\"}"), Map.entry("file", tricky));
  }

  @Test
  void findsTheBoundaryInPlainAndQuotedContentTypes() {
    assertThat(MultipartReader.boundary("multipart/form-data; boundary=----x1")).contains("----x1");
    assertThat(MultipartReader.boundary("multipart/form-data; charset=utf-8; boundary=\"a b\"")).contains("a b");
    assertThat(MultipartReader.boundary("multipart/form-data")).isEmpty();
  }

  @Test
  void skipsBodiesTheCallerDoesNotCopy() throws IOException {
    String body = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b\r\n"
        + "Content-Disposition: form-data; name=b\r\n\r\n2\r\n--b--";
    MultipartReader r = new MultipartReader(stream(body), "b");

    assertThat(r.nextPart().name()).isEqualTo("a");
    MultipartReader.Part second = r.nextPart();
    assertThat(second.name()).isEqualTo("b");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.copyBody(out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("2");
    assertThat(r.nextPart()).isNull();
  }

  @Test
  void refusesTruncatedBodiesAndPartsWithoutAName() {
    assertThatThrownBy(() -> readAll("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end", "b"))
        .isInstanceOf(MultipartReader.MalformedMultipartException.class);
    assertThatThrownBy(() -> readAll("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--", "b"))
        .isInstanceOf(MultipartReader.MalformedMultipartException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> readAll("no boundary at all", "b"))
        .isInstanceOf(MultipartReader.MalformedMultipartException.class);
  }

  @Test
  void aLargePartSpillsToATemporaryFileThatCloseDeletes() throws IOException {
    byte[] big = new byte[RequestParser.MEMORY_LIMIT * 2];
    java.util.Arrays.fill(big, (byte) '-');
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes("--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    body.writeBytes(big);
    body.writeBytes("\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8));
    MultipartReader r = new MultipartReader(new ByteArrayInputStream(body.toByteArray()), "b");
    r.nextPart();

    Payload payload;
    try (Payload.Sink sink = Payload.sink(RequestParser.MEMORY_LIMIT, Long.MAX_VALUE)) {
      r.copyBody(sink);
      payload = sink.finish();
    }

    assertThat(payload.spilled()).isTrue();
    assertThat(payload.size()).isEqualTo(big.length);
    assertThat(payload.sha256()).isEqualTo(Payload.of(big).sha256());
    assertThat(payload.read(big.length - 2, 10)).containsExactly('-', '-');
    payload.close();
    assertThatThrownBy(payload::open).isInstanceOf(IOException.class);
  }

  @Test
  void aSinkRefusesMoreThanItsMaximum() throws IOException {
    try (Payload.Sink sink = Payload.sink(4, 8)) {
      sink.write(new byte[8]);
      assertThatThrownBy(() -> sink.write(1)).isInstanceOf(Payload.TooLargeException.class);
    }
  }

  private static Map<String, String> readAll(String body, String boundary) throws IOException {
    MultipartReader r = new MultipartReader(stream(body), boundary);
    Map<String, String> parts = new LinkedHashMap<>();
    for (MultipartReader.Part p = r.nextPart(); p != null; p = r.nextPart()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      r.copyBody(out);
      parts.put(p.name(), out.toString(StandardCharsets.UTF_8));
    }
    return parts;
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
