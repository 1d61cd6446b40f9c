package io.docstruct.nhn.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.docstruct.json.WireLists;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of {@code listOfInferTexts}: {@code {"inferTexts": [...]}}.
 *
 * <p><b>Repeated keys.</b> NHN's documented example repeats the key {@code inferTexts} inside one object.
 * That is valid JSON syntax, but an ordinary parser keeps only the last value and so silently loses text.
 * DocStruct keeps every value: the arrays of all occurrences are concatenated in document order, and {@link
 * #repeatedKeys()} counts the extra occurrences so that the adapter can say so in a warning.
 *
 * <pre>{@code
 * // {"inferTexts":[{"value":"stella"},{"value":"artois"}],"inferTexts":[{"value":"belgium"}]}
 * group.inferTexts();   // stella, artois, belgium
 * group.repeatedKeys(); // 1
 * }</pre>
 *
 * @param inferTexts every text of the group, in document order
 * @param repeatedKeys how many times {@code inferTexts} appeared beyond the first (not written back)
 */
@JsonDeserialize(using = InferTextGroup.Reader.class)
public record InferTextGroup(List<InferText> inferTexts, @JsonIgnore int repeatedKeys) {

  public InferTextGroup {
    inferTexts = WireLists.copyOf(inferTexts);
  }

  /** Reads the object key by key so that a repeated {@code inferTexts} adds to, not replaces, the texts. */
  static final class Reader extends JsonDeserializer<InferTextGroup> {
    @Override
    public InferTextGroup deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (InferTextGroup) ctxt.handleUnexpectedToken(InferTextGroup.class, p);
      }
      JavaType listType =
          ctxt.getTypeFactory().constructCollectionType(List.class, InferText.class);
      List<InferText> texts = new ArrayList<>();
      int occurrences = 0;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        p.nextToken();
        if ("inferTexts".equals(name)) {
          occurrences++;
          if (p.currentToken() != JsonToken.VALUE_NULL) {
            List<InferText> part = ctxt.readValue(p, listType);
            texts.addAll(WireLists.copyOf(part));
          }
        } else {
          p.skipChildren();
        }
      }
      return new InferTextGroup(texts, Math.max(0, occurrences - 1));
    }
  }
}
