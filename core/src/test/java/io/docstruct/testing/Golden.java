package io.docstruct.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Golden files: output of the code under test compared with a reviewed file under the module's {@code
 * src/test/resources}. There is one switch that rewrites them, for every golden test of every module:
 *
 * <pre>{@code
 * ./mvnw -B -pl core test -Dtest='*GoldenTest' -Ddocstruct.golden.update=true   # rewrite
 * git diff -- '*src/test/resources/golden*'                                       # read every line
 * }</pre>
 *
 * <p>A rewritten golden is only a claim once someone has read its diff; commit it with the reason each change
 * is right. A golden may not be empty: output that is empty (or blank) fails unless the test names the reason
 * ({@link #assertMatchesOrEmptyBecause}), so that "nothing came out" never passes silently as a golden.
 *
 * <pre>{@code
 * Golden.assertMatches(doc.text() + "\n", "golden/layout/clova/general/v1-response.expected.txt");
 * }</pre>
 */
public final class Golden {
  /** The system property that rewrites every golden file from the code under test. */
  public static final String UPDATE_PROPERTY = "docstruct.golden.update";

  private Golden() {}

  /** Whether this run rewrites golden files ({@code -Ddocstruct.golden.update=true}). */
  public static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  /**
   * Asserts that {@code actual} equals the golden classpath resource {@code resource} (a path under {@code
   * src/test/resources}); with the switch on, first rewrites that file with {@code actual}. Blank output fails.
   */
  public static void assertMatches(String actual, String resource) {
    check(actual, resource, null);
  }

  /**
   * As {@link #assertMatches}, for output that is legitimately empty: {@code whyEmpty} says why (it is shown
   * when the output is not empty after all, and documents the golden for its reader).
   */
  public static void assertMatchesOrEmptyBecause(String actual, String resource, String whyEmpty) {
    check(actual, resource, whyEmpty);
  }

  private static void check(String actual, String resource, @Nullable String whyEmpty) {
    if (whyEmpty == null) {
      assertThat(actual.isBlank())
          .as("%s: the output is empty; an empty golden needs a reason (Golden.assertMatchesOrEmptyBecause)",
              resource)
          .isFalse();
    }
    if (updating()) {
      Path target = Path.of("src/test/resources").resolve(resource);
      try {
        Files.createDirectories(target.getParent());
        Files.writeString(target, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot rewrite golden " + target.toAbsolutePath(), e);
      }
      return;
    }
    assertThat(actual)
        .as("%s (after reviewing an intended change: -D%s=true, then read the diff)", resource, UPDATE_PROPERTY)
        .isEqualTo(Fixtures.text(resource));
  }
}
