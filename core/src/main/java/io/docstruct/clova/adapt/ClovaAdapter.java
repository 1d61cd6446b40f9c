package io.docstruct.clova.adapt;

import com.fasterxml.jackson.databind.JsonNode;
import io.docstruct.clova.model.ClovaImage;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.clova.model.ConvertedImageInfo;
import io.docstruct.clova.model.InferResult;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.PageSize;
import io.docstruct.document.RecognizedBy;
import io.docstruct.document.ResponseKind;
import io.docstruct.document.Table;
import io.docstruct.document.TableCell;
import io.docstruct.document.TemplateField;
import io.docstruct.document.TextLine;
import io.docstruct.document.Warnings;
import io.docstruct.document.Word;
import io.docstruct.document.fields.DocumentFields;
import io.docstruct.document.fields.NamedField;
import io.docstruct.geometry.Quad;
import io.docstruct.json.RawJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds the canonical {@link OcrDocument} from any CLOVA response (General V1/V2, Template, Document OCR of
 * every kind): one {@link Page} per entry of {@code images}.
 *
 * <p>Page index: {@code convertedImageInfo.pageIndex} when the provider gave one, else the image's position.
 * Page size: {@code convertedImageInfo} when present, else the extent of the page's polygons (see {@link
 * PageSize.Source}). The engine: the top-level {@value RecognizedBy#KEY} key of an answer DocStruct's offline
 * engine made ({@link OcrDocument#recognizedBy()}); a mark that is not the expected object is a warning. Words: the image's {@code fields[]} (General and Template OCR); a Document OCR image has
 * none, so its words are derived from its values by {@link FieldWords} ({@link Word#derived()}).
 *
 * <pre>{@code
 * ClovaResponse wire = WireJson.mapper().readValue(json, ClovaResponse.class);
 * OcrDocument doc = ClovaAdapter.adapt(wire);
 * }</pre>
 */
public final class ClovaAdapter {
  private ClovaAdapter() {}

  /** Adapts a response, detecting its kind with {@link #detectKind(ClovaResponse)}. */
  public static OcrDocument adapt(ClovaResponse response) {
    return adapt(response, detectKind(response));
  }

  /** Adapts a response whose kind the caller already knows (for example from the endpoint it called). */
  public static OcrDocument adapt(ClovaResponse response, ResponseKind kind) {
    Warnings warnings = new Warnings();
    List<ClovaImage> images = response.images();
    if (images.isEmpty()) {
      warnings.add("$.images", "response has no images; the document has no pages");
    }
    List<Page> pages = new ArrayList<>(images.size());
    for (int i = 0; i < images.size(); i++) {
      pages.add(page(images.get(i), i, "$.images[" + i + "]", warnings));
    }
    Instant timestamp = response.timestamp() == null ? null : Instant.ofEpochMilli(response.timestamp());
    RecognizedBy engine = recognizedBy(response.unknown().get(RecognizedBy.KEY), warnings);
    return new OcrDocument(kind, response.requestId(), timestamp, pages, warnings.toList(), engine);
  }

  /** The engine's mark, or {@code null} when there is none or it is not {@code {"engine": "…", …}}. */
  private static @Nullable RecognizedBy recognizedBy(@Nullable RawJson mark, Warnings warnings) {
    if (mark == null) {
      return null;
    }
    String path = "$." + RecognizedBy.KEY;
    JsonNode node = mark.toTree();
    JsonNode engine = node.path("engine");
    if (!node.isObject() || !engine.isTextual() || engine.asText().isBlank()) {
      warnings.add(path, "not an object with an \"engine\" name; the engine that made the answer is not known");
      return null;
    }
    JsonNode version = node.path("version");
    List<String> languages = new ArrayList<>();
    for (JsonNode language : node.path("languages")) {
      if (language.isTextual()) {
        languages.add(language.asText());
      }
    }
    return new RecognizedBy(engine.asText(), version.isTextual() ? version.asText() : null, languages);
  }

  /**
   * Which CLOVA API produced a response, from its shape: a Document OCR section ({@code receipt}, {@code
   * passport}…) names its kind; named fields, a {@code title} or a {@code matchedTemplate} mean Template OCR;
   * {@code version: V1} or V1 {@code bounding} boxes mean General V1; anything else is General V2.
   */
  public static ResponseKind detectKind(ClovaResponse response) {
    for (ClovaImage image : response.images()) {
      ResponseKind documentKind = documentKind(image);
      if (documentKind != null) {
        return documentKind;
      }
    }
    for (ClovaImage image : response.images()) {
      if (ShapeHints.isTemplate(image)) {
        return ResponseKind.CLOVA_TEMPLATE;
      }
    }
    if ("V1".equalsIgnoreCase(response.version())) {
      return ResponseKind.CLOVA_GENERAL_V1;
    }
    for (ClovaImage image : response.images()) {
      if (ShapeHints.usesV1Bounding(image)) {
        return ResponseKind.CLOVA_GENERAL_V1;
      }
    }
    return ResponseKind.CLOVA_GENERAL_V2;
  }

  private static @Nullable ResponseKind documentKind(ClovaImage image) {
    if (image.receipt() != null) {
      return ResponseKind.CLOVA_RECEIPT;
    } else if (image.creditCard() != null) {
      return ResponseKind.CLOVA_CREDIT_CARD;
    } else if (image.nameCard() != null) {
      return ResponseKind.CLOVA_NAME_CARD;
    } else if (image.bizLicense() != null) {
      return ResponseKind.CLOVA_BIZ_LICENSE;
    } else if (image.idCard() != null) {
      return ResponseKind.CLOVA_ID_CARD;
    } else if (image.medicalReceipt() != null) {
      return ResponseKind.CLOVA_MEDICAL_RECEIPT;
    } else if (image.passport() != null) {
      return ResponseKind.CLOVA_PASSPORT;
    }
    return null;
  }

  private static Page page(ClovaImage image, int position, String path, Warnings warnings) {
    List<Word> words = GeneralFieldsAdapter.words(image.fields(), path, warnings);
    List<Table> tables = GeneralFieldsAdapter.tables(image.tables(), path, warnings);
    List<TemplateField> templateFields =
        GeneralFieldsAdapter.templateFields(image.fields(), path, warnings);
    DocumentFields fields = DocumentFieldsAdapter.fields(image, path, warnings);
    if (fields != null && words.isEmpty()) {
      words = FieldWords.of(fields);
    }

    ConvertedImageInfo info = image.convertedImageInfo();
    int index = position;
    PageSize size = null;
    if (info != null) {
      if (info.pageIndex() != null && info.pageIndex() >= 0) {
        index = info.pageIndex();
      }
      if (info.width() != null && info.height() != null && info.width() > 0 && info.height() > 0) {
        size = new PageSize(info.width(), info.height(), PageSize.Source.CONVERTED_IMAGE_INFO);
      } else {
        warnings.add(
            path + ".convertedImageInfo",
            "width/height missing or not positive; page size taken from the polygons");
      }
    }
    if (size == null) {
      size = PageSize.ofPolygonExtent(polygonsOf(words, tables, templateFields, fields));
    }
    if (image.inferResult() != InferResult.SUCCESS) {
      warnings.add(
          path + ".inferResult",
          "page not recognised: "
              + image.inferResult()
              + (image.message() == null ? "" : " (" + image.message() + ")"));
    }
    return new Page(
        index,
        image.name(),
        status(image.inferResult()),
        image.message(),
        size,
        words,
        tables,
        templateFields,
        fields);
  }

  private static Page.PageStatus status(InferResult result) {
    return switch (result) {
      case SUCCESS -> Page.PageStatus.SUCCESS;
      case FAILURE -> Page.PageStatus.FAILURE;
      case ERROR -> Page.PageStatus.ERROR;
      case UNKNOWN -> Page.PageStatus.UNKNOWN;
    };
  }

  private static List<Quad> polygonsOf(
      List<Word> words,
      List<Table> tables,
      List<TemplateField> templateFields,
      @Nullable DocumentFields fields) {
    List<Quad> quads = new ArrayList<>(words.size() + tables.size());
    for (Word w : words) {
      addIfPresent(quads, w.polygon());
    }
    for (Table t : tables) {
      addIfPresent(quads, t.polygon());
      for (TableCell c : t.cells()) {
        addIfPresent(quads, c.polygon());
        for (TextLine line : c.lines()) {
          addIfPresent(quads, line.polygon());
        }
      }
    }
    for (TemplateField f : templateFields) {
      addIfPresent(quads, f.polygon());
    }
    if (fields != null) {
      for (NamedField f : fields.namedFields()) {
        quads.addAll(f.field().polygons());
      }
    }
    return quads;
  }

  private static void addIfPresent(List<Quad> quads, @Nullable Quad quad) {
    if (quad != null) {
      quads.add(quad);
    }
  }
}
