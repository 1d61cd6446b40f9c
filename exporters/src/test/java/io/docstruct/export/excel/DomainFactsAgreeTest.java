package io.docstruct.export.excel;

import static io.docstruct.export.excel.ExcelFixtures.RULES;
import static io.docstruct.export.excel.ExcelFixtures.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import io.docstruct.rules.RuleResult;
import io.docstruct.rules.Violation;
import io.docstruct.testing.Fixtures;
import io.docstruct.verify.Check;
import io.docstruct.verify.Finding;
import io.docstruct.verify.Status;
import io.docstruct.verify.VerificationReport;
import io.docstruct.verify.number.CardBrand;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One domain fact, one answer: what verification, the entities and the workbook say about the same printed
 * value comes from the same class in core, so the three cannot disagree.
 */
class DomainFactsAgreeTest {
  @TempDir Path dir;

  /** A response of this package's test resources with one printed value replaced. */
  private static OcrDocument edited(String name, String printed, String replacement) throws IOException {
    String json;
    try (InputStream in = Objects.requireNonNull(DomainFactsAgreeTest.class.getResourceAsStream(name), name)) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(json).contains(printed);
    byte[] bytes = json.replace(printed, replacement).getBytes(StandardCharsets.UTF_8);
    return ResponseReader.create().read(new ByteArrayInputStream(bytes), name);
  }

  private XSSFWorkbook workbook(OcrDocument doc, VerificationReport report, RuleResult result) throws IOException {
    Path out = dir.resolve("facts.xlsx");
    try (ExpenseWorkbookWriter writer = ExcelExporter.create().open(out)) {
      writer.add("doc.json", doc, result, report);
    }
    try {
      return new XSSFWorkbook(out.toFile());
    } catch (InvalidFormatException e) {
      throw new AssertionError(e);
    }
  }

  private static Finding finding(VerificationReport report, Check check) {
    return report.findings().stream().filter(f -> f.check() == check).findFirst().orElseThrow();
  }

  @Test
  void aBcGlobalCardIsBcGlobalInVerificationTheEntityAndTheWorkbook() throws IOException {
    // IIN 6541 (and 6556): BC Card's BC Global cards, which run on the Discover network (domain.md §4.2).
    OcrDocument doc = edited("credit-card.json", "5307123456749012", "6541123456789018");
    VerificationReport report = VERIFIER.verify(doc);
    RuleResult result = RULES.evaluate(doc, report);

    assertThat(finding(report, Check.CARD_BRAND).actual()).isEqualTo("BC Global");
    assertThat(finding(report, Check.CARD_BRAND).message()).contains("BC Global").contains("Discover network");
    assertThat(result.cards()).singleElement()
        .satisfies(card -> assertThat(card.brand()).isEqualTo(CardBrand.BC_GLOBAL));
    try (XSSFWorkbook wb = workbook(doc, report, result)) {
      assertThat(wb.getSheet("Cards").getRow(1).getCell(2).getStringCellValue()).isEqualTo("BC_GLOBAL");
    }
  }

  @Test
  void aBcGlobalCardOnAReceiptIsBcGlobalInVerificationAndThePayment() throws IOException {
    OcrDocument doc = edited("receipt.json", "4221**8666", "6556-12**-****-8666");
    VerificationReport report = VERIFIER.verify(doc);
    RuleResult result = RULES.evaluate(doc, report);

    assertThat(finding(report, Check.CARD_BRAND).actual()).isEqualTo("BC Global");
    assertThat(result.expenses().get(0).payment().cardBrand()).isEqualTo(CardBrand.BC_GLOBAL);
  }

