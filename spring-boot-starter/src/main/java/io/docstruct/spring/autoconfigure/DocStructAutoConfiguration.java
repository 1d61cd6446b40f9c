package io.docstruct.spring.autoconfigure;

import io.docstruct.ocr.OcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.PdfOptions;
import io.docstruct.pipeline.Stage;
import io.docstruct.rules.RuleEngine;
import io.docstruct.spring.observe.DocStructObserver;
import io.docstruct.spring.observe.ObservedOcrEngine;
import io.docstruct.spring.observe.OcrActivity;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * DocStruct in a Spring Boot application: the pipeline ({@link DocStruct}), the OCR engine that {@code
 * docstruct.ocr.engine} chooses, and the rule engine with the rule files of {@code docstruct.rules.locations}.
 * Each bean steps back for one of the application's own of the same type; an {@code OcrEngine} bean of the
 * application's own is the one the pipeline uses.
 *
 * <pre>{@code
 * @RestController
 * class Receipts {
 *   private final DocStruct docstruct;                 // auto-configured
 *   Receipts(DocStruct docstruct) { this.docstruct = docstruct; }
 * }
 * }</pre>
 *
 * <p>Images are read as the first of {@code docstruct.pipeline.model} the engine serves; unset, as the one
 * model the engine serves when it serves one (a single CLOVA Document OCR domain, Tesseract), else General OCR.
 *
 * <p>Nothing here touches Jackson: DocStruct reads provider JSON with its own Jackson 2 mapper, and the
 * application's {@code ObjectMapper} or {@code JsonMapper} is left as the application made it.
 */
@AutoConfiguration
@EnableConfigurationProperties(DocStructProperties.class)
@Import({
  OcrEngineConfigurations.Clova.class,
  OcrEngineConfigurations.Nhn.class,
  OcrEngineConfigurations.Local.class,
  OcrEngineConfigurations.LocalMissing.class,
  OcrEngineConfigurations.TesseractEngine.class,
  OcrEngineConfigurations.TesseractMissing.class
})
public class DocStructAutoConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(DocStructAutoConfiguration.class);

  /** Reports nothing; {@code DocStructMetricsAutoConfiguration} provides the Micrometer one first when it can. */
  @Bean
  @ConditionalOnMissingBean
  DocStructObserver docStructObserver() {
    return DocStructObserver.NONE;
  }

  @Bean
  @ConditionalOnMissingBean
  OcrActivity docStructOcrActivity() {
    return new OcrActivity(Clock.systemUTC());
  }

  @Bean
  @ConditionalOnMissingBean
  RuleEngine docStructRuleEngine(DocStructProperties properties, ResourceLoader resources) {
    DocStructProperties.Pipeline pipeline = properties.getPipeline();
    RuleEngine.Builder b = RuleEngine.builder().revealPersonalNumbers(pipeline.isRevealPersonalNumbers());
    if (pipeline.getZone() != null) {
      b.clock(Clock.system(pipeline.getZone()));
    }
    return RuleFiles.build(b, properties.getRules().getLocations(), resources);
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  DocStruct docStruct(
      DocStructProperties properties,
      ObjectProvider<OcrEngine> engines,
      ObjectProvider<RuleEngine> rules,
      DocStructObserver observer,
      OcrActivity activity) {
    DocStructProperties.Pipeline p = properties.getPipeline();
    DocStruct.Builder b = DocStruct.builder().listener(observer::finished);
    OcrEngine engine = engines.getIfUnique();
    List<OcrModel> models = p.models();
    if (engine != null) {
      b.ocr(new ObservedOcrEngine(engine, observer, activity));
      OcrModel model = modelFor(engine, models);
      if (model != null) {
        b.model(model);
      }
      if (p.getOcrConcurrency() != null) {
        b.ocrConcurrency(p.getOcrConcurrency());
      }
    } else if (!models.isEmpty() || p.getOcrConcurrency() != null) {
      LOG.warn(
          "DocStruct has no OCR engine, so docstruct.pipeline.model and docstruct.pipeline.ocr-concurrency are"
              + " not used; images fail at the ocr stage, saying so");
    }
    if (p.getJobs() != null) {
      b.jobs(p.getJobs());
    }
    if (p.getLastStage() != Stage.MAP) {
      b.lastStage(p.getLastStage());
      if (p.getZone() != null) {
        b.clock(Clock.system(p.getZone()));
      }
    } else {
      b.ruleEngine(rules.getObject());
    }
    b.repairMrz(p.isRepairMrz());
    b.pdf(PdfOptions.defaults().withRedaction(p.getRedaction().redaction()));
    DocStruct docstruct = b.build();
    LOG.info("DocStruct ready: {}", docstruct);
    return docstruct;
  }

  /**
   * What images are read as: the first of {@code docstruct.pipeline.model} the engine serves; unset, the one
   * model it serves when it serves one (a CLOVA Document domain, Tesseract), else {@code null} (General OCR).
   */
  private static @Nullable OcrModel modelFor(OcrEngine engine, List<OcrModel> wanted) {
    if (wanted.isEmpty()) {
      return engine.models().size() == 1 ? engine.models().iterator().next() : null;
    }
    for (OcrModel model : wanted) {
      if (engine.serves(model)) {
        return model;
      }
    }
    throw new IllegalStateException(
        "docstruct.pipeline.model=" + wanted.stream().map(OcrModel::label).collect(Collectors.joining(","))
            + ": the OCR engine (" + ObservedOcrEngine.provider(engine) + ") serves "
            + engine.models().stream().map(OcrModel::label).sorted().collect(Collectors.joining(", "))
            + "; name one of them (a list is read in order: the first the engine serves)");
  }
}
