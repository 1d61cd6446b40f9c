package io.docstruct.verify;

import io.docstruct.document.Field;
import io.docstruct.number.PrintedMonth;
import io.docstruct.verify.number.BusinessNumber;
import io.docstruct.verify.number.BusinessType;
import io.docstruct.verify.number.CardBrand;
import io.docstruct.verify.number.CardNumber;
import io.docstruct.privacy.Masking;
import io.docstruct.verify.number.ResidentNumber;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** Findings for business, resident and card numbers; personal numbers are masked in everything written. */
final class NumberFindings {
  private NumberFindings() {}

  static @Nullable BusinessNumber business(FindingList out, String path, @Nullable Field field) {
    if (field == null) {
      return null;
    }
    BusinessNumber n = BusinessNumber.check(field.text());
    if (n.masked()) {
      out.add(Check.BUSINESS_NUMBER_CHECKSUM, path, Status.UNVERIFIABLE, Severity.INFO, "10 digits (NNN-NN-NNNNN)",
          field.text(), "the number is printed masked (" + n.digits().length() + " of 10 digits visible):"
              + " its check digit cannot be computed", field.polygons());
      if (!n.typeCode().isEmpty()) {
        typeCode(out, path, field, n);
      }
      return n;
    }
    if (!n.formatOk()) {
      out.add(Check.BUSINESS_NUMBER_CHECKSUM, path, Status.FAIL, Severity.ERROR, "10 digits (NNN-NN-NNNNN)",
          field.text(), "a business registration number has 10 digits, found " + n.digits().length(), field.polygons());
      return n;
    }
    boolean ok = n.status() == Status.PASS;
    out.add(Check.BUSINESS_NUMBER_CHECKSUM, path, n.status(), ok ? Severity.INFO : Severity.ERROR,
        String.valueOf(n.expectedCheckDigit()), String.valueOf(n.foundCheckDigit()),
        ok ? "check digit " + n.foundCheckDigit() + " holds (weights 1,3,7,1,3,7,1,3,5 + carry)"
            : "check digit: computed " + n.expectedCheckDigit() + ", printed " + n.foundCheckDigit(),
        field.polygons());
    typeCode(out, path, field, n);
    return n;
  }

  private static void typeCode(FindingList out, String path, Field field, BusinessNumber n) {
    boolean known = n.type() != BusinessType.UNKNOWN;
    out.add(Check.BUSINESS_NUMBER_TYPE, path, known ? Status.PASS : Status.FAIL, known ? Severity.INFO : Severity.WARNING,
        null, n.typeCode(), "type code " + n.typeCode() + ": " + n.type().label(), field.polygons());
  }

  static void resident(FindingList out, String path, Field field, @Nullable LocalDate issueDate, LocalDate today) {
    ResidentNumber n = ResidentNumber.check(field.text(), issueDate, today);
    String masked = Masking.resident(field.text());
    String kind = n.foreigner() ? "foreigner registration number" : "resident registration number";
    switch (n.verdict()) {
      case INVALID_FORMAT -> {
        out.add(Check.RESIDENT_NUMBER_FORMAT, path, Status.FAIL, Severity.ERROR, "YYMMDD-GNNNNNC", masked,
            "a registration number has 13 digits (YYMMDD-GNNNNNC)", field.polygons());
        return;
      }
      case INVALID_DATE -> {
        format(out, path, field, n, masked, kind);
        out.add(Check.RESIDENT_NUMBER_DATE, path, Status.FAIL, Severity.ERROR, "a birth date", masked,
            "the first six digits with gender digit " + n.genderDigit() + " are not a calendar date", field.polygons());
        return;
      }
      case INVALID_DATE_FUTURE -> {
        format(out, path, field, n, masked, kind);
        out.add(Check.RESIDENT_NUMBER_DATE, path, Status.FAIL, Severity.ERROR, "on or before " + today, masked,
            "the birth date is in the future", field.polygons());
        return;
      }
      case MASKED_NOT_CHECKABLE -> {
        format(out, path, field, n, masked, kind);
        if (n.birthDate() != null) {
          out.add(Check.RESIDENT_NUMBER_DATE, path, Status.PASS, Severity.INFO, null, masked,
              "the birth date exists (century from gender digit " + n.genderDigit() + ")", field.polygons());
        } else if (n.genderDigit() < 0 && field.text().strip().matches("\\d{6}\\D.*")) {
          out.add(Check.RESIDENT_NUMBER_DATE, path, Status.PASS, Severity.INFO, null, masked,
              "the birth month and day exist (the gender digit, and so the century, is masked)", field.polygons());
        } else {
          out.add(Check.RESIDENT_NUMBER_DATE, path, Status.UNVERIFIABLE, Severity.INFO, null, masked,
              "the birth date is masked", field.polygons());
        }
      }
      default -> {
        format(out, path, field, n, masked, kind);
        out.add(Check.RESIDENT_NUMBER_DATE, path, Status.PASS, Severity.INFO, null, masked,
            "the birth date exists (century from gender digit " + n.genderDigit() + ")", field.polygons());
      }
    }
    // The check digit is the number's last digit: neither it nor the computed one is shown.
    switch (n.verdict()) {
      case VALID_LEGACY_CHECKSUM -> out.add(Check.RESIDENT_NUMBER_CHECKSUM, path, Status.PASS, Severity.INFO,
          "legacy checksum", masked, "the legacy checksum holds", field.polygons());
      case ACCEPT_CHECKSUM_NOT_APPLICABLE -> out.add(Check.RESIDENT_NUMBER_CHECKSUM, path, Status.UNVERIFIABLE,
          Severity.INFO, "legacy checksum", masked,
          "born on or after 2020-10-05: numbers of the new scheme have no checksum", field.polygons());
      case ACCEPT_WITH_WARNING_CHECKSUM_MISMATCH -> out.add(Check.RESIDENT_NUMBER_CHECKSUM, path, Status.UNVERIFIABLE,
          Severity.WARNING, "legacy checksum", masked,
          "the legacy checksum does not hold; numbers assigned or changed since 2020-10-05 have none, so this is"
              + " not a failure without an issue date before that day", field.polygons());
      case MASKED_NOT_CHECKABLE -> out.add(Check.RESIDENT_NUMBER_CHECKSUM, path, Status.UNVERIFIABLE, Severity.INFO,
          "legacy checksum", masked, "the number is printed masked (" + n.visibleDigits() + " of 13 digits visible):"
              + " its checksum cannot be computed", field.polygons());
      case INVALID_CHECKSUM_LEGACY_REQUIRED -> out.add(Check.RESIDENT_NUMBER_CHECKSUM, path, Status.FAIL,
          Severity.ERROR, "legacy checksum", masked,
          "the legacy checksum does not hold, and the document was issued " + issueDate
              + ", before the 2020-10-05 scheme, so the number must satisfy it", field.polygons());
      default -> { }
    }
  }

