package io.docstruct.spring.autoconfigure;

import io.docstruct.pipeline.DocStruct;
import io.docstruct.spring.health.DocStructHealthIndicator;
import io.docstruct.spring.observe.OcrActivity;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/** {@code /actuator/health} shows {@code docStruct} ({@link DocStructHealthIndicator}) when Boot's health module is there. */
@AutoConfiguration(after = DocStructAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean({DocStruct.class, OcrActivity.class})
public class DocStructHealthAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "docStructHealthIndicator")
  DocStructHealthIndicator docStructHealthIndicator(DocStruct docstruct, OcrActivity activity) {
    return new DocStructHealthIndicator(docstruct, activity);
  }
}
