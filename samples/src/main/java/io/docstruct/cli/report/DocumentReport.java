package io.docstruct.cli.report;

import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.PageSize;
import io.docstruct.document.Table;
import io.docstruct.document.TemplateField;
import io.docstruct.document.Warning;
import io.docstruct.document.Word;
import io.docstruct.document.fields.DocumentFields;
import io.docstruct.document.fields.NamedField;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code docstruct info} says about one response file. Serialised as is for {@code --format json}; {@link
 * #writeText(PrintWriter)} writes the human-readable form.
 *
 * <pre>{@code
 * DocumentReport report = DocumentReport.of("receipt.json", ResponseReader.create().read(path));
 * report.writeText(out);
 * }</pre>
 *
 * @param source the file or resource the response was read from, as the user named it
 * @param kind the response kind's label, e.g. {@code clova-receipt}
 * @param provider {@code CLOVA} or {@code NHN}
 * @param requestId the request id the provider echoed, if any
 * @param timestamp the provider's timestamp as ISO-8601 UTC, if any
 * @param wordCount words on every page
 * @param derivedWordCount how many of them DocStruct derived from Document OCR values ({@link
 *     io.docstruct.document.Word#derived()}): a Document OCR answer has values, not words, of its own
 * @param pages in order
 * @param warnings everything odd in the input that was survived
 */
public record DocumentReport(
    String source,
    String kind,
    String provider,
    @Nullable String requestId,
    @Nullable String timestamp,
    int wordCount,
    int derivedWordCount,
    List<PageReport> pages,
    List<WarningReport> warnings) {

  /** Longest value shown in the text form, in characters; longer ones end in an ellipsis. */
  public static final int MAX_TEXT_VALUE_LENGTH = 60;

  public DocumentReport {
    pages = List.copyOf(pages);
    warnings = List.copyOf(warnings);
  }

  /** Describes a document read from {@code source}. */
  public static DocumentReport of(String source, OcrDocument doc) {
    List<PageReport> pages = new ArrayList<>(doc.pages().size());
    for (Page page : doc.pages()) {
      pages.add(PageReport.of(page));
    }
    List<WarningReport> warnings = new ArrayList<>(doc.warnings().size());
    for (Warning w : doc.warnings()) {
      warnings.add(new WarningReport(w.path(), w.message()));
    }
    return new DocumentReport(
        source,
        doc.kind().label(),
        doc.kind().provider().name(),
        doc.requestId(),
        doc.timestamp() == null ? null : doc.timestamp().toString(),
        doc.wordCount(),
        pages.stream().mapToInt(PageReport::derivedWordCount).sum(),
        pages,
        warnings);
  }

  /**
   * Writes the human-readable report: a header line with the source, then indented lines. The layout is
   * stable; values longer than {@value #MAX_TEXT_VALUE_LENGTH} characters are cut and control characters are
   * shown as escapes, so every item is one line.
   */
  public void writeText(PrintWriter out) {
    out.println(source);
    out.println("  kind:       " + kind);
    out.println("  request id: " + (requestId == null ? "(none)" : shorten(requestId)));
    if (timestamp != null) {
      out.println("  timestamp:  " + timestamp);
    }
    out.println("  pages:      " + pages.size());
    out.println("  words:      " + wordCount + derivedNote(wordCount, derivedWordCount, "Document OCR fields"));
    for (PageReport page : pages) {
      page.writeText(out);
    }
    if (warnings.isEmpty()) {
      out.println("  warnings:   none");
    } else {
      out.println("  warnings:   " + warnings.size());
      for (WarningReport w : warnings) {
        out.println("    " + w.path() + ": " + shorten(w.message(), Integer.MAX_VALUE));
      }
    }
    out.flush();
  }

  /** One line: kind, pages, words, tables, fields and warnings, for listings such as the demo. */
  public String summaryLine() {
    int tables = pages.stream().mapToInt(p -> p.tables().size()).sum();
    int fields =
        pages.stream()
            .mapToInt(p -> p.templateFields().size() + p.documentFields().size())
            .sum();
    return kind
        + ", "
        + count(pages.size(), "page")
        + ", "
        + count(wordCount, "word")
        + derivedNote(wordCount, derivedWordCount, "fields")
        + ", "
        + count(tables, "table")
        + ", "
        + count(fields, "field")
        + ", "
        + count(warnings.size(), "warning");
  }

  /** {@code " (derived from the FROM)"} when words were derived, saying how many if not all; else empty. */
  static String derivedNote(int words, int derived, String from) {
    if (derived == 0) {
      return "";
    }
    return derived == words
        ? " (derived from the " + from + ")"
        : " (" + derived + " derived from the " + from + ")";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** A value made fit for one line of the text form: escaped and cut to the maximum length. */
  static String shorten(String value) {
    return shorten(value, MAX_TEXT_VALUE_LENGTH);
  }

  private static String shorten(String value, int max) {
    StringBuilder sb = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (shown == max) {
        return sb.append('…').toString();
      }
      switch (cp) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (Character.isISOControl(cp)) {
            sb.append(String.format("\\u%04x", cp));
          } else {
            sb.appendCodePoint(cp);
          }
        }
      }
      shown++;
    }
    return sb.toString();
  }

  /**
   * One page.
   *
   * @param index 0-based page number
   * @param name the image name given in the request, if any
   * @param status {@code SUCCESS}, {@code FAILURE}, {@code ERROR} or {@code UNKNOWN}
   * @param message the provider's message about the page, if any
   * @param size the page's pixel size and where it came from, or {@code null} when unknown
   * @param wordCount words on the page
   * @param derivedWordCount how many of them DocStruct derived from the page's Document OCR values
   * @param tables tables on the page
   * @param templateFields Template OCR fields; empty for other kinds
   * @param documentFields Document OCR fields found; empty for other kinds
   */
  public record PageReport(
      int index,
      @Nullable String name,
      String status,
      @Nullable String message,
      @Nullable SizeReport size,
      int wordCount,
      int derivedWordCount,
      List<TableReport> tables,
      List<FieldReport> templateFields,
      List<FieldReport> documentFields) {

    public PageReport {
      tables = List.copyOf(tables);
      templateFields = List.copyOf(templateFields);
      documentFields = List.copyOf(documentFields);
    }

    static PageReport of(Page page) {
      List<TableReport> tables = new ArrayList<>();
      for (Table t : page.tables()) {
        tables.add(new TableReport(tables.size(), t.rowExtent(), t.columnExtent(), t.cells().size()));
      }
      List<FieldReport> templateFields = new ArrayList<>();
      for (TemplateField f : page.templateFields()) {
        templateFields.add(new FieldReport(f.name(), f.text(), null));
      }
      List<FieldReport> documentFields = new ArrayList<>();
      DocumentFields fields = page.fields();
      if (fields != null) {
        for (NamedField f : fields.namedFields()) {
          documentFields.add(new FieldReport(f.name(), f.field().text(), f.field().normalized()));
        }
      }
      PageSize size = page.size();
      return new PageReport(
          page.index(),
          page.name(),
          page.status().name(),
          page.message(),
          size == null ? null : SizeReport.of(size),
          page.words().size(),
          (int) page.words().stream().filter(Word::derived).count(),
          tables,
          templateFields,
          documentFields);
    }

    void writeText(PrintWriter out) {
      StringBuilder head = new StringBuilder("  page ").append(index);
      if (name != null) {
        head.append(" \"").append(shorten(name)).append('"');
      }
      head.append(": ").append(status);
      if (message != null && !message.equals(status)) {
        head.append(" (").append(shorten(message)).append(')');
      }
      out.println(head);
      out.println(
          "    size:     "
              + (size == null
                  ? "unknown"
                  : pixels(size.width()) + " x " + pixels(size.height()) + " px, "
                      + size.sourceDescription()));
      out.println("    words:    " + wordCount + derivedNote(wordCount, derivedWordCount, "Document OCR fields"));
      for (TableReport t : tables) {
        out.println(
            "    table "
                + t.index()
                + ":  "
                + t.rows()
                + " rows x "
                + t.columns()
                + " columns, "
                + t.cells()
                + (t.cells() == 1 ? " cell" : " cells"));
      }
      for (FieldReport f : templateFields) {
        out.println("    template field " + f.name() + " = " + shorten(f.text()));
      }
      for (FieldReport f : documentFields) {
        String line = "    field " + f.name() + " = " + shorten(f.text());
        if (f.normalized() != null && !f.normalized().equals(f.text())) {
          line += "  (" + shorten(f.normalized()) + ")";
        }
        out.println(line);
      }
    }

    private static String pixels(double v) {
      return v == Math.rint(v) && Math.abs(v) < 1e15
          ? Long.toString((long) v)
          : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
  }

  /**
   * A page's pixel size.
   *
   * @param width in pixels
   * @param height in pixels
   * @param source {@code converted-image-info} (exact, from CLOVA), {@code source-image} (measured on the
   *     image or PDF given alongside) or {@code polygon-extent} (estimated from the polygons: a lower bound)
   */
  public record SizeReport(double width, double height, String source) {

    static SizeReport of(PageSize size) {
      String source =
          switch (size.source()) {
            case CONVERTED_IMAGE_INFO -> "converted-image-info";
            case SOURCE_IMAGE -> "source-image";
            case POLYGON_EXTENT -> "polygon-extent";
          };
      return new SizeReport(size.width(), size.height(), source);
    }

    String sourceDescription() {
      return switch (source) {
        case "converted-image-info" -> "from convertedImageInfo";
        case "source-image" -> "from the source image";
        case "polygon-extent" -> "estimated from the polygons' extent";
        default -> source;
      };
    }
  }

  /**
   * A table as the provider detected it.
   *
   * @param index 0-based position on its page
   * @param rows rows covered by any cell, spans included
   * @param columns columns covered by any cell, spans included
   * @param cells number of cells as given (a spanning cell counts once)
   */
  public record TableReport(int index, int rows, int columns, int cells) {}

  /**
   * A named value: a Template field or a Document OCR field.
   *
   * @param name the template's field name, or a dotted path such as {@code storeInfo.name}
   * @param text the text as recognised, in full
   * @param normalized the provider's formatted value, if it gave one (Document OCR only)
   */
  public record FieldReport(String name, String text, @Nullable String normalized) {}

  /**
   * A warning.
   *
   * @param path where in the input, as a JSON path
   * @param message what happened and what DocStruct did about it
   */
  public record WarningReport(String path, String message) {}
}
