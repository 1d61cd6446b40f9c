package io.docstruct.spring.autoconfigure;

import io.docstruct.spring.observe.DocStructObserver;
import io.docstruct.spring.observe.MicrometerDocStructObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * DocStruct's observations and meters ({@link MicrometerDocStructObserver}) when the application has a Micrometer
 * {@code MeterRegistry}. Without Micrometer, or without a registry, the observer reports nothing.
 */
@AutoConfiguration(
    before = DocStructAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"
    })
@ConditionalOnClass({MeterRegistry.class, ObservationRegistry.class})
@ConditionalOnBean(MeterRegistry.class)
public class DocStructMetricsAutoConfiguration {

  /**
   * Observations go to the application's {@code ObservationRegistry} (Boot's turns them into timers, and spans
   * when tracing is there); without one, to a registry of DocStruct's own that only times them.
   */
  @Bean
  @ConditionalOnMissingBean
  DocStructObserver docStructObserver(MeterRegistry meters, ObjectProvider<ObservationRegistry> observations) {
    ObservationRegistry registry = observations.getIfUnique();
    if (registry == null) {
      registry = ObservationRegistry.create();
      registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    }
    return new MicrometerDocStructObserver(registry, meters);
  }
}
