/**
 * Wire records of {@code bizLicense.result}: lists of values per field of a Korean business registration certificate.
 *
 * <pre>{@code
 * BizLicenseResult r = image.bizLicense().result();
 * }</pre>
 */
@NullMarked
package io.docstruct.clova.model.document.bizlicense;

import org.jspecify.annotations.NullMarked;
