package io.docstruct.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code docstruct --version} prints: the Maven project version, written into {@code
 * io/docstruct/cli/version.properties} by resource filtering at build time.
 *
 * <pre>{@code
 * String v = VersionProvider.projectVersion();   // "0.1.0-SNAPSHOT"
 * }</pre>
 */
final class VersionProvider implements IVersionProvider {
  private static final String RESOURCE = "/io/docstruct/cli/version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {
      "docstruct " + projectVersion(),
      "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"
    };
  }

  /** The project version, or {@code unknown} when the build did not record one. */
  static String projectVersion() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String version = p.getProperty("version", "unknown").strip();
      return version.isEmpty() || version.contains("${") ? "unknown" : version;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
