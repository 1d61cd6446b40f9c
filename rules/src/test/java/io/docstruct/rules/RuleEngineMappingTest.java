package io.docstruct.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.rules.entity.AccountCategory;
import io.docstruct.rules.entity.CardInfo;
import io.docstruct.rules.entity.Contact;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.IdentityDocument;
import io.docstruct.rules.entity.MrzVerdict;
import io.docstruct.rules.entity.IdentityKind;
import io.docstruct.rules.entity.LineItem;
import io.docstruct.rules.entity.MedicalBill;
import io.docstruct.rules.entity.MedicalItem;
import io.docstruct.rules.entity.Money;
import io.docstruct.rules.entity.Sex;
import io.docstruct.rules.entity.Vendor;
import io.docstruct.verify.Severity;
import io.docstruct.verify.number.BusinessType;
import io.docstruct.verify.number.CardBrand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every seed Document OCR example (and the General OCR receipt sample) mapped field by field. */
class RuleEngineMappingTest {
  private static final RuleEngine ENGINE = RuleEngine.builder().clock(Fixtures.CLOCK).build();

  private static RuleResult map(String fixture) {
    return ENGINE.evaluate(Fixtures.read(fixture));
  }

  @Test
  void receiptBecomesAnExpense() {
    RuleResult result = map("receipt.json");

    assertThat(result.expenses()).hasSize(1);
    Expense e = result.expenses().get(0);
    assertThat(e.source().kind()).isEqualTo("clova-receipt");
    assertThat(e.source().page()).isZero();
    assertThat(e.merchant().name()).isEqualTo("emart everyday");
    assertThat(e.merchant().branch()).isEqualTo("분당정지2점");
    assertThat(e.merchant().businessNumber().value()).isEqualTo("212-81-25544");
    assertThat(e.merchant().businessNumber().type()).isEqualTo(BusinessType.FOR_PROFIT_HEAD_OFFICE);
    assertThat(e.merchant().address()).isEqualTo("경기 성남시분당구 정자일로 120");
    assertThat(e.merchant().phone()).isEqualTo("031-786-1171");
    assertThat(e.date()).isEqualTo(LocalDate.of(2020, 4, 16));
    assertThat(e.time()).isEqualTo(LocalTime.of(20, 11));
    assertThat(e.payment().cardCompany()).isEqualTo("신한");
    assertThat(e.payment().maskedCardNumber()).isEqualTo("4221**8666");
    assertThat(e.payment().cardBrand()).isEqualTo(CardBrand.VISA);
    assertThat(e.payment().approvalNumber()).isEqualTo("28672931");
    assertThat(e.items())
        .containsExactly(new LineItem("씨그램 레몬350ml", new BigDecimal("2"), Money.krw(800), Money.krw(1600)));
    assertThat(e.supplyAmount()).isNull();
    assertThat(e.vat()).isNull();
    assertThat(e.taxFreeAmount()).isNull();
    assertThat(e.discount()).isNull();
    assertThat(e.total()).isEqualTo(Money.krw(1600));
    assertThat(e.category()).isEqualTo(AccountCategory.SUPPLIES);
    assertThat(result.violations()).isEmpty();
    assertThat(result.firedRules())
        .extracting(FiredRule::rule)
        .containsExactly("Map a receipt to an expense", "Categorise an expense by merchant and item keywords");
    assertThat(result.firedRules().get(0).origin()).isEqualTo("built-in:mapping-receipt.drl");
  }

  @Test
  void receiptWithSubTotalsKeepsVatDiscountAndMaskedCard() {
    Expense e = map("receipt-subtotal.json").expenses().get(0);

    assertThat(e.merchant().name()).isEqualTo("GS25");
    assertThat(e.merchant().businessNumber()).isNull();
    assertThat(e.merchant().address()).isEqualTo("서울 중구 세종대로 110");
    assertThat(e.merchant().phone()).isEqualTo("02-120");
    assertThat(e.date()).as("2024.1. has no day").isNull();
    assertThat(e.time()).isEqualTo(LocalTime.of(9, 5));
    // Printed 1234-56**-****-7890: masked as verification and the workbook mask it, first and last four kept.
    assertThat(e.payment().maskedCardNumber()).isEqualTo("1234-****-****-7890");
    assertThat(e.payment().cardBrand()).isEqualTo(CardBrand.UNKNOWN);
    assertThat(e.items()).containsExactly(new LineItem("커피", new BigDecimal("2000"), null, null));
    assertThat(e.vat()).isEqualTo(Money.krw(364));
    assertThat(e.discount()).isEqualTo(Money.krw(-500));
    assertThat(e.total()).isEqualTo(Money.krw(4000));
  }

