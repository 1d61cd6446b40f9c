package io.docstruct.testing.server;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The sample recordings that come with DocStruct, one per provider shape, each with the page image it answers.
 * Their content (stores, addresses, business numbers) is made up; business numbers carry a valid check digit.
 * The images are drawn from the responses' words, in their boxes, and named like the responses, so that a
 * {@link LocalOcrServer} with {@link LocalOcrServer.Builder#sampleResponses()} answers each image with its
 * recording through the real clients.
 *
 * <pre>{@code
 * try (LocalOcrServer server = LocalOcrServer.builder().sampleResponses().start();
 *      ClovaOcrClient receipts = ClovaOcrClient.builder()
 *          .invokeUrl(server.invokeUrl("receipt")).secret("any").build()) {
 *   ClovaResponse bakery = receipts.document(DocumentType.RECEIPT,
 *       ImageSource.ofBytes(SampleResponse.CLOVA_RECEIPT.readImage(), "clova-receipt"));
 * }
 * try (InputStream in = SampleResponse.NHN_GENERAL.open()) {
 *   OcrDocument statement = ResponseReader.create().read(in, SampleResponse.NHN_GENERAL.fileName());
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
  /** NHN Cloud General OCR of a trade statement: 13 texts with their boxes, on a JPEG as its fileType says. */
  NHN_GENERAL(
      "nhn-general-statement.json",
      "nhn-general-statement.jpg",
      "NHN Cloud General OCR: the header of a trade statement");

  /**
   * The classpath folder of the recordings and their images, without leading slash, as {@link
   * LocalOcrServer.Builder#responsesFromClasspath(ClassLoader, String)} takes it.
   */
  public static final String RESOURCE_PREFIX = "io/docstruct/testing/samples";

  private static final String FOLDER = "/" + RESOURCE_PREFIX + "/";

  private final String fileName;
  private final String imageFileName;
  private final String title;

  SampleResponse(String fileName, String imageFileName, String title) {
    this.fileName = fileName;
    this.imageFileName = imageFileName;
    this.title = title;
  }

  /** The recording's file name, e.g. {@code clova-receipt.json}. */
  public String fileName() {
    return fileName;
  }

  /** One line saying which API and which document, for listings. */
  public String title() {
    return title;
  }

  /** The recording's classpath resource name, e.g. {@code /io/docstruct/testing/samples/clova-receipt.json}. */
  public String resourceName() {
    return FOLDER + fileName;
  }

  /**
   * Opens the recording; the caller closes the stream.
   *
   * @throws FileNotFoundException if the resource is missing from the classpath (a broken build)
   */
  public InputStream open() throws IOException {
    return resource(fileName);
  }

  /** The page image this recording answers, named like it: {@code clova-receipt.png}, {@code …statement.jpg}. */
  public String imageFileName() {
    return imageFileName;
  }

  /** The image's name without its extension, as the samples send it: {@code clova-receipt}. */
  public String imageName() {
    return imageFileName.substring(0, imageFileName.lastIndexOf('.'));
  }

  /**
   * The bytes of the page image (a few kilobytes).
   *
   * @throws FileNotFoundException if it is missing from the classpath (a broken build)
   */
  public byte[] readImage() throws IOException {
    try (InputStream in = resource(imageFileName)) {
      return in.readAllBytes();
    }
  }

  private static InputStream resource(String file) throws FileNotFoundException {
    InputStream in = SampleResponse.class.getResourceAsStream(FOLDER + file);
    if (in == null) {
      throw new FileNotFoundException("bundled sample " + FOLDER + file + " is missing from the classpath");
    }
    return in;
  }
}
