package io.docstruct.verify;

import io.docstruct.document.Field;
import io.docstruct.document.fields.BizLicenseFields;
import io.docstruct.document.fields.IdCardFields;
import io.docstruct.document.fields.PassportFields;
import io.docstruct.geometry.Quad;
import io.docstruct.verify.mrz.Mrz;
import io.docstruct.verify.mrz.MrzCheckDigit;
import io.docstruct.verify.mrz.MrzDate;
import io.docstruct.verify.mrz.MrzParser;
import io.docstruct.verify.number.BusinessNumber;
import io.docstruct.privacy.Masking;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Passports, ID cards and business licences: MRZ, visual fields against the MRZ, Korean numbers, dates. */
final class IdentityChecks {
  private IdentityChecks() {}

  static void passport(
      FindingList out, PassportFields p, MrzParser parser, LocalDate today, boolean repair, @Nullable Instant responseTime) {
    List<String> lines = p.mrzLineTexts();
    List<Quad> polys = FindingList.polygons(p.mrzLines());
    if (lines.isEmpty()) {
      out.add(Check.MRZ_FORMAT, "passportResult.mrzLines", Status.UNVERIFIABLE, Severity.WARNING, null, null,
          "the response has no MRZ lines: nothing can be recomputed", List.of());
      return;
    }
    Mrz mrz = MrzFindings.add(out, parser, lines, "passportResult.mrzLines", polys, today, repair);
    String f = "passportResult.";
    cross(out, f + "documentClassCode", p.documentClassCode(), mrz.documentCode(), "document code");
    cross(out, f + "issuingStateCode", p.issuingStateCode(), mrz.issuingState(), "issuing state");
    names(out, f + "firstName", p.firstName(), mrz.secondaryIdentifier(), mrz.primaryIdentifier(), "first name",
        "secondary identifier (given names)", "primary identifier (surname)");
    names(out, f + "lastName1", p.lastName1(), mrz.primaryIdentifier(), mrz.secondaryIdentifier(), "last name",
        "primary identifier (surname)", "secondary identifier (given names)");
    cross(out, f + "documentNumber", p.documentNumber(), mrz.documentNumber(), "document number");
    cross(out, f + "nationality", p.nationality(), mrz.nationality(), "nationality");
    cross(out, f + "dateOfBirth", p.dateOfBirth(), mrz.dateOfBirth().raw(), "date of birth");
    cross(out, f + "gender", p.gender(), mrz.sex(), "sex");
    cross(out, f + "dateOfExpiry", p.dateOfExpiry(), mrz.dateOfExpiry().raw(), "date of expiry");
    if (p.personalNumber() != null) {
      boolean ok = p.personalNumber().text().equals(mrz.optionalData());
      out.add(Check.MRZ_CROSS_CHECK, f + "personalNumber", ok ? Status.PASS : Status.FAIL,
          ok ? Severity.INFO : Severity.WARNING, Masking.full(mrz.optionalData()), Masking.full(p.personalNumber().text()),
          ok ? "personal number agrees with the MRZ" : "personal number differs from the MRZ's", p.personalNumber().polygons());
    }
    printedDigit(out, f + "checkDigitForDocumentNumber", p.checkDigitForDocumentNumber(), mrz, MrzCheckDigit.Kind.DOCUMENT_NUMBER);
    printedDigit(out, f + "checkDigitForDateOfBirth", p.checkDigitForDateOfBirth(), mrz, MrzCheckDigit.Kind.DATE_OF_BIRTH);
    printedDigit(out, f + "checkDigitForDateOfExpiry", p.checkDigitForDateOfExpiry(), mrz, MrzCheckDigit.Kind.DATE_OF_EXPIRY);
    printedDigit(out, f + "checkDigitForPersonalNumber", p.checkDigitForPersonalNumber(), mrz, MrzCheckDigit.Kind.PERSONAL_NUMBER);
    printedDigit(out, f + "finalCheckDigit", p.finalCheckDigit(), mrz, MrzCheckDigit.Kind.COMPOSITE);
    // The provider's age and isExpired are as of its response time, not ours.
    if (responseTime != null && mrz.dateOfBirth().state() == MrzDate.State.VALID && p.age() != null
        && p.age().normalized() != null) {
      LocalDate then = LocalDate.ofInstant(responseTime, ZoneOffset.UTC);
      int age = Period.between(mrz.dateOfBirth().date(), then).getYears();
      boolean ok = String.valueOf(age).equals(p.age().normalized());
      out.add(Check.MRZ_CROSS_CHECK, f + "age", ok ? Status.PASS : Status.FAIL, ok ? Severity.INFO : Severity.WARNING,
          String.valueOf(age), p.age().normalized(), "age on " + then + " (the response's timestamp) from the MRZ birth date",
          p.age().polygons());
    }
    if (responseTime != null && mrz.dateOfExpiry().state() == MrzDate.State.VALID && p.isExpired() != null
        && p.isExpired().normalized() != null) {
      LocalDate then = LocalDate.ofInstant(responseTime, ZoneOffset.UTC);
      String expired = String.valueOf(mrz.dateOfExpiry().date().isBefore(then));
      boolean ok = expired.equals(p.isExpired().normalized());
      out.add(Check.MRZ_CROSS_CHECK, f + "isExpired", ok ? Status.PASS : Status.FAIL, ok ? Severity.INFO : Severity.WARNING,
          expired, p.isExpired().normalized(), "expired on " + then + " (the response's timestamp) by the MRZ expiry",
          p.isExpired().polygons());
    }
  }

