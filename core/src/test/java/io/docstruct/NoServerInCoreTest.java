package io.docstruct;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docstruct-core} is a client library: it carries no HTTP server. The local OCR server for tests lives
 * in {@code docstruct-testing}. This test reads every class that goes into core's jar (the jar itself, or
 * {@code target/classes}, which the jar is made of) and fails on a class in a {@code server} package or a
 * class that refers to a server socket or the JDK's HTTP server.
 */
class NoServerInCoreTest {
  /** Internal names a server needs and a client never does. */
  private static final List<String> SERVER_TYPES =
      List.of("com/sun/net/httpserver/", "java/net/ServerSocket", "java/nio/channels/ServerSocketChannel");

  @Test
  void coreHasNoServerClasses() throws Exception {
    Map<String, byte[]> classes = coreClasses();

    assertThat(classes).as("core's classes were found").containsKey("io/docstruct/DocStructException.class");
    List<String> offending = new ArrayList<>();
    for (Map.Entry<String, byte[]> c : classes.entrySet()) {
      if (c.getKey().contains("/server/")) {
        offending.add(c.getKey() + " (a server package)");
      }
      // Class names sit in the constant pool as modified UTF-8, which is plain ASCII for these names.
      String pool = new String(c.getValue(), StandardCharsets.ISO_8859_1);
      for (String type : SERVER_TYPES) {
        if (pool.contains(type)) {
          offending.add(c.getKey() + " (refers to " + type + ")");
        }
      }
    }
    assertThat(offending).as("server classes in docstruct-core").isEmpty();
  }

  /** Every {@code .class} of core by its path in the jar, read from wherever {@link DocStructException} came. */
  private static Map<String, byte[]> coreClasses() throws IOException, URISyntaxException {
    Path origin = Path.of(DocStructException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, byte[]> classes = new TreeMap<>();
    if (Files.isDirectory(origin)) {
      try (Stream<Path> files = Files.walk(origin)) {
        for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
          classes.put(origin.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
      }
      return classes;
    }
    try (JarFile jar = new JarFile(origin.toFile())) {
      for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
        if (e.getName().endsWith(".class")) {
          try (InputStream in = jar.getInputStream(e)) {
            classes.put(e.getName(), in.readAllBytes());
          }
        }
      }
    }
    return classes;
  }
}
