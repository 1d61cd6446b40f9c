package io.docstruct.document;

import io.docstruct.geometry.Quad;
import org.jspecify.annotations.Nullable;

/**
 * A named field of a CLOVA Template OCR result: the value read from a region the template defines.
 *
 * <pre>{@code
 * page.templateFields().stream().filter(f -> f.name().equals("total")).findFirst();
 * }</pre>
 *
 * @param name the field name defined in the template
 * @param text the recognised value; may span several lines joined by {@code \n}; may be empty (a logo)
 * @param confidence 0–1, or {@code null}
 * @param polygon the field's region, if given
 * @param kind text, multi-box or check box
 * @param checked for a check box: whether it is ticked
 */
public record TemplateField(
    String name,
    String text,
    @Nullable Double confidence,
    @Nullable Quad polygon,
    WordKind kind,
    @Nullable Boolean checked) {}
