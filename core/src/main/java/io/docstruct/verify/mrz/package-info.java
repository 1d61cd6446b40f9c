/**
 * ICAO Doc 9303 machine-readable zones: the 7-3-1 check digit, parsing of TD1, TD2, TD3, MRV-A and MRV-B
 * from lines or any text, century inference for YYMMDD dates and an opt-in, audited OCR repair. Parsing
 * never throws on bad input: wrong lengths and characters are reported on the result.
 */
@NullMarked
package io.docstruct.verify.mrz;

import org.jspecify.annotations.NullMarked;
