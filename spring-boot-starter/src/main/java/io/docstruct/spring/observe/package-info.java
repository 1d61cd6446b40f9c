/** What the starter reports about DocStruct's work: OCR calls, retries and finished documents, with or without Micrometer. */
@NullMarked
package io.docstruct.spring.observe;

import org.jspecify.annotations.NullMarked;
