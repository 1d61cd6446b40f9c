/**
 * Jackson records mirroring the JSON of CLOVA OCR (General V1/V2, Template and Document OCR) exactly: component
 * names are the wire names. Read with {@link io.docstruct.json.WireJson#mapper()}. Optional numbers are boxed
 * and {@code null} when absent; lists are never {@code null}; every wire enum has an {@code UNKNOWN} constant.
 * Only adapters in {@code io.docstruct.clova.adapt} read these types.
 */
@NullMarked
package io.docstruct.clova.model;

import org.jspecify.annotations.NullMarked;
