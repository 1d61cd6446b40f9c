package io.docstruct.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Jackson configuration for writing DocStruct's own models (the canonical {@code OcrDocument}, reports)
 * as JSON: ISO-8601 text for dates and instants, {@code null} components omitted, properties in declaration
 * order. Output only: DocStruct reads provider JSON with {@link WireJson}.
 *
 * <pre>{@code
 * String json = CanonicalJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
 * }</pre>
 */
public final class CanonicalJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .build();

  private CanonicalJson() {}

  /** The shared, thread-safe mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
