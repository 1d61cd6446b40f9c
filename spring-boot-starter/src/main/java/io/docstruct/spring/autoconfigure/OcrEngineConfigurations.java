package io.docstruct.spring.autoconfigure;

import io.docstruct.client.OcrClientException;
import io.docstruct.client.RetryListener;
import io.docstruct.clova.client.ClovaDomain;
import io.docstruct.clova.client.ClovaEndpoint;
import io.docstruct.clova.client.ClovaOcrClient;
import io.docstruct.clova.client.ClovaOcrEngine;
import io.docstruct.nhn.client.NhnOcrClient;
import io.docstruct.nhn.client.NhnOcrEngine;
import io.docstruct.ocr.OcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.spring.observe.DocStructObserver;
import io.docstruct.spring.observe.OcrActivity;
import io.docstruct.spring.observe.OcrCall;
import io.docstruct.tesseract.HangulJoining;
import io.docstruct.tesseract.ImagePreparation;
import io.docstruct.tesseract.TesseractInstallation;
import io.docstruct.tesseract.TesseractOcrEngine;
import io.docstruct.tesseract.TesseractUnavailableException;
import io.docstruct.testing.server.LocalOcrServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The OCR engine beans, one configuration per {@link OcrEngineKind}; each steps back for an {@code OcrEngine}
 * bean of the application's own. Every client is told of the starter's observer and activity on each retry.
 * An engine chosen but missing from the class path or the machine stops startup with an {@link
 * OcrEngineUnavailableException} that says what to add or install.
 */
final class OcrEngineConfigurations {
  private static final Logger LOG = LoggerFactory.getLogger(OcrEngineConfigurations.class);
  static final String LOCAL_SERVER_CLASS = "io.docstruct.testing.server.LocalOcrServer";
  private static final String LOCAL_SECRET = "local";

