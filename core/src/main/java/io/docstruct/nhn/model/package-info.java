/**
 * Jackson records mirroring NHN Cloud General OCR (v1.1) JSON: the {@code header}/{@code result} envelope,
 * parallel {@code listOfInferTexts}/{@code listOfBoundingBoxes} arrays, and the failure envelope (NHN answers
 * HTTP 200 even on failure; success is {@code header.isSuccessful}).
 */
@NullMarked
package io.docstruct.nhn.model;

import org.jspecify.annotations.NullMarked;
