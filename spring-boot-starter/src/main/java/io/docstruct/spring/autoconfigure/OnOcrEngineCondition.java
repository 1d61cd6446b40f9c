package io.docstruct.spring.autoconfigure;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The condition behind {@link ConditionalOnOcrEngine}; its message says why (the condition report shows it). */
final class OnOcrEngineCondition extends SpringBootCondition {

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnOcrEngine.class.getName());
    OcrEngineKind wanted = (OcrEngineKind) attributes.get("value");
    OcrEngineChoice.Resolved chosen = OcrEngineChoice.resolve(context.getEnvironment(), context.getClassLoader());
    String message = "DocStruct OCR engine " + chosen.kind() + " (" + chosen.reason() + ")";
    return chosen.kind() == wanted ? ConditionOutcome.match(message) : ConditionOutcome.noMatch(message);
  }
}
