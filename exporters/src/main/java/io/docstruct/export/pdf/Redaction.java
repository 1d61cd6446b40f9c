package io.docstruct.export.pdf;

import io.docstruct.document.Word;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What to black out of a searchable PDF. Every region chosen here is painted black into the page image's
 * pixels before the image is embedded (an original PDF page that has such a region is rasterized first), and
 * every word whose polygon touches a region is left out of the text layer.
 *
 * <pre>{@code
 * Redaction r = Redaction.personalData()                       // provider masks + resident/card numbers, MRZ
 *     .withWords(w -> w.text().matches("\\d{6}-\\d{7}"))       // and any word that looks like one
 *     .withFields(name -> name.endsWith("address"));           // and Document OCR fields by name
 * }</pre>
 *
 * @param maskingPolygons whether the provider's masking regions ({@code maskingPolys} of Document OCR
 *     values) are redacted
 * @param fields which Document OCR fields to redact whole, by their {@link
 *     io.docstruct.document.fields.NamedField#name() dotted name} ({@code ic.personalNum[0]}, {@code number})
 * @param words which recognised words to redact
 */
public record Redaction(boolean maskingPolygons, Predicate<String> fields, Predicate<Word> words) {

  /**
   * Field names holding personal numbers: resident and alien registration numbers of ID cards, the
   * passport's personal number and MRZ lines, and a credit card's number.
   */
  private static final Pattern PERSONAL_LEAF =
      Pattern.compile("personalNum|alienRegNum|personalNumber|mrzLines|MRZ.*");

  private static final Set<String> PERSONAL_TOP_LEVEL = Set.of("number");

  public Redaction {
    Objects.requireNonNull(fields, "fields == null");
    Objects.requireNonNull(words, "words == null");
  }

  /** Nothing is redacted. */
  public static Redaction none() {
    return new Redaction(false, name -> false, word -> false);
  }

  /** Only the regions the provider marked for masking. */
  public static Redaction providerMasks() {
    return new Redaction(true, name -> false, word -> false);
  }

  /**
   * The provider's masking regions and every field holding a personal number ({@link #isPersonalField}):
   * what {@code docstruct export --redact} does.
   */
  public static Redaction personalData() {
    return new Redaction(true, Redaction::isPersonalField, word -> false);
  }

  /**
   * Whether a Document OCR field name names a personal number: its last segment (index removed) is {@code
   * personalNum}, {@code alienRegNum}, {@code personalNumber}, {@code mrzLines} or starts with {@code MRZ},
   * or the name is a credit card's top-level {@code number}.
   */
  public static boolean isPersonalField(String name) {
    String leaf = name.substring(name.lastIndexOf('.') + 1).replaceFirst("\\[\\d+]$", "");
    return PERSONAL_LEAF.matcher(leaf).matches() || PERSONAL_TOP_LEVEL.contains(name);
  }

  /** This redaction plus the words {@code more} accepts. */
  public Redaction withWords(Predicate<Word> more) {
    Objects.requireNonNull(more, "more == null");
    return new Redaction(maskingPolygons, fields, words.or(more));
  }

  /** This redaction plus the fields whose names {@code more} accepts. */
  public Redaction withFields(Predicate<String> more) {
    Objects.requireNonNull(more, "more == null");
    return new Redaction(maskingPolygons, fields.or(more), words);
  }
}
