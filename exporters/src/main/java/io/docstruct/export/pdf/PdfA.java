package io.docstruct.export.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.jspecify.annotations.Nullable;

/**
 * Document metadata, and what PDF/A-2b asks of a document beyond its pages: XMP metadata that identifies the
 * part and conformance and repeats the document information, and an sRGB output intent (the JDK's own sRGB
 * profile) for the images' device colours.
 */
final class PdfA {
  static final String PRODUCER = "DocStruct";

  private PdfA() {}

  /**
   * Replaces the document information with {@code title}, {@code author} and the producer, and, if {@code
   * conform}, adds matching XMP metadata and an sRGB output intent (unless the document has one).
   */
  static void describe(
      PDDocument document, @Nullable String title, @Nullable String author, boolean conform)
      throws IOException {
    PDDocumentInformation info = new PDDocumentInformation();
    info.setProducer(PRODUCER);
    if (title != null) {
      info.setTitle(title);
    }
    if (author != null) {
      info.setAuthor(author);
    }
    document.setDocumentInformation(info);
    if (!conform) {
      return;
    }
    document.setVersion(Math.max(document.getVersion(), 1.7f));
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    catalog.setMetadata(metadata(document, title, author));
    if (catalog.getOutputIntents().isEmpty()) {
      byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
      PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb));
      intent.setInfo("sRGB IEC61966-2.1");
      intent.setOutputCondition("sRGB IEC61966-2.1");
      intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
      intent.setRegistryName("http://www.color.org");
      catalog.addOutputIntent(intent);
    }
  }

  private static PDMetadata metadata(
      PDDocument document, @Nullable String title, @Nullable String author) throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
    id.setPart(2);
    try {
      id.setConformance("B");
    } catch (BadFieldValueException e) {
      throw new AssertionError(e); // "B" is a valid conformance level
    }
    if (title != null || author != null) {
      DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
      if (title != null) {
        dc.setTitle(title);
      }
      if (author != null) {
        dc.addCreator(author);
      }
    }
    xmp.createAndAddAdobePDFSchema().setProducer(PRODUCER);
    xmp.createAndAddXMPBasicSchema().setMetadataDate(Calendar.getInstance());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, bytes, true);
    } catch (TransformerException e) {
      throw new IOException("cannot write XMP metadata", e);
    }
    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(bytes.toByteArray());
    return metadata;
  }
}
