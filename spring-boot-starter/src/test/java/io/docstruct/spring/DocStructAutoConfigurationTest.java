package io.docstruct.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.client.ImageSource;
import io.docstruct.clova.client.ClovaOcrEngine;
import io.docstruct.nhn.client.NhnOcrEngine;
import io.docstruct.ocr.OcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.OcrRequest;
import io.docstruct.ocr.Recognition;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.rules.RuleEngine;
import io.docstruct.spring.autoconfigure.DocStructActuatorAutoConfiguration;
import io.docstruct.spring.autoconfigure.DocStructAutoConfiguration;
import io.docstruct.spring.autoconfigure.DocStructHealthAutoConfiguration;
import io.docstruct.spring.autoconfigure.DocStructMetricsAutoConfiguration;
import io.docstruct.spring.autoconfigure.OcrEngineUnavailableException;
import io.docstruct.spring.health.DocStructHealthIndicator;
import io.docstruct.spring.observe.DocStructObserver;
import io.docstruct.spring.observe.MicrometerDocStructObserver;
import io.docstruct.spring.observe.ObservedOcrEngine;
import io.docstruct.testing.server.LocalOcrServer;
import io.docstruct.testing.server.SampleResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/** Every condition of the auto-configuration, with the application context runner. */
class DocStructAutoConfigurationTest {
  private static final String SECRET = "starter-test-secret";
  private static LocalOcrServer server;

