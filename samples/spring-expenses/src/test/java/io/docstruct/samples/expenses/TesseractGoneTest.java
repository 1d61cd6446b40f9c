package io.docstruct.samples.expenses;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.docstruct.testing.server.SampleResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Tesseract removed while the application runs (an upgrade that uninstalled it, a container image without it
 * mounted over the old one): the engine was checked at startup, so the upload reaches it and the command is no
 * longer there. That is the service's fault, not the receipt's: 503 naming the missing command, not 422 "not
 * readable", which would tell the client its photo was bad. A stand-in script answers the startup check as
 * Tesseract 5 would, so the test needs no Tesseract.
 */
@SpringBootTest(properties = "docstruct.ocr.engine=tesseract")
@AutoConfigureMockMvc
class TesseractGoneTest {
  private static final Path COMMAND = standIn();

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void tesseract(DynamicPropertyRegistry registry) {
    registry.add("docstruct.tesseract.command", COMMAND::toString);
  }

  /** A script that answers {@code --version} and {@code --list-langs} as Tesseract 5 with Korean and English. */
  private static Path standIn() {
    try {
      Path dir = Files.createTempDirectory("tesseract-gone-");
      Path script = dir.resolve("tesseract");
      Files.writeString(script, """
          #!/bin/sh
          case "$1" in
            --version) echo "tesseract 5.3.0" ;;
            --list-langs) printf 'List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):\\neng\\nkor\\nosd\\n' ;;
            *) exit 1 ;;
          esac
          """);
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
      script.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return script;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aTesseractRemovedAfterStartupIs503NamingTheCommandNot422() throws Exception {
    Files.delete(COMMAND);

    mvc.perform(multipart("/receipts").file(
            new MockMultipartFile("file", SampleResponse.CLOVA_RECEIPT.imageFileName(), "image/png",
                SampleResponse.CLOVA_RECEIPT.readImage())))
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.title").value("OCR engine unavailable"))
        .andExpect(jsonPath("$.stage").value("ocr"))
        .andExpect(jsonPath("$.retryable").value(false))
        .andExpect(header().doesNotExist("Retry-After"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cannot run '" + COMMAND)))
        .andExpect(jsonPath("$.receiptId").isNotEmpty());
  }
}