  @Test
  void receiptWithItemsOnlyReadsKoreanNumbersAndFlagsTheSum() {
    RuleResult result = map("receipt-items-only.json");
    Expense e = result.expenses().get(0);

    assertThat(e.merchant().name()).isNull();
    assertThat(e.payment()).isNull();
    assertThat(e.items())
        .containsExactly(
            new LineItem("삼다수 2L", null, null, null),
            new LineItem("새우깡", null, Money.krw(9500), Money.krw(16960)),
            new LineItem("할인", null, null, Money.krw(-300)));
    assertThat(e.total()).isEqualTo(Money.krw(3984));
    assertThat(result.violations())
        .extracting(Violation::rule, Violation::severity, Violation::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Line items do not add up to the total", Severity.WARNING, "expense.items"));
  }

  @Test
  void generalOcrReceiptBecomesAnExpense() {
    Expense e = ENGINE.evaluate(Fixtures.read("general-receipt.json")).expenses().get(0);

    assertThat(e.source().kind()).isEqualTo("clova-general-v2");
    assertThat(e.merchant().name()).isEqualTo("한결마트 역삼점");
    assertThat(e.merchant().businessNumber().value()).isEqualTo("214-87-09353");
    assertThat(e.date()).isEqualTo(LocalDate.of(2024, 5, 14));
    assertThat(e.time()).isEqualTo(LocalTime.of(19, 32, 8));
    assertThat(e.total()).isEqualTo(Money.krw(5050));
    assertThat(e.category()).isEqualTo(AccountCategory.SUPPLIES);
    // The detected table (구분 | 상품명 | 수량 | 금액, 행사 spanning two rows) gives the line items.
    assertThat(e.items())
        .containsExactly(
            new LineItem("삼각김밥", new BigDecimal("2"), null, Money.krw(2400)),
            new LineItem("바나나우유", new BigDecimal("1"), null, Money.krw(1700)),
            new LineItem("생수", new BigDecimal("1"), null, Money.krw(950)));
  }

  @Test
  void generalOcrReceiptPhotographedSidewaysWithoutLineHintsMapsTheSame() {
    Expense upright = map("general-receipt.json").expenses().get(0);

    RuleResult sideways = ENGINE.evaluate(Fixtures.turnedWithoutLineBreaks("general-receipt.json"));

    assertThat(sideways.expenses()).singleElement().satisfies(e -> {
      assertThat(e.merchant()).isEqualTo(upright.merchant());
      assertThat(e.date()).isEqualTo(upright.date());
      assertThat(e.time()).isEqualTo(upright.time());
      assertThat(e.total()).isEqualTo(upright.total());
      assertThat(e.items()).isEqualTo(upright.items());
    });
    assertThat(sideways.violations()).isEmpty();
  }

  @Test
  void businessLicenseBecomesAVendor() {
    RuleResult result = map("biz-license.json");

    assertThat(result.vendors()).hasSize(1);
    Vendor v = result.vendors().get(0);
    assertThat(v.registrationNumber().value()).isEqualTo("611-01-99810");
    assertThat(v.businessType()).isEqualTo(BusinessType.INDIVIDUAL_TAXABLE);
    assertThat(v.businessType().label()).isEqualTo("개인 과세사업자");
    assertThat(v.printedRegistrationNumber()).isEqualTo("611-01-99810");
    assertThat(v.taxType()).isEqualTo("일반과세자");
    assertThat(v.companyName()).isEqualTo("동성자동차종합정비");
    assertThat(v.corporationName()).isNull();
    assertThat(v.representative()).isEqualTo("김영두");
    assertThat(v.representativeBirthDate()).isEqualTo(LocalDate.of(1951, 12, 3));
    assertThat(v.maskedResidentNumber()).isNull();
    assertThat(v.residentNumber()).isNull();
    assertThat(v.openDate()).isEqualTo(LocalDate.of(2014, 6, 9));
    assertThat(v.issueDate()).isEqualTo(LocalDate.of(2017, 6, 29));
    assertThat(v.businessAddress()).isEqualTo("경상남도 사천시 사천용 보공로 54");
    assertThat(v.headOfficeAddress()).isNull();
    assertThat(v.businessTypes()).containsExactly("부동산업 및 임대업");
    assertThat(v.businessItems()).containsExactly("비주거용 건물 임대업(점포, 자기자)");
    assertThat(result.violations()).isEmpty();
  }

  @Test
  void nameCardBecomesAContactWithNormalisedPhones() {
    Contact c = map("name-card.json").contacts().get(0);

    assertThat(c.name()).isEqualTo("홍길동");
    assertThat(c.company()).isEqualTo("우리은행");
    assertThat(c.department()).isNull();
    assertThat(c.position()).isEqualTo("소장");
    assertThat(c.mobiles()).containsExactly("010-1234-5678");
    assertThat(c.phones()).as("not a Korean number: kept as printed").containsExactly("123-4567-8901");
    assertThat(c.faxes()).isEmpty();
    assertThat(c.emails()).isEmpty();
    assertThat(c.homepages()).isEmpty();
    assertThat(c.address()).isEqualTo("(홍길동)");
  }

  @Test
  void residentCardBecomesAMaskedIdentityDocument() {
    IdentityDocument id = map("id-card.json").identityDocuments().get(0);

    assertThat(id.kind()).isEqualTo(IdentityKind.RESIDENT_REGISTRATION_CARD);
    assertThat(id.name()).isEqualTo("소닉");
    assertThat(id.maskedNumber()).isEqualTo("910623-1******");
    assertThat(id.personalNumber()).isNull();
    assertThat(id.documentNumber()).isNull();
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1991, 6, 23));
    assertThat(id.sex()).isEqualTo(Sex.MALE);
    assertThat(id.issueDate()).isEqualTo(LocalDate.of(2011, 3, 6));
    assertThat(id.expiryDate()).isNull();
    assertThat(id.nationality()).isNull();
    assertThat(id.mrzVerdict()).isNull();
    assertThat(id.toString()).doesNotContain("1062372");
  }

  @Test
  void driversLicenseBecomesAnIdentityDocumentExpiringAtTheRenewalEnd() {
    IdentityDocument id = map("id-card-IDType.json").identityDocuments().get(0);

    assertThat(id.kind()).isEqualTo(IdentityKind.DRIVERS_LICENSE);
    assertThat(id.name()).isNull();
    assertThat(id.maskedNumber()).isEqualTo("800101-1******");
    assertThat(id.personalNumber()).isNull();
    assertThat(id.documentNumber()).isEqualTo("11-12-123456-11");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
    assertThat(id.sex()).isEqualTo(Sex.MALE);
    assertThat(id.expiryDate()).isEqualTo(LocalDate.of(2030, 12, 31));
  }

  @Test
  void passportBecomesAnIdentityDocumentNamedByMrzSemantics() {
    IdentityDocument id = map("passport.json").identityDocuments().get(0);

    assertThat(id.kind()).isEqualTo(IdentityKind.PASSPORT);
    assertThat(id.name()).isEqualTo("HONG GILSOON");
    assertThat(id.maskedNumber()).isEqualTo("V*************");
    assertThat(id.personalNumber()).isNull();
    assertThat(id.documentNumber()).isEqualTo("M123A4567");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1987, 2, 1));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.expiryDate()).isEqualTo(LocalDate.of(2030, 8, 15));
    assertThat(id.nationality()).isEqualTo("KOR");
    // The seed's MRZ lines are 46 characters with every check digit 0: verification fails them.
    assertThat(id.mrzVerdict()).isEqualTo(MrzVerdict.INVALID);
  }

  @Test
  void aRealReceiptWhoseFormattedDateHasNoYearGetsItsDateFromTheText() {
    // The King Mart answer: "20-09-26" with formatted year "" (corpus README).
    RuleResult result = ENGINE.evaluate(Corpus.valid("receipt-king-mart-real-answer.json"));
    Expense e = result.expenses().get(0);

    assertThat(e.date()).isEqualTo(LocalDate.of(2020, 9, 26));
    assertThat(e.time()).isEqualTo(LocalTime.of(18, 14));
    assertThat(e.merchant().businessNumber().value()).isEqualTo("286-81-01771");
    assertThat(e.total()).isEqualTo(Money.krw(10540));
    assertThat(e.items()).hasSize(4);
    assertThat(result.violations()).isEmpty();
  }

  @Test
  void aZeroDayAndADatePrintedWithItsTimeAreReadForTheExpense() {
    Expense mart = ENGINE.evaluate(Corpus.valid("receipt-mart-per-item-vat.json")).expenses().get(0);
    assertThat(mart.date()).isEqualTo(LocalDate.of(2024, 10, 17));
    Expense cafe = ENGINE.evaluate(Corpus.valid("receipt-cafe-masked-business-number.json")).expenses().get(0);
    assertThat(cafe.date()).isEqualTo(LocalDate.of(2024, 5, 18));
    assertThat(cafe.time()).isEqualTo(LocalTime.of(21, 17));
  }

  @Test
  void aValidKoreanPassportHasCLOVAsNamesInMrzOrderNoFillerNumberAndAValidMrz() {
    IdentityDocument id = ENGINE.evaluate(Corpus.valid("passport-pm-next-generation.json"))
        .identityDocuments().get(0);

    assertThat(id.name()).isEqualTo("KIM MINJI");
    // The MRZ's personal number field is filler: the passport has none, whatever reveal says.
    assertThat(id.maskedNumber()).isNull();
    assertThat(id.personalNumber()).isNull();
    assertThat(id.documentNumber()).isEqualTo("M482B7195");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1995, 3, 15));
    assertThat(id.expiryDate()).isEqualTo(LocalDate.of(2033, 6, 14));
    assertThat(id.mrzVerdict()).isEqualTo(MrzVerdict.VALID);
    assertThat(RuleEngine.builder().clock(Fixtures.CLOCK).revealPersonalNumbers(true).build()
        .evaluate(Corpus.valid("passport-pm-next-generation.json")).identityDocuments().get(0).personalNumber())
        .isNull();
  }

  @Test
  void aTwoPartGivenNameKeepsItsComponents() {
    IdentityDocument id = ENGINE.evaluate(Corpus.valid("passport-pp-two-part-given-name.json"))
        .identityDocuments().get(0);
    assertThat(id.name()).isEqualTo("PARK JI HOON");
    assertThat(id.mrzVerdict()).isEqualTo(MrzVerdict.VALID);
  }

  @Test
  void aResidentNumberMaskedByTheProviderStillGivesBirthDateAndSex() {
    IdentityDocument id = ENGINE.evaluate(Corpus.valid("id-card-resident-masked-number.json"))
        .identityDocuments().get(0);
    assertThat(id.maskedNumber()).isEqualTo("950315-2******");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1995, 3, 15));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.issueDate()).isEqualTo(LocalDate.of(2016, 8, 22));
  }

  @Test
  void creditCardBecomesMaskedCardInfo() {
    CardInfo card = map("credit-card.json").cards().get(0);

    assertThat(card.maskedNumber()).isEqualTo("5307-****-****-9012");
    assertThat(card.number()).isNull();
    assertThat(card.brand()).isEqualTo(CardBrand.MASTERCARD);
    assertThat(card.expiry()).isNull();
    assertThat(card.holder()).isNull();
    assertThat(card.toString()).doesNotContain("123456749");
  }

  @Test
  void medicalReceiptBecomesABill() {
    RuleResult result = map("medical-receipt.json");
    MedicalBill bill = result.medicalBills().get(0);

    assertThat(bill.items()).containsExactly(new MedicalItem(List.of("선택항목", "비급여", "계"), Money.krw(53435)));
    assertThat(bill.nonCovered()).isEqualTo(Money.krw(53435));
    assertThat(bill.patientShare()).isNull();
    assertThat(bill.insurerShare()).isNull();
    assertThat(bill.patientFullShare()).isNull();
    assertThat(bill.totalAmount()).isEqualTo(Money.krw(1541717));
    assertThat(bill.patientTotal()).isEqualTo(Money.krw(102130));
    assertThat(result.violations()).isEmpty();
  }

  @Test
  void revealingEngineKeepsFullNumbersButToStringStillMasks() {
    RuleEngine revealing = RuleEngine.builder().clock(Fixtures.CLOCK).revealPersonalNumbers(true).build();

    IdentityDocument id = revealing.evaluate(Fixtures.read("id-card.json")).identityDocuments().get(0);
    CardInfo card = revealing.evaluate(Fixtures.read("credit-card.json")).cards().get(0);

    assertThat(id.personalNumber()).isEqualTo("910623-1062372");
    assertThat(id.toString()).doesNotContain("1062372");
    assertThat(card.number()).isEqualTo("5307123456749012");
    assertThat(card.toString()).doesNotContain("5307123456749012");
  }
}
