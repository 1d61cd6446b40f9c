package io.docstruct.rules.unit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Build step that compiles the built-in rules to Drools' executable model and writes the generated classes
 * into the rules module's class output, so that the first {@link io.docstruct.rules.RuleEngine} of a process
 * loads compiled rules instead of running the DRL compiler (several seconds on a cold JVM). The rules
 * module's {@code pom.xml} runs it in the {@code process-classes} phase:
 *
 * <pre>{@code
 * java -cp <module classpath> io.docstruct.rules.unit.BuiltInRulesPrecompiler target/classes
 * }</pre>
 *
 * <p>User rule files are still compiled at run time, together with the built-in ones.
 */
public final class BuiltInRulesPrecompiler {
  private BuiltInRulesPrecompiler() {}

  /**
   * Compiles the built-in rules into {@code args[0]}.
   *
   * @param args the class output directory
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: BuiltInRulesPrecompiler CLASS_OUTPUT_DIRECTORY");
      System.exit(2);
    }
    long start = System.nanoTime();
    Map<String, String> texts = KnowledgeBase.builtInTexts();
    List<Path> written = PrecompiledRules.write(texts, KnowledgeBase.generateBuiltIn(texts), Path.of(args[0]));
    System.out.printf("Precompiled %d built-in rule files into %d files under %s in %d ms%n",
        texts.size(), written.size(), args[0], (System.nanoTime() - start) / 1_000_000);
  }
}
