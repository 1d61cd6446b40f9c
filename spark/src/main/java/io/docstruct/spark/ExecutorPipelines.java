package io.docstruct.spark;

import io.docstruct.clova.client.ClovaDomains;
import io.docstruct.clova.client.ClovaOcrEngine;
import io.docstruct.client.RetryPolicy;
import io.docstruct.ocr.OcrModel;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.rules.RuleEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One {@link DocStruct} per executor JVM for each job configuration: built at the first partition that needs it
 * (rules compiled then, once, never per record) and shared by every task of that JVM (DocStruct is thread-safe),
 * so that the broadcast carries settings, not engines. With OCR, its CLOVA client has at most {@link
 * JobOptions.OcrSettings#callsPerExecutor()} calls in flight and retries rate limits and transient failures as
 * the command line does.
 *
 * <pre>{@code
 * DocStruct docstruct = ExecutorPipelines.get(options.value());   // the same object for every task of this JVM
 * }</pre>
 */
final class ExecutorPipelines {
  private static final Map<String, DocStruct> PIPELINES = new ConcurrentHashMap<>();
  private static final Map<String, RuleEngine> RULES = new ConcurrentHashMap<>();
  private static final AtomicInteger BUILT = new AtomicInteger();

  private ExecutorPipelines() {}

  /** This JVM's pipeline for {@code options}, built on first use. */
  static DocStruct get(JobOptions options) {
    return PIPELINES.computeIfAbsent(options.fingerprint(), key -> build(options));
  }

  /** This JVM's rule engine for {@code options}: the one its pipeline maps documents with. */
  static RuleEngine ruleEngine(JobOptions options) {
    return RULES.computeIfAbsent(options.fingerprint(), key -> {
      RuleEngine.Builder builder = RuleEngine.builder().clock(Clock.system(ZoneId.of(options.zone())));
      if (!options.rules().isEmpty()) {
        builder.rules(ruleFiles(options.rules()));
      }
      return builder.build();
    });
  }

  /** How many pipelines this JVM has built: one per configuration, however many partitions it processed. */
  static int built() {
    return BUILT.get();
  }

  private static DocStruct build(JobOptions options) {
    DocStruct.Builder builder = DocStruct.builder().ruleEngine(ruleEngine(options)).jobs(1);
    JobOptions.OcrSettings ocr = options.ocr();
    if (ocr != null) {
      OcrModel model = OcrModel.fromLabel(ocr.model());
      ClovaDomains domains = ClovaDomains.builder().add(ocr.invokeUrl(), ocr.secret()).build();
      builder
          .ocr(ClovaOcrEngine.create(
              domains,
              client -> client.retryPolicy(RetryPolicy.defaults()).maxConcurrentCalls(ocr.callsPerExecutor())))
          .model(model);
    }
    DocStruct built = builder.build();
    BUILT.incrementAndGet();
    return built;
  }

  /** The rule files written once into a folder of this JVM, under their own names (messages name them). */
  private static List<Path> ruleFiles(List<JobOptions.RuleFile> rules) {
    try {
      Path dir = Files.createTempDirectory("docstruct-rules-");
      dir.toFile().deleteOnExit();
      List<Path> files = new ArrayList<>();
      for (JobOptions.RuleFile rule : rules) {
        Path file = dir.resolve(Path.of(rule.name()).getFileName().toString());
        Files.write(file, rule.content());
        file.toFile().deleteOnExit();
        files.add(file);
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
