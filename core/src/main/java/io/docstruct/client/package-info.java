/**
 * What the CLOVA and NHN Cloud clients share: the exception hierarchy of a call, the retry policy, and
 * image-format detection. The clients themselves are {@code io.docstruct.clova.client.ClovaOcrClient} and
 * {@code io.docstruct.nhn.client.NhnOcrClient}.
 */
@NullMarked
package io.docstruct.client;

import org.jspecify.annotations.NullMarked;
