package io.docstruct.clova.model.template;

import org.jspecify.annotations.Nullable;

/**
 * {@code matchedTemplate}: the template of the Template OCR domain that the service matched the image to.
 *
 * <pre>{@code
 * MatchedTemplate m = image.matchedTemplate();
 * if (m != null) System.out.println("template " + m.id() + " (" + m.name() + ")");
 * }</pre>
 *
 * @param id the template's numeric id (the one a request's {@code templateIds} names); {@code null} when absent
 * @param name the template's name; {@code null} when absent
 */
public record MatchedTemplate(@Nullable Integer id, @Nullable String name) {}
