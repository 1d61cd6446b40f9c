package io.docstruct.rules.unit;

import io.docstruct.receipt.ReceiptLabels;
import io.docstruct.receipt.ReceiptReader;
import io.docstruct.rules.CategoryKeywords;
import io.docstruct.rules.ExpenseFields;
import io.docstruct.rules.RuleDefinitionException;
import io.docstruct.rules.RuleDefinitionException.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.model.codegen.execmodel.CanonicalModelKieProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.drools.ruleunits.api.RuleUnitData;
import org.drools.ruleunits.api.RuleUnitProvider;
import org.drools.ruleunits.api.conf.RuleConfig;
import org.drools.ruleunits.impl.InternalRuleUnit;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import io.docstruct.rules.compliance.ComplianceReport;
import io.docstruct.verify.Severity;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * The compiled {@link DocumentUnit}: the built-in DRL files plus any user rule files in Drools' executable
 * model, reused for every evaluation. The built-in rules alone come precompiled in the jar ({@link #builtIn()});
 * with user files, everything is compiled together when the knowledge base is made ({@link #compile}).
 * Internal to {@link io.docstruct.rules.RuleEngine}, which is the supported API; public only because the
 * engine lives in another package.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.compile(List.of(Path.of("my-rules.drl")));
 * RuleOutput out = kb.run(new DocumentUnit(EntityMapper.masking(), keywords, today).with(pages, findings));
 * }</pre>
 *
 * <p>Thread-safe: the compiled unit is immutable; each {@link #run} creates its own unit instance (a fresh
 * Drools session) and closes it.
 */
public final class KnowledgeBase {
  /** The built-in rule files, one per concern, in {@code io/docstruct/rules/unit/}. */
  public static final List<String> BUILT_IN_FILES = List.of(
      "receipt-labels.drl",
      "category-keywords.drl",
      "mapping-expense-fields.drl",
      "mapping-receipt.drl",
      "mapping-template.drl",
      "mapping-general-receipt.drl",
      "mapping-biz-license.drl",
      "mapping-name-card.drl",
      "mapping-id-card.drl",
      "mapping-passport.drl",
      "mapping-credit-card.drl",
      "mapping-medical-receipt.drl",
      "categorization.drl",
      "validation-expense.drl",
      "validation-vendor.drl",
      "validation-identity.drl",
      "validation-card.drl",
      "validation-medical.drl",
      "validation-verification.drl",
      "validation-pages.drl",
      "compliance-evidence.csv",
      "compliance-duplicates.drl",
      "compliance-reconciliation.drl");

  /** The built-in evidence decision table ({@code unit BatchUnit}), which a user's edited copy may replace. */
  public static final String EVIDENCE_TABLE = "compliance-evidence.csv";

  private static final String RESOURCE_DIR = "io/docstruct/rules/unit/";
  private static final Pattern UNIT_DECLARATION = Pattern.compile("(?m)^\\s*unit\\s+(DocumentUnit|BatchUnit)\\s*;");
  /** How problems and fired rules name a built-in file: {@code built-in:NAME}. */
  private static final String BUILT_IN_ORIGIN = "built-in:";
  private static final Pattern RULE_NAME = Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

  private final RuleUnit<DocumentUnit> unit;
  private final RuleUnit<BatchUnit> batchUnit;
  private final Map<String, String> origins;
  private final List<Path> userFiles;
  private final boolean precompiled;
  private volatile @Nullable Tables tables;

  private KnowledgeBase(
      RuleUnit<DocumentUnit> unit,
      RuleUnit<BatchUnit> batchUnit,
      Map<String, String> origins,
      List<Path> userFiles,
      boolean precompiled) {
    this.unit = unit;
    this.batchUnit = batchUnit;
    this.origins = Map.copyOf(origins);
    this.userFiles = List.copyOf(userFiles);
    this.precompiled = precompiled;
  }

  /**
   * The built-in rules only, shared by every engine without user rules: the unit the build compiled into
   * this jar ({@link BuiltInRulesPrecompiler}), or, when it is missing or was made from other rule files
   * or another Drools version, the rule files compiled now.
   */
  public static KnowledgeBase builtIn() {
    return BuiltIn.INSTANCE;
  }

  private static final class BuiltIn {
    static final KnowledgeBase INSTANCE = load();

    private static KnowledgeBase load() {
      Map<String, String> texts = builtInTexts();
      Map<String, String> origins = origins(builtInSources(texts));
      var unit = PrecompiledRules.load(texts, DocumentUnit.class);
      var batchUnit = PrecompiledRules.load(texts, BatchUnit.class);
      if (unit.isPresent() && batchUnit.isPresent()) {
        return new KnowledgeBase(unit.get(), batchUnit.get(), origins, List.of(), true);
      }
      return compile(List.of());
    }
  }

  /** Whether the rules were compiled by the build rather than in this process. */
  public boolean precompiled() {
    return precompiled;
  }

  /** The rule unit's generated class (for tests: which compilation is in use). */
  Class<?> unitClass() {
    return unit.getClass();
  }

  /**
   * Compiles the built-in rules with the user's files: DRL ({@code .drl}) and decision tables ({@code .xls},
   * {@code .xlsx}, {@code .csv}).
   *
   * @throws RuleDefinitionException naming the file and line when a file does not compile or cannot be read
   */
  public static KnowledgeBase compile(List<Path> userFiles) {
    return compile(userFiles, null);
  }

  /**
   * {@link #compile(List)}, with {@code evidenceTable} (an edited copy of the built-in {@value #EVIDENCE_TABLE},
   * {@code .csv}, {@code .xlsx} or {@code .xls}) in place of the built-in evidence table when not {@code null}.
   *
   * @throws RuleDefinitionException naming the file and line when a file does not compile or cannot be read
   */
  public static KnowledgeBase compile(List<Path> userFiles, @Nullable Path evidenceTable) {
    Map<String, String> texts = builtInTexts();
    List<Path> files = new ArrayList<>(userFiles);
    Map<String, Source> sources;
    if (evidenceTable != null) {
      texts.remove(EVIDENCE_TABLE);
      sources = builtInSources(texts);
      sources.put("src/main/resources/" + RESOURCE_DIR + "evidence-table.drl", userSource(evidenceTable));
      files.add(0, evidenceTable);
    } else {
      sources = builtInSources(texts);
    }
    int index = 0;
    for (Path file : userFiles) {
      String kfsPath = "src/main/resources/" + RESOURCE_DIR + "user" + index++ + ".drl";
      sources.put(kfsPath, userSource(file));
    }
    CanonicalKieModule module = build(sources);
    return new KnowledgeBase(
        unitOf(module, DocumentUnit.class), unitOf(module, BatchUnit.class), origins(sources), files, false);
  }

  private static Source userSource(Path file) {
    String text = userText(file);
    boolean generated = isDecisionTable(file);
    if (!UNIT_DECLARATION.matcher(text).find()) {
      throw new RuleDefinitionException(
          List.of(new Problem(file.toString(), 0, generated
              ? "the decision table has no 'Unit' row naming DocumentUnit or BatchUnit in its RuleSet area"
              : "the file does not declare 'unit DocumentUnit;' or 'unit BatchUnit;' (and package io.docstruct.rules.unit;)")),
          null);
    }
    return new Source(file.toString(), text, generated);
  }

  /** Each rule's name → the file it is defined in (the last definition wins, as in Drools). */
  private static Map<String, String> origins(Map<String, Source> sources) {
    Map<String, String> origins = new HashMap<>();
    sources.values().forEach(source -> ruleNames(source.text()).forEach(rule -> origins.put(rule, source.origin())));
    return origins;
  }

  /** The built-in files as compiler sources, by their path in the compiler's file system, in order. */
  private static Map<String, Source> builtInSources(Map<String, String> texts) {
    Map<String, Source> sources = new LinkedHashMap<>();
    texts.forEach((name, text) ->
        // A decision table is already DRL here: the compiler must see it as such, not as a table.
        sources.put("src/main/resources/" + RESOURCE_DIR + (name.endsWith(".drl") ? name : name + ".drl"),
            new Source(BUILT_IN_ORIGIN + name, text, !name.endsWith(".drl"))));
    return sources;
  }

  /**
   * The built-in rules ({@link #builtInTexts()}) compiled to the executable model: every generated file (classes, the rule unit's
   * service entry) by its path in a jar. Used by {@link BuiltInRulesPrecompiler} at build time.
   */
  static Map<String, byte[]> generateBuiltIn(Map<String, String> texts) {
    MemoryFileSystem files = ((MemoryKieModule) build(builtInSources(texts)).getInternalKieModule()).getMemoryFileSystem();
    Map<String, byte[]> generated = new TreeMap<>();
    files.getMap().forEach((path, bytes) -> generated.put(path.asString(), bytes));
    return generated;
  }

  private record Source(String origin, String text, boolean generatedFromTable) {}

  /** Compiles the sources to the executable model, or fails with every compiler error by file and line. */
  private static CanonicalKieModule build(Map<String, Source> sources) {
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    sources.forEach((path, source) -> kfs.write(path, source.text()));
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    List<Problem> problems = new ArrayList<>();
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      problems.add(problem(sources, m));
    }
    if (!problems.isEmpty()) {
      // A file written for a type that moved to core fails on that name: say first where the type is now.
      List<Problem> hints = new ArrayList<>();
      sources.values().stream()
          .filter(s -> !s.origin().startsWith(BUILT_IN_ORIGIN))
          .forEach(s -> hints.addAll(MovedTypes.hints(s.origin(), s.text(), s.generatedFromTable())));
      hints.addAll(problems);
      throw new RuleDefinitionException(hints, null);
    }
    return (CanonicalKieModule) builder.getKieModule();
  }

  /**
   * The unit compiled into {@code module}, loaded by a class loader whose parent hides the unit the build
   * compiled into the jar: Drools names the generated classes the same way each time and its class loaders
   * ask their parent first, so the module's own loader would return the jar's built-in-only unit.
   */
  @SuppressWarnings("unchecked")
  private static <T extends RuleUnitData> RuleUnit<T> unitOf(CanonicalKieModule module, Class<T> dataClass) {
    ProjectClassLoader loader = module.createModuleClassLoader(
        PrecompiledRules.hidingClassLoader(KnowledgeBase.class.getClassLoader()));
    loader.storeClasses(module.getClassesMap());
    module.setModuleClassLoader(loader);
    CanonicalModelKieProject project = new CanonicalModelKieProject(module, loader);
    ClassLoader jar = KnowledgeBase.class.getClassLoader();
    for (ServiceLoader.Provider<RuleUnit> provider : ServiceLoader.load(RuleUnit.class, project.getClassLoader())
        .stream().toList()) {
      if (provider.type().getClassLoader() != jar
          && provider.get() instanceof InternalRuleUnit<?> internal
          && internal.getRuleUnitDataClass() == dataClass) {
        return (RuleUnit<T>) internal;
      }
    }
    throw new IllegalStateException("Drools generated no rule unit for " + dataClass.getSimpleName());
  }

  private static Problem problem(Map<String, Source> sources, Message m) {
    String path = m.getPath() == null ? "" : m.getPath();
    for (Map.Entry<String, Source> e : sources.entrySet()) {
      if (!path.isEmpty() && (e.getKey().endsWith(path) || path.endsWith(e.getKey()))) {
        Source s = e.getValue();
        String text = s.generatedFromTable()
            ? "in the DRL generated from this decision table, line " + m.getLine() + ": " + m.getText()
            : m.getText();
        return new Problem(s.origin(), s.generatedFromTable() ? 0 : m.getLine(), text);
      }
    }
    return new Problem(path.isEmpty() ? "(rules)" : path, m.getLine(), m.getText());
  }

  /** The built-in rule files' text by file name, in {@link #BUILT_IN_FILES} order. */
  static Map<String, String> builtInTexts() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String name : BUILT_IN_FILES) {
      try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
        if (in == null) {
          throw new IllegalStateException("built-in rule file missing from the class path: " + RESOURCE_DIR + name);
        }
        byte[] bytes = in.readAllBytes();
        texts.put(name, name.endsWith(".csv")
            ? new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), InputType.CSV)
            : new String(bytes, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return texts;
  }

  private static boolean isDecisionTable(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".xls") || name.endsWith(".xlsx") || name.endsWith(".csv");
  }

  /** A user file's DRL: the file itself, or the DRL Drools generates from a decision table. */
  private static String userText(Path file) {
    byte[] bytes;
    try {
      if (Files.size(file) > SpreadsheetLimits.MAX_FILE_BYTES) {
        throw new RuleDefinitionException(
            List.of(new Problem(file.toString(), 0,
                "larger than " + SpreadsheetLimits.MAX_FILE_BYTES + " bytes, too large for a rule file")),
            null);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      String reason = e instanceof java.nio.file.NoSuchFileException ? "no such file" : "cannot be read: " + e;
      throw new RuleDefinitionException(List.of(new Problem(file.toString(), 0, reason)), e);
    }
    if (!isDecisionTable(file)) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    InputType type = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
        ? InputType.CSV
        : InputType.XLS;
    String tooLarge = type == InputType.XLS ? SpreadsheetLimits.problem(bytes) : null;
    if (tooLarge != null) {
      throw new RuleDefinitionException(
          List.of(new Problem(file.toString(), 0, "refused: " + tooLarge)), null);
    }
    try {
      return new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), type);
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new RuleDefinitionException(
          List.of(new Problem(file.toString(), 0, "not a readable decision table: " + message)), e);
    }
  }

  private static List<String> ruleNames(String drl) {
    List<String> names = new ArrayList<>();
    Matcher m = RULE_NAME.matcher(drl);
    while (m.find()) {
      names.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }
    return names;
  }

  /** The user files compiled in, in order. */
  public List<Path> userFiles() {
    return userFiles;
  }

  /**
   * The receipt reader with the labels the rules give ({@code when $labels : /receiptLabels then
   * $labels.add(…)}): read once, with the {@linkplain #categoryKeywords() category keywords}, by firing the rules
   * on a unit without pages whose stores hold collecting tables, and kept.
   *
   * @throws RuleDefinitionException naming the rule whose label or format is not understood
   */
  public ReceiptReader receiptReader() {
    return tables().receipts();
  }

  /**
   * The category keywords the rules give ({@code when $keywords : /categoryKeywords then $keywords.add(…)}): the
   * built-in {@code category-keywords.drl} and the changes of the user's files; read with the receipt labels.
   *
   * @throws RuleDefinitionException naming the rule whose keyword or category is not understood
   */
  public CategoryKeywords categoryKeywords() {
    return tables().keywords();
  }

  /**
   * Which field becomes which expense property, as the rules give it ({@code when $fields : /expenseFields then
   * $fields.map(…)}): the built-in {@code mapping-expense-fields.drl} and the changes of the user's files; read
   * with the receipt labels.
   *
   * @throws RuleDefinitionException naming the rule whose kind, property or field is not understood
   */
  public ExpenseFields expenseFields() {
    return tables().fields();
  }

  /** What the rules that run once, when an engine is built, give. */
  private record Tables(ReceiptReader receipts, CategoryKeywords keywords, ExpenseFields fields) {}

  private Tables tables() {
    Tables t = tables;
    if (t == null) {
      synchronized (this) {
        t = tables;
        if (t == null) {
          t = collectTables();
          tables = t;
        }
      }
    }
    return t;
  }

  private Tables collectTables() {
    ReceiptLabelTable labels = ReceiptLabelTable.collecting();
    CategoryKeywordTable keywords = CategoryKeywordTable.collecting();
    ExpenseFieldTable fields = ExpenseFieldTable.collecting();
    DocumentUnit empty = DocumentUnit.collecting(labels, keywords, fields);
    try {
      run(empty);
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
        cause = cause.getCause();
      }
      String rule = empty.getResults().currentRule();
      throw new RuleDefinitionException(
          List.of(new Problem(origin(rule), 0, "rule \"" + rule + "\": " + cause.getMessage())), e);
    }
    return new Tables(ReceiptReader.of(labels.build()), keywords.build(), fields.build());
  }

  /** Fires every rule on {@code data} in a new unit instance and returns what the rules wrote. */
  public RuleOutput run(DocumentUnit data) {
    RuleOutput output = data.getResults();
    RuleConfig config = RuleUnitProvider.get().newRuleConfig();
    config.getAgendaEventListeners().add(new DefaultAgendaEventListener() {
      @Override
      public void beforeMatchFired(BeforeMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
        output.ruleFiring(rule, origin(rule));
      }
    });
    try (RuleUnitInstance<DocumentUnit> instance = unit.createInstance(data, config)) {
      instance.fire();
    }
    return output;
  }

  /**
   * Fires every batch rule on {@code data} in a new unit instance and returns the report.
   *
   * @param severities severity overrides by rule name, from the engine's builder
   */
  public ComplianceReport run(BatchUnit data, Map<String, Severity> severities) {
    BatchOutput output = data.getResults();
    RuleConfig config = RuleUnitProvider.get().newRuleConfig();
    config.getAgendaEventListeners().add(new DefaultAgendaEventListener() {
      @Override
      public void beforeMatchFired(BeforeMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
        output.ruleFiring(rule, origin(rule));
      }
    });
    try (RuleUnitInstance<BatchUnit> instance = batchUnit.createInstance(data, config)) {
      data.insertInputs();
      instance.fire();
    }
    return output.report(severities);
  }

  private String origin(String rule) {
    @Nullable String origin = origins.get(rule);
    return origin != null ? origin : "(generated)";
  }
}
