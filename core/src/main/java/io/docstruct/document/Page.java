package io.docstruct.document;

import io.docstruct.document.fields.DocumentFields;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One recognised page: an image, or one page of a PDF or TIFF.
 *
 * <pre>{@code
 * for (Page page : doc.pages()) {
 *   System.out.println("page " + page.index() + ": " + page.words().size() + " words");
 * }
 * }</pre>
 *
 * @param index 0-based page number: the provider's {@code pageIndex} for PDF/TIFF pages, else the image's
 *     position in the response
 * @param name the image name given in the request, if any
 * @param status whether the provider recognised the page
 * @param message the provider's message about the page ({@code SUCCESS} or an error text), if any
 * @param size the pixel frame of every coordinate on the page, or {@code null} when nothing tells it
 * @param words every recognised word, in the provider's order (not reading order: see the layout package).
 *     A Document OCR page, which answers typed values rather than words, holds the words DocStruct derived
 *     from its values ({@link Word#derived()}), in the order of {@link DocumentFields#namedFields()}
 * @param tables tables detected on the page
 * @param templateFields named fields of a Template OCR result; empty for other kinds
 * @param fields the typed key fields of a Document OCR result, or {@code null} for other kinds
 */
public record Page(
    int index,
    @Nullable String name,
    PageStatus status,
    @Nullable String message,
    @Nullable PageSize size,
    List<Word> words,
    List<Table> tables,
    List<TemplateField> templateFields,
    @Nullable DocumentFields fields) {

  public Page {
    words = List.copyOf(words);
    tables = List.copyOf(tables);
    templateFields = List.copyOf(templateFields);
  }

  /** Whether the provider recognised a page. */
  public enum PageStatus {
    /** Recognised. */
    SUCCESS,
    /** The provider could not recognise the page (CLOVA {@code FAILURE}). */
    FAILURE,
    /** The provider failed while processing the page (CLOVA {@code ERROR}). */
    ERROR,
    /** The provider sent no status, or one this version does not know. */
    UNKNOWN;

    /**
     * Whether the provider said it could not recognise the page ({@link #FAILURE} or {@link #ERROR}): nothing
     * on it was read. {@link #UNKNOWN} is not a failure (NHN Cloud sends no status per page).
     */
    public boolean failed() {
      return this == FAILURE || this == ERROR;
    }
  }
}