  private OcrEngineConfigurations() {}

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnOcrEngine(OcrEngineKind.CLOVA)
  static class Clova {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(OcrEngine.class)
    OcrEngine docStructOcrEngine(DocStructProperties properties, DocStructObserver observer, OcrActivity activity) {
      Map<String, DocStructProperties.Domain> domains = properties.getClova().getDomains();
      if (domains.isEmpty()) {
        throw new IllegalStateException(
            "docstruct.ocr.engine=clova needs a domain: set docstruct.clova.domains.<name>.invoke-url and"
                + " docstruct.clova.domains.<name>.secret");
      }
      List<ClovaOcrClient> clients = new ArrayList<>();
      try {
        domains.forEach(
            (name, domain) -> clients.add(clovaClient(name, domain, properties.getOcr(), observer, activity)));
        return ClovaOcrEngine.of(clients);
      } catch (RuntimeException e) {
        clients.forEach(ClovaOcrClient::close);
        throw e;
      }
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnOcrEngine(OcrEngineKind.NHN)
  static class Nhn {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(OcrEngine.class)
    OcrEngine docStructOcrEngine(DocStructProperties properties, DocStructObserver observer, OcrActivity activity) {
      DocStructProperties.Nhn nhn = properties.getNhn();
      String prefix = "docstruct.nhn.";
      NhnOcrClient.Builder b = NhnOcrClient.builder().appKey(required(nhn.getAppKey(), prefix + "app-key"));
      if (nhn.getUserAccessToken() != null) {
        b.userAccessToken(nhn.getUserAccessToken());
      }
      if (nhn.getSecretKey() != null) {
        b.secretKey(nhn.getSecretKey());
      }
      if (nhn.getUserAccessToken() == null && nhn.getSecretKey() == null) {
        throw new IllegalStateException(
            "docstruct.ocr.engine=nhn needs a credential: set docstruct.nhn.user-access-token (API v1.1) or"
                + " docstruct.nhn.secret-key (v1.0)");
      }
      if (nhn.getBaseUrl() != null) {
        b.baseUrl(nhn.getBaseUrl());
      }
      DocStructProperties.Ocr ocr = properties.getOcr();
      b.connectTimeout(ocr.getConnectTimeout())
          .readTimeout(ocr.getReadTimeout())
          .maxConcurrentCalls(ocr.getMaxConcurrentCalls())
          .retryPolicy(ocr.getRetry().toPolicy())
          .requestLogging(ocr.getRequestLogging())
          .retryListener(retries(new OcrCall("nhn", OcrModel.GENERAL.label()), observer, activity));
      return NhnOcrEngine.of(b.build());
    }
  }

  /** The local server with the bundled sample recordings, and CLOVA clients for each of its endpoints. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnOcrEngine(OcrEngineKind.LOCAL)
  @ConditionalOnClass(name = LOCAL_SERVER_CLASS)
  static class Local {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(OcrEngine.class)
    LocalOcrServer docStructLocalOcrServer(Environment environment) {
      // Listens on 127.0.0.1 only; it accepts any secret, and the clients send LOCAL_SECRET.
      LocalOcrServer server = LocalOcrServer.builder().sampleResponses().start();
      LOG.warn(
          "DocStruct OCR engine: local ({}). Images are answered from recordings (the bundled samples) by {}, not"
              + " read by an OCR service; configure docstruct.clova.domains.* or docstruct.nhn.* for real OCR",
          OcrEngineChoice.resolve(environment, getClass().getClassLoader()).reason(), server);
      return server;
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(OcrEngine.class)
    OcrEngine docStructOcrEngine(
        LocalOcrServer server, DocStructProperties properties, DocStructObserver observer, OcrActivity activity) {
      List<ClovaOcrClient> clients = new ArrayList<>();
      try {
        for (ClovaEndpoint endpoint : ClovaEndpoint.values()) {
          DocStructProperties.Domain domain = new DocStructProperties.Domain();
          domain.setInvokeUrl(server.invokeUrl(endpoint));
          domain.setSecret(LOCAL_SECRET);
          clients.add(clovaClient(endpoint.label(), domain, properties.getOcr(), observer, activity));
        }
        return ClovaOcrEngine.of(clients);
      } catch (RuntimeException e) {
        clients.forEach(ClovaOcrClient::close);
        throw e;
      }
    }
  }

  /** docstruct.ocr.engine=local without docstruct-testing: refused at startup, saying what is missing. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnOcrEngine(OcrEngineKind.LOCAL)
  @ConditionalOnMissingClass(LOCAL_SERVER_CLASS)
  static class LocalMissing {
    @Bean
    @ConditionalOnMissingBean(OcrEngine.class)
    OcrEngine docStructOcrEngine(Environment environment) {
      throw notOnClassPath(environment, "local", "io.docstruct:docstruct-testing, which serves it",
          "To answer from recordings (development, tests), add io.docstruct:docstruct-testing to the"
              + " application's dependencies; to read real documents, configure docstruct.clova.domains.* or"
              + " docstruct.nhn.*, or choose another engine with docstruct.ocr.engine.");
    }
  }

  /**
   * Offline OCR: a {@code TesseractOcrEngine} from {@code docstruct.tesseract.*}, checked now (the command
   * answers as Tesseract 4 or 5 and has every language pack), so that an application configured for it never
   * starts without it.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnOcrEngine(OcrEngineKind.TESSERACT)
  @ConditionalOnClass(name = OcrEngineChoice.TESSERACT_ENGINE_CLASS)
  static class TesseractEngine {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(OcrEngine.class)
    OcrEngine docStructOcrEngine(DocStructProperties properties, Environment environment) {
      OcrEngineChoice.Resolved chosen = OcrEngineChoice.resolve(environment, getClass().getClassLoader());
      TesseractOcrEngine.Builder b = builder(properties.getTesseract());
      TesseractOcrEngine engine;
      try {
        engine = b.build();
      } catch (TesseractUnavailableException e) {
        throw new OcrEngineUnavailableException(
            "DocStruct's OCR engine is tesseract (" + chosen.reason() + "), and it cannot run: " + e.getMessage(),
            "Install Tesseract with the language packs docstruct.tesseract.languages names (Korean and English: sudo"
                + " apt-get install " + TesseractInstallation.APT_PACKAGES + "), or set"
                + " docstruct.tesseract.command to where it is, or choose another engine with docstruct.ocr.engine.",
            e);
      }
      LOG.info(
          "DocStruct OCR engine: tesseract {} ({}), offline, on this machine ({})",
          engine.installation().version(), String.join("+", engine.languages()), chosen.reason());
      return engine;
    }

    /** The builder as {@code docstruct.tesseract.*} says; a value it refuses is named by its property. */
    static TesseractOcrEngine.Builder builder(DocStructProperties.Tesseract t) {
      String prefix = "docstruct.tesseract.";
      TesseractOcrEngine.Builder b = TesseractOcrEngine.builder();
      String property = prefix + "command";
      try {
        b.command(required(t.getCommand(), property));
        property = prefix + "languages";
        b.languages(t.getLanguages().stream().map(String::strip).toArray(String[]::new));
        property = prefix + "max-processes";
        if (t.getMaxProcesses() != null) {
          b.maxProcesses(t.getMaxProcesses());
        }
        property = prefix + "page-timeout";
        b.pageTimeout(t.getPageTimeout());
        property = prefix + "pdf-dpi";
        b.pdfDpi(t.getPdfDpi());
        property = prefix + "page-segmentation";
        b.pageSegmentation(t.getPageSegmentation());
        property = prefix + "hangul-joining";
        b.hangulJoining(hangulJoining(t.getHangulJoining()));
        property = prefix + "preparation.text-height";
        DocStructProperties.Preparation p = t.getPreparation();
        b.preparation(new ImagePreparation(p.isDeskew(), p.getTextHeight(), p.isBinarise()));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(property + ": " + e.getMessage(), e);
      }
      return b;
    }

    private static HangulJoining hangulJoining(String value) {
      String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      for (HangulJoining j : HangulJoining.values()) {
        if (j.name().equals(v)) {
          return j;
        }
      }
      throw new IllegalArgumentException("'" + value + "' is not one of spacing, geometry, off");
    }
  }

