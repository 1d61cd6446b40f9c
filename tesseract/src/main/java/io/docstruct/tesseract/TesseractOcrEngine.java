package io.docstruct.tesseract;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrRequestException;
import io.docstruct.client.OcrResponseException;
import io.docstruct.client.ProviderAnswer;
import io.docstruct.client.ResponseBytes;
import io.docstruct.clova.model.BoundingPoly;
import io.docstruct.clova.model.ClovaImage;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.clova.model.ConvertedImageInfo;
import io.docstruct.clova.model.InferResult;
import io.docstruct.clova.model.ValidationResult;
import io.docstruct.clova.model.Vertex;
import io.docstruct.clova.model.general.ClovaField;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.RecognizedBy;
import io.docstruct.json.RawJson;
import io.docstruct.json.WireJson;
import io.docstruct.ocr.OcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.OcrRequest;
import io.docstruct.ocr.Recognition;
import io.docstruct.read.ResponseReader;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Offline OCR: the {@code tesseract} command (Tesseract 4 or 5, its TSV output) behind core's {@link
 * OcrEngine} seam, for machines with no CLOVA or NHN account or no internet at all. It reads General OCR
 * only, and answers as CLOVA General OCR V2 does, so that reading order, tables of the rules, verification,
 * mapping, the workbook and the searchable PDF work unchanged and the answer can be saved and read again like
 * any response: one field per word with a 4-point polygon in the pixels of the page as given (upright),
 * {@code inferConfidence} from 0 to 1, {@code lineBreak} on each line's last word, and the page's {@code
 * convertedImageInfo}; the answer is marked with the engine ({@link RecognizedBy}, {@code
 * docstructEngine}).
 *
 * <pre>{@code
 * try (TesseractOcrEngine engine = TesseractOcrEngine.create()) {        // kor+eng; fails if not installed
 *   Recognition r = engine.recognize(ImageSource.of(Path.of("receipt.jpg")), OcrModel.GENERAL);
 *   r.document().recognizedBy();                                        // tesseract 5.3.0 (kor+eng)
 * }
 * DocStruct docstruct = DocStruct.builder().ocr(TesseractOcrEngine.create()).build();   // the pipeline
 * }</pre>
 *
 * <p>What it reads: JPEG (turned upright by its EXIF orientation), PNG, multi-page TIFF, and PDF (each page
 * rendered by PDFBox at {@link Builder#pdfDpi}, 300 by default), from files, bytes or streams; never a URL.
 * Each page is {@linkplain ImagePreparation prepared} (deskewed, scaled up, binarised), read by one {@code
 * tesseract} process, and its words are carried back to the page's pixels; Korean words Tesseract splits
 * into syllables are joined again ({@link HangulJoining}). At most {@link
 * Builder#maxProcesses} processes run at once across every caller, each stopped after {@link
 * Builder#pageTimeout}; a page that fails or times out is a page with status {@code FAILURE} and the reason,
 * as CLOVA reports an image it could not read. Thread-safe.
 *
 * @see TesseractInstallation
 */
public final class TesseractOcrEngine implements OcrEngine {
  private final TesseractInstallation installation;
  private final List<String> languages;
  private final ImagePreparation preparation;
  private final HangulJoining joining;
  private final int pageSegmentation;
  private final int pdfDpi;
  private final Clock clock;
  private final TesseractProcesses processes;
  private final ResponseReader reader = ResponseReader.create();

  private TesseractOcrEngine(Builder b, TesseractInstallation installation) {
    this.installation = installation;
    this.languages = b.languages;
    this.preparation = b.preparation;
    this.joining = b.joining;
    this.pageSegmentation = b.pageSegmentation;
    this.pdfDpi = b.pdfDpi;
    this.clock = b.clock;
    this.processes = new TesseractProcesses(installation.command(), b.maxProcesses, b.pageTimeout);
  }

  /**
   * An engine with the default settings: Korean and English, the {@code tesseract} on the {@code PATH}.
   *
   * @throws TesseractUnavailableException when Tesseract or a language pack is not installed
   */
  public static TesseractOcrEngine create() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The installation this engine runs. */
  public TesseractInstallation installation() {
    return installation;
  }

  /** The language packs read with, in order ({@code kor}, {@code eng}). */
  public List<String> languages() {
    return languages;
  }

  @Override
  public Set<OcrModel> models() {
    return Set.of(OcrModel.GENERAL);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The request's language, if any, chooses the language packs: {@code ko} is Korean and English, {@code
   * en} English, and Tesseract's own names joined by {@code +} ({@code kor+eng}) are taken as they are.
   *
   * @throws OcrRequestException for a model other than General OCR, table detection (Tesseract has none), a
   *     language no pack here reads, or an image that cannot be read (a URL, too large, not an image)
   * @throws TesseractUnavailableException when the command can no longer be run
   */
  @Override
  public Recognition recognize(ImageSource image, OcrRequest request) {
    Objects.requireNonNull(image, "image == null");
    Objects.requireNonNull(request, "request == null");
    if (request.model() != OcrModel.GENERAL) {
      throw new OcrRequestException(image.name() + ": Tesseract reads General OCR only, not "
          + request.model().callName() + "; a Document or Template model needs CLOVA");
    }
    if (request.tables()) {
      throw new OcrRequestException(image.name() + ": Tesseract does not detect tables; ask without them");
    }
    List<String> langs = request.language() == null ? languages : languagesFor(request.language());
    List<BufferedImage> pages = PageImages.read(image, pdfDpi);
    List<ClovaImage> images = new ArrayList<>(pages.size());
    for (int i = 0; i < pages.size(); i++) {
      images.add(page(image.name(), i, pages.get(i), langs));
    }
    ClovaResponse response =
        new ClovaResponse("V2", UUID.randomUUID().toString(), clock.millis(), images,
            Map.of(RecognizedBy.KEY, mark(langs)));
    byte[] bytes;
    try {
      bytes = WireJson.mapper().writeValueAsBytes(response);
    } catch (JsonProcessingException e) {
      throw new OcrResponseException("the Tesseract answer could not be written as JSON: " + e.getOriginalMessage(), e);
    }
    OcrDocument document = reader.read(bytes, image.name());
    return new Recognition(ProviderAnswer.of(response, ResponseBytes.copyOf(bytes)), document);
  }

  /** One page read: its words as CLOVA fields, or a FAILURE with the reason. */
  private ClovaImage page(String name, int index, BufferedImage page, List<String> langs) {
    ImagePreparation.Prepared prepared = preparation.prepare(page);
    List<String> args = List.of(
        "-l", String.join("+", langs),
        "--psm", String.valueOf(pageSegmentation),
        "--dpi", String.valueOf(pdfDpi),
        "tsv", "txt");
    TesseractProcesses.Outcome outcome = processes.run(args, ImagePreparation.pgm(prepared.image()));
    ConvertedImageInfo info = new ConvertedImageInfo(page.getWidth(), page.getHeight(), index, false);
    String uid = UUID.randomUUID().toString().replace("-", "");
    if (outcome instanceof TesseractProcesses.Failed failed) {
      return image(uid, name, InferResult.FAILURE, failed.reason(), info, List.of());
    }
    List<List<TsvWord>> lines;
    try {
      lines = TsvWord.lines(((TesseractProcesses.Output) outcome).text());
    } catch (IllegalArgumentException e) {
      return image(uid, name, InferResult.FAILURE, "tesseract's output could not be read: " + e.getMessage(), info,
          List.of());
    }
    List<ClovaField> fields = new ArrayList<>();
    for (List<TsvWord> read : lines) {
      List<TsvWord> line = NumberSeparators.asPrinted(read, prepared.image());
      List<TsvWord> words = switch (joining) {
        case OFF -> line;
        case GEOMETRY -> HangulJoiner.joinByGeometry(line);
        case SPACING -> HangulJoiner.join(line);
      };
      for (int i = 0; i < words.size(); i++) {
        TsvWord w = words.get(i);
        fields.add(ClovaField.word(w.text(), confidence(w.confidence()), polygon(w, prepared.toPage()),
            i == words.size() - 1));
      }
    }
    return image(uid, name, InferResult.SUCCESS, "SUCCESS", info, fields);
  }

  private static ClovaImage image(
      String uid, String name, InferResult result, String message, ConvertedImageInfo info, List<ClovaField> fields) {
    return new ClovaImage(uid, name, result, message, new ValidationResult(ValidationResult.Status.NO_REQUESTED, null),
        info, List.of(), null, null, fields, List.of(), null, null, null, null, null, null, null);
  }

  /** Tesseract's 0–100 as CLOVA's 0–1, to four places. */
  static double confidence(double tesseract) {
    double c = Math.max(0, Math.min(100, tesseract)) / 100;
    return Math.round(c * 10_000) / 10_000.0;
  }

  /** The word's box in the prepared image, carried back to the page: four corners, clockwise from top-left. */
  static BoundingPoly polygon(TsvWord w, AffineTransform toPage) {
    double[][] corners = {
        {w.left(), w.top()}, {w.right(), w.top()}, {w.right(), w.top() + w.height()}, {w.left(), w.top() + w.height()}};
    List<Vertex> vertices = new ArrayList<>(4);
    for (double[] c : corners) {
      Point2D p = toPage.transform(new Point2D.Double(c[0], c[1]), null);
      vertices.add(new Vertex(Math.round(p.getX() * 10) / 10.0, Math.round(p.getY() * 10) / 10.0));
    }
    return new BoundingPoly(vertices);
  }

  private RawJson mark(List<String> langs) {
    StringBuilder json = new StringBuilder("{\"engine\":\"").append(RecognizedBy.TESSERACT).append("\",\"version\":");
    json.append(WireJson.mapper().valueToTree(installation.version()).toString()).append(",\"languages\":[");
    for (int i = 0; i < langs.size(); i++) {
      json.append(i > 0 ? "," : "").append('"').append(langs.get(i)).append('"');
    }
    return RawJson.of(json.append("]}").toString());
  }

  /** The language packs for a request's language. */
  private List<String> languagesFor(String language) {
    String l = language.strip();
    List<String> packs = switch (l.toLowerCase(Locale.ROOT)) {
      case "ko" -> List.of("kor", "eng");
      case "en" -> List.of("eng");
      case "ja" -> List.of("jpn", "eng");
      case "zh-tw" -> List.of("chi_tra", "eng");
      case "zh-cn" -> List.of("chi_sim", "eng");
      default -> l.matches("[a-z_]{3,}(\\+[a-z_]{3,})*") ? List.of(l.split("\\+")) : List.of();
    };
    if (packs.isEmpty()) {
      throw new OcrRequestException("language '" + language + "': give ko, en, ja, zh-TW, zh-CN or Tesseract's"
          + " names joined by + (kor+eng)");
    }
    try {
      installation.requireLanguages(packs);
    } catch (TesseractUnavailableException e) {
      throw new OcrRequestException("language '" + language + "': " + e.getMessage(), e);
    }
    return packs;
  }

  /** Stops the engine's watchdog; processes still running finish or are stopped at their timeout. */
  @Override
  public void close() {
    processes.close();
  }

  @Override
  public String toString() {
    return "TesseractOcrEngine{tesseract " + installation.version() + ", " + String.join("+", languages)
        + ", psm " + pageSegmentation + ", " + preparation + ", joining " + joining + "}";
  }

  /**
   * Configures a {@link TesseractOcrEngine}. Every setting is optional.
   *
   * <pre>{@code
   * TesseractOcrEngine engine = TesseractOcrEngine.builder()
   *     .languages("kor", "eng")
   *     .maxProcesses(2)                       // tesseract processes at once, across every caller
   *     .pageTimeout(Duration.ofMinutes(1))    // a page that takes longer is a FAILURE page
   *     .pdfDpi(300)
   *     .build();                              // checks the command and the language packs now
   * }</pre>
   */
  public static final class Builder {
    private String command = "tesseract";
    private List<String> languages = List.of("kor", "eng");
    private int maxProcesses = Runtime.getRuntime().availableProcessors();
    private Duration pageTimeout = Duration.ofMinutes(2);
    private int pdfDpi = 300;
    private ImagePreparation preparation = ImagePreparation.defaults();
    private HangulJoining joining = HangulJoining.SPACING;
    private int pageSegmentation = 4;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The command to run: {@code tesseract} on the {@code PATH} by default, or a path to it. */
    public Builder command(String command) {
      this.command = Objects.requireNonNull(command, "command == null");
      return this;
    }

    /**
     * The language packs to read with, as Tesseract names them; default {@code kor}, {@code eng}.
     *
     * @throws IllegalArgumentException when none is given or one is not a pack name
     */
    public Builder languages(String... languages) {
      List<String> list = List.of(languages);
      if (list.isEmpty()) {
        throw new IllegalArgumentException("give at least one language");
      }
      for (String l : list) {
        if (!l.matches("[A-Za-z_]{3,}")) {
          throw new IllegalArgumentException("'" + l + "' is not a Tesseract language pack name (kor, eng, chi_tra…)");
        }
      }
      this.languages = list;
      return this;
    }

    /**
     * How many {@code tesseract} processes run at once across every caller; default one per processor.
     *
     * @throws IllegalArgumentException unless 1 ≤ {@code processes} ≤ 64
     */
    public Builder maxProcesses(int processes) {
      if (processes < 1 || processes > 64) {
        throw new IllegalArgumentException("maxProcesses must be between 1 and 64: " + processes);
      }
      this.maxProcesses = processes;
      return this;
    }

    /**
     * How long one page may take before its process is stopped and the page reported as a FAILURE; default
     * two minutes.
     *
     * @throws IllegalArgumentException unless positive
     */
    public Builder pageTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("pageTimeout must be positive: " + timeout);
      }
      this.pageTimeout = timeout;
      return this;
    }

    /**
     * The resolution PDF pages are rendered at, and the resolution Tesseract is told images have; default 300.
     *
     * @throws IllegalArgumentException unless 72 ≤ {@code dpi} ≤ 600
     */
    public Builder pdfDpi(int dpi) {
      if (dpi < 72 || dpi > 600) {
        throw new IllegalArgumentException("pdfDpi must be between 72 and 600: " + dpi);
      }
      this.pdfDpi = dpi;
      return this;
    }

    /** What is done to a page before Tesseract reads it; default {@link ImagePreparation#defaults()}. */
    public Builder preparation(ImagePreparation preparation) {
      this.preparation = Objects.requireNonNull(preparation, "preparation == null");
      return this;
    }

    /** How Korean words Tesseract split into syllables are joined again; default {@link HangulJoining#SPACING}. */
    public Builder hangulJoining(HangulJoining joining) {
      this.joining = Objects.requireNonNull(joining, "joining == null");
      return this;
    }

    /**
     * Tesseract's page segmentation mode ({@code --psm}); default 4, a single column of text of variable
     * sizes, which reads receipts and pages of prose best (mode 3, fully automatic, takes some Korean pages
     * for vertical text).
     *
     * @throws IllegalArgumentException unless 3 ≤ {@code mode} ≤ 13
     */
    public Builder pageSegmentation(int mode) {
      if (mode < 3 || mode > 13) {
        throw new IllegalArgumentException("pageSegmentation must be a --psm between 3 and 13: " + mode);
      }
      this.pageSegmentation = mode;
      return this;
    }

    /** The clock of the answers' {@code timestamp}; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The engine, once the command has answered as Tesseract and has every language pack.
     *
     * @throws TesseractUnavailableException naming what is missing and how to install it
     */
    public TesseractOcrEngine build() {
      TesseractInstallation installation = TesseractInstallation.find(command);
      installation.requireLanguages(languages);
      return new TesseractOcrEngine(this, installation);
    }
  }
}
