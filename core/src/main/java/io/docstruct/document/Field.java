package io.docstruct.document;

import io.docstruct.geometry.Quad;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One value of a CLOVA Document OCR result (a store name, a date, a card number…), provider-neutral.
 *
 * <pre>{@code
 * Field total = receipt.totalPrice();
 * if (total != null) System.out.println(total.text() + " → " + total.normalized());
 * }</pre>
 *
 * @param text the text as printed and recognised ({@code "1,600"}, {@code "20: 11"})
 * @param normalized the provider's formatted value flattened to one string, or {@code null} when it gave
 *     none: {@code formatted.value} for plain values ({@code "1600"}); {@code yyyy-MM-dd} for dates and
 *     {@code HH:mm:ss} for times, from the parts the provider gave, or read from the text when those parts are
 *     incomplete ({@code "20-09-26"} with an empty year is {@code 2020-09-26}; the document's warnings say so),
 *     {@code null} when neither holds a full date (a missing second reads as {@code 00}, as CLOVA itself
 *     does); the passport's {@code refinedText} as a string
 * @param confidence 0–1, or {@code null} when absent (most Document OCR values carry none)
 * @param polygons the value's outline(s) in page pixels: one per word when the provider split it
 * @param label the printed label the value was found next to ({@code keyText}, e.g. {@code "부가세:"}), if
 *     given
 * @param maskingPolygons regions the provider marks for masking (personal numbers), possibly empty
 */
public record Field(
    String text,
    @Nullable String normalized,
    @Nullable Double confidence,
    List<Quad> polygons,
    @Nullable String label,
    List<Quad> maskingPolygons) {

  public Field {
    polygons = List.copyOf(polygons);
    maskingPolygons = List.copyOf(maskingPolygons);
  }

  /** A field with only a text. */
  public static Field ofText(String text) {
    return new Field(text, null, null, List.of(), null, List.of());
  }

  /** The normalized value when there is one, else the raw text. */
  public String value() {
    return normalized != null ? normalized : text;
  }
}
