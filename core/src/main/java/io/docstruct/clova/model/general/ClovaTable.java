package io.docstruct.clova.model.general;

/** Placeholder: replaced by the General OCR wire model. */
public record ClovaTable() {}
