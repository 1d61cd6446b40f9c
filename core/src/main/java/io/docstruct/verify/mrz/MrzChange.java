package io.docstruct.verify.mrz;

/**
 * One character the opt-in repair changed.
 *
 * <pre>{@code
 * for (MrzChange c : result.changes()) System.out.println(c.position() + ": " + c.from() + " -> " + c.to());
 * }</pre>
 *
 * @param field the data element ({@code document number}, {@code date of birth}, {@code nationality}…)
 * @param position 1-based, as in Doc 9303 ({@code "line 2, pos 6"})
 * @param from the character as read
 * @param to the character written instead
 * @param reason why the change is justified ({@code "check digit holds"}, {@code "letters only"})
 */
public record MrzChange(String field, String position, char from, char to, String reason) {}
