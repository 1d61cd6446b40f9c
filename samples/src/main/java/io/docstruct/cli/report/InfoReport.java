package io.docstruct.cli.report;

import java.util.List;

/**
 * The whole output of {@code docstruct info --format json}: always one JSON object, however many files were
 * given, so that scripts can parse it in one go.
 *
 * <pre>{@code
 * {"documents": [{"source": "receipt.json", "kind": "clova-receipt", "pages": [...], ...}],
 *  "errors": [{"source": "bad.json", "message": "bad.json: malformed JSON at $ ..."}]}
 * }</pre>
 *
 * @param documents one report per file that could be read, in the order given
 * @param errors one entry per file that could not be read (also reported on stderr)
 */
public record InfoReport(List<DocumentReport> documents, List<FileError> errors) {

  public InfoReport {
    documents = List.copyOf(documents);
    errors = List.copyOf(errors);
  }

  /**
   * A file that could not be read.
   *
   * @param source the file as the user named it
   * @param message the same one-line message printed on stderr, without the {@code docstruct: } prefix
   */
  public record FileError(String source, String message) {}
}
