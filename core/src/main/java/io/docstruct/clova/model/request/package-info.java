/**
 * CLOVA OCR request bodies (General and Template): the JSON body of an {@code application/json} call and the
 * {@code message} part of a {@code multipart/form-data} call. Written with {@link io.docstruct.json.WireJson}.
 */
@NullMarked
package io.docstruct.clova.model.request;

import org.jspecify.annotations.NullMarked;