  /** Tesseract chosen without docstruct-tesseract on the class path: refused at startup, saying what to add. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnOcrEngine(OcrEngineKind.TESSERACT)
  @ConditionalOnMissingClass(OcrEngineChoice.TESSERACT_ENGINE_CLASS)
  static class TesseractMissing {
    @Bean
    @ConditionalOnMissingBean(OcrEngine.class)
    OcrEngine docStructOcrEngine(Environment environment) {
      throw notOnClassPath(environment, "tesseract", "io.docstruct:docstruct-tesseract, which runs it",
          // The packages are TesseractInstallation.APT_PACKAGES, which is not on the class path here.
          "Add the dependency io.docstruct:docstruct-tesseract to the application, and install Tesseract with its"
              + " Korean and English language packs on every machine it runs on: sudo apt-get install"
              + " tesseract-ocr tesseract-ocr-kor tesseract-ocr-eng. Or choose another engine with"
              + " docstruct.ocr.engine.");
    }
  }

  /** The startup failure of an engine chosen without the library that provides it. */
  private static OcrEngineUnavailableException notOnClassPath(
      Environment environment, String engine, String library, String action) {
    OcrEngineChoice.Resolved chosen =
        OcrEngineChoice.resolve(environment, OcrEngineConfigurations.class.getClassLoader());
    return new OcrEngineUnavailableException(
        "DocStruct's OCR engine is " + engine + " (" + chosen.reason() + "), and " + library
            + ", is not on the class path",
        action,
        null);
  }

  static ClovaOcrClient clovaClient(
      String name,
      DocStructProperties.Domain domain,
      DocStructProperties.Ocr ocr,
      DocStructObserver observer,
      OcrActivity activity) {
    String prefix = "docstruct.clova.domains." + name + ".";
    String url = required(domain.getInvokeUrl(), prefix + "invoke-url");
    String secret = required(domain.getSecret(), prefix + "secret");
    ClovaDomain served;
    try {
      served = ClovaDomain.of(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(prefix + "invoke-url: " + e.getMessage(), e);
    }
    ClovaOcrClient.Builder b;
    try {
      b = ClovaOcrClient.builder().invokeUrl(url).secret(secret);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(prefix + "secret: " + e.getMessage(), e);
    }
    return b.connectTimeout(ocr.getConnectTimeout())
        .readTimeout(ocr.getReadTimeout())
        .maxConcurrentCalls(ocr.getMaxConcurrentCalls())
        .retryPolicy(ocr.getRetry().toPolicy())
        .requestLogging(ocr.getRequestLogging())
        .retryListener(retries(new OcrCall("clova", served.endpoint().model().label()), observer, activity))
        .build();
  }

  private static RetryListener retries(OcrCall call, DocStructObserver observer, OcrActivity activity) {
    return (attempt, failure, delay) -> {
      if (failure instanceof io.docstruct.client.OcrApiException api && api.isLimit()) {
        activity.rateLimited();
      }
      observer.retrying(call, (OcrClientException) failure);
    };
  }

  private static String required(@Nullable String value, String property) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(property + " is not set");
    }
    return value;
  }
}
