package io.docstruct.spring.autoconfigure;

import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * DocStruct's secrets masked in {@code /actuator/env} and {@code /actuator/configprops}, even where an application
 * shows values ({@code management.endpoint.env.show-values=always}): a CLOVA domain's {@code secret}, NHN's
 * {@code user-access-token} and {@code secret-key}, whether set as properties ({@code
 * docstruct.clova.domains.receipt.secret}) or environment variables ({@code DOCSTRUCT_CLOVA_DOMAINS_RECEIPT_SECRET}).
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class DocStructActuatorAutoConfiguration {

  @Bean
  SanitizingFunction docStructSecretsSanitizingFunction() {
    return SanitizingFunction.sanitizeValue().ifKeyMatches(DocStructActuatorAutoConfiguration::isSecret);
  }

  /** A DocStruct key that holds a credential, in any of Spring's spellings of it. */
  static boolean isSecret(String key) {
    String k = key.toLowerCase(Locale.ROOT).replace('_', '.').replace("-", "");
    return k.startsWith("docstruct.") && (k.endsWith(".secret") || k.endsWith("secretkey") || k.endsWith("token"));
  }
}
