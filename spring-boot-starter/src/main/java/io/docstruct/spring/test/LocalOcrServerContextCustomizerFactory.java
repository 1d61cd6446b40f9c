package io.docstruct.spring.test;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Finds {@link AutoConfigureLocalOcrServer} on a test class (or an enclosing one). Registered in spring.factories. */
final class LocalOcrServerContextCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public @Nullable ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    AutoConfigureLocalOcrServer annotation =
        TestContextAnnotationUtils.findMergedAnnotation(testClass, AutoConfigureLocalOcrServer.class);
    return annotation == null ? null : new LocalOcrServerContextCustomizer(LocalOcrServerContextCustomizer.Settings.of(annotation));
  }
}
