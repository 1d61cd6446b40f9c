package io.docstruct.spring.test;

import io.docstruct.clova.client.ClovaEndpoint;
import io.docstruct.testing.server.LocalOcrServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts the server when the test's application context is made, registers it as the bean {@code
 * docStructLocalOcrServer}, puts the properties that point DocStruct at it before every other property source,
 * and closes it with the context. Equal settings give equal customizers, so contexts are cached as usual.
 */
final class LocalOcrServerContextCustomizer implements ContextCustomizer {
  static final String BEAN_NAME = "docStructLocalOcrServer";
  private final Settings settings;

  LocalOcrServerContextCustomizer(Settings settings) {
    this.settings = settings;
  }

  /** The annotation's attributes, as a value. */
  record Settings(
      AutoConfigureLocalOcrServer.Provider provider, List<String> recordings, boolean samples, String secret) {
    static Settings of(AutoConfigureLocalOcrServer a) {
      return new Settings(a.provider(), List.of(a.recordings()), a.sampleResponses(), a.secret());
    }
  }

  @Override
  public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
    LocalOcrServer.Builder builder = LocalOcrServer.builder().secret(settings.secret());
    ClassLoader loader = context.getClassLoader() != null ? context.getClassLoader() : getClass().getClassLoader();
    for (String folder : settings.recordings()) {
      builder.responsesFromClasspath(loader, folder.startsWith("/") ? folder.substring(1) : folder);
    }
    if (settings.samples()) {
      builder.sampleResponses();
    }
    LocalOcrServer server = builder.start();
    context.getBeanFactory().registerSingleton(BEAN_NAME, server);
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
            server.close();
          }
        });
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("docstruct-local-ocr-server", properties(server)));
  }

  private Map<String, Object> properties(LocalOcrServer server) {
    Map<String, Object> p = new LinkedHashMap<>();
    if (settings.provider() == AutoConfigureLocalOcrServer.Provider.CLOVA) {
      p.put("docstruct.ocr.engine", "clova");
      for (ClovaEndpoint endpoint : ClovaEndpoint.values()) {
        String prefix = "docstruct.clova.domains." + endpoint.label() + ".";
        p.put(prefix + "invoke-url", server.invokeUrl(endpoint));
        p.put(prefix + "secret", settings.secret());
      }
    } else {
      p.put("docstruct.ocr.engine", "nhn");
      p.put("docstruct.nhn.base-url", server.baseUrl());
      p.put("docstruct.nhn.app-key", "local-app-key");
      p.put("docstruct.nhn.user-access-token", settings.secret());
    }
    return p;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LocalOcrServerContextCustomizer c && c.settings.equals(settings);
  }

  @Override
  public int hashCode() {
    return settings.hashCode();
  }
}
