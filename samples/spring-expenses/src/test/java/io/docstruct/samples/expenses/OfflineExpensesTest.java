package io.docstruct.samples.expenses;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.docstruct.export.pdf.ExternalTool;
import io.docstruct.tesseract.TesseractInstallation;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sample as it runs on a machine with Tesseract and no OCR service configured (its own properties:
 * {@code docstruct.ocr.fallback=tesseract,local}): a receipt photo that no recording knows is read offline
 * and answered with its expense. The photo is a synthetic Korean receipt of the Tesseract engine's tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfflineExpensesTest {
  @Autowired MockMvc mvc;

  private static void requireTesseract() {
    ExternalTool.require(
        "tesseract",
        TesseractInstallation.APT_PACKAGES,
        t -> TesseractInstallation.isInstalled(t.executable().toString(), List.of("kor", "eng")));
  }

  private static MockMultipartFile photo() throws Exception {
    try (InputStream in = OfflineExpensesTest.class.getResourceAsStream("/scans/img/ko-receipt-01.jpg")) {
      return new MockMultipartFile("file", "ko-receipt-01.jpg", "image/jpeg", in.readAllBytes());
    }
  }

  @Test
  void withTesseractInstalledAnUnrecordedReceiptPhotoIsReadOfflineIntoItsExpense() throws Exception {
    requireTesseract();
    mvc.perform(get("/actuator/health"))
        .andExpect(jsonPath("$.components.docStruct.details.ocr").value("tesseract"))
        .andExpect(jsonPath("$.components.docStruct.details.readsImagesAs").value("general"))
        .andExpect(jsonPath("$.components.docStruct.details.tesseract.commandFound").value(true));

    mvc.perform(multipart("/receipts").file(photo()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("processed"))
        .andExpect(jsonPath("$.expense.total").value(37100))
        .andExpect(jsonPath("$.expense.date").value("2024-11-11"));
  }
}
