package io.docstruct.clova.model.general;

import org.jspecify.annotations.Nullable;

/**
 * One {@code combineResult} entry: the output of a "combine" rule defined in a Template domain, which joins
 * several fields' values and fixed text into one string.
 *
 * <p>The documents describe {@code combineResult} as one object; {@link io.docstruct.clova.model.ClovaImage}
 * reads it as a list so that an array (one object per rule) is accepted too. An object becomes a list of one.
 *
 * <pre>{@code
 * image.combineResult().forEach(c -> System.out.println(c.name() + " = " + c.text()));
 * }</pre>
 *
 * @param name the combine rule's name; {@code null} when absent
 * @param text the combined text; {@code null} when absent
 */
public record CombineResult(@Nullable String name, @Nullable String text) {}
