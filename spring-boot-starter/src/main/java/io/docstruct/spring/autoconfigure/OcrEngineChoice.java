package io.docstruct.spring.autoconfigure;

import io.docstruct.spring.observe.ObservedOcrEngine;
import io.docstruct.tesseract.TesseractInstallation;
import io.docstruct.tesseract.TesseractUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Which engine {@code docstruct.ocr.engine} chooses, with {@code auto} resolved: CLOVA when any {@code
 * docstruct.clova.domains.*} is set, else NHN Cloud when {@code docstruct.nhn.app-key} is, else the first
 * engine of {@code docstruct.ocr.fallback} that can run here (the last one regardless).
 *
 * <p>{@code auto} never picks Tesseract by itself. Whether the {@code tesseract} command is installed is a fact
 * of the machine, not of the application's configuration: an application that read images on a developer's
 * laptop and failed them, saying so, in production (or the other way round) with the same properties would
 * be silently different. An application opts in by naming it ({@code engine=tesseract}, or {@code
 * fallback=tesseract,local}).
 */
final class OcrEngineChoice {
  static final String TESSERACT_ENGINE_CLASS = ObservedOcrEngine.TESSERACT_ENGINE_CLASS;

  /** One resolution per environment: the fallback may ask the tesseract command what it is, once. */
  private static final Map<Environment, Resolved> RESOLVED = new WeakHashMap<>();

  private OcrEngineChoice() {}

  /** The chosen engine, never {@link OcrEngineKind#AUTO}, and in words why. */
  record Resolved(OcrEngineKind kind, String reason) {}

  static Resolved resolve(Environment environment, @Nullable ClassLoader classes) {
    synchronized (RESOLVED) {
      Resolved resolved = RESOLVED.get(environment);
      if (resolved == null) {
        resolved = choose(environment, classes);
        RESOLVED.put(environment, resolved);
      }
      return resolved;
    }
  }

  private static Resolved choose(Environment environment, @Nullable ClassLoader classes) {
    Binder binder = Binder.get(environment);
    OcrEngineKind set = binder.bind("docstruct.ocr.engine", OcrEngineKind.class).orElse(OcrEngineKind.AUTO);
    if (set != OcrEngineKind.AUTO) {
      return new Resolved(set, "docstruct.ocr.engine=" + label(set));
    }
    Map<String, DocStructProperties.Domain> domains =
        binder
            .bind("docstruct.clova.domains", Bindable.mapOf(String.class, DocStructProperties.Domain.class))
            .orElse(Map.of());
    if (!domains.isEmpty()) {
      return new Resolved(OcrEngineKind.CLOVA, "docstruct.clova.domains " + domains.keySet() + " configured");
    }
    if (binder.bind("docstruct.nhn.app-key", String.class).isBound()) {
      return new Resolved(OcrEngineKind.NHN, "docstruct.nhn.app-key configured");
    }
    List<OcrEngineKind> fallback =
        binder.bind("docstruct.ocr.fallback", Bindable.listOf(OcrEngineKind.class)).orElse(List.of(OcrEngineKind.NONE));
    if (fallback.isEmpty()) {
      fallback = List.of(OcrEngineKind.NONE);
    }
    for (OcrEngineKind kind : fallback) {
      if (kind == OcrEngineKind.AUTO || kind == OcrEngineKind.CLOVA || kind == OcrEngineKind.NHN) {
        throw new IllegalStateException(
            "docstruct.ocr.fallback takes none, local or tesseract, not " + label(kind)
                + ": it is what docstruct.ocr.engine=auto uses when no OCR service is configured");
      }
    }
    String why = "no docstruct.clova.domains or docstruct.nhn.app-key configured; docstruct.ocr.fallback="
        + String.join(",", fallback.stream().map(OcrEngineChoice::label).toList());
    List<String> passedOver = new ArrayList<>();
    for (int i = 0; i < fallback.size() - 1; i++) {
      OcrEngineKind kind = fallback.get(i);
      String missing = missing(kind, binder, classes);
      if (missing == null) {
        return new Resolved(kind, why + passedOverText(passedOver));
      }
      passedOver.add(label(kind) + " (" + missing + ")");
    }
    return new Resolved(fallback.get(fallback.size() - 1), why + passedOverText(passedOver));
  }

  private static String passedOverText(List<String> passedOver) {
    return passedOver.isEmpty() ? "" : "; passed over " + String.join(", ", passedOver);
  }

  /** Why {@code kind} cannot run here, or {@code null} when it can. */
  private static @Nullable String missing(OcrEngineKind kind, Binder binder, @Nullable ClassLoader classes) {
    return switch (kind) {
      case LOCAL -> ClassUtils.isPresent(OcrEngineConfigurations.LOCAL_SERVER_CLASS, classes)
          ? null
          : "no docstruct-testing on the class path";
      case TESSERACT -> {
        if (!ClassUtils.isPresent(TESSERACT_ENGINE_CLASS, classes)) {
          yield "no docstruct-tesseract on the class path";
        }
        DocStructProperties.Tesseract tesseract =
            binder.bind("docstruct.tesseract", DocStructProperties.Tesseract.class)
                .orElseGet(DocStructProperties.Tesseract::new);
        yield TesseractProbe.missing(tesseract.getCommand(), tesseract.getLanguages());
      }
      default -> null;
    };
  }

  static String label(OcrEngineKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** Touches docstruct-tesseract only once it is known to be on the class path. */
  private static final class TesseractProbe {
    static @Nullable String missing(String command, List<String> languages) {
      try {
        TesseractInstallation.find(command).requireLanguages(languages);
        return null;
      } catch (TesseractUnavailableException e) {
        return e.getMessage();
      }
    }
  }
}
