package io.docstruct.samples.expenses;

import io.docstruct.client.ImageFormat;
import io.docstruct.client.OcrApiException;
import io.docstruct.client.OcrRequestException;
import io.docstruct.client.OcrTransportException;
import io.docstruct.document.ResponseKind;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.pipeline.Problem;
import io.docstruct.pipeline.Stage;
import io.docstruct.pipeline.WorkbookSink;
import io.docstruct.tesseract.TesseractUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /receipts} (multipart {@code file}: JPEG, PNG, PDF or TIFF) → the expense, findings and
 * violations; {@code GET /receipts/{id}/pdf} → its searchable PDF; {@code GET /receipts/export.xlsx} → the
 * workbook of every receipt posted (failed ones on its Failures sheet).
 */
@RestController
public class ReceiptController {
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final DocStruct docstruct;
  private final ReceiptStore store;
  private final DataSize maxFileSize;

  public ReceiptController(
      DocStruct docstruct,
      ReceiptStore store,
      @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
    this.docstruct = docstruct;
    this.store = store;
    this.maxFileSize = maxFileSize;
  }

  @PostMapping(path = "/receipts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<ReceiptView> post(@RequestParam("file") MultipartFile file) throws IOException {
    if (file.isEmpty()) {
      throw ReceiptProblem.badUpload("the upload is empty: send the receipt's image or PDF as the part 'file'");
    }
    if (file.getSize() > maxFileSize.toBytes()) {
      // The container refuses larger requests itself (ReceiptProblems); this holds wherever the part was parsed.
      throw ReceiptProblem.badUpload(ReceiptProblems.TOO_LARGE);
    }
    byte[] content = file.getBytes();
    ImageFormat format = ImageFormat.detect(Arrays.copyOf(content, Math.min(content.length, ImageFormat.SIGNATURE_LENGTH)));
    if (format == ImageFormat.UNKNOWN) {
      throw ReceiptProblem.badUpload(
          "the upload is not a JPEG, PNG, PDF or TIFF image (told from its first bytes, not its name or type)");
    }
    ReceiptStore.Receipt receipt = store.save(content, file.getOriginalFilename(), format);
    DocumentResult result = docstruct.process(DocumentInput.image(receipt.file()).named("receipt-" + receipt.id()));
    store.processed(receipt, result);
    if (result.failed()) {
      throw failed(receipt.id(), result.failure());
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .header(HttpHeaders.LOCATION, "/receipts/" + receipt.id() + "/pdf")
        .body(ReceiptView.of(receipt.id(), result));
  }

  @GetMapping(path = "/receipts/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<byte[]> pdf(@PathVariable String id) throws IOException {
    ReceiptStore.Receipt receipt =
        store.find(id).orElseThrow(() -> new ReceiptProblem(HttpStatus.NOT_FOUND, "No such receipt", "no receipt " + id, Map.of()));
    DocumentResult result = receipt.result();
    if (result == null || result.failed()) {
      throw new ReceiptProblem(
          HttpStatus.CONFLICT, "No PDF", "receipt " + id + " was not processed, so it has no searchable PDF", Map.of());
    }
    Path target = store.pdfOf(receipt);
    if (!Files.exists(target)) {
      DocumentResult written = docstruct.writePdf(result, target);
      if (written.failed()) {
        throw new ReceiptProblem(
            HttpStatus.INTERNAL_SERVER_ERROR, "PDF failed", String.valueOf(written.failure()), Map.of("receiptId", id));
      }
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(Files.readAllBytes(target));
  }

  @GetMapping(path = "/receipts/export.xlsx")
  public ResponseEntity<byte[]> export() throws IOException {
    Path file = store.newExport();
    try {
      try (WorkbookSink workbook = WorkbookSink.open(file)) {
        store.all().forEach(r -> workbook.add(r.result()));
      }
      return ResponseEntity.ok()
          .contentType(XLSX)
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"expenses.xlsx\"")
          .body(Files.readAllBytes(file));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * A failed document as HTTP: the provider's rate limit, quota or unreachability 503, its other errors 502
   * (each with the provider and its code), a local Tesseract that can no longer run 503, a file the client
   * refused before sending 400, a page the service could not read 422. The upload is kept under its id either
   * way.
   */
  private static ReceiptProblem failed(String id, Problem failure) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("receiptId", id);
    props.put("stage", failure.stage().label());
    Throwable cause = failure.cause();
    if (cause instanceof OcrApiException api) {
      props.put("provider", api.provider() == ResponseKind.Provider.NHN ? "nhn" : "clova");
      props.put("providerCode", api.code());
      props.put("retryable", api.retryable());
      if (api.isLimit()) {
        return new ReceiptProblem(HttpStatus.SERVICE_UNAVAILABLE, "OCR service limit", failure.reason(), props);
      }
      return new ReceiptProblem(HttpStatus.BAD_GATEWAY, "OCR service error", failure.reason(), props);
    }
    if (cause instanceof OcrTransportException) {
      props.put("retryable", true);
      return new ReceiptProblem(HttpStatus.SERVICE_UNAVAILABLE, "OCR service unreachable", failure.reason(), props);
    }
    if (cause instanceof TesseractUnavailableException) {
      // The engine was there at startup and is not now: the service's fault, and no retry mends it.
      props.put("retryable", false);
      return new ReceiptProblem(HttpStatus.SERVICE_UNAVAILABLE, "OCR engine unavailable", failure.reason(), props);
    }
    if (cause instanceof OcrRequestException) {
      return new ReceiptProblem(HttpStatus.BAD_REQUEST, "Bad upload", failure.reason(), props);
    }
    String title = failure.stage() == Stage.OCR ? "Receipt not readable" : "Receipt not processed";
    return new ReceiptProblem(HttpStatus.UNPROCESSABLE_CONTENT, title, failure.reason(), props);
  }
}
