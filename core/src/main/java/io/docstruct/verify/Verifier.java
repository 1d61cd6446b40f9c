package io.docstruct.verify;

import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.fields.BizLicenseFields;
import io.docstruct.document.fields.CreditCardFields;
import io.docstruct.document.fields.DocumentFields;
import io.docstruct.document.fields.IdCardFields;
import io.docstruct.document.fields.MedicalReceiptFields;
import io.docstruct.document.fields.NameCardFields;
import io.docstruct.document.fields.PassportFields;
import io.docstruct.document.fields.ReceiptFields;
import io.docstruct.verify.mrz.MrzParser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Verifies any OCR response: recomputes every check digit, checksum and sum the document allows from the text
 * as read, and reports each as a {@link Finding}. Nothing is repaired unless asked ({@link #withMrzRepair()}),
 * and nothing throws on bad evidence. The clock decides what "today" is (expiry, dates in the future, MRZ
 * centuries), so tests are stable.
 *
 * <pre>{@code
 * OcrDocument doc = ResponseReader.create().read(Path.of("passport.json"));
 * VerificationReport report = Verifier.create(Clock.systemDefaultZone()).verify(doc);
 * System.out.println(report.valid() + " " + report.failures().size());
 * }</pre>
 *
 * <p>Per kind: passports and ID cards (MRZ, visual fields against it, resident numbers with the
 * post-2020-10-05 rule, issue dates), credit cards (Luhn, brand, expiry), business licences (number checksum
 * and type, tax type, dates), receipts (items, total, VAT, dates, business and card numbers) and medical
 * receipts (domain identities C1–C6 and the service's checksum block). Other responses get one
 * {@link Check#NOTHING_TO_VERIFY} finding. On multi-page responses field paths start with {@code images[i].}.
 */
public final class Verifier {
  private final Clock clock;
  private final boolean mrzRepair;
  private final MrzParser parser;

  private Verifier(Clock clock, boolean mrzRepair) {
    this.clock = clock;
    this.mrzRepair = mrzRepair;
    this.parser = MrzParser.create(clock);
  }

  /** A verifier whose "today" comes from {@code clock}. */
  public static Verifier create(Clock clock) {
    return new Verifier(Objects.requireNonNull(clock, "clock"), false);
  }

  /**
   * This verifier with the opt-in MRZ repair: each change, and each repair declined as ambiguous, is added as
   * a {@link Check#MRZ_REPAIR} finding after the checks on the MRZ as read (which still decide validity).
   */
  public Verifier withMrzRepair() {
    return new Verifier(clock, true);
  }

  /** Every finding for {@code document}. */
  public VerificationReport verify(OcrDocument document) {
    LocalDate today = LocalDate.now(clock);
    List<Finding> all = new ArrayList<>();
    String label = null;
    boolean multi = document.pages().size() > 1;
    for (Page page : document.pages()) {
      DocumentFields fields = page.fields();
      if (fields == null) {
        continue;
      }
      FindingList out = new FindingList();
      String kind = verify(out, fields, document, today);
      label = label == null ? kind : label;
      for (Finding f : out.toList()) {
        all.add(multi ? f.withFieldPrefix("images[" + page.index() + "].") : f);
      }
    }
    if (label == null) {
      label = document.kind().label();
    }
    if (all.isEmpty()) {
      all.add(Finding.of(Check.NOTHING_TO_VERIFY, "", Status.UNVERIFIABLE, Severity.INFO, null, null,
          "the response holds no value this verifier can check"));
    }
    return new VerificationReport(label, all);
  }

  /** The findings for one MRZ given as text (lines separated by line breaks), as a report. */
  public VerificationReport verifyMrz(String text) {
    FindingList out = new FindingList();
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    MrzFindings.add(out, parser, lines, "mrz", List.of(), LocalDate.now(clock), mrzRepair);
    return new VerificationReport("mrz", out.toList());
  }

  private String verify(FindingList out, DocumentFields fields, OcrDocument document, LocalDate today) {
    if (fields instanceof PassportFields p) {
      IdentityChecks.passport(out, p, parser, today, mrzRepair, document.timestamp());
      return "passport";
    }
    if (fields instanceof IdCardFields id) {
      IdentityChecks.idCard(out, id, parser, today, mrzRepair);
      return "idCard";
    }
    if (fields instanceof CreditCardFields c) {
      NumberFindings.card(out, "number", c.number());
      NumberFindings.validThru(out, "validThru", c.validThru(), today);
      return "creditCard";
    }
    if (fields instanceof BizLicenseFields b) {
      IdentityChecks.bizLicense(out, b, today);
      return "bizLicense";
    }
    if (fields instanceof ReceiptFields r) {
      ReceiptChecks.verify(out, r, today);
      return "receipt";
    }
    if (fields instanceof MedicalReceiptFields m) {
      MedicalReceiptChecks.verify(out, m);
      return "medicalReceipt";
    }
    if (fields instanceof NameCardFields) {
      return "nameCard";
    }
    return document.kind().label();
  }
}
