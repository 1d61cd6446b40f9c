package io.docstruct.document.fields;

import io.docstruct.document.Field;

/**
 * A field with its path inside its document, for generic listing.
 *
 * <pre>{@code
 * for (NamedField f : fields.namedFields()) System.out.println(f.name() + " = " + f.field().text());
 * }</pre>
 *
 * @param name dotted path such as {@code paymentInfo.date} or {@code subResults[0].items[1].name}
 * @param field the value
 */
public record NamedField(String name, Field field) {}
