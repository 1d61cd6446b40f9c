package io.docstruct.rules.unit;

import io.docstruct.document.TemplateField;
import io.docstruct.document.fields.BizLicenseFields;
import io.docstruct.document.fields.CreditCardFields;
import io.docstruct.document.fields.DocumentFields;
import io.docstruct.document.fields.IdCardFields;
import io.docstruct.document.fields.MedicalReceiptFields;
import io.docstruct.document.fields.NameCardFields;
import io.docstruct.document.fields.PassportFields;
import io.docstruct.document.fields.ReceiptFields;
import io.docstruct.receipt.ReceiptReader;
import io.docstruct.receipt.ReceiptReading;
import io.docstruct.rules.entity.Source;
import io.docstruct.table.TableGrid;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One page of the document as the mapping rules see it: its typed Document OCR fields, if any, and its text
 * as lines (General OCR and NHN pages, which have words but no fields; a Document OCR page's words are
 * derived from its fields and are not repeated as lines).
 *
 * <pre>{@code
 * rule "…" when $p : /pages[ receipt != null ] then … end
 * rule "…" when $p : /pages[ fields == null, textMentions("합계|부가세") ] then … end
 * rule "…" when $p : /pages[ receiptReading != null, receiptReading.receipt() ] then … end
 * }</pre>
 *
 * @param source kind and page index
 * @param fields the Document OCR fields, or {@code null} for General OCR / NHN pages
 * @param lines the page's text lines in reading order ({@link io.docstruct.layout.LayoutEngine}: rotation,
 *     columns, a table's rows in place), empty for pages with fields
 * @param tables the tables the provider detected on the page, as span-aware grids
 * @param receiptReading for a page of words (General OCR, NHN): what the {@link ReceiptReader} read from it,
 *     including why it is not a receipt when it is not one; {@code null} for Document OCR and Template pages
 * @param templateFields a Template OCR page's named fields; empty for other kinds
 */
public record PageFact(
    Source source,
    @Nullable DocumentFields fields,
    List<String> lines,
    List<TableGrid> tables,
    @Nullable ReceiptReading receiptReading,
    List<TemplateField> templateFields) {
  public PageFact {
    lines = List.copyOf(lines);
    tables = List.copyOf(tables);
    templateFields = List.copyOf(templateFields);
  }

  /** A page without template fields. */
  public PageFact(Source source, @Nullable DocumentFields fields, List<String> lines, List<TableGrid> tables,
      @Nullable ReceiptReading receiptReading) {
    this(source, fields, lines, tables, receiptReading, List.of());
  }

  /** A page without a receipt reading or template fields. */
  public PageFact(Source source, @Nullable DocumentFields fields, List<String> lines, List<TableGrid> tables) {
    this(source, fields, lines, tables, null, List.of());
  }

  /** The names of the Template OCR fields, in order; empty for other kinds. */
  public List<String> templateFieldNames() {
    return templateFields.stream().map(TemplateField::name).toList();
  }

  /** The receipt fields, or {@code null}. */
  public @Nullable ReceiptFields receipt() {
    return fields instanceof ReceiptFields f ? f : null;
  }

  /** The business license fields, or {@code null}. */
  public @Nullable BizLicenseFields bizLicense() {
    return fields instanceof BizLicenseFields f ? f : null;
  }

  /** The name card fields, or {@code null}. */
  public @Nullable NameCardFields nameCard() {
    return fields instanceof NameCardFields f ? f : null;
  }

  /** The ID card fields, or {@code null}. */
  public @Nullable IdCardFields idCard() {
    return fields instanceof IdCardFields f ? f : null;
  }

  /** The passport fields, or {@code null}. */
  public @Nullable PassportFields passport() {
    return fields instanceof PassportFields f ? f : null;
  }

  /** The credit card fields, or {@code null}. */
  public @Nullable CreditCardFields creditCard() {
    return fields instanceof CreditCardFields f ? f : null;
  }

  /** The medical receipt fields, or {@code null}. */
  public @Nullable MedicalReceiptFields medicalReceipt() {
    return fields instanceof MedicalReceiptFields f ? f : null;
  }

  /** How many of the {@code |}-separated keywords occur in the page's text (spaces ignored). */
  public int textMentionCount(String keywords) {
    String text = String.join("", lines).replace(" ", "").toLowerCase(Locale.ROOT);
    int count = 0;
    for (String keyword : keywords.split("\\|")) {
      String k = keyword.replace(" ", "").toLowerCase(Locale.ROOT);
      if (!k.isEmpty() && text.contains(k)) {
        count++;
      }
    }
    return count;
  }

  /** Whether any of the {@code |}-separated keywords occurs in the page's text (spaces ignored). */
  public boolean textMentions(String keywords) {
    return textMentionCount(keywords) > 0;
  }
}
