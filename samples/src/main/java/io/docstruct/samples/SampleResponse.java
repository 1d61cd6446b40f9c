package io.docstruct.samples;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The OCR responses bundled with DocStruct, one per provider shape. Their content (stores, addresses,
 * business numbers) is made up; business numbers carry a valid check digit.
 *
 * <pre>{@code
 * OcrDocument doc;
 * try (InputStream in = SampleResponse.CLOVA_RECEIPT.open()) {
 *   doc = ResponseReader.create().read(in, SampleResponse.CLOVA_RECEIPT.fileName());
 * }
 * }</pre>
 */
public enum SampleResponse {
  /** CLOVA General OCR V2 of a small supermarket receipt: 31 words with line breaks, and one table. */
  CLOVA_GENERAL(
      "clova-general-receipt.json",
      "CLOVA General OCR V2: a supermarket receipt with a detected table"),
  /** CLOVA Document OCR (receipt) of a bakery receipt: store, payment, three items and the total. */
  CLOVA_RECEIPT(
      "clova-receipt.json", "CLOVA Document OCR (receipt): a bakery receipt with typed fields"),
  /** NHN Cloud General OCR of a trade statement: 13 texts with their boxes. */
  NHN_GENERAL(
      "nhn-general-statement.json", "NHN Cloud General OCR: the header of a trade statement");

  private static final String FOLDER = "/io/docstruct/samples/responses/";

  private final String fileName;
  private final String title;

  SampleResponse(String fileName, String title) {
    this.fileName = fileName;
    this.title = title;
  }

  /** The file name inside the bundle, e.g. {@code clova-receipt.json}. */
  public String fileName() {
    return fileName;
  }

  /** One line saying which API and which document, for listings. */
  public String title() {
    return title;
  }

  /** The classpath resource name, e.g. {@code /io/docstruct/samples/responses/clova-receipt.json}. */
  public String resourceName() {
    return FOLDER + fileName;
  }

  /**
   * Opens the bundled response; the caller closes the stream.
   *
   * @throws FileNotFoundException if the resource is missing from the classpath (a broken build)
   */
  public InputStream open() throws IOException {
    InputStream in = SampleResponse.class.getResourceAsStream(resourceName());
    if (in == null) {
      throw new FileNotFoundException(
          "bundled sample " + resourceName() + " is missing from the classpath");
    }
    return in;
  }
}
