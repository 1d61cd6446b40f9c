package io.docstruct.rules.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.ruleunits.api.RuleUnit;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules the build compiled into the jar: used when current, refused when stale, and hidden from
 * run-time compilations with user rules (whose generated classes have the same names).
 */
class PrecompiledRulesTest {
  private static final String SERVICE = "META-INF/services/" + RuleUnit.class.getName();

  @Test
  void theBuildCompiledTheBuiltInRulesIntoTheClassOutput() throws IOException {
    ClassLoader loader = getClass().getClassLoader();
    try (var in = loader.getResourceAsStream(PrecompiledRules.INDEX)) {
      assertThat(in).as("the rules module's process-classes step (BuiltInRulesPrecompiler) ran").isNotNull();
      List<String> index = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      assertThat(index.get(0)).isEqualTo(PrecompiledRules.fingerprint(KnowledgeBase.builtInTexts()));
      assertThat(index).contains("io.docstruct.rules.unit.DocumentUnitRuleUnit");
    }
    assertThat(KnowledgeBase.builtIn().precompiled()).isTrue();
  }

  @Test
  void changedRuleFilesMakeThePrecompiledUnitStale() {
    Map<String, String> texts = new LinkedHashMap<>(KnowledgeBase.builtInTexts());
    assertThat(PrecompiledRules.load(texts, DocumentUnit.class)).isPresent();

    texts.put("categorization.drl", texts.get("categorization.drl") + "\n// edited after the build\n");

    assertThat(PrecompiledRules.load(texts, DocumentUnit.class)).isEmpty();
  }

  @Test
  void fingerprintCoversEveryFileNameAndText() {
    Map<String, String> texts = KnowledgeBase.builtInTexts();
    Map<String, String> renamed = new LinkedHashMap<>();
    texts.forEach((name, text) -> renamed.put(name.equals("categorization.drl") ? "categories.drl" : name, text));
    Map<String, String> moved = new LinkedHashMap<>();
    texts.forEach((name, text) -> moved.put(name, name.equals("mapping-receipt.drl") ? text + " " : text));

    assertThat(PrecompiledRules.fingerprint(texts))
        .hasSize(64)
        .isNotEqualTo(PrecompiledRules.fingerprint(renamed))
        .isNotEqualTo(PrecompiledRules.fingerprint(moved));
  }

  @Test
  void runTimeCompilationSeesNeitherThePrecompiledClassesNorTheirServiceEntry() throws Exception {
    ClassLoader jar = getClass().getClassLoader();
    ClassLoader hiding = PrecompiledRules.hidingClassLoader(jar);

    assertThat(hiding).isNotSameAs(jar);
    assertThatThrownBy(() -> hiding.loadClass("io.docstruct.rules.unit.DocumentUnitRuleUnit"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(hiding.getResource("io/docstruct/rules/unit/DocumentUnitRuleUnit.class")).isNull();
    assertThat(Collections.list(hiding.getResources(SERVICE))).isEmpty();
    assertThat(hiding.getResource(PrecompiledRules.INDEX)).isNull();
    // The module's own classes and everything else stay visible.
    assertThat(hiding.loadClass(DocumentUnit.class.getName())).isSameAs(DocumentUnit.class);
    assertThat(hiding.getResource("io/docstruct/rules/unit/categorization.drl")).isNotNull();
  }

  @Test
  void compilingWithUserFilesNeverReturnsThePrecompiledUnit() {
    KnowledgeBase compiled = KnowledgeBase.compile(List.of());

    assertThat(compiled.precompiled()).isFalse();
    assertThat(compiled.unitClass()).isNotSameAs(KnowledgeBase.builtIn().unitClass());
    assertThat(compiled.unitClass().getName()).isEqualTo(KnowledgeBase.builtIn().unitClass().getName());
    assertThat(compiled.unitClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
  }

  @Test
  void writeRefusesOutputWithoutARuleUnit(@org.junit.jupiter.api.io.TempDir Path dir) {
    assertThatThrownBy(() -> PrecompiledRules.write(KnowledgeBase.builtInTexts(), Map.of(), dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no rule unit");
  }
}
