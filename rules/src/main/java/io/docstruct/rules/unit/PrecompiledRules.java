package io.docstruct.rules.unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.drools.base.util.Drools;
import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitData;
import org.drools.ruleunits.impl.InternalRuleUnit;
import org.jspecify.annotations.Nullable;

/**
 * The built-in rule unit the build compiled into the jar ({@link BuiltInRulesPrecompiler}) and the index that
 * proves it current: the fingerprint of the rule files and the Drools version it was made from, then the
 * names of the generated classes. A jar whose rule files or Drools version changed since falls back to
 * compiling at run time instead of running stale rules.
 */
final class PrecompiledRules {
  /** The index resource: line 1 the fingerprint, then one generated class name per line. */
  static final String INDEX = "io/docstruct/rules/unit/precompiled-rules.index";

  private static final String SERVICE = "META-INF/services/" + RuleUnit.class.getName();
  private static final String PACKAGE_DIR = "io/docstruct/rules/unit/";

  private PrecompiledRules() {}

  /** SHA-256 over the Drools version and every built-in file's name and text, in order. */
  static String fingerprint(Map<String, String> builtInTexts) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
    sha.update(("drools " + Drools.getFullVersion() + "\n").getBytes(StandardCharsets.UTF_8));
    builtInTexts.forEach((name, text) -> {
      sha.update((name + "\n" + text.length() + "\n").getBytes(StandardCharsets.UTF_8));
      sha.update(text.getBytes(StandardCharsets.UTF_8));
    });
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * Writes what Drools generated for the built-in rules into a class output directory: the classes of the
   * rules' package, the rule unit's service entry and the index.
   *
   * @return the files written
   */
  static List<Path> write(Map<String, String> builtInTexts, Map<String, byte[]> generated, Path outputDir)
      throws IOException {
    List<Path> written = new ArrayList<>();
    List<String> classNames = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : generated.entrySet()) {
      String path = e.getKey();
      if (path.startsWith(PACKAGE_DIR) && path.endsWith(".class")) {
        written.add(writeFile(outputDir, path, e.getValue()));
        classNames.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
      }
    }
    byte[] service = generated.get(SERVICE);
    if (service == null || classNames.isEmpty()) {
      throw new IllegalStateException("Drools generated no rule unit for the built-in rules");
    }
    written.add(writeFile(outputDir, SERVICE, service));
    String index = fingerprint(builtInTexts) + "\n" + String.join("\n", classNames) + "\n";
    written.add(writeFile(outputDir, INDEX, index.getBytes(StandardCharsets.UTF_8)));
    return written;
  }

  private static Path writeFile(Path outputDir, String path, byte[] bytes) throws IOException {
    Path file = outputDir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  /**
   * The precompiled unit, when the jar has one made from exactly these rule files and this Drools version.
   * Instantiating it builds its knowledge base from the generated classes (no compiler involved).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static <T extends RuleUnitData> Optional<RuleUnit<T>> load(Map<String, String> builtInTexts, Class<T> dataClass) {
    ClassLoader loader = PrecompiledRules.class.getClassLoader();
    @Nullable List<String> index = readIndex(loader);
    if (index == null || index.isEmpty() || !index.get(0).equals(fingerprint(builtInTexts))) {
      return Optional.empty();
    }
    Set<String> generated = Set.copyOf(index.subList(1, index.size()));
    for (ServiceLoader.Provider<RuleUnit> provider : ServiceLoader.load(RuleUnit.class, loader).stream().toList()) {
      if (generated.contains(provider.type().getName())
          && provider.get() instanceof InternalRuleUnit<?> unit
          && unit.getRuleUnitDataClass() == dataClass) {
        return Optional.of((RuleUnit<T>) unit);
      }
    }
    return Optional.empty();
  }

  /**
   * The parent for the class loader of a unit compiled at run time: {@code parent} without the precompiled
   * unit's classes, service entry and index. Drools names the classes it generates for {@link DocumentUnit}
   * the same way every time, and its class loaders ask the parent first, so without this a compilation with
   * user rules would load the precompiled built-in-only unit instead of its own.
   */
  static ClassLoader hidingClassLoader(ClassLoader parent) {
    @Nullable List<String> index = readIndex(parent);
    if (index == null || index.size() < 2) {
      return parent;
    }
    return new HidingClassLoader(parent, Set.copyOf(index.subList(1, index.size())));
  }

  private static @Nullable List<String> readIndex(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(INDEX)) {
      if (in == null) {
        return null;
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX, e);
    }
  }

  private static final class HidingClassLoader extends ClassLoader {
    static {
      registerAsParallelCapable();
    }

    private final Set<String> hiddenClasses;

    HidingClassLoader(ClassLoader parent, Set<String> hiddenClasses) {
      super("docstruct-rules-compilation", parent);
      this.hiddenClasses = hiddenClasses;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (hiddenClasses.contains(name)) {
        throw new ClassNotFoundException(name + " (precompiled built-in rules, hidden from run-time compilation)");
      }
      return super.loadClass(name, resolve);
    }

    @Override
    public @Nullable URL getResource(String name) {
      return hidden(name) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return hidden(name) ? Collections.emptyEnumeration() : super.getResources(name);
    }

    private boolean hidden(String resource) {
      if (resource.equals(SERVICE) || resource.equals(INDEX)) {
        return true;
      }
      return resource.endsWith(".class")
          && hiddenClasses.contains(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
    }
  }
}
