package io.docstruct.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.clova.client.ClovaOcrEngine;
import io.docstruct.export.pdf.ExternalTool;
import io.docstruct.ocr.OcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.spring.autoconfigure.DocStructAutoConfiguration;
import io.docstruct.spring.autoconfigure.DocStructHealthAutoConfiguration;
import io.docstruct.spring.autoconfigure.DocStructMetricsAutoConfiguration;
import io.docstruct.spring.autoconfigure.OcrEngineUnavailableException;
import io.docstruct.spring.health.DocStructHealthIndicator;
import io.docstruct.spring.observe.ObservedOcrEngine;
import io.docstruct.tesseract.ImagePreparation;
import io.docstruct.tesseract.TesseractInstallation;
import io.docstruct.tesseract.TesseractOcrEngine;
import io.docstruct.tesseract.TesseractUnavailableException;
import io.docstruct.testing.server.LocalOcrServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/**
 * {@code docstruct.ocr.engine=tesseract} and {@code docstruct.ocr.fallback=tesseract,local}: the offline engine
 * from {@code docstruct.tesseract.*}, a startup failure that says what to add or install when it cannot run,
 * and a real receipt photo read through the engine the starter made. Most tests run a stand-in command that
 * answers {@code --version} and {@code --list-langs} as Tesseract 5.3.0 does and reads nothing, so that what
 * the starter builds is checked on any machine; the one that reads needs the real command.
 */
