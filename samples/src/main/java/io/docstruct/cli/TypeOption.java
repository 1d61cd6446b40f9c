package io.docstruct.cli;

import io.docstruct.ocr.OcrModel;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --type} of {@code docstruct ocr} and {@code batch --ocr}: an {@link OcrModel}, by its label ({@code
 * general}, {@code template}, {@code receipt}, {@code credit-card}…; case-insensitive, {@code _} for {@code -}).
 *
 * <pre>{@code
 * @Option(names = "--type", converter = TypeOption.Converter.class, completionCandidates = TypeOption.Labels.class)
 * OcrModel type;
 * }</pre>
 */
final class TypeOption {
  private TypeOption() {}

  /** Picocli's converter for {@code --type}: the message lists every label. */
  static final class Converter implements ITypeConverter<OcrModel> {
    @Override
    public OcrModel convert(String value) {
      try {
        return OcrModel.fromLabel(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(String.valueOf(e.getMessage()));
      }
    }
  }

  /** The labels, for {@code --help} ({@code ${COMPLETION-CANDIDATES}}). */
  static final class Labels implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(OcrModel.values()).map(OcrModel::label).iterator();
    }
  }
}