  static void idCard(FindingList out, IdCardFields id, MrzParser parser, LocalDate today, boolean repair) {
    if (id.ic() != null) {
      LocalDate issued = firstDate(out, "ic.issueDate", id.ic().issueDate(), today);
      residents(out, "ic.personalNum", id.ic().personalNum(), issued, today);
    }
    if (id.dl() != null) {
      LocalDate issued = firstDate(out, "dl.issueDate", id.dl().issueDate(), today);
      residents(out, "dl.personalNum", id.dl().personalNum(), issued, today);
      for (int i = 0; i < id.dl().renewEndDate().size(); i++) {
        PrintedDates.check(out, "dl.renewEndDate[" + i + "]", id.dl().renewEndDate().get(i), LocalDate.MAX);
      }
    }
    if (id.ac() != null) {
      LocalDate issued = firstDate(out, "ac.issueDate", id.ac().issueDate(), today);
      residents(out, "ac.alienRegNum", id.ac().alienRegNum(), issued, today);
    }
    if (id.pp() != null) {
      IdCardFields.PassportPage pp = id.pp();
      firstDate(out, "pp.issueDate", pp.issueDate(), today);
      List<String> lines = new ArrayList<>();
      List<Quad> polys = new ArrayList<>();
      for (Field f : pp.mrz1()) {
        lines.add(f.text().strip());
        polys.addAll(f.polygons());
      }
      for (Field f : pp.mrz2()) {
        lines.add(f.text().strip());
        polys.addAll(f.polygons());
      }
      if (lines.isEmpty()) {
        return;
      }
      Mrz mrz = MrzFindings.add(out, parser, lines, "pp.MRZ1, pp.MRZ2", polys, today, repair);
      cross(out, "pp.num", first(pp.num()), mrz.documentNumber(), "document number");
      cross(out, "pp.surName", first(pp.surName()), mrz.primaryIdentifier(), "surname (primary identifier)");
      cross(out, "pp.givenName", first(pp.givenName()), mrz.secondaryIdentifier(), "given names (secondary identifier)");
      cross(out, "pp.nationality", first(pp.nationality()), mrz.nationality(), "nationality");
      crossDate(out, "pp.birthDate", first(pp.birthDate()), mrz.dateOfBirth(), "date of birth");
      crossDate(out, "pp.expireDate", first(pp.expireDate()), mrz.dateOfExpiry(), "date of expiry");
    }
  }

  static void bizLicense(FindingList out, BizLicenseFields b, LocalDate today) {
    for (int i = 0; i < b.registerNumber().size(); i++) {
      BusinessNumber n = NumberFindings.business(out, "registerNumber[" + i + "]", b.registerNumber().get(i));
      if (n != null && n.formatOk() && !b.taxType().isEmpty()) {
        Field tax = b.taxType().get(0);
        String t = tax.text().replace(" ", "");
        int code = Integer.parseInt(n.typeCode());
        Boolean fits = null;
        String expected = null;
        if (t.contains("면세")) {
          fits = code >= 90;
          expected = "type code 90-99";
        } else if (t.contains("과세")) {
          fits = (code >= 1 && code <= 79) || (code >= 81 && code <= 88);
          expected = "type code 01-79 or 81-88";
        }
        if (fits != null) {
          out.add(Check.TAX_TYPE, "taxType[0]", fits ? Status.PASS : Status.FAIL, fits ? Severity.INFO : Severity.WARNING,
              expected, n.typeCode(), "tax type " + tax.text() + (fits ? " agrees with " : " does not agree with ")
                  + "type code " + n.typeCode() + " (" + n.type().label() + "; heuristic)", tax.polygons());
        }
      }
    }
    LocalDate issued = null;
    for (int i = 0; i < b.issuanceDate().size(); i++) {
      LocalDate d = PrintedDates.check(out, "issuanceDate[" + i + "]", b.issuanceDate().get(i), today);
      issued = issued == null ? d : issued;
    }
    for (int i = 0; i < b.openDate().size(); i++) {
      PrintedDates.check(out, "openDate[" + i + "]", b.openDate().get(i), today);
    }
    for (int i = 0; i < b.birth().size(); i++) {
      PrintedDates.check(out, "birth[" + i + "]", b.birth().get(i), today);
    }
    residents(out, "socialNumber", b.socialNumber(), issued, today);
    residents(out, "coRepSocialNum", b.coRepSocialNum(), issued, today);
  }

