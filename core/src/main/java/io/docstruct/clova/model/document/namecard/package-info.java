/**
 * Wire records of {@code nameCard.result}: lists of values per kind of contact detail.
 *
 * <pre>{@code
 * NameCardResult r = image.nameCard().result();
 * }</pre>
 */
@NullMarked
package io.docstruct.clova.model.document.namecard;

import org.jspecify.annotations.NullMarked;