  @Test
  void aBusinessTypeHasOneMeaningInVerificationTheVendorAndTheWorkbook() throws IOException {
    // Type code 82: 비영리법인 본·지점 (국세청 부여기준, domain.md §2.2); 104-82-13138's check digit holds.
    OcrDocument doc = edited("biz-license.json", "611-01-99810", "104-82-13138");
    VerificationReport report = VERIFIER.verify(doc);
    RuleResult result = RULES.evaluate(doc, report);

    assertThat(finding(report, Check.BUSINESS_NUMBER_TYPE).message()).isEqualTo("type code 82: 비영리법인 본·지점");
    assertThat(result.vendors()).singleElement()
        .satisfies(v -> assertThat(v.businessType().label()).isEqualTo("비영리법인 본·지점"));
    try (XSSFWorkbook wb = workbook(doc, report, result)) {
      assertThat(wb.getSheet("Vendors").getRow(1).getCell(3).getStringCellValue()).isEqualTo("비영리법인 본·지점");
    }
  }

  @Test
  void aCardNumberPrintedMaskedIsMaskedAlikeInVerificationThePaymentAndTheWorkbook() throws IOException {
    // Card companies print hidden digits as X as well as *; whatever they show, only the first and last four
    // digits are kept, and every hidden position is shown as *.
    OcrDocument doc = edited("receipt.json", "4221**8666", "5365-10XX-XXXX-2241");
    VerificationReport report = VERIFIER.verify(doc);
    RuleResult result = RULES.evaluate(doc, report);

    assertThat(finding(report, Check.CARD_LUHN).actual()).isEqualTo("5365-****-****-2241");
    assertThat(result.expenses().get(0).payment().maskedCardNumber()).isEqualTo("5365-****-****-2241");
    try (XSSFWorkbook wb = workbook(doc, report, result)) {
      assertThat(wb.getSheet("Expenses").getRow(1).getCell(13).getStringCellValue()).isEqualTo("5365-****-****-2241");
    }
  }

  @Test
  void aResidentNumberPrintedMaskedIsMaskedAlikeInVerificationTheIdentityAndTheWorkbook() throws IOException {
    OcrDocument doc = edited("id-card.json", "910623-1062372", "910623-1●●●●●●");
    VerificationReport report = VERIFIER.verify(doc);
    RuleResult result = RULES.evaluate(doc, report);

    assertThat(finding(report, Check.RESIDENT_NUMBER_FORMAT).actual()).isEqualTo("910623-1******");
    assertThat(result.identityDocuments()).singleElement().satisfies(id -> {
      assertThat(id.maskedNumber()).isEqualTo("910623-1******");
      assertThat(id.birthDate()).isEqualTo(LocalDate.of(1991, 6, 23));
    });
    try (XSSFWorkbook wb = workbook(doc, report, result)) {
      assertThat(wb.getSheet("Identity documents").getRow(1).getCell(4).getStringCellValue())
          .isEqualTo("910623-1******");
    }
  }

  @Test
  void aCardExpiryWithAFourDigitYearIsThatMonthInVerificationTheCardAndTheWorkbook() throws IOException {
    // "MM/YYYY" read as MM/YY took the first two digits of the year: 08/2031 expired in August 2020.
    String json = Fixtures.text("fixtures/corpus/valid/credit-card-masked-number.json");
    assertThat(json).contains("\"08/31\"");
    OcrDocument doc = ResponseReader.create().read(
        new ByteArrayInputStream(json.replace("\"08/31\"", "\"08/2031\"").getBytes(StandardCharsets.UTF_8)),
        "credit-card.json");
    VerificationReport report = VERIFIER.verify(doc);
    RuleResult result = RULES.evaluate(doc, report);

    assertThat(finding(report, Check.CARD_VALID_THRU).actual()).isEqualTo("2031-08");
    assertThat(finding(report, Check.CARD_VALID_THRU).status()).isEqualTo(Status.PASS);
    assertThat(result.cards()).singleElement()
        .satisfies(card -> assertThat(card.expiry()).isEqualTo(YearMonth.of(2031, 8)));
    assertThat(result.violations()).extracting(Violation::rule).doesNotContain("Card expired");
    try (XSSFWorkbook wb = workbook(doc, report, result)) {
      assertThat(wb.getSheet("Cards").getRow(1).getCell(4).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2031, 8, 1));
    }
  }
}
