package io.docstruct.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson configuration for every wire model, chosen on purpose:
 *
 * <ul>
 *   <li>unknown properties are ignored (providers add keys such as {@code originalFileName});
 *   <li>a JSON {@code null} or a missing key for a boxed number stays {@code null} (records use boxed
 *       types for optional numbers, so absent is never read as 0);
 *   <li>integers are accepted where floats are expected ({@code "inferConfidence": 1});
 *   <li>written JSON omits {@code null} components;
 *   <li>stream-read constraints bound nesting depth and number length so that hostile input is refused with
 *       a typed error instead of exhausting memory.
 * </ul>
 *
 * <pre>{@code
 * ClovaResponse r = WireJson.mapper().readValue(bytes, ClovaResponse.class);
 * }</pre>
 */
public final class WireJson {
  /** Deepest nesting any real response needs is about 12; 200 leaves room and stops stack exhaustion. */
  public static final int MAX_NESTING_DEPTH = 200;

  /** Longest number literal accepted (digits); real responses use fewer than 20. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** Longest string value accepted: 64 MiB characters (a base64 image in a request body can be large). */
  public static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;

  private static final ObjectMapper MAPPER = build();

  private WireJson() {}

  /** The shared, thread-safe mapper. Do not reconfigure it; use {@link #newMapper()} for a private copy. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A fresh mapper with the same configuration, for callers that want to add modules of their own. */
  public static ObjectMapper newMapper() {
    return build();
  }

  private static ObjectMapper build() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .build())
            .build();
    return JsonMapper.builder(factory)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
  }
}
