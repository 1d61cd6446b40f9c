package io.docstruct.clova.model.template;

/** Placeholder: replaced by the Template OCR wire model. */
public record MatchedTemplate() {}
