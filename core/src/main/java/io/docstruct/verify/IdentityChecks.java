package io.docstruct.verify;

import io.docstruct.document.Field;
import io.docstruct.document.fields.BizLicenseFields;
import io.docstruct.document.fields.IdCardFields;
import io.docstruct.document.fields.PassportFields;
import io.docstruct.geometry.Quad;
import io.docstruct.number.PrintedDate;
import io.docstruct.verify.mrz.Mrz;
import io.docstruct.verify.mrz.MrzCheckDigit;
import io.docstruct.verify.mrz.MrzDate;
import io.docstruct.verify.mrz.MrzParser;
import io.docstruct.verify.number.BusinessNumber;
import io.docstruct.privacy.Masking;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Passports, ID cards and business licences: MRZ, visual fields against the MRZ, Korean numbers, dates. */
final class IdentityChecks {
  private static final Pattern STATE_CODE = Pattern.compile("[A-Z<]{1,3}");
  private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]");
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
    documentClass(out, f + "documentClassCode", p.documentClassCode(), mrz.documentCode());
    cross(out, f + "issuingStateCode", p.issuingStateCode(), mrz.issuingState(), "issuing state");
    // CLOVA's firstName is the primary identifier, lastName1 (and lastName2) the secondary one.
    MrzNames.check(out, f + "firstName", p.surname(), mrz, MrzNames.Role.SURNAME);
    Field given = p.givenNames();
    boolean split = given != null && given != p.lastName1() && given != p.lastName2();
    MrzNames.check(out, split ? f + "lastName1, " + f + "lastName2" : f + "lastName1", given, mrz,
        MrzNames.Role.GIVEN_NAMES);
    cross(out, f + "documentNumber", p.documentNumber(), mrz.documentNumber(), "document number");
    cross(out, f + "nationality", p.nationality(), mrz.nationality(), "nationality");
    mrzDate(out, f + "dateOfBirth", p.dateOfBirth(), mrz.dateOfBirth(), "date of birth");
    sex(out, f + "gender", p.gender(), mrz.sex());
    mrzDate(out, f + "dateOfExpiry", p.dateOfExpiry(), mrz.dateOfExpiry(), "date of expiry");
    String personal = p.personalNumberValue();
    if (personal != null && !unread(out, f + "personalNumber", p.personalNumber(), mrz.optionalData(), "personal number")) {
      boolean ok = personal.equals(mrz.optionalData());
      String message;
      if (ok) {
        message = personal.isEmpty()
            ? "no personal number: the MRZ field is filler, and the provider's text is filler or empty"
            : "personal number agrees with the MRZ";
      } else {
        message = "personal number differs from the MRZ's (fillers not counted)";
      }
      out.add(Check.MRZ_CROSS_CHECK, f + "personalNumber", ok ? Status.PASS : Status.FAIL,
          ok ? Severity.INFO : Severity.WARNING, Masking.full(mrz.optionalData()), Masking.full(p.personalNumber().text()),
          message, p.personalNumber().polygons());
    }
    printedDigit(out, f + "checkDigitForDocumentNumber", p.checkDigitForDocumentNumber(), mrz, MrzCheckDigit.Kind.DOCUMENT_NUMBER);
    printedDigit(out, f + "checkDigitForDateOfBirth", p.checkDigitForDateOfBirth(), mrz, MrzCheckDigit.Kind.DATE_OF_BIRTH);
    printedDigit(out, f + "checkDigitForDateOfExpiry", p.checkDigitForDateOfExpiry(), mrz, MrzCheckDigit.Kind.DATE_OF_EXPIRY);
    printedDigit(out, f + "checkDigitForPersonalNumber", p.checkDigitForPersonalNumber(), mrz, MrzCheckDigit.Kind.PERSONAL_NUMBER);
    printedDigit(out, f + "finalCheckDigit", p.finalCheckDigit(), mrz, MrzCheckDigit.Kind.COMPOSITE);
    if (responseTime != null) {
      ProviderDates.age(out, f + "age", p.age(), mrz.dateOfBirth(), responseTime);
      ProviderDates.expired(out, f + "isExpired", p.isExpired(), mrz.dateOfExpiry(), responseTime);
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
      MrzNames.check(out, "pp.surName", first(pp.surName()), mrz, MrzNames.Role.SURNAME);
      MrzNames.check(out, "pp.givenName", first(pp.givenName()), mrz, MrzNames.Role.GIVEN_NAMES);
      nationality(out, "pp.nationality", first(pp.nationality()), mrz.nationality());
      crossDate(out, "pp.birthDate", first(pp.birthDate()), mrz.dateOfBirth(), "date of birth");
      crossDate(out, "pp.expireDate", first(pp.expireDate()), mrz.dateOfExpiry(), "date of expiry");
    }
  }

  static void bizLicense(FindingList out, BizLicenseFields b, LocalDate today) {
    for (int i = 0; i < b.registerNumber().size(); i++) {
      BusinessNumber n = NumberFindings.business(out, "registerNumber[" + i + "]", b.registerNumber().get(i));
      if (n != null && !n.typeCode().isEmpty() && !b.taxType().isEmpty()) {
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

  /**
   * A visual value against the MRZ's, fillers not counted ({@code D} and {@code D<<}, {@code <<<} and nothing
   * agree) and a space read as a filler.
   */
  private static void cross(FindingList out, String path, @Nullable Field field, String mrzValue, String what) {
    if (field == null) {
      return;
    }
    String visual = field.text().strip();
    if (unread(out, path, field, mrzValue, what)) {
      return;
    }
    String a = MrzNames.withoutFillers(visual.replace(' ', '<')).toUpperCase(Locale.ROOT);
    boolean ok = a.equals(MrzNames.withoutFillers(mrzValue));
    out.add(Check.MRZ_CROSS_CHECK, path, ok ? Status.PASS : Status.FAIL, ok ? Severity.INFO : Severity.WARNING,
        mrzValue, visual, ok ? what + " agrees with the MRZ" : what + " differs from the MRZ's " + mrzValue,
        field.polygons());
  }

  /**
   * Adds an UNVERIFIABLE finding when the provider gave no text for a value the MRZ has (a missing value is no
   * contradiction) and returns {@code true}; {@code false} when there is text to compare, or when both are
   * empty, which {@link #cross} reports as agreement.
   */
  static boolean unread(FindingList out, String path, Field field, String mrzValue, String what) {
    if (!field.text().isBlank() || MrzNames.withoutFillers(mrzValue).isEmpty()) {
      return false;
    }
    out.add(Check.MRZ_CROSS_CHECK, path, Status.UNVERIFIABLE, Severity.INFO, mrzValue, field.text(),
        "the provider gave no " + what + " to compare with the MRZ's", field.polygons());
    return true;
  }

  /**
   * A nationality against the MRZ's code. The visual zone may print a code ({@code KOR}) or the state's name
   * ({@code REPUBLIC OF KOREA}, {@code 대한민국}): a code is compared, a name agrees when it is the code's
   * English or Korean country name, and any other name is not compared (UNVERIFIABLE), since official state
   * names are not country names DocStruct can map.
   */
  private static void nationality(FindingList out, String path, @Nullable Field field, String mrzCode) {
    if (field == null) {
      return;
    }
    String visual = field.text().strip();
    String upper = visual.toUpperCase(Locale.ROOT);
    if (STATE_CODE.matcher(upper).matches() || mrzCode.isEmpty()) {
      cross(out, path, field, mrzCode, "nationality");
      return;
    }
    String letters = NOT_A_LETTER.matcher(upper).replaceAll("");
    for (Locale country : countriesOf(MrzNames.withoutFillers(mrzCode))) {
      for (Locale language : new Locale[] {Locale.ENGLISH, Locale.KOREAN}) {
        String display = country.getDisplayCountry(language).toUpperCase(Locale.ROOT);
        String name = NOT_A_LETTER.matcher(display).replaceAll("");
        if (!name.isEmpty() && name.equals(letters)) {
          out.add(Check.MRZ_CROSS_CHECK, path, Status.PASS, Severity.INFO, mrzCode, visual,
              "nationality is the name of " + mrzCode + ", the MRZ's code", field.polygons());
          return;
        }
      }
    }
    out.add(Check.MRZ_CROSS_CHECK, path, Status.UNVERIFIABLE, Severity.INFO, mrzCode, visual,
        "nationality is printed as a state's name, which is not compared with the MRZ's code " + mrzCode,
        field.polygons());
  }

  private static List<Locale> countriesOf(String alpha3) {
    List<Locale> out = new ArrayList<>(1);
    for (String alpha2 : Locale.getISOCountries()) {
      Locale country = new Locale("", alpha2);
      try {
        if (country.getISO3Country().equals(alpha3)) {
          out.add(country);
        }
      } catch (java.util.MissingResourceException e) {
        // no alpha-3 code for this region
      }
    }
    return out;
  }

  /**
   * CLOVA's {@code documentClassCode} against the MRZ's document code. CLOVA reports the document class
   * ({@code P<}, refined {@code "Passport"}) with the type position as filler, while the MRZ carries the issuer's
   * type in it ({@code PM}, {@code PS}, {@code PP} for Korean ordinary passports, ICAO 9303 Part 4 §4.2.2): the
   * class must agree, and the type only when the provider gives one.
   */
  private static void documentClass(FindingList out, String path, @Nullable Field field, String mrzCode) {
    if (field == null) {
      return;
    }
    String visual = field.text().strip().toUpperCase(Locale.ROOT);
    if (visual.isEmpty() || mrzCode.isEmpty()) {
      out.add(Check.MRZ_CROSS_CHECK, path, Status.UNVERIFIABLE, Severity.INFO, mrzCode, field.text(),
          "no document code to compare", field.polygons());
      return;
    }
    boolean sameClass = visual.charAt(0) == mrzCode.charAt(0);
    char type = visual.length() > 1 ? visual.charAt(1) : '<';
    boolean sameType = type == '<' || (mrzCode.length() > 1 && type == mrzCode.charAt(1));
    boolean ok = sameClass && sameType;
    String message;
    if (ok && type == '<' && mrzCode.length() > 1 && mrzCode.charAt(1) != '<') {
      message = "document class " + visual.charAt(0) + " agrees with the MRZ code " + mrzCode
          + " (the provider gives the class only; " + mrzCode.charAt(1) + " is the issuer's document type)";
    } else if (ok) {
      message = "document code agrees with the MRZ";
    } else if (!sameClass) {
      message = "document class " + visual.charAt(0) + " differs from the MRZ's " + mrzCode.charAt(0);
    } else {
      message = "document type " + type + " differs from the MRZ code " + mrzCode;
    }
    out.add(Check.MRZ_CROSS_CHECK, path, ok ? Status.PASS : Status.FAIL, ok ? Severity.INFO : Severity.WARNING,
        mrzCode, field.text(), message, field.polygons());
  }

  /** Sex: {@code <} in the MRZ is shown as {@code X} in the visual zone (ICAO 9303 Part 4), or not at all. */
  private static void sex(FindingList out, String path, @Nullable Field field, String mrzSex) {
    if (field == null) {
      return;
    }
    if (unread(out, path, field, mrzSex, "sex")) {
      return;
    }
    String visual = field.text().strip().toUpperCase(Locale.ROOT);
    String a = visual.equals("X") || visual.isEmpty() ? "<" : visual;
    String b = mrzSex.isEmpty() ? "<" : mrzSex;
    boolean ok = a.equals(b);
    out.add(Check.MRZ_CROSS_CHECK, path, ok ? Status.PASS : Status.FAIL, ok ? Severity.INFO : Severity.WARNING,
        mrzSex, field.text(), ok ? "sex agrees with the MRZ" : "sex differs from the MRZ's " + mrzSex, field.polygons());
  }

  /**
   * A passport date the provider gives as {@code YYMMDD} (refined {@code yyyy/MM/dd}) against the MRZ's: the
   * text as printed, or else the refined date against the MRZ's date with its century resolved.
   */
  private static void mrzDate(FindingList out, String path, @Nullable Field field, MrzDate mrz, String what) {
    if (field == null) {
      return;
    }
    String visual = field.text().strip();
    if (visual.isEmpty() && (field.normalized() == null || field.normalized().isBlank())
        && unread(out, path, field, mrz.raw(), what)) {
      return;
    }
    boolean ok = !visual.isEmpty() && MrzNames.withoutFillers(visual).equals(MrzNames.withoutFillers(mrz.raw()));
    if (!ok && visual.isEmpty() && field.normalized() != null && mrz.date() != null) {
      ok = field.normalized().strip().replace('/', '-').equals(mrz.date().toString());
    }
    out.add(Check.MRZ_CROSS_CHECK, path, ok ? Status.PASS : Status.FAIL, ok ? Severity.INFO : Severity.WARNING,
        mrz.raw(), visual.isEmpty() ? field.normalized() : visual,
        ok ? what + " agrees with the MRZ" : what + " differs from the MRZ's " + mrz.raw(), field.polygons());
  }

  private static void crossDate(FindingList out, String path, @Nullable Field field, MrzDate mrz, String what) {
    if (field == null) {
      return;
    }
    PrintedDate p = PrintedDates.parts(field);
    if (p == null || mrz.date() == null) {
      out.add(Check.MRZ_CROSS_CHECK, path, Status.UNVERIFIABLE, Severity.INFO, mrz.raw(), field.text(),
          what + ": the printed or the MRZ date cannot be read as a date", field.polygons());
      return;
    }
    String visual = p.iso();
    boolean ok = visual.equals(mrz.date().toString());
    out.add(Check.MRZ_CROSS_CHECK, path, ok ? Status.PASS : Status.FAIL, ok ? Severity.INFO : Severity.WARNING,
        mrz.date().toString(), visual, ok ? what + " agrees with the MRZ" : what + " differs from the MRZ",
        field.polygons());
  }

  /**
   * The provider's reading of a printed check digit against the MRZ character. For an empty personal number
   * ICAO allows {@code 0} or {@code <} (Doc 9303 Part 4 §4.2.2.2): either, or no text, agrees with either.
   */
  private static void printedDigit(FindingList out, String path, @Nullable Field field, Mrz mrz, MrzCheckDigit.Kind kind) {
    MrzCheckDigit cd = mrz.checkDigit(kind);
    if (field == null || cd == null) {
      return;
    }
    String printed = field.text().strip();
    boolean emptyPersonalNumber = kind == MrzCheckDigit.Kind.PERSONAL_NUMBER && !cd.data().isEmpty()
        && cd.data().chars().allMatch(c -> c == '<');
    boolean ok = printed.equals(cd.found());
    String message = "the provider read the printed check digit as the MRZ shows it";
    if (!ok && emptyPersonalNumber && zeroOrFiller(printed) && zeroOrFiller(cd.found())) {
      ok = true;
      message = "the personal number is empty, and its check digit may be 0 or < (ICAO 9303 Part 4 §4.2.2.2):"
          + " the provider's '" + printed + "' and the MRZ's '" + cd.found() + "' agree";
    } else if (!ok && printed.isEmpty()) {
      out.add(Check.MRZ_CROSS_CHECK, path, Status.UNVERIFIABLE, Severity.INFO, cd.found(), field.text(),
          "the provider gave no check digit to compare with the MRZ character at " + cd.position(), field.polygons());
      return;
    } else if (!ok) {
      message = "the provider's check digit differs from the MRZ character at " + cd.position();
    }
    out.add(Check.MRZ_CROSS_CHECK, path, ok ? Status.PASS : Status.FAIL, ok ? Severity.INFO : Severity.WARNING,
        cd.found(), field.text(), message, field.polygons());
  }

  private static boolean zeroOrFiller(String s) {
    return s.isEmpty() || s.equals("<") || s.equals("0");
  }
}
