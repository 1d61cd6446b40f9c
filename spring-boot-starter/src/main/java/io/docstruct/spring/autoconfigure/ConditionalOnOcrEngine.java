package io.docstruct.spring.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Matches when {@code docstruct.ocr.engine} chooses {@link #value()}, {@code auto} resolved as {@link
 * OcrEngineChoice} resolves it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@Conditional(OnOcrEngineCondition.class)
public @interface ConditionalOnOcrEngine {
  /** The engine this configuration is for. */
  OcrEngineKind value();
}
