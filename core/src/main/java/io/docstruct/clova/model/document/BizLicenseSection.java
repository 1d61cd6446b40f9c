package io.docstruct.clova.model.document;

import io.docstruct.clova.model.document.bizlicense.BizLicenseResult;
import org.jspecify.annotations.Nullable;

/**
 * {@code images[].bizLicense}: a Business License OCR result.
 *
 * <pre>{@code
 * String regNum = response.images().get(0).bizLicense().result().registerNumber().get(0).text();
 * }</pre>
 *
 * @param meta language estimate, when sent
 * @param result the recognised fields, when sent
 */
public record BizLicenseSection(@Nullable DocumentMeta meta, @Nullable BizLicenseResult result) {}
