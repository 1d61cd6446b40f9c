package io.docstruct.spring.autoconfigure;

import io.docstruct.rules.RuleDefinitionException;
import io.docstruct.rules.RuleEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * The user's rule files from Spring resource locations: files are compiled where they are; classpath entries
 * inside a jar are copied (under their own names) to a temporary folder for the compiler, which is removed
 * once the engine is built. A location that matches nothing is refused, naming it.
 */
final class RuleFiles {
  private RuleFiles() {}

  static RuleEngine build(RuleEngine.Builder builder, List<String> locations, ResourceLoader loader) {
    if (locations.isEmpty()) {
      return builder.build();
    }
    ResourcePatternResolver resolver = ResourcePatternUtils.getResourcePatternResolver(loader);
    Path copies = null;
    try {
      List<Path> files = new ArrayList<>();
      Map<String, String> locationOf = new LinkedHashMap<>();
      for (String location : locations) {
        Resource[] found = resolver.getResources(location.strip());
        int added = 0;
        for (Resource resource : found) {
          if (!resource.exists()) {
            continue;
          }
          if (resource.isFile()) {
            files.add(resource.getFile().toPath());
          } else {
            if (copies == null) {
              copies = Files.createTempDirectory("docstruct-rules-");
            }
            Path folder = Files.createDirectory(copies.resolve(Integer.toString(files.size())));
            Path copy = folder.resolve(fileName(resource, location));
            try (InputStream in = resource.getInputStream()) {
              Files.copy(in, copy);
            }
            files.add(copy);
          }
          locationOf.put(files.get(files.size() - 1).toString(), location.strip());
          added++;
        }
        if (added == 0) {
          throw new IllegalStateException("docstruct.rules.locations: " + location + " matches no file");
        }
      }
      try {
        return builder.rules(files).build();
      } catch (RuleDefinitionException e) {
        // A copied classpath file's path means nothing to the user: name the location they wrote, then the line.
        String location = locationOf.getOrDefault(e.file(), e.file());
        String line = e.line() > 0 ? "line " + e.line() + " (" + Path.of(e.file()).getFileName() + ":" + e.line() + ")" : Path.of(e.file()).getFileName().toString();
        throw new IllegalStateException(
            "docstruct.rules.locations: " + location + ": " + line + ": " + e.problems().get(0).message(), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("docstruct.rules.locations: " + e.getMessage(), e);
    } finally {
      if (copies != null) {
        delete(copies);
      }
    }
  }

  private static String fileName(Resource resource, String location) {
    String name = resource.getFilename();
    if (name == null || name.isBlank()) {
      throw new IllegalStateException("docstruct.rules.locations: " + location + " names no file");
    }
    return name;
  }

  private static void delete(Path folder) {
    try (Stream<Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary copy left behind is harmless; the OS temp cleaner takes it.
    }
  }
}
