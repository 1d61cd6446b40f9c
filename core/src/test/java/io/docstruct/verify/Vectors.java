package io.docstruct.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docstruct.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The public verification vectors (copied from the shared domain reference into {@code
 * fixtures/vectors/}), as JSON nodes for parameterised tests.
 *
 * <pre>{@code
 * static Stream<Arguments> documents() { return Vectors.named("mrz.json", "documents", "id").stream(); }
 * }</pre>
 */
public final class Vectors {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Vectors() {}

  public static JsonNode file(String name) {
    try {
      return JSON.readTree(Fixtures.bytes("fixtures/vectors/" + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each element of the array {@code member} as {@code (label, node)}; the label is {@code labelMember} or the index. */
  public static List<Arguments> named(String file, String member, String labelMember) {
    List<Arguments> out = new ArrayList<>();
    JsonNode array = file(file).get(member);
    for (int i = 0; i < array.size(); i++) {
      JsonNode node = array.get(i);
      String label = node.hasNonNull(labelMember) ? node.get(labelMember).asText() : "#" + i;
      out.add(Arguments.of(label, node));
    }
    return out;
  }
}
