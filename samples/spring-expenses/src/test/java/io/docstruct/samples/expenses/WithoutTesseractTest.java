package io.docstruct.samples.expenses;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.docstruct.testing.server.SampleResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sample on a fresh machine: no OCR service configured and no Tesseract (a command that is not there
 * stands for it), so its fallback passes over Tesseract to the local server and its bundled recordings, and a
 * bundled receipt comes back as its expense, read as a receipt.
 */
@SpringBootTest(properties = "docstruct.tesseract.command=/nonexistent/tesseract")
@AutoConfigureMockMvc
class WithoutTesseractTest {
  @Autowired MockMvc mvc;

  @Test
  void withoutTesseractTheBundledRecordingsAnswer() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(jsonPath("$.components.docStruct.details.ocr").value("clova"))
        .andExpect(jsonPath("$.components.docStruct.details.readsImagesAs").value("receipt"));

    SampleResponse sample = SampleResponse.CLOVA_RECEIPT;
    mvc.perform(multipart("/receipts").file(
            new MockMultipartFile("file", sample.imageFileName(), "image/png", sample.readImage())))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.expense.total").value(14700));
  }
}
