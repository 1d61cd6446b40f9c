package io.docstruct.clova.model.document;

import io.docstruct.clova.model.BoundingPoly;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What every Document OCR value object ({@code StringObject}, {@code DateObject}, {@code TimeObject}, {@code
 * TelObject}, {@code FloatObject}, {@code BaseObject}) carries besides its {@code formatted} block. Newer receipt
 * schemas add {@code keyText} (the printed label) and {@code confidenceScore}; older ones have neither.
 *
 * <pre>{@code
 * ValueObject v = receipt.result().storeInfo().bizNum();
 * System.out.println(v.text() + " at " + v.boundingPolys());
 * }</pre>
 */
public sealed interface ValueObject
    permits StringObject, DateObject, TimeObject, TelObject, FloatObject, BaseObject {

  /** {@code text}: the text as printed and recognised; {@code null} when the key is absent. */
  @Nullable String text();

  /** {@code boundingPolys}: one polygon per recognised word, in image pixels; empty when absent. */
  List<BoundingPoly> boundingPolys();

  /** {@code maskingPolys}: regions to mask (personal information); empty when absent or empty on the wire. */
  List<BoundingPoly> maskingPolys();

  /** {@code keyText}: the label printed next to the value ({@code "부가세:"}), when the schema sends it. */
  @Nullable String keyText();

  /** {@code confidenceScore}: 0–1, when the schema sends it. */
  @Nullable Double confidenceScore();
}
