package io.docstruct.clova.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.client.ImageSource;
import io.docstruct.client.RetryPolicy;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 40 MB upload in a JVM whose whole heap is 64 MB (see the {@code small-heap} surefire execution in
 * core's pom): it can only succeed if the file is streamed, never held in memory.
 */
@Tag("small-heap")
class LargeUploadStreamingTest {

  @Test
  void fortyMegabyteFileIsStreamedWithASmallHeap(@TempDir Path dir) throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * 1024 * 1024);
    Path scan = dir.resolve("scan.jpg");
    try (RandomAccessFile f = new RandomAccessFile(scan.toFile(), "rw")) {
      f.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
      f.setLength(40L * 1024 * 1024);
    }
    try (MockWebServer server = new MockWebServer()) {
      server.setBodyLimit(0); // the server keeps nothing of the body either
      server.enqueue(new MockResponse().setBody("{\"version\":\"V2\",\"images\":[{\"inferResult\":\"SUCCESS\"}]}"));
      server.start();
      try (ClovaOcrClient client =
          ClovaOcrClient.builder()
              .invokeUrl(server.url("/general").toString())
              .secret("s")
              .retryPolicy(RetryPolicy.none())
              .build()) {

        client.general(ImageSource.of(scan));
      }
      RecordedRequest request = server.takeRequest();
      assertThat(request.getBodySize()).isGreaterThan(Files.size(scan));
    }
  }
}
