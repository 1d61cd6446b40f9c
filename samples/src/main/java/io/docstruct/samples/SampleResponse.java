package io.docstruct.samples;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The OCR responses bundled with DocStruct, one per provider shape. Their content (stores, addresses,
 * business numbers) is made up; business numbers carry a valid check digit. The CLOVA samples also come with
 * the page image they were recorded for (a PNG drawn from the response's words, named like the response so
 * that {@code LocalOcrServer} answers it with the recording).
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
      "clova-general-receipt.png",
      "CLOVA General OCR V2: a supermarket receipt with a detected table"),
  /** CLOVA Document OCR (receipt) of a bakery receipt: store, payment, three items and the total. */
  CLOVA_RECEIPT(
      "clova-receipt.json",
      "clova-receipt.png",
      "CLOVA Document OCR (receipt): a bakery receipt with typed fields"),
  /**
   * CLOVA Document OCR (receipt) of a Saturday team dinner: 535,000 won with soju and beer, so the sample
   * rules book it as 접대비 and flag it as a large weekend expense.
   */
  CLOVA_DINNER(
      "clova-receipt-dinner.json",
      "clova-receipt-dinner.png",
      "CLOVA Document OCR (receipt): a Saturday team dinner, for the sample custom rules"),
  /** NHN Cloud General OCR of a trade statement: 13 texts with their boxes. */
  NHN_GENERAL(
      "nhn-general-statement.json",
      null,
      "NHN Cloud General OCR: the header of a trade statement");

  /** The classpath folder of the responses, without leading slash, as {@code LocalOcrServer} takes it. */
  public static final String RESPONSES_PREFIX = "io/docstruct/samples/responses";

  private static final String FOLDER = "/" + RESPONSES_PREFIX + "/";
  private static final String IMAGE_FOLDER = "/io/docstruct/samples/images/";

  private final String fileName;
  private final @Nullable String imageFileName;
  private final String title;

  SampleResponse(String fileName, @Nullable String imageFileName, String title) {
    this.fileName = fileName;
    this.imageFileName = imageFileName;
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

  /** The bundled page image this response answers, e.g. {@code clova-receipt.png}; empty for NHN. */
  public Optional<String> imageFileName() {
    return Optional.ofNullable(imageFileName);
  }

  /**
   * The bytes of the bundled page image (a few kilobytes).
   *
   * @throws FileNotFoundException if this sample has no image, or it is missing from the classpath
   */
  public byte[] readImage() throws IOException {
    if (imageFileName == null) {
      throw new FileNotFoundException("bundled sample " + fileName + " has no image");
    }
    try (InputStream in = SampleResponse.class.getResourceAsStream(IMAGE_FOLDER + imageFileName)) {
      if (in == null) {
        throw new FileNotFoundException(
            "bundled sample image " + IMAGE_FOLDER + imageFileName + " is missing from the classpath");
      }
      return in.readAllBytes();
    }
  }
}