@ExtendWith(OutputCaptureExtension.class)
class TesseractEngineTest {
  @TempDir Path dir;
  private Path fake;

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DocStructMetricsAutoConfiguration.class,
                  DocStructAutoConfiguration.class,
                  DocStructHealthAutoConfiguration.class));

  /** A command that answers as Tesseract 5.3.0 with eng, kor and osd, and fails any page it is given. */
  @BeforeEach
  void standIn() throws Exception {
    fake = dir.resolve("tesseract");
    Files.writeString(
        fake,
        """
        #!/bin/sh
        case "$1" in
          --version) echo 'tesseract 5.3.0'; echo ' leptonica-1.82.0'; exit 0 ;;
          --list-langs) echo 'List of available languages in "/stand-in/" (3):'; echo eng; echo kor; echo osd; exit 0 ;;
        esac
        echo 'the stand-in reads nothing' >&2
        exit 1
        """,
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void engineTesseractIsATesseractEngineBuiltFromTheDocStructTesseractProperties() {
    runner
        .withPropertyValues(
            "docstruct.ocr.engine=tesseract",
            "docstruct.tesseract.command=" + fake,
            "docstruct.tesseract.languages=eng",
            "docstruct.tesseract.page-segmentation=6",
            "docstruct.tesseract.hangul-joining=geometry",
            "docstruct.tesseract.preparation.deskew=false",
            "docstruct.tesseract.preparation.text-height=0",
            "docstruct.tesseract.max-processes=1",
            "docstruct.tesseract.pdf-dpi=200",
            "docstruct.tesseract.page-timeout=30s")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              TesseractOcrEngine engine = (TesseractOcrEngine) context.getBean(OcrEngine.class);
              assertThat(engine.installation().command()).isEqualTo(fake.toString());
              assertThat(engine.installation().version()).isEqualTo("5.3.0");
              assertThat(engine.languages()).containsExactly("eng");
              assertThat(engine.toString())
                  .contains("psm 6", "joining GEOMETRY", "ImagePreparation[deskew=false, textHeight=0, binarise=false]");

              DocStruct docstruct = context.getBean(DocStruct.class);
              assertThat(docstruct.ocrEngine())
                  .isInstanceOfSatisfying(ObservedOcrEngine.class, o -> assertThat(o.engine()).isSameAs(engine));
              assertThat(docstruct.ocrRequest().model()).isEqualTo(OcrModel.GENERAL);

              Map<String, Object> health = context.getBean(DocStructHealthIndicator.class).health().getDetails();
              assertThat(health).containsEntry("ocr", "tesseract").containsEntry("models", "general");
              assertThat(health.get("tesseract"))
                  .isEqualTo(
                      Map.of("command", fake.toString(), "commandFound", true, "version", "5.3.0", "languages", "eng"));
            });
  }

  @Test
  void withoutPreparationPropertiesThePageIsPreparedAsTheEnginesDefaults() {
    runner
        .withPropertyValues("docstruct.ocr.engine=tesseract", "docstruct.tesseract.command=" + fake)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(OcrEngine.class).toString())
                  .contains(ImagePreparation.defaults().toString());
            });
  }

  @Test
  void theHealthIndicatorSaysWhenTheCommandIsGoneWithoutRunningAnything() throws Exception {
    runner
        .withPropertyValues("docstruct.ocr.engine=tesseract", "docstruct.tesseract.command=" + fake)
        .run(
            context -> {
              Files.delete(fake);
              Map<String, Object> health = context.getBean(DocStructHealthIndicator.class).health().getDetails();
              assertThat(health).containsEntry("ocr", "tesseract");
              @SuppressWarnings("unchecked")
              Map<String, Object> tesseract = (Map<String, Object>) health.get("tesseract");
              assertThat(tesseract).containsEntry("commandFound", false);
              assertThat((String) tesseract.get("note")).contains("sudo apt-get install tesseract-ocr");
            });
  }

  @Test
  void withoutDocStructTesseractTheApplicationDoesNotStartAndSaysWhatToAddAndInstall() {
    runner
        .withClassLoader(new FilteredClassLoader(TesseractOcrEngine.class))
        .withPropertyValues("docstruct.ocr.engine=tesseract")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOfSatisfying(
                        OcrEngineUnavailableException.class,
                        e -> {
                          assertThat(e.getMessage())
                              .isEqualTo(
                                  "DocStruct's OCR engine is tesseract (docstruct.ocr.engine=tesseract), and"
                                      + " io.docstruct:docstruct-tesseract, which runs it, is not on the class path");
                          assertThat(e.action())
                              .contains(
                                  "io.docstruct:docstruct-tesseract",
                                  "sudo apt-get install tesseract-ocr tesseract-ocr-kor tesseract-ocr-eng");
                        }));
  }

  @Test
  void withoutTheCommandTheApplicationDoesNotStartAndBootsReportSaysWhatToInstall(CapturedOutput output) {
    SpringApplication app = new SpringApplication(App.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    Path missing = dir.resolve("no-such-tesseract");

    assertThatThrownBy(() -> app.run("--docstruct.ocr.engine=tesseract", "--docstruct.tesseract.command=" + missing))
        .hasRootCauseInstanceOf(java.io.IOException.class)
        .satisfies(e -> assertThat(causeOf(e, OcrEngineUnavailableException.class).getCause())
            .isInstanceOf(TesseractUnavailableException.class));

    assertThat(output)
        .contains(
            "APPLICATION FAILED TO START",
            "DocStruct's OCR engine is tesseract (docstruct.ocr.engine=tesseract), and it cannot run: cannot run '"
                + missing + "'",
            "Action:",
            "sudo apt-get install " + TesseractInstallation.APT_PACKAGES);
  }

  @Test
  void aMissingLanguagePackIsRefusedAtStartupNamingItsPackage() {
    runner
        .withPropertyValues(
            "docstruct.ocr.engine=tesseract", "docstruct.tesseract.command=" + fake, "docstruct.tesseract.languages=kor,jpn")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining("has no language pack jpn")
                    .hasStackTraceContaining("sudo apt-get install tesseract-ocr-jpn"));
  }

  @Test
  void aSettingTheEngineRefusesIsNamedByItsProperty() {
    runner
        .withPropertyValues(
            "docstruct.ocr.engine=tesseract", "docstruct.tesseract.command=" + fake, "docstruct.tesseract.pdf-dpi=1200")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining("docstruct.tesseract.pdf-dpi: pdfDpi must be between 72 and 600: 1200"));
    runner
        .withPropertyValues(
            "docstruct.ocr.engine=tesseract", "docstruct.tesseract.command=" + fake,
            "docstruct.tesseract.hangul-joining=always")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining(
                        "docstruct.tesseract.hangul-joining: 'always' is not one of spacing, geometry, off"));
  }

  @Test
  void anOcrEngineOfTheApplicationsOwnWinsOverEngineTesseract() {
    OcrEngine own = new OwnEngine();
    runner
        .withBean(OcrEngine.class, () -> own)
        .withPropertyValues("docstruct.ocr.engine=tesseract", "docstruct.tesseract.command=" + dir.resolve("absent"))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(OcrEngine.class)).isSameAs(own);
              assertThat(context.getBean(DocStruct.class).ocrEngine())
                  .isInstanceOfSatisfying(ObservedOcrEngine.class, o -> assertThat(o.engine()).isSameAs(own));
            });
  }

  @Test
  void autoNeverPicksTesseractByItselfButTheFallbackListCanAskForIt(CapturedOutput output) {
    runner
        .withPropertyValues("docstruct.tesseract.command=" + fake)
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OcrEngine.class));

    runner
        .withPropertyValues("docstruct.ocr.fallback=tesseract,local", "docstruct.tesseract.command=" + fake)
        .run(
            context -> {
              assertThat(context.getBean(OcrEngine.class)).isInstanceOf(TesseractOcrEngine.class);
              assertThat(context).doesNotHaveBean(LocalOcrServer.class);
            });
    assertThat(output)
        .contains(
            "DocStruct OCR engine: tesseract 5.3.0 (kor+eng), offline, on this machine (no docstruct.clova.domains or"
                + " docstruct.nhn.app-key configured; docstruct.ocr.fallback=tesseract,local)");
  }

  @Test
  void theFallbackPassesOverTesseractWhenItCannotRunAndSaysWhy(CapturedOutput output) {
    Path missing = dir.resolve("no-such-tesseract");
    runner
        .withPropertyValues("docstruct.ocr.fallback=tesseract,local", "docstruct.tesseract.command=" + missing)
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(LocalOcrServer.class);
              assertThat(context.getBean(OcrEngine.class)).isInstanceOf(ClovaOcrEngine.class);
            });
    runner
        .withClassLoader(new FilteredClassLoader(TesseractOcrEngine.class))
        .withPropertyValues("docstruct.ocr.fallback=tesseract,local")
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(LocalOcrServer.class));
    assertThat(output)
        .contains("DocStruct OCR engine: local (no docstruct.clova.domains or docstruct.nhn.app-key configured;"
            + " docstruct.ocr.fallback=tesseract,local; passed over tesseract (cannot run '" + missing + "'")
        .contains("passed over tesseract (no docstruct-tesseract on the class path)");
  }

  @Test
  void aConfiguredServiceIsNeverReplacedByTheFallback() {
    try (LocalOcrServer clova = LocalOcrServer.builder().sampleResponses().start()) {
      runner
          .withPropertyValues(
              "docstruct.ocr.fallback=tesseract,local",
              "docstruct.tesseract.command=" + fake,
              "docstruct.clova.domains.receipt.invoke-url=" + clova.invokeUrl("receipt"),
              "docstruct.clova.domains.receipt.secret=s")
          .run(context -> assertThat(context.getBean(OcrEngine.class)).isInstanceOf(ClovaOcrEngine.class));
    }
  }

  @Test
  void aModelListIsReadAsTheFirstTheEngineServesAndAModelItDoesNotServeStopsStartup() {
    runner
        .withPropertyValues(
            "docstruct.ocr.engine=tesseract", "docstruct.tesseract.command=" + fake,
            "docstruct.pipeline.model=receipt,general")
        .run(context -> assertThat(context.getBean(DocStruct.class).ocrRequest().model()).isEqualTo(OcrModel.GENERAL));
    runner
        .withPropertyValues(
            "docstruct.ocr.engine=tesseract", "docstruct.tesseract.command=" + fake, "docstruct.pipeline.model=receipt")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessage(
                        "docstruct.pipeline.model=receipt: the OCR engine (tesseract) serves general; name one of"
                            + " them (a list is read in order: the first the engine serves)"));
  }

  /** The real command: a synthetic Korean receipt photo read by the engine the starter made, timed as tesseract. */
  @Test
  void theStarterMadeEngineReadsAReceiptPhotoAndItsCallIsTimedAsTesseract() throws Exception {
    ExternalTool.require(
        "tesseract",
        TesseractInstallation.APT_PACKAGES,
        t -> TesseractInstallation.isInstalled(t.executable().toString(), List.of("kor", "eng")));
    Path photo = dir.resolve("ko-receipt-01.jpg");
    try (InputStream in = getClass().getResourceAsStream("/scans/img/ko-receipt-01.jpg")) {
      Files.copy(in, photo);
    }
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                ObservationAutoConfiguration.class,
                MetricsAutoConfiguration.class,
                SimpleMetricsExportAutoConfiguration.class,
                CompositeMeterRegistryAutoConfiguration.class,
                DocStructMetricsAutoConfiguration.class,
                DocStructAutoConfiguration.class,
                DocStructHealthAutoConfiguration.class))
        .withPropertyValues("docstruct.ocr.engine=tesseract")
        .run(
            context -> {
              DocumentResult r = context.getBean(DocStruct.class).process(DocumentInput.image(photo));

              assertThat(r.status()).isEqualTo(DocumentResult.Status.PROCESSED);
              assertThat(r.recognizedBy().engine()).isEqualTo("tesseract");
              assertThat(r.rules().expenses()).singleElement().satisfies(e -> {
                assertThat(e.total().amount()).isEqualByComparingTo(new BigDecimal("37100"));
                assertThat(e.date()).isEqualTo(LocalDate.of(2024, 11, 11));
              });
              MeterRegistry meters = context.getBean(MeterRegistry.class);
              assertThat(
                      meters.get("docstruct.ocr.call")
                          .tags("provider", "tesseract", "model", "general", "outcome", "success", "error.code", "none")
                          .timer()
                          .count())
                  .isEqualTo(1);
              assertThat(context.getBean(DocStructHealthIndicator.class).health().getDetails())
                  .containsEntry("ocr", "tesseract")
                  .containsEntry("lastCall", "success")
                  .containsEntry("calls", 1L);
            });
  }

  private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + e);
  }

  /** An engine of the application's own: serves General OCR, reads nothing. */
  private static final class OwnEngine implements OcrEngine {
    @Override
    public java.util.Set<OcrModel> models() {
      return java.util.Set.of(OcrModel.GENERAL);
    }

    @Override
    public io.docstruct.ocr.Recognition recognize(
        io.docstruct.client.ImageSource image, io.docstruct.ocr.OcrRequest request) {
      throw new UnsupportedOperationException("not in this test");
    }

    @Override
    public void close() {}
  }

  /** An application with nothing but auto-configuration. */
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {}
}
