package io.docstruct.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.Field;
import io.docstruct.privacy.MaskCharacters;
import io.docstruct.verify.number.BusinessNumber;
import io.docstruct.verify.number.BusinessType;
import io.docstruct.verify.number.CardNumber;
import io.docstruct.verify.number.ResidentNumber;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers printed partly hidden (receipts mask business numbers, CLOVA masks resident numbers) are
 * UNVERIFIABLE and say so, never a checksum FAIL; what stays visible is still checked.
 */
class MaskedNumbersTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private static List<Finding> business(String text) {
    FindingList out = new FindingList();
    NumberFindings.business(out, "storeInfo.bizNum", Field.ofText(text));
    return out.toList();
  }

  private static List<Finding> resident(String text) {
    FindingList out = new FindingList();
    NumberFindings.resident(out, "ic.personalNum[0]", Field.ofText(text), null, TODAY);
    return out.toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"27-82-*****", "120-81-*****", "214-86-***45", "***-**-12345", "105-87-XXXXX"})
  void aMaskedBusinessNumberIsUnverifiableNotAChecksumFailure(String printed) {
    List<Finding> findings = business(printed);
    assertThat(findings).noneMatch(f -> f.status() == Status.FAIL);
    assertThat(findings).filteredOn(f -> f.check() == Check.BUSINESS_NUMBER_CHECKSUM).singleElement()
        .satisfies(f -> {
          assertThat(f.status()).isEqualTo(Status.UNVERIFIABLE);
          assertThat(f.message()).contains("masked");
        });
    assertThat(BusinessNumber.check(printed).masked()).isTrue();
  }

  @Test
  void aVisibleTypeCodeOfAMaskedBusinessNumberIsStillRead() {
    BusinessNumber n = BusinessNumber.check("120-81-*****");
    assertThat(n.status()).isEqualTo(Status.UNVERIFIABLE);
    assertThat(n.typeCode()).isEqualTo("81");
    assertThat(n.type()).isEqualTo(BusinessType.FOR_PROFIT_HEAD_OFFICE);
    assertThat(BusinessNumber.check("27-82-*****").typeCode()).isEmpty();
  }

  @Test
  void anUnmaskedWrongBusinessNumberStillFails() {
    assertThat(business("212-81-25545")).filteredOn(f -> f.check() == Check.BUSINESS_NUMBER_CHECKSUM)
        .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(Status.FAIL));
    assertThat(business("212-81-2554")).filteredOn(f -> f.check() == Check.BUSINESS_NUMBER_CHECKSUM)
        .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(Status.FAIL));
  }

  @ParameterizedTest
  @ValueSource(strings = {"900101-1******", "900101-1●●●●●●", "900101 - 1******", "900101-*******", "900101-1XXXXXX"})
  void aMaskedResidentNumberIsUnverifiableAndItsVisibleBirthDateIsChecked(String printed) {
    List<Finding> findings = resident(printed);
    assertThat(findings).noneMatch(f -> f.status() == Status.FAIL);
    assertThat(findings).filteredOn(f -> f.check() == Check.RESIDENT_NUMBER_CHECKSUM).singleElement()
        .satisfies(f -> {
          assertThat(f.status()).isEqualTo(Status.UNVERIFIABLE);
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.message()).contains("masked");
        });
    assertThat(findings).filteredOn(f -> f.check() == Check.RESIDENT_NUMBER_DATE).singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(Status.PASS));
  }

  @Test
  void theVisibleBirthDateOfAMaskedResidentNumberIsKnown() {
    ResidentNumber n = ResidentNumber.check("900101-1******", null, TODAY);
    assertThat(n.verdict()).isEqualTo(ResidentNumber.Verdict.MASKED_NOT_CHECKABLE);
    assertThat(n.masked()).isTrue();
    assertThat(n.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
    assertThat(n.genderDigit()).isEqualTo(1);
  }

  @Test
  void aMaskedResidentNumberWhoseVisibleDateDoesNotExistStillFails() {
    assertThat(ResidentNumber.check("901301-1******", null, TODAY).verdict())
        .isEqualTo(ResidentNumber.Verdict.INVALID_DATE);
    assertThat(resident("901301-1******")).filteredOn(f -> f.status() == Status.FAIL)
        .extracting(Finding::check).containsExactly(Check.RESIDENT_NUMBER_DATE);
  }

  @Test
  void everyMaskCharacterMasksEveryKindOfNumber() {
    for (char c : MaskCharacters.ALL.toCharArray()) {
      String five = String.valueOf(c).repeat(5);
      assertThat(BusinessNumber.check("120-81-" + five).status()).as("business %s", c).isEqualTo(Status.UNVERIFIABLE);
      assertThat(ResidentNumber.check("900101-1" + five + c, null, TODAY).verdict()).as("resident %s", c)
          .isEqualTo(ResidentNumber.Verdict.MASKED_NOT_CHECKABLE);
      assertThat(CardNumber.check("4221-12" + c + c + "-" + c + c + c + c + "-8666").verdict()).as("card %s", c)
          .isEqualTo(CardNumber.Verdict.MASKED_NOT_CHECKABLE);
    }
  }

  @ParameterizedTest
  @CsvSource({"120-81-*****, true", "4221**8666, true", "900101-1●●●●●●, true", "212-81-25544, false", "'', false"})
  void maskCharactersAreFoundInText(String text, boolean masked) {
    assertThat(MaskCharacters.anyIn(text)).isEqualTo(masked);
  }
}
