package io.docstruct.testing.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.docstruct.json.WireJson;
import io.docstruct.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request shape of the Java sample client in CLOVA OCR's General API document ({@code OCRGeneralAPIDemo},
 * "multipart/form-data 요청 예제"), ported line for line with Jackson in place of org.json: it sends
 * {@code "name": "demo"} in the message whatever the file, and the real file name in the {@code file} part's
 * {@code filename} (with {@code Content-Disposition:form-data}, no space). Recordings sit beside the images,
 * named after them, as a user keeps them.
 */
class VendorSampleClientTest {
  @TempDir Path dir;

  private byte[] receiptImage;
  private byte[] pageImage;

  @BeforeEach
  void recordingsBesideTheirImages() throws IOException {
    receiptImage = TestFiles.jpeg(64, 48);
    pageImage = TestFiles.jpeg(80, 60);
    Files.write(dir.resolve("receipt-01.jpg"), receiptImage);
    Files.write(dir.resolve("receipt-01.json"), Fixtures.bytes("fixtures/server/receipt-01.json"));
    Files.write(dir.resolve("hello.jpg"), pageImage);
    Files.write(dir.resolve("hello.json"), Fixtures.bytes("fixtures/server/hello.json"));
    Files.write(dir.resolve("unknown-99.jpg"), TestFiles.jpeg(30, 20));
  }

  @Test
  void aReceiptIsAnsweredFromTheRecordingBesideItsFileThoughTheMessageSaysDemo() throws Exception {
    try (LocalOcrServer server = LocalOcrServer.builder().secret("vendor-secret").responses(dir).start()) {
      Reply reply = VendorClient.send(server.invokeUrl("receipt"), "vendor-secret", dir.resolve("receipt-01.jpg"));

      assertThat(reply.status()).isEqualTo(200);
      JsonNode image = reply.json().at("/images/0");
      assertThat(image.at("/inferResult").asText()).isEqualTo("SUCCESS");
      assertThat(image.at("/receipt/result/storeInfo/name/text").asText()).isEqualTo("emart everyday");
      assertThat(image.at("/name").asText()).isEqualTo("demo"); // the request's own name, echoed
      assertThat(reply.recordingHeader()).isEqualTo("file name " + dir.toAbsolutePath() + "/receipt-01.json");
    }
  }

  @Test
  void aGeneralPageIsAnsweredFromItsRecordingNotASynthesisedEmptyPage() throws Exception {
    try (LocalOcrServer server = LocalOcrServer.builder().secret("vendor-secret").responses(dir).start()) {
      Reply reply = VendorClient.send(server.invokeUrl("general"), "vendor-secret", dir.resolve("hello.jpg"));

      assertThat(reply.json().at("/images/0/fields/0/inferText").asText()).isEqualTo("matched-by-name");
    }
  }

  @Test
  void anImageWithoutRecordingIsAFailureNamingWhatWasTriedNeverAnEmptyPage() throws Exception {
    Path image = dir.resolve("unknown-99.jpg");
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(image)));
    PrintStream err = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    Reply reply;
    try (LocalOcrServer server = LocalOcrServer.builder().secret("vendor-secret").responses(dir).start()) {
      reply = VendorClient.send(server.invokeUrl("general"), "vendor-secret", image);
    } finally {
      System.setErr(err);
    }

    String tried = "sha256 " + sha256 + ", file name \"unknown-99.jpg\", image name \"demo\"";
    assertThat(reply.status()).isEqualTo(200);
    JsonNode answer = reply.json().at("/images/0");
    assertThat(answer.at("/inferResult").asText()).isEqualTo("FAILURE");
    assertThat(answer.at("/message").asText()).isEqualTo("no recorded response for this image; tried " + tried);
    assertThat(answer.has("fields")).isFalse();
    assertThat(reply.recordingHeader()).isEqualTo("none; tried " + tried);
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("WARN", "/general: no recorded response for this image; tried " + tried, dir.toString());
  }

  /** A status, the body, and the header that says which recording answered. */
  record Reply(int status, String body, String recordingHeader) {
    JsonNode json() throws IOException {
      return WireJson.mapper().readTree(body);
    }
  }

  /** {@code OCRGeneralAPIDemo} from the document, as a method: the same calls in the same order. */
  static final class VendorClient {
    private VendorClient() {}

    static Reply send(String apiURL, String secretKey, Path imageFile) throws IOException {
      URL url = new URL(apiURL);
      HttpURLConnection con = (HttpURLConnection) url.openConnection();
      con.setUseCaches(false);
      con.setDoInput(true);
      con.setDoOutput(true);
      con.setReadTimeout(30000);
      con.setRequestMethod("POST");
      String boundary = "----" + UUID.randomUUID().toString().replaceAll("-", "");
      con.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
      con.setRequestProperty("X-OCR-SECRET", secretKey);

      var json = WireJson.mapper().createObjectNode();
      json.put("version", "V2");
      json.put("requestId", UUID.randomUUID().toString());
      json.put("timestamp", System.currentTimeMillis());
      var image = WireJson.mapper().createObjectNode();
      image.put("format", "jpg");
      image.put("name", "demo");
      json.putArray("images").add(image);
      String postParams = json.toString();

      con.connect();
      DataOutputStream wr = new DataOutputStream(con.getOutputStream());
      File file = imageFile.toFile();
      writeMultiPart(wr, postParams, file, boundary);
      wr.close();

      int responseCode = con.getResponseCode();
      String body;
      try (InputStream in = responseCode == 200 ? con.getInputStream() : con.getErrorStream()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      return new Reply(responseCode, body, con.getHeaderField("X-DocStruct-Recording"));
    }

    private static void writeMultiPart(OutputStream out, String jsonMessage, File file, String boundary)
        throws IOException {
      StringBuilder sb = new StringBuilder();
      sb.append("--").append(boundary).append("\r\n");
      sb.append("Content-Disposition:form-data; name=\"message\"\r\n\r\n");
      sb.append(jsonMessage);
      sb.append("\r\n");

      out.write(sb.toString().getBytes("UTF-8"));
      out.flush();

      if (file != null && file.isFile()) {
        out.write(("--" + boundary + "\r\n").getBytes("UTF-8"));
        StringBuilder fileString = new StringBuilder();
        fileString.append("Content-Disposition:form-data; name=\"file\"; filename=");
        fileString.append("\"" + file.getName() + "\"\r\n");
        fileString.append("Content-Type: application/octet-stream\r\n\r\n");
        out.write(fileString.toString().getBytes("UTF-8"));
        out.flush();

        try (FileInputStream fis = new FileInputStream(file)) {
          byte[] buffer = new byte[8192];
          int count;
          while ((count = fis.read(buffer)) != -1) {
            out.write(buffer, 0, count);
          }
          out.write("\r\n".getBytes());
        }

        out.write(("--" + boundary + "--\r\n").getBytes("UTF-8"));
      }
      out.flush();
    }
  }
}