  @TempDir Path dir;

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DocStructMetricsAutoConfiguration.class,
                  DocStructAutoConfiguration.class,
                  DocStructHealthAutoConfiguration.class,
                  DocStructActuatorAutoConfiguration.class))
          .withPropertyValues("docstruct.ocr.retry.max-attempts=1");

  @BeforeAll
  static void startServer() {
    server = LocalOcrServer.builder().secret(SECRET).sampleResponses().start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  private static String[] receiptDomain() {
    return new String[] {
      "docstruct.clova.domains.receipt.invoke-url=" + server.invokeUrl("receipt"),
      "docstruct.clova.domains.receipt.secret=" + SECRET
    };
  }

  private DocumentResult receiptImage(DocStruct docstruct) {
    return docstruct.process(DocumentInput.image(Samples.image(dir, SampleResponse.CLOVA_RECEIPT)));
  }

  @Test
  void withNothingConfiguredThePipelineReadsSavedResponsesAndSaysImagesNeedAnEngine() {
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(DocStruct.class).doesNotHaveBean(OcrEngine.class);
          DocStruct docstruct = context.getBean(DocStruct.class);
          assertThat(docstruct.ocrEngine()).isNull();
          DocumentResult saved =
              docstruct.process(DocumentInput.response(Samples.response(dir, SampleResponse.CLOVA_RECEIPT)));
          assertThat(saved.status()).isEqualTo(DocumentResult.Status.PROCESSED);
          assertThat(receiptImage(docstruct).failure())
              .hasToString("ocr: no OCR engine to read images with: build DocStruct with ocr(engine)");
          assertThat(context.getBean(DocStructHealthIndicator.class).health().getDetails())
              .containsEntry("ocr", "none");
        });
  }

  @Test
  void aClovaDomainGivesOneEngineOverItAndImagesAreReadAsItsModel() {
    runner
        .withPropertyValues(receiptDomain())
        .run(
            context -> {
              assertThat(context.getBean(OcrEngine.class)).isInstanceOf(ClovaOcrEngine.class);
              assertThat(context.getBean(OcrEngine.class).models()).containsExactly(OcrModel.RECEIPT);
              DocStruct docstruct = context.getBean(DocStruct.class);
              assertThat(docstruct.ocrRequest().model()).isEqualTo(OcrModel.RECEIPT);
              DocumentResult r = receiptImage(docstruct);
              assertThat(r.status()).isEqualTo(DocumentResult.Status.PROCESSED);
              assertThat(r.rules().expenses()).singleElement().satisfies(e ->
                  assertThat(e.total().amount()).isEqualByComparingTo("14700"));
            });
  }

  @Test
  void twoDomainsAndAModelAreOneEngineServingBoth() {
    runner
        .withPropertyValues(receiptDomain())
        .withPropertyValues(
            "docstruct.clova.domains.general.invoke-url=" + server.invokeUrl("general"),
            "docstruct.clova.domains.general.secret=" + SECRET,
            "docstruct.pipeline.model=general")
        .run(
            context -> {
              assertThat(context.getBean(OcrEngine.class).models())
                  .containsExactlyInAnyOrder(OcrModel.RECEIPT, OcrModel.GENERAL);
              assertThat(context.getBean(DocStruct.class).ocrRequest().model()).isEqualTo(OcrModel.GENERAL);
            });
  }

  @Test
  void anNhnAppKeyGivesTheNhnEngine() {
    runner
        .withPropertyValues(
            "docstruct.nhn.app-key=app",
            "docstruct.nhn.user-access-token=" + SECRET,
            "docstruct.nhn.base-url=" + server.baseUrl())
        .run(context -> assertThat(context.getBean(OcrEngine.class)).isInstanceOf(NhnOcrEngine.class));
  }

  @Test
  void engineClovaWithoutADomainIsRefusedAtStartupNamingTheProperties() {
    runner
        .withPropertyValues("docstruct.ocr.engine=clova")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("docstruct.clova.domains.<name>.invoke-url"));
  }

  @Test
  void aDomainWithoutItsSecretIsRefusedNamingTheProperty() {
    runner
        .withPropertyValues("docstruct.clova.domains.receipt.invoke-url=" + server.invokeUrl("receipt"))
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessage("docstruct.clova.domains.receipt.secret is not set"));
  }

  @Test
  void engineNoneLeavesConfiguredDomainsUnused() {
    runner
        .withPropertyValues(receiptDomain())
        .withPropertyValues("docstruct.ocr.engine=none")
        .run(context -> assertThat(context).hasSingleBean(DocStruct.class).doesNotHaveBean(OcrEngine.class));
  }

  @Test
  void theLocalFallbackAnswersFromTheBundledSamplesWhenNothingIsConfigured() {
    runner
        .withPropertyValues("docstruct.ocr.fallback=local", "docstruct.pipeline.model=receipt")
        .run(
            context -> {
              assertThat(context).hasSingleBean(LocalOcrServer.class);
              DocumentResult r = receiptImage(context.getBean(DocStruct.class));
              assertThat(r.status()).isEqualTo(DocumentResult.Status.PROCESSED);
            });
  }

  @Test
  void theLocalEngineWithoutDocStructTestingIsRefusedSayingWhatToAdd() {
    runner
        .withClassLoader(new FilteredClassLoader(LocalOcrServer.class))
        .withPropertyValues("docstruct.ocr.engine=local")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOfSatisfying(
                        OcrEngineUnavailableException.class,
                        e -> {
                          assertThat(e.getMessage())
                              .isEqualTo("DocStruct's OCR engine is local (docstruct.ocr.engine=local), and"
                                  + " io.docstruct:docstruct-testing, which serves it, is not on the class path");
                          assertThat(e.action())
                              .contains("add io.docstruct:docstruct-testing")
                              .contains("docstruct.clova.domains.*");
                        }));
  }

  @Test
  void anOcrEngineOfTheApplicationsOwnWinsOverConfiguredDomains() {
    OcrEngine own = new FixedEngine();
    runner
        .withPropertyValues(receiptDomain())
        .withBean(OcrEngine.class, () -> own)
        .run(
            context -> {
              assertThat(context.getBean(OcrEngine.class)).isSameAs(own);
              OcrEngine used = context.getBean(DocStruct.class).ocrEngine();
              assertThat(used).isInstanceOfSatisfying(ObservedOcrEngine.class, o -> assertThat(o.engine()).isSameAs(own));
            });
  }

  @Test
  void aDocStructOrRuleEngineOfTheApplicationsOwnWins() {
    DocStruct own = DocStruct.create();
    RuleEngine rules = RuleEngine.create();
    runner
        .withBean(DocStruct.class, () -> own)
        .withBean(RuleEngine.class, () -> rules)
        .run(
            context -> {
              assertThat(context.getBean(DocStruct.class)).isSameAs(own);
              assertThat(context.getBean(RuleEngine.class)).isSameAs(rules);
            });
  }

  @Test
  void ruleFilesComeFromTheClasspathAndTheFileSystem() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("second.drl"),
            """
            package io.docstruct.rules.unit;
            unit DocumentUnit;
            import io.docstruct.verify.Severity;
            rule "Receipts over 10,000 won are looked at twice"
            when
              $e : /expenses[ totalAbove(10000) ]
            then
              results.violation(Severity.INFO, "expense.total", "second look");
            end
            """);
    runner
        .withPropertyValues(
            "docstruct.rules.locations=classpath:rules/review-every-receipt.drl,file:" + file)
        .run(
            context -> {
              RuleEngine rules = context.getBean(RuleEngine.class);
              assertThat(rules.ruleFiles()).extracting(p -> p.getFileName().toString())
                  .containsExactly("review-every-receipt.drl", "second.drl");
              DocumentResult r = context.getBean(DocStruct.class)
                  .process(DocumentInput.response(Samples.response(dir, SampleResponse.CLOVA_RECEIPT)));
              assertThat(r.rules().violations())
                  .extracting(v -> v.rule())
                  .contains("Every receipt is reviewed", "Receipts over 10,000 won are looked at twice");
            });
  }

  @Test
  void aRuleLocationThatMatchesNothingIsRefusedNamingIt() {
    runner
        .withPropertyValues("docstruct.rules.locations=classpath:rules/no-such.drl")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessage("docstruct.rules.locations: classpath:rules/no-such.drl matches no file"));
  }

  @Test
  void aBrokenRuleFileIsRefusedAtStartupNamingItsLocationAndTheCompilersMessage() {
    runner
        .withPropertyValues("docstruct.rules.locations=classpath:rules-broken/broken.drl")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining(
                        "docstruct.rules.locations: classpath:rules-broken/broken.drl: broken.drl: Method"
                            + " thisMethodDoesNotExist on class io.docstruct.rules.entity.Expense"));
  }

  @Test
  void withoutMicrometerNothingIsMeasuredAndEverythingElseWorks() {
    runner
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class, ObservationRegistry.class))
        .withPropertyValues(receiptDomain())
        .run(
            context -> {
              assertThat(context.getBean(DocStructObserver.class)).isSameAs(DocStructObserver.NONE);
              assertThat(receiptImage(context.getBean(DocStruct.class)).status())
                  .isEqualTo(DocumentResult.Status.PROCESSED);
            });
  }

  @Test
  void withAMeterRegistryTheObserverIsMicrometers() {
    runner
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(context -> assertThat(context.getBean(DocStructObserver.class)).isInstanceOf(MicrometerDocStructObserver.class));
  }

  @Test
  void withoutBootsHealthModuleThereIsNoHealthIndicator() {
    runner
        .withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run(context -> assertThat(context).hasSingleBean(DocStruct.class).doesNotHaveBean(DocStructHealthIndicator.class));
  }

  @Test
  void theApplicationsJsonMapperIsLeftAsBootMadeIt() {
    ApplicationContextRunner jackson =
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class));
    Map<String, Object> sample = Map.of("amount", 14700, "date", java.time.LocalDate.of(2024, 5, 3));
    String[] without = new String[2];
    jackson.run(
        context -> {
          JsonMapper mapper = context.getBean(JsonMapper.class);
          without[0] = mapper.writeValueAsString(sample);
          without[1] = moduleClasses(mapper);
        });
    jackson
        .withConfiguration(
            AutoConfigurations.of(DocStructMetricsAutoConfiguration.class, DocStructAutoConfiguration.class))
        .withPropertyValues(receiptDomain())
        .run(
            context -> {
              assertThat(context).hasSingleBean(JsonMapper.class).hasSingleBean(DocStruct.class);
              assertThat(context).doesNotHaveBean(com.fasterxml.jackson.databind.ObjectMapper.class);
              JsonMapper mapper = context.getBean(JsonMapper.class);
              assertThat(mapper.writeValueAsString(sample)).isEqualTo(without[0]);
              assertThat(moduleClasses(mapper)).isEqualTo(without[1]);
            });
  }

  private static String moduleClasses(JsonMapper mapper) {
    return mapper.registeredModules().stream().map(m -> m.getClass().getName()).sorted().toList().toString();
  }

  /** An engine of the application's own: answers nothing, refuses every call. */
  private static final class FixedEngine implements OcrEngine {
    @Override
    public Set<OcrModel> models() {
      return Set.of(OcrModel.GENERAL);
    }

    @Override
    public Recognition recognize(ImageSource image, OcrRequest request) {
      throw new UnsupportedOperationException("not in this test");
    }

    @Override
    public void close() {}
  }
}
