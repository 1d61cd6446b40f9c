package io.docstruct.spring.observe;

import io.docstruct.client.ImageSource;
import io.docstruct.clova.client.ClovaOcrEngine;
import io.docstruct.nhn.client.NhnOcrEngine;
import io.docstruct.ocr.OcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.OcrRequest;
import io.docstruct.ocr.Recognition;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The application's OCR engine as the pipeline bean uses it: every call reported to the {@link
 * DocStructObserver} and recorded in {@link OcrActivity}. Closing it leaves the engine open: the engine is a
 * bean of its own, which Spring closes.
 *
 * <pre>{@code
 * OcrEngine observed = new ObservedOcrEngine(engine, observer, activity);
 * }</pre>
 */
public final class ObservedOcrEngine implements OcrEngine {
  /** The class of docstruct-tesseract's engine, by name: that module is optional in the starter. */
  public static final String TESSERACT_ENGINE_CLASS = "io.docstruct.tesseract.TesseractOcrEngine";

  private final OcrEngine engine;
  private final String provider;
  private final DocStructObserver observer;
  private final OcrActivity activity;

  public ObservedOcrEngine(OcrEngine engine, DocStructObserver observer, OcrActivity activity) {
    this.engine = Objects.requireNonNull(engine, "engine == null");
    this.provider = provider(engine);
    this.observer = Objects.requireNonNull(observer, "observer == null");
    this.activity = Objects.requireNonNull(activity, "activity == null");
  }

  /**
   * The provider tag of an engine: {@code clova}, {@code nhn}, {@code tesseract}, or its simple class name in
   * lower case. Tesseract is told by its class name: docstruct-tesseract is optional here.
   */
  public static String provider(OcrEngine engine) {
    if (engine instanceof ObservedOcrEngine observed) {
      return observed.provider;
    }
    if (engine instanceof ClovaOcrEngine) {
      return "clova";
    }
    if (engine instanceof NhnOcrEngine) {
      return "nhn";
    }
    if (engine.getClass().getName().equals(TESSERACT_ENGINE_CLASS)) {
      return "tesseract";
    }
    return engine.getClass().getSimpleName().toLowerCase(Locale.ROOT);
  }

  /** The engine observed. */
  public OcrEngine engine() {
    return engine;
  }

  @Override
  public Set<OcrModel> models() {
    return engine.models();
  }

  @Override
  public Recognition recognize(ImageSource image, OcrRequest request) {
    OcrCall call = new OcrCall(provider, request.model().label());
    try {
      Recognition recognition = observer.observeCall(call, () -> engine.recognize(image, request));
      activity.called(
          recognition.failedPages().isEmpty() ? OcrCall.Outcome.SUCCESS : OcrCall.Outcome.PAGE_FAILURE, null);
      return recognition;
    } catch (RuntimeException e) {
      activity.called(OcrCall.Outcome.of(e), OcrCall.errorCode(e));
      throw e;
    }
  }

  /** Does not close the engine: Spring closes the engine bean. */
  @Override
  public void close() {}

  @Override
  public String toString() {
    return engine.toString();
  }
}
