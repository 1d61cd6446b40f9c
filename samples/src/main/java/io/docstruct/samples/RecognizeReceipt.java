package io.docstruct.samples;

import io.docstruct.clova.client.ClovaDomains;
import io.docstruct.clova.client.ClovaOcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.rules.entity.Expense;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Sends a receipt photo to a CLOVA OCR receipt domain (Document OCR, receipt) through the pipeline and prints
 * the merchant, date and total. The domain is the one the variables name: its own invoke URL, ending in {@code
 * /document/receipt}, and its own secret; a domain that reads no receipts is refused before anything is sent.
 *
 * <pre>{@code
 * export CLOVA_OCR_URL_RECEIPT=https://xxxx.apigw.ntruss.com/custom/v1/123/abc/document/receipt
 * export CLOVA_OCR_SECRET_RECEIPT=...
 * java -cp docstruct.jar io.docstruct.samples.RecognizeReceipt receipt.jpg
 * }</pre>
 */
public final class RecognizeReceipt {
  private RecognizeReceipt() {}

  /** Runs the sample and exits with its status. */
  public static void main(String[] args) {
    int status = run(System.getenv(), System.out, System.err, args);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The sample with its environment and streams given; returns 0, or 2 on bad usage or a failed call. */
  static int run(Map<String, String> env, PrintStream out, PrintStream err, String... args) {
    String url = env.get("CLOVA_OCR_URL_RECEIPT");
    String secret = env.get("CLOVA_OCR_SECRET_RECEIPT");
    if (args.length != 1 || !Files.isRegularFile(Path.of(args[0])) || url == null || secret == null) {
      err.println(
          "usage: RecognizeReceipt IMAGE   (with CLOVA_OCR_URL_RECEIPT, the invoke URL of a receipt domain"
              + " ending in /document/receipt, and CLOVA_OCR_SECRET_RECEIPT set)");
      return 2;
    }
    try (DocStruct docstruct =
        DocStruct.builder()
            .ocr(ClovaOcrEngine.create(ClovaDomains.builder().add(url, secret).build()))
            .model(OcrModel.RECEIPT)
            .build()) {
      DocumentResult result = docstruct.process(DocumentInput.image(Path.of(args[0])));
      if (result.failed()) {
        err.println("RecognizeReceipt: " + result.failure());
        return 2;
      }
      for (Expense e : result.rules().expenses()) {
        out.println(e.merchant().name() + " | " + e.date() + " | " + e.total());
      }
      return 0;
    } catch (RuntimeException e) {
      err.println("RecognizeReceipt: " + e.getMessage());
      return 2;
    }
  }
}
