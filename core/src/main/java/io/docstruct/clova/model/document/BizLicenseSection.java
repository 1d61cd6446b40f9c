package io.docstruct.clova.model.document;

/** Placeholder: replaced by the Document OCR wire model. */
public record BizLicenseSection() {}