  private static void residents(FindingList out, String path, List<Field> numbers, @Nullable LocalDate issued, LocalDate today) {
    for (int i = 0; i < numbers.size(); i++) {
      NumberFindings.resident(out, path + "[" + i + "]", numbers.get(i), issued, today);
    }
  }

  private static @Nullable LocalDate firstDate(FindingList out, String path, List<Field> dates, LocalDate today) {
    LocalDate first = null;
    for (int i = 0; i < dates.size(); i++) {
      LocalDate d = PrintedDates.check(out, path + "[" + i + "]", dates.get(i), today);
      first = first == null ? d : first;
    }
    return first;
  }

  private static @Nullable Field first(List<Field> fields) {
    return fields.isEmpty() ? null : fields.get(0);
  }

  private static void cross(FindingList out, String path, @Nullable Field field, String mrzValue, String what) {
    if (field == null) {
      return;
    }
    String visual = field.text().strip();
    boolean ok = visual.equalsIgnoreCase(mrzValue) || visual.replace(' ', '<').equalsIgnoreCase(mrzValue);
    out.add(Check.MRZ_CROSS_CHECK, path, ok ? Status.PASS : Status.FAIL, ok ? Severity.INFO : Severity.WARNING,
        mrzValue, visual, ok ? what + " agrees with the MRZ" : what + " differs from the MRZ's " + mrzValue,
        field.polygons());
  }

  private static void crossDate(FindingList out, String path, @Nullable Field field, MrzDate mrz, String what) {
    if (field == null) {
      return;
    }
    int[] p = PrintedDates.parts(field);
    if (p == null || mrz.date() == null) {
      out.add(Check.MRZ_CROSS_CHECK, path, Status.UNVERIFIABLE, Severity.INFO, mrz.raw(), field.text(),
          what + ": the printed or the MRZ date cannot be read as a date", field.polygons());
      return;
    }
    String visual = String.format("%04d-%02d-%02d", p[0], p[1], p[2]);
    boolean ok = visual.equals(mrz.date().toString());
    out.add(Check.MRZ_CROSS_CHECK, path, ok ? Status.PASS : Status.FAIL, ok ? Severity.INFO : Severity.WARNING,
        mrz.date().toString(), visual, ok ? what + " agrees with the MRZ" : what + " differs from the MRZ",
        field.polygons());
  }

  /**
   * The provider's name labels against ICAO semantics: {@code firstName} should hold the secondary identifier.
   * On the CLOVA example it holds the primary one (the surname).
   */
  private static void names(
      FindingList out, String path, @Nullable Field field, String expected, String other, String label,
      String expectedRole, String otherRole) {
    if (field == null) {
      return;
    }
    String v = field.text().strip();
    if (v.equalsIgnoreCase(expected)) {
      out.add(Check.MRZ_CROSS_CHECK, path, Status.PASS, Severity.INFO, expected, v,
          label + " is the MRZ " + expectedRole, field.polygons());
    } else if (v.equalsIgnoreCase(other)) {
      out.add(Check.MRZ_CROSS_CHECK, path, Status.FAIL, Severity.WARNING, expected, v,
          "the provider's " + label + " holds the MRZ " + otherRole + ": map names by MRZ semantics", field.polygons());
    } else {
      out.add(Check.MRZ_CROSS_CHECK, path, Status.FAIL, Severity.WARNING, expected, v,
          label + " differs from the MRZ " + expectedRole, field.polygons());
    }
  }

  private static void printedDigit(FindingList out, String path, @Nullable Field field, Mrz mrz, MrzCheckDigit.Kind kind) {
    MrzCheckDigit cd = mrz.checkDigit(kind);
    if (field == null || cd == null) {
      return;
    }
    boolean ok = field.text().strip().equals(cd.found());
    out.add(Check.MRZ_CROSS_CHECK, path, ok ? Status.PASS : Status.FAIL, ok ? Severity.INFO : Severity.WARNING,
        cd.found(), field.text(), ok ? "the provider read the printed check digit as the MRZ shows it"
            : "the provider's check digit differs from the MRZ character at " + cd.position(), field.polygons());
  }
}
