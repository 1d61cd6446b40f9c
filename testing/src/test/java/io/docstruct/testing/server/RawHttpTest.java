package io.docstruct.testing.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server's HTTP/1.1 as clients other than OkHttp speak it, byte for byte over a plain socket. */
class RawHttpTest {
  private final String json = OcrHttp.message("V2", "jpg", "x", TestFiles.jpeg(5, 5), null).toString();
  private LocalOcrServer server;

  @BeforeEach
  void start() {
    server = LocalOcrServer.builder().secret(OcrHttp.SECRET).start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void startingAServerAndAnsweringChangesNoSystemProperty() throws Exception {
    Properties before = (Properties) System.getProperties().clone();

    try (LocalOcrServer another = LocalOcrServer.builder().start();
        Socket socket = connect(another)) {
      send(socket, post("/general", json, "X-OCR-SECRET: s\r\n"));
      assertThat(readResponse(socket.getInputStream()).status()).isEqualTo(200);
    }

    assertThat(System.getProperties()).isEqualTo(before);
    assertThat(System.getProperty("sun.net.httpserver.nodelay")).isNull();
  }

  @Test
  void twoRequestsOnOneKeptAliveConnection() throws Exception {
    try (Socket socket = connect(server)) {
      send(socket, post("/general", json, secret()));
      Response first = readResponse(socket.getInputStream());
      send(socket, post("/nowhere", "{}", secret()));
      Response second = readResponse(socket.getInputStream());

      assertThat(first.status()).isEqualTo(200);
      assertThat(first.body()).contains("\"inferResult\"");
      assertThat(second.status()).isEqualTo(404);
      assertThat(second.body()).contains("\"code\":\"0001\"");
    }
  }

  @Test
  void aChunkedBodyIsRead() throws Exception {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    int half = body.length / 2;
    ByteArrayOutputStream chunked = new ByteArrayOutputStream();
    chunked.writeBytes(ascii(Integer.toHexString(half) + ";ext=1\r\n"));
    chunked.write(body, 0, half);
    chunked.writeBytes(ascii("\r\n" + Integer.toHexString(body.length - half) + "\r\n"));
    chunked.write(body, half, body.length - half);
    chunked.writeBytes(ascii("\r\n0\r\nX-Trailer: t\r\n\r\n"));
    try (Socket socket = connect(server)) {
      send(socket, ascii("POST /general HTTP/1.1\r\nHost: x\r\n" + secret() + "Transfer-Encoding: chunked\r\n\r\n"));
      send(socket, chunked.toByteArray());
      Response reply = readResponse(socket.getInputStream());
      send(socket, post("/general", json, secret()));

      assertThat(reply.status()).isEqualTo(200);
      assertThat(readResponse(socket.getInputStream()).status()).isEqualTo(200); // the framing held
    }
  }

  @Test
  void expectContinueIsAnsweredBeforeTheBodyIsSent() throws Exception {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = connect(server)) {
      send(
          socket,
          ascii("POST /general HTTP/1.1\r\nHost: x\r\n" + secret() + "Content-Length: " + body.length
              + "\r\nExpect: 100-continue\r\n\r\n"));
      Response interim = readResponse(socket.getInputStream());
      send(socket, body);
      Response reply = readResponse(socket.getInputStream());

      assertThat(interim.status()).isEqualTo(100);
      assertThat(reply.status()).isEqualTo(200);
    }
  }

