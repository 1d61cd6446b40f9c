package io.docstruct.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
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
 *   <li>stream-read constraints bound nesting depth, number length, string length and document length so
 *       that hostile input is refused with a typed error instead of exhausting memory or time;
 *   <li>floating-point numbers are read with Jackson's fast parser (FastDoubleParser), which gives the same
 *       double as {@link Double#parseDouble} for every literal at a fraction of its time and garbage:
 *       coordinates and confidences are most of a response, and the JDK's parser made a string and two
 *       buffers for each of them. Numbers are written as before.
 * </ul>
 *
 * <p>Two sets of limits: {@link #responseMapper()} reads OCR responses (the reader, both clients), where no
 * string is longer than a line of text, so strings stop at {@link #MAX_RESPONSE_STRING_LENGTH}; {@link
 * #mapper()} is for everything else, including request bodies, whose base64 image may be tens of megabytes
 * ({@link #MAX_STRING_LENGTH}). Both refuse documents over {@link #MAX_DOCUMENT_LENGTH}, nesting deeper than
 * {@link #MAX_NESTING_DEPTH} and numbers longer than {@link #MAX_NUMBER_LENGTH}; property names keep
 * Jackson's own bound (50,000 characters).
 *
 * <pre>{@code
 * ClovaResponse r = WireJson.responseMapper().readValue(bytes, ClovaResponse.class);
 * }</pre>
 */
public final class WireJson {
  /** Deepest nesting any real response needs is about 12; 200 leaves room and stops stack exhaustion. */
  public static final int MAX_NESTING_DEPTH = 200;

  /** Longest number literal accepted (digits); real responses use fewer than 20. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** Longest string value accepted: 64 MiB characters (a base64 image in a request body can be large). */
  public static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;

  /**
   * Longest string value accepted in a response: 1 MiB characters. Response strings are words, lines and
   * field values; the longest in real responses are a few hundred characters.
   */
  public static final int MAX_RESPONSE_STRING_LENGTH = 1024 * 1024;

  /**
   * Largest JSON document accepted: 128 MiB. A dense page answers about 1 MB, a ten-page General OCR call
   * about 10 MB; a page of a million short words is about 130 MB and still reads (in about 300 MB of heap).
   */
  public static final long MAX_DOCUMENT_LENGTH = 128L * 1024 * 1024;

  private static final ObjectMapper MAPPER = build(MAX_STRING_LENGTH);
  private static final ObjectMapper RESPONSE_MAPPER = build(MAX_RESPONSE_STRING_LENGTH);

  private WireJson() {}

  /** The shared, thread-safe mapper. Do not reconfigure it; use {@link #newMapper()} for a private copy. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * The shared, thread-safe mapper for reading OCR responses: as {@link #mapper()}, with strings limited to
   * {@link #MAX_RESPONSE_STRING_LENGTH}. Do not reconfigure it.
   */
  public static ObjectMapper responseMapper() {
    return RESPONSE_MAPPER;
  }

  /** A fresh mapper with the same configuration, for callers that want to add modules of their own. */
  public static ObjectMapper newMapper() {
    return build(MAX_STRING_LENGTH);
  }

  private static ObjectMapper build(int maxStringLength) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(maxStringLength)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .build())
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
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
