package io.docstruct.samples.expenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.docstruct.spring.test.AutoConfigureLocalOcrServer;
import io.docstruct.testing.server.Fault;
import io.docstruct.testing.server.FaultPlan;
import io.docstruct.testing.server.LocalOcrServer;
import io.docstruct.testing.server.SampleResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The sample app end to end through the real CLOVA client and the local server: uploads, the PDF and the
 * workbook read back, bad uploads, provider outages with the provider's code, and concurrent uploads.
 */
@SpringBootTest(
    properties = {
      "docstruct.ocr.retry.initial-delay=1ms",
      "docstruct.ocr.retry.max-delay=2ms",
      "spring.servlet.multipart.max-file-size=256KB"
    })
@AutoConfigureMockMvc
@AutoConfigureLocalOcrServer
class ExpensesApplicationTest {
  @Autowired MockMvc mvc;
  @Autowired LocalOcrServer server;

  @BeforeEach
  void noFaults() {
    server.useFaults(FaultPlan.none());
  }

  private static MockMultipartFile receipt() throws Exception {
    return new MockMultipartFile(
        "file", SampleResponse.CLOVA_RECEIPT.imageFileName(), "image/png", SampleResponse.CLOVA_RECEIPT.readImage());
  }

  private MvcResult post(MockMultipartFile file) throws Exception {
    return mvc.perform(multipart("/receipts").file(file)).andReturn();
  }

  @Test
  void aReceiptImageComesBackAsItsExpenseWithFindingsViolationsAndAPdf() throws Exception {
    MvcResult posted =
        mvc.perform(multipart("/receipts").file(receipt()))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("processed"))
            .andExpect(jsonPath("$.expense.total").value(14700))
            .andExpect(jsonPath("$.expense.merchant").isNotEmpty())
            .andExpect(jsonPath("$.findings").isArray())
            .andExpect(jsonPath("$.findings[0].check").isNotEmpty())
            .andExpect(jsonPath("$.violations").isArray())
            .andReturn();
    String pdfUrl = com.jayway.jsonpath.JsonPath.read(posted.getResponse().getContentAsString(), "$.pdf");

    byte[] pdf =
        mvc.perform(get(pdfUrl))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc)).contains("14,700");
    }
  }

  @Test
  void theWorkbookHoldsWhatWasPosted() throws Exception {
    post(receipt());
    byte[] xlsx =
        mvc.perform(get("/receipts/export.xlsx"))
            .andExpect(status().isOk())
            .andExpect(content().contentType(ReceiptController.XLSX))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(book.getSheet("Expenses").getLastRowNum()).isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void badUploadsAreProblemDetailsNamingTheProblem() throws Exception {
    mvc.perform(multipart("/receipts").file(new MockMultipartFile("file", "r.png", "image/png", new byte[0])))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("the upload is empty")));
    mvc.perform(multipart("/receipts").file(new MockMultipartFile("file", "r.png", "image/png", "hello, not an image".getBytes())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("the upload is not a JPEG, PNG, PDF or TIFF")));
    mvc.perform(multipart("/receipts").file(new MockMultipartFile("file", "big.png", "image/png", new byte[300 * 1024])))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("the upload is larger than")));
    mvc.perform(multipart("/receipts").file(new MockMultipartFile("picture", "r.png", "image/png", new byte[] {1})))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("no part 'file'")));
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void aRateLimitThenSuccessIsACreatedReceiptAndOneRetryInTheMetrics() throws Exception {
    server.useFaults(FaultPlan.script(Fault.rateLimit()));

    mvc.perform(multipart("/receipts").file(receipt())).andExpect(status().isCreated());

    assertThat(server.requestCount()).isEqualTo(2);
    mvc.perform(get("/actuator/metrics/docstruct.ocr.retries").param("tag", "error.code:0025"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.measurements[0].value").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1.0)));
    mvc.perform(get("/actuator/metrics/docstruct.ocr.call").param("tag", "outcome:success"))
        .andExpect(status().isOk());
    mvc.perform(get("/actuator/health"))
        .andExpect(jsonPath("$.components.docStruct.status").value("UP"))
        .andExpect(jsonPath("$.components.docStruct.details.ocr").value("clova"));
  }

  @Test
  void aRateLimitThatOutlastsTheRetriesIs503WithTheProvidersCodeAndTheUploadIsKept() throws Exception {
    server.useFaults(
        FaultPlan.script(Fault.rateLimit(), Fault.rateLimit(), Fault.rateLimit(), Fault.rateLimit()));

    MvcResult r =
        mvc.perform(multipart("/receipts").file(receipt()))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string("Retry-After", "30"))
            .andExpect(jsonPath("$.providerCode").value("0025"))
            .andExpect(jsonPath("$.provider").value("clova"))
            .andExpect(jsonPath("$.stage").value("ocr"))
            .andExpect(jsonPath("$.receiptId").isNotEmpty())
            .andReturn();
    String id = com.jayway.jsonpath.JsonPath.read(r.getResponse().getContentAsString(), "$.receiptId");
    mvc.perform(get("/receipts/" + id + "/pdf")).andExpect(status().isConflict());
  }

  @Test
  void aServerErrorThatOutlastsTheRetriesIs502WithTheProvidersCode() throws Exception {
    server.useFaults(
        FaultPlan.script(Fault.serverError(), Fault.serverError(), Fault.serverError(), Fault.serverError()));

    mvc.perform(multipart("/receipts").file(receipt()))
        .andExpect(status().isBadGateway())
        .andExpect(jsonPath("$.providerCode").value("0500"));
  }

  @Test
  void concurrentUploadsEachGetTheirOwnReceipt() throws Exception {
    int uploads = 6;
    ExecutorService pool = Executors.newFixedThreadPool(uploads);
    try {
      List<Future<MvcResult>> futures = new ArrayList<>();
      for (int i = 0; i < uploads; i++) {
        futures.add(pool.submit(() -> post(receipt())));
      }
      Set<String> ids = new HashSet<>();
      for (Future<MvcResult> f : futures) {
        MvcResult r = f.get();
        assertThat(r.getResponse().getStatus()).isEqualTo(201);
        ids.add(com.jayway.jsonpath.JsonPath.read(r.getResponse().getContentAsString(), "$.id"));
        assertThat((Integer) com.jayway.jsonpath.JsonPath.read(r.getResponse().getContentAsString(), "$.expense.total"))
            .isEqualTo(14700);
      }
      assertThat(ids).hasSize(uploads);
    } finally {
      pool.shutdownNow();
    }
  }
}
