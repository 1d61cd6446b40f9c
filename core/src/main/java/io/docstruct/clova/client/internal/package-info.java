/** Retrofit interfaces and interceptors behind {@link io.docstruct.clova.client.ClovaOcrClient}; not public API. */
@NullMarked
package io.docstruct.clova.client.internal;

import org.jspecify.annotations.NullMarked;
