package io.docstruct.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/**
 * Writes Jackson's location of a problem as a JSON path such as {@code $.images[0].fields[2].inferConfidence},
 * the form every DocStruct error and warning uses.
 *
 * <pre>{@code
 * String where = JsonPaths.of(mappingException.getPath());
 * }</pre>
 */
public final class JsonPaths {
  private JsonPaths() {}

  /** The path of a chain of references, {@code $} for an empty one. */
  public static String of(List<JsonMappingException.Reference> references) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        sb.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
