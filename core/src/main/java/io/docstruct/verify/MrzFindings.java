package io.docstruct.verify;

import io.docstruct.geometry.Quad;
import io.docstruct.verify.mrz.Mrz;
import io.docstruct.verify.mrz.MrzChange;
import io.docstruct.verify.mrz.MrzCheckDigit;
import io.docstruct.verify.mrz.MrzDate;
import io.docstruct.verify.mrz.MrzFormat;
import io.docstruct.verify.mrz.MrzParser;
import io.docstruct.verify.mrz.MrzRepair;
import io.docstruct.verify.mrz.MrzRepairResult;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns a parsed MRZ (and, opted in, its repair) into findings. */
final class MrzFindings {
  /** ISO 3166 alpha-3 plus the codes ICAO adds (Doc 9303 Part 3 §5). */
  private static final Set<String> STATES = new HashSet<>();

  static {
    STATES.addAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    STATES.addAll(Arrays.asList(
        "D<<", "GBD", "GBN", "GBO", "GBP", "GBS", "UNO", "UNA", "UNK", "XBA", "XIM", "XCC", "XCE", "XCO",
        "XEC", "XPO", "XES", "XMP", "XOM", "XDC", "XXA", "XXB", "XXC", "XXX", "EUE", "RKS", "UTO", "UTS",
        "UTT", "ZZZ"));
  }

  private MrzFindings() {}

  static Mrz add(
      FindingList out, MrzParser parser, List<String> lines, String field, List<Quad> polygons, LocalDate today,
      boolean repair) {
    Mrz mrz = parser.parse(lines);
    MrzFormat f = mrz.format();
    out.add(Check.MRZ_FORMAT, field, Status.PASS, Severity.INFO, null, f.label(),
        "read as " + f.label() + " (" + f.lineCount() + " lines of " + f.lineLength() + ")", polygons);
    if (lines.size() != f.lineCount()) {
      out.add(Check.MRZ_LINE_LENGTH, field, Status.FAIL, Severity.ERROR, String.valueOf(f.lineCount()),
          String.valueOf(lines.size()), f.label() + " has " + f.lineCount() + " lines, found " + lines.size(), polygons);
    }
    for (int l = 0; l < lines.size(); l++) {
      int n = lines.get(l).length();
      boolean ok = n == f.lineLength();
      out.add(Check.MRZ_LINE_LENGTH, field + "[" + l + "]", ok ? Status.PASS : Status.FAIL,
          ok ? Severity.INFO : Severity.ERROR, String.valueOf(f.lineLength()), String.valueOf(n),
          ok ? "line " + (l + 1) + " has " + n + " characters"
              : "line " + (l + 1) + " has " + n + " characters; " + f.label() + " lines have " + f.lineLength()
                  + (n > f.lineLength() ? " (checked best-effort on the first " + f.lineLength() + ")" : ""),
          polygons);
    }
    if (!mrz.invalidCharacters().isEmpty()) {
      out.add(Check.MRZ_CHARSET, field, Status.FAIL, Severity.ERROR, "A-Z 0-9 <",
          String.join("; ", mrz.invalidCharacters()),
          "characters outside the MRZ set at " + String.join("; ", mrz.invalidCharacters()), polygons);
    }
    for (MrzCheckDigit cd : mrz.checkDigits()) {
      String what = describe(cd.kind());
      String message = switch (cd.status()) {
        case PASS -> what + " check digit (ICAO 9303, " + cd.position() + ") holds: " + cd.found();
        case FAIL -> what + " check digit (ICAO 9303, " + cd.position() + "): computed " + cd.computed()
            + ", printed " + cd.found()
            + (cd.kind() == MrzCheckDigit.Kind.COMPOSITE ? " (over the characters as printed)" : "");
        case UNVERIFIABLE -> what + " check digit (ICAO 9303, " + cd.position()
            + ") cannot be computed: the line is too short or holds characters outside the MRZ set";
      };
      out.add(checkOf(cd.kind()), field, cd.status(), cd.status() == Status.PASS ? Severity.INFO : Severity.ERROR,
          cd.computed() < 0 ? null : String.valueOf(cd.computed()), cd.found().isEmpty() ? null : cd.found(), message,
          polygons);
    }
    documentCode(out, mrz, field, polygons);
    state(out, "issuing state", mrz.issuingState(), field, polygons);
    state(out, "nationality", mrz.nationality(), field, polygons);
    date(out, "date of birth", mrz.dateOfBirth(), field, polygons);
    date(out, f.isVisa() ? "valid-until date" : "date of expiry", mrz.dateOfExpiry(), field, polygons);
    boolean sexOk = mrz.sex().equals("M") || mrz.sex().equals("F") || mrz.sex().equals("<");
    out.add(Check.MRZ_SEX, field, sexOk ? Status.PASS : Status.FAIL, sexOk ? Severity.INFO : Severity.WARNING,
        "M, F or <", mrz.sex(), sexOk ? "sex is " + mrz.sex() : "sex must be M, F or < in the MRZ", polygons);
    if (mrz.primaryIdentifier().isEmpty()) {
      out.add(Check.MRZ_NAME, field, Status.FAIL, Severity.WARNING, null, null, "the name has no primary identifier",
          polygons);
    } else if (mrz.nameTruncated()) {
      out.add(Check.MRZ_NAME, field, Status.UNVERIFIABLE, Severity.WARNING, null, null,
          "the name fills its field to the last position and may be truncated (ICAO 9303 Part 4 §4.2.3)", polygons);
    } else {
      out.add(Check.MRZ_NAME, field, Status.PASS, Severity.INFO, null, null,
          "primary identifier (surname) and secondary identifier split at the first <<", polygons);
    }
    if (mrz.dateOfExpiry().state() == MrzDate.State.VALID) {
      LocalDate expiry = mrz.dateOfExpiry().date();
      boolean expired = expiry != null && expiry.isBefore(today);
      out.add(Check.MRZ_EXPIRY, field, expired ? Status.FAIL : Status.PASS, expired ? Severity.WARNING : Severity.INFO,
          "on or after " + today, String.valueOf(expiry),
          expired ? "the document expired on " + expiry : "the document is valid until " + expiry, polygons);
    }
    if (repair) {
      repair(out, parser, lines, field, polygons);
    }
    return mrz;
  }

