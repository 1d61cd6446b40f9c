package io.docstruct.samples;

import io.docstruct.clova.client.ClovaDomains;
import io.docstruct.clova.client.ClovaOcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.pipeline.ComplianceCheck;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.pipeline.PdfSink;
import io.docstruct.pipeline.ResultStream;
import io.docstruct.pipeline.StreamOptions;
import io.docstruct.pipeline.WorkbookSink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Issue #17's yardstick: a folder of receipt photos into a workbook, PDFs and the failures, in under 30 lines;
 * with the batch checks of issue #20 (Evidence, Duplicates, Reconciliation) in three more. */
public final class ReceiptPhotos {
  public static List<String> toWorkbook(Path photos, Path pdfs, Path xlsx, String receiptDomain, String secret)
      throws Exception {
    ClovaDomains domain = ClovaDomains.builder().add(receiptDomain, secret).build();
    List<String> failures = new ArrayList<>();
    try (DocStruct docstruct = DocStruct.builder().ocr(ClovaOcrEngine.create(domain)).model(OcrModel.RECEIPT).build();
        WorkbookSink workbook = WorkbookSink.open(xlsx);
        ResultStream results =
            docstruct.processAll(DocumentInput.folder(photos), StreamOptions.inputOrder().withPdfs(PdfSink.into(pdfs)))) {
      ComplianceCheck compliance = docstruct.complianceCheck();   // the batch checks (issue #20)
      for (DocumentResult result : results) {
        workbook.add(result);
        compliance.add(result);
        if (result.failed()) {
          failures.add(result.name() + ": " + result.failure());
        }
      }
      workbook.addCompliance(compliance);
    }
    return failures;
  }
}