  @Test
  void anHttp10RequestIsAnsweredAndTheConnectionClosed() throws Exception {
    try (Socket socket = connect(server)) {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      send(socket, ascii("POST /general HTTP/1.0\r\n" + secret() + "Content-Length: " + body.length + "\r\n\r\n"));
      send(socket, body);
      Response reply = readResponse(socket.getInputStream());

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.head()).containsIgnoringCase("Connection: close");
      assertThat(socket.getInputStream().read()).isEqualTo(-1);
    }
  }

  @Test
  void anErrorAnswerBeforeTheBodyIsReadLeavesTheConnectionUsable() throws Exception {
    try (Socket socket = connect(server)) {
      send(socket, post("/general", json, "X-OCR-SECRET: wrong\r\n"));
      Response refused = readResponse(socket.getInputStream());
      send(socket, post("/general", json, secret()));

      assertThat(refused.status()).isEqualTo(401);
      assertThat(readResponse(socket.getInputStream()).status()).isEqualTo(200);
    }
  }

  @Test
  void aMalformedRequestIs400AndClosesTheConnection() throws Exception {
    try (Socket socket = connect(server)) {
      send(socket, ascii("POST /general HTTP/1.1\r\nNo colon here\r\n\r\n"));
      Response reply = readResponse(socket.getInputStream());

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.body()).contains("not a header field");
      assertThat(socket.getInputStream().read()).isEqualTo(-1);
    }
  }

  @Test
  void conflictingContentLengthsAre400() throws Exception {
    try (Socket socket = connect(server)) {
      send(socket, ascii("POST /general HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd"));

      assertThat(readResponse(socket.getInputStream()).status()).isEqualTo(400);
    }
  }

  @Test
  void headAnswersTheHeaderFieldsWithoutABody() throws Exception {
    try (Socket socket = connect(server)) {
      send(socket, ascii("HEAD /general HTTP/1.1\r\nHost: x\r\n" + secret() + "\r\n"));
      String head = readHead(socket.getInputStream());
      send(socket, post("/general", json, secret()));

      assertThat(head).startsWith("HTTP/1.1 404 ").containsIgnoringCase("Content-Length: ");
      // Had a body followed the HEAD answer, this would read it instead of the next answer's status line.
      assertThat(readResponse(socket.getInputStream()).status()).isEqualTo(200);
    }
  }

  @Test
  void theJdkClientAskingToUpgradeToHttp2IsAnsweredInHttp11() throws Exception {
    // HttpClient's default version offers "Upgrade: h2c" on http:// URLs; a server may ignore the offer.
    java.net.http.HttpClient jdk = java.net.http.HttpClient.newHttpClient();
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.invokeUrl("general")))
            .header("X-OCR-SECRET", OcrHttp.SECRET)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))
            .build();

    for (int i = 0; i < 2; i++) {
      java.net.http.HttpResponse<String> reply =
          jdk.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(reply.statusCode()).isEqualTo(200);
      assertThat(reply.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_1_1);
    }
  }

  @Test
  void anAbsoluteFormTargetIsRoutedByItsPath() throws Exception {
    try (Socket socket = connect(server)) {
      send(socket, post("http://127.0.0.1:" + server.port() + "/custom/v1/1/a/general?x=1", json, secret()));

      assertThat(readResponse(socket.getInputStream()).status()).isEqualTo(200);
    }
  }

  // ---- a minimal client ----

  /** A response: status, its head as text, and its body as UTF-8. */
  record Response(int status, String head, String body) {}

  private static Socket connect(LocalOcrServer s) throws IOException {
    Socket socket = new Socket("127.0.0.1", s.port());
    socket.setSoTimeout(30_000);
    return socket;
  }

  private static String secret() {
    return "X-OCR-SECRET: " + OcrHttp.SECRET + "\r\n";
  }

  private static byte[] post(String target, String body, String headers) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ascii(
            "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + headers
                + "Content-Length: " + bytes.length + "\r\n\r\n"));
    out.writeBytes(bytes);
    return out.toByteArray();
  }

  private static void send(Socket socket, byte[] bytes) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(bytes);
    out.flush();
  }

  /** Reads a head and, by its Content-Length, the body; an interim 1xx has neither length nor body. */
  static Response readResponse(InputStream in) throws IOException {
    String head = readHead(in);
    int status = Integer.parseInt(head.substring(9, 12));
    int length = 0;
    for (String line : head.split("\r\n")) {
      if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        length = Integer.parseInt(line.substring(15).strip());
      }
    }
    byte[] body = in.readNBytes(length);
    return new Response(status, head, new String(body, StandardCharsets.UTF_8));
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed inside a response head: " + head);
      }
      head.write(b);
      String text = head.toString(StandardCharsets.ISO_8859_1);
      if (text.endsWith("\r\n\r\n")) {
        return text;
      }
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