  private static void format(FindingList out, String path, Field field, ResidentNumber n, String masked, String kind) {
    if (n.formatOk()) {
      out.add(Check.RESIDENT_NUMBER_FORMAT, path, Status.PASS, Severity.INFO, null, masked,
          n.masked() ? kind + ", printed masked" : kind, field.polygons());
    } else {
      out.add(Check.RESIDENT_NUMBER_FORMAT, path, Status.UNVERIFIABLE, Severity.INFO, "YYMMDD-GNNNNNC", masked,
          kind + ", printed masked: its length cannot be told", field.polygons());
    }
  }

  static void card(FindingList out, String path, @Nullable Field field) {
    if (field == null) {
      return;
    }
    CardNumber c = CardNumber.check(field.text());
    String masked = Masking.card(field.text());
    switch (c.verdict()) {
      case VALID -> out.add(Check.CARD_LUHN, path, Status.PASS, Severity.INFO, null, masked,
          "the Luhn check holds", field.polygons());
      case INVALID_LUHN -> {
        boolean soft = c.brand() == CardBrand.UNIONPAY || c.brand() == CardBrand.KOREAN_DOMESTIC;
        out.add(Check.CARD_LUHN, path, Status.FAIL, soft ? Severity.WARNING : Severity.ERROR, "Luhn sum ≡ 0 (mod 10)",
            "Luhn sum " + c.luhnSum(), "the Luhn check fails: sum " + c.luhnSum() + " is not a multiple of 10"
                + (soft ? " (some " + c.brand().label() + " numbers are not Luhn-checked)" : ""), field.polygons());
      }
      case MASKED_NOT_CHECKABLE -> out.add(Check.CARD_LUHN, path, Status.UNVERIFIABLE, Severity.INFO, null, masked,
          "the number is masked (" + c.digits().length() + " digits visible) and cannot be Luhn-checked",
          field.polygons());
      case INVALID_FORMAT -> out.add(Check.CARD_LUHN, path, Status.FAIL, Severity.ERROR, "12-19 digits", masked,
          "a card number has 12 to 19 digits, found " + c.digits().length(), field.polygons());
    }
    boolean known = c.brand() != CardBrand.UNKNOWN;
    out.add(Check.CARD_BRAND, path, known ? Status.PASS : Status.UNVERIFIABLE, Severity.INFO, null, c.brand().label(),
        known ? "brand by IIN prefix: " + c.brand().label() + network(c.brand()) : "no known brand has this prefix",
        field.polygons());
  }

  /** {@code " (Discover network)"} for a brand carried by another brand's network, else empty. */
  private static String network(CardBrand brand) {
    return brand.network() == brand ? "" : " (" + brand.network().label() + " network)";
  }

  static void validThru(FindingList out, String path, @Nullable Field field, LocalDate today) {
    if (field == null) {
      return;
    }
    PrintedMonth printed = PrintedMonth.read(field.text());
    if (printed == null) {
      out.add(Check.CARD_VALID_THRU, path, Status.UNVERIFIABLE, Severity.INFO, "MM/YY", field.text(),
          "the expiry is not MM/YY", field.polygons());
      return;
    }
    YearMonth thru = printed.toYearMonth();
    if (thru == null) {
      out.add(Check.CARD_VALID_THRU, path, Status.FAIL, Severity.ERROR, "MM/YY", field.text(),
          "month " + printed.month() + " does not exist", field.polygons());
      return;
    }
    boolean expired = thru.isBefore(YearMonth.from(today));
    out.add(Check.CARD_VALID_THRU, path, expired ? Status.FAIL : Status.PASS, expired ? Severity.ERROR : Severity.INFO,
        "not before " + YearMonth.from(today), thru.toString(),
        expired ? "the card expired at the end of " + thru : "the card is valid through " + thru, field.polygons());
  }
}