  private static void repair(FindingList out, MrzParser parser, List<String> lines, String field, List<Quad> polygons) {
    MrzRepairResult r = MrzRepair.repair(lines);
    for (MrzChange c : r.changes()) {
      out.add(Check.MRZ_REPAIR, field, Status.PASS, Severity.INFO, String.valueOf(c.to()), String.valueOf(c.from()),
          "repair (opt-in), " + c.position() + " in " + c.field() + ": " + c.from() + " read as " + c.to() + " ("
              + c.reason() + ")", polygons);
    }
    for (String d : r.declined()) {
      out.add(Check.MRZ_REPAIR, field, Status.UNVERIFIABLE, Severity.WARNING, null, null, "repair (opt-in) declined: " + d,
          polygons);
    }
    if (!r.changes().isEmpty()) {
      boolean valid = parser.parse(r.repaired()).valid();
      out.add(Check.MRZ_REPAIR, field, valid ? Status.PASS : Status.UNVERIFIABLE,
          valid ? Severity.INFO : Severity.WARNING, null, null,
          valid ? "after " + r.changes().size() + " change(s) every check digit holds"
              : "after " + r.changes().size() + " change(s) some check digits still fail", polygons);
    }
  }

  private static void documentCode(FindingList out, Mrz mrz, String field, List<Quad> polygons) {
    String code = mrz.documentCode();
    char first = code.isEmpty() ? ' ' : code.charAt(0);
    boolean ok = switch (mrz.format()) {
      case TD3 -> first == 'P';
      case TD1 -> (first == 'A' || first == 'C' || first == 'I') && !(code.length() > 1 && code.charAt(1) == 'V');
      case TD2 -> first == 'A' || first == 'C' || first == 'I';
      case MRV_A, MRV_B -> first == 'V';
    };
    String expected = switch (mrz.format()) {
      case TD3 -> "P…";
      case TD1, TD2 -> "A…, C… or I…";
      case MRV_A, MRV_B -> "V…";
    };
    out.add(Check.MRZ_DOCUMENT_CODE, field, ok ? Status.PASS : Status.FAIL, ok ? Severity.INFO : Severity.WARNING,
        expected, code, ok ? "document code " + code : "document code " + code + " does not fit " + mrz.format().label(),
        polygons);
  }

  private static void state(FindingList out, String what, String code, String field, List<Quad> polygons) {
    boolean ok = STATES.contains(code);
    out.add(Check.MRZ_STATE_CODE, field, ok ? Status.PASS : Status.FAIL, ok ? Severity.INFO : Severity.WARNING,
        "ICAO / ISO 3166 alpha-3 code", code,
        ok ? what + " " + code + " is a known code" : what + " " + code + " is not an ICAO or ISO 3166 alpha-3 code",
        polygons);
  }

  private static void date(FindingList out, String what, MrzDate date, String field, List<Quad> polygons) {
    switch (date.state()) {
      case VALID -> out.add(Check.MRZ_DATE, field, Status.PASS, Severity.INFO, null, String.valueOf(date.date()),
          what + " " + date.raw() + " is " + date.date(), polygons);
      case UNKNOWN -> out.add(Check.MRZ_DATE, field, Status.UNVERIFIABLE, Severity.INFO, null, date.raw(),
          what + " is unknown (filler, ICAO 9303 Part 3 §4.8)", polygons);
      case INVALID -> out.add(Check.MRZ_DATE, field, Status.FAIL, Severity.ERROR, "YYMMDD", date.raw(),
          what + " " + date.raw() + " is not a calendar date", polygons);
    }
  }

  static Check checkOf(MrzCheckDigit.Kind kind) {
    return switch (kind) {
      case DOCUMENT_NUMBER -> Check.MRZ_CHECK_DIGIT_DOCUMENT_NUMBER;
      case DATE_OF_BIRTH -> Check.MRZ_CHECK_DIGIT_DATE_OF_BIRTH;
      case DATE_OF_EXPIRY -> Check.MRZ_CHECK_DIGIT_DATE_OF_EXPIRY;
      case PERSONAL_NUMBER -> Check.MRZ_CHECK_DIGIT_PERSONAL_NUMBER;
      case COMPOSITE -> Check.MRZ_CHECK_DIGIT_COMPOSITE;
    };
  }

  private static String describe(MrzCheckDigit.Kind kind) {
    return switch (kind) {
      case DOCUMENT_NUMBER -> "document number";
      case DATE_OF_BIRTH -> "date of birth";
      case DATE_OF_EXPIRY -> "date of expiry";
      case PERSONAL_NUMBER -> "personal number";
      case COMPOSITE -> "composite";
    };
  }
}
