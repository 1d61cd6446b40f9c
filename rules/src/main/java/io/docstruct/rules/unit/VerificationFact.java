package io.docstruct.rules.unit;

import io.docstruct.verify.Finding;
import io.docstruct.verify.Severity;
import io.docstruct.verify.Status;
import io.docstruct.verify.VerificationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One finding of the verification stage (MRZ, check digits, receipt arithmetic) as a fact the rules match.
 * Built-in rules turn each {@link Status#FAIL} into a violation and derive an identity document's MRZ verdict
 * from the {@code mrz.*} checks.
 *
 * <pre>{@code
 * var fact = new VerificationFact("mrz.composite", "passport.mrz", Status.FAIL,
 *     Severity.ERROR, "composite check digit is 0, expected 6");
 * engine.evaluate(doc, List.of(fact));
 * }</pre>
 *
 * @param check the check's id ({@code mrz.documentNumber}, {@code bizNum.checkDigit}, {@code receipt.total})
 * @param field the field path the check is about, if any
 * @param status the outcome, as verification says it ({@link Status})
 * @param severity how serious a failure is ({@link Severity}, the one verification and violations share)
 * @param message what was found, for people
 */
public record VerificationFact(
    String check, @Nullable String field, Status status, Severity severity, String message) {

  public VerificationFact {
    Objects.requireNonNull(check, "check == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** The fact for one finding of {@link io.docstruct.verify.Verifier}. */
  public static VerificationFact from(Finding finding) {
    return new VerificationFact(
        finding.check().id(),
        finding.field().isEmpty() ? null : finding.field(),
        finding.status(),
        finding.severity(),
        finding.message());
  }

  /** The facts for every finding of a report, in order. */
  public static List<VerificationFact> from(VerificationReport report) {
    List<VerificationFact> facts = new ArrayList<>(report.findings().size());
    report.findings().forEach(f -> facts.add(from(f)));
    return facts;
  }

  /** Whether the check failed. For rules. */
  public boolean failed() {
    return status == Status.FAIL;
  }

  /** Whether the check is about the machine-readable zone ({@code mrz.*}). For rules. */
  public boolean aboutMrz() {
    return check.startsWith("mrz");
  }
}
