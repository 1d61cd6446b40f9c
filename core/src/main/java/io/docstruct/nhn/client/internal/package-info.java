/**
 * Retrofit interface, request body record and auth interceptor behind {@link
 * io.docstruct.nhn.client.NhnOcrClient}. Not public API: it may change without notice.
 */
@NullMarked
package io.docstruct.nhn.client.internal;

import org.jspecify.annotations.NullMarked;
