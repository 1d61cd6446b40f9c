package io.docstruct.read;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.docstruct.clova.model.ClovaImage;
import io.docstruct.document.RecognizedBy;
import io.docstruct.json.RawJson;
import io.docstruct.nhn.model.NhnHeader;
import io.docstruct.nhn.model.NhnResult;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every top-level key of every response DocStruct knows, so that any response is read in one pass and its
 * kind told from which keys are present: {@code images} (CLOVA results), {@code header}/{@code result} (NHN
 * Cloud), {@code code}/{@code message}/{@code path} (CLOVA error body); and the mark of an answer DocStruct's
 * offline engine made in CLOVA's shape ({@value RecognizedBy#KEY}).
 */
record WireEnvelope(
    @Nullable String version,
    @Nullable String requestId,
    @Nullable Long timestamp,
    @Nullable List<ClovaImage> images,
    @Nullable NhnHeader header,
    @Nullable NhnResult result,
    @Nullable String code,
    @Nullable String message,
    @Nullable String path,
    @Nullable String traceId,
    @JsonProperty(RecognizedBy.KEY) @Nullable RawJson recognizedBy) {}
