package io.docstruct.document;

/**
 * Something odd in valid input that DocStruct survived: a repaired value, a dropped item, a mismatch. Warnings
 * travel with the result; they are never thrown.
 *
 * <pre>{@code
 * doc.warnings().forEach(w -> System.err.println(w.path() + ": " + w.message()));
 * }</pre>
 *
 * @param path where in the input, as a JSON path such as {@code $.images[0].fields[3].boundingPoly}
 * @param message what happened and what DocStruct did about it
 */
public record Warning(String path, String message) {

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
