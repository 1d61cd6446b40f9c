package io.docstruct.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * CLOVA answers as a provider really formats them, for the tests that check that {@code ocr} and {@code
 * batch --ocr} save the provider's bytes as they came: keys out of order, keys DocStruct does not model
 * ({@code originalFileName}, {@code imageType}, {@code meta.engine}), tabs and CRLF between tokens, {@code
 * \\uXXXX} escapes and a number written {@code 0.90}. Also a multi-page PDF whose pages the server can tell
 * apart, and a dispatcher that answers each split chunk with its own bytes.
 */
final class RawAnswers {
  /** A Document OCR receipt answer with the oddities above. */
  static final String RECEIPT =
      "{ \"images\" : [ {\"imageType\":\"JPG\", \"inferResult\":\"SUCCESS\",\r\n"
          + "\t\"name\":\"receipt\",\"message\":\"SUCCESS\",\"receipt\":{\"meta\":{\"estimatedLanguage\":\"ko\","
          + "\"engine\":\"v3\"},\"result\":{\"storeInfo\":{\"name\":{\"text\":\"\\uD55C\\uACB0\\uB9C8\\uD2B8\","
          + "\"confidenceScore\":0.90}}}},\"originalFileName\":\"receipt.jpg\"} ],\r\n"
          + "  \"timestamp\" : 1700000000000, \"requestId\":\"r-1\", \"version\":\"V2\",\n"
          + "  \"originalFileName\": \"receipt.jpg\" }\n";

  private RawAnswers() {}

  /** A PDF of {@code pages} pages; page {@code i} (from 1) is {@code 100 × i} points wide. */
  static Path pdf(Path file, int pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 1; i <= pages; i++) {
        doc.addPage(new PDPage(new PDRectangle(100f * i, 100f)));
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /**
   * Answers each Document OCR call on a one-page chunk of {@link #pdf} with a body of its own (its page
   * number in it, formatted differently per page), and remembers what it sent for each page; a page listed
   * in {@code failing} is answered with CLOVA's error for an invalid image instead.
   */
  static final class ByPage extends Dispatcher {
    final Map<Integer, String> sent = new ConcurrentHashMap<>();
    private final int failing;

    ByPage(int failing) {
      this.failing = failing;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      int page = page(request);
      if (page == failing) {
        return new MockResponse()
            .setResponseCode(400)
            .setBody("{\"code\":\"0011\",\"message\":\"Request invalid.\",\"path\":\"/x\",\"timestamp\":1}");
      }
      String body =
          "{\"version\":\"V2\"," + " ".repeat(page) + "\"requestId\":\"page-" + page + "\",\"images\":[\n"
              + "\t{\"inferResult\":\"SUCCESS\",\"imageType\":\"PDF\",\"convertedImageInfo\":"
              + "{\"width\":" + (100 * page) + ",\"height\":100,\"pageIndex\":0},"
              + "\"receipt\":{\"result\":{\"storeInfo\":{\"name\":{\"text\":\"\\uD398\\uC774\\uC9C0 " + page
              + "\"}}}}}]}\r\n";
      sent.put(page, body);
      return new MockResponse().setBody(body);
    }

    /** The page (from 1) of the one-page chunk uploaded, told by its width. */
    private static int page(RecordedRequest request) {
      String boundary = request.getHeader("Content-Type").replaceFirst(".*boundary=", "");
      try (MultipartReader reader = new MultipartReader(request.getBody(), boundary)) {
        reader.nextPart(); // message
        byte[] pdf = reader.nextPart().body().readByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
          return Math.round(doc.getPage(0).getMediaBox().getWidth() / 100f);
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }
}
