/**
 * Wire records of {@code idCard.result}: national ID card ({@code ic}), driver's license ({@code dl}), passport ({@code pp}) and alien registration card ({@code ac}).
 *
 * <pre>{@code
 * IdCardResult r = image.idCard().result();
 * }</pre>
 */
@NullMarked
package io.docstruct.clova.model.document.idcard;

import org.jspecify.annotations.NullMarked;
