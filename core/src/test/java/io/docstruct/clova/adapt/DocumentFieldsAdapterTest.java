package io.docstruct.clova.adapt;

import io.docstruct.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.clova.model.ClovaImage;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.document.Field;
import io.docstruct.document.Warning;
import io.docstruct.document.Warnings;
import io.docstruct.document.fields.BizLicenseFields;
import io.docstruct.document.fields.CreditCardFields;
import io.docstruct.document.fields.DocumentFields;
import io.docstruct.document.fields.IdCardFields;
import io.docstruct.document.fields.IdCardType;
import io.docstruct.document.fields.MedicalReceiptFields;
import io.docstruct.document.fields.NameCardFields;
import io.docstruct.document.fields.NamedField;
import io.docstruct.document.fields.PassportFields;
import io.docstruct.document.fields.ReceiptFields;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DocumentFieldsAdapterTest {

  private final Warnings warnings = new Warnings();

  private DocumentFields adapt(String fixture) {
    return adapt(Fixtures.clovaImage("document/" + fixture));
  }

  private DocumentFields adapt(ClovaImage image) {
    DocumentFields fields = DocumentFieldsAdapter.fields(image, "$.images[0]", warnings);
    assertThat(fields).isNotNull();
    return fields;
  }

  @Test
  void receipt_seedValuesAndNormalization() {
    ReceiptFields r = (ReceiptFields) adapt("receipt.json");

    assertThat(r.language()).isEqualTo("ko");
    assertThat(r.storeInfo().name().text()).isEqualTo("emart everyday");
    assertThat(r.storeInfo().name().normalized()).isEqualTo("emart everyday");
    assertThat(r.storeInfo().name().polygons()).hasSize(1);
    assertThat(r.storeInfo().bizNum().text()).isEqualTo("212-81-25544");
    assertThat(r.storeInfo().addresses()).extracting(Field::text).containsExactly("경기 성남시분당구 정자일로 120");
    assertThat(r.storeInfo().tel().get(0).normalized()).isEqualTo("0317861171");
    assertThat(r.paymentInfo().date().text()).isEqualTo("2020-04-16");
    assertThat(r.paymentInfo().date().normalized()).isEqualTo("2020-04-16");
    assertThat(r.paymentInfo().time().normalized()).isEqualTo("20:11:00");
    assertThat(r.paymentInfo().cardCompany().normalized()).isEqualTo("신한");
    assertThat(r.paymentInfo().cardNumber().text()).isEqualTo("4221**8666");
    assertThat(r.paymentInfo().confirmNum().normalized()).isNull();
    assertThat(r.paymentInfo().confirmNum().value()).isEqualTo("28672931");

    ReceiptFields.Item item = r.items().get(0);
    assertThat(item.name().text()).isEqualTo("씨그램 레몬350ml");
    assertThat(item.count().normalized()).isEqualTo("2");
    assertThat(item.unitPrice().normalized()).isEqualTo("800");
    assertThat(item.price().text()).isEqualTo("1,600");
    assertThat(item.price().normalized()).isEqualTo("1600");
    assertThat(item.price().confidence()).isNull();
    assertThat(r.totalPrice().normalized()).isEqualTo("1600");
    assertThat(warnings.isEmpty()).isTrue();
  }

  @Test
  void receipt_namedFieldsInDocumentOrder() {
    ReceiptFields r = (ReceiptFields) adapt("receipt.json");

    assertThat(r.namedFields())
        .extracting(NamedField::name)
        .containsExactly(
            "storeInfo.name",
            "storeInfo.subName",
            "storeInfo.bizNum",
            "storeInfo.address[0]",
            "storeInfo.tel[0]",
            "paymentInfo.date",
            "paymentInfo.time",
            "paymentInfo.cardInfo.company",
            "paymentInfo.cardInfo.number",
            "paymentInfo.confirmNum",
            "subResults[0].items[0].name",
            "subResults[0].items[0].count",
            "subResults[0].items[0].price.price",
            "subResults[0].items[0].price.unitPrice",
            "totalPrice.price");
  }

  @Test
  void receipt_withoutStoreAndPayment_keepsItemsWithoutFormatted() {
    ReceiptFields r = (ReceiptFields) adapt("receipt-items-only.json");

    assertThat(r.storeInfo()).isNull();
    assertThat(r.paymentInfo()).isNull();
    assertThat(r.items()).hasSize(3);
    ReceiptFields.Item nameOnly = r.items().get(0);
    assertThat(nameOnly.name().polygons()).hasSize(3);
    assertThat(nameOnly.count()).isNull();
    assertThat(nameOnly.price()).isNull();
    ReceiptFields.Item dotted = r.items().get(1);
    assertThat(dotted.count().text()).isEqualTo(",");
    assertThat(dotted.count().normalized()).isNull();
    assertThat(dotted.price().text()).isEqualTo("16.960");
    assertThat(dotted.price().normalized()).isEqualTo("16960");
    assertThat(dotted.unitPrice().normalized()).isEqualTo("9500");
    assertThat(r.items().get(2).price().normalized()).isEqualTo("-300");
    assertThat(r.items().get(2).price().polygons()).isEmpty();
    assertThat(r.totalPrice().text()).isEqualTo("3,984원");
    assertThat(r.namedFields())
        .extracting(NamedField::name)
        .startsWith("subResults[0].items[0].name", "subResults[0].items[1].name")
        .endsWith("totalPrice.price");
  }

  @Test
  void receipt_subTotalLabelConfidenceAndPartialDateTime() {
    ReceiptFields r = (ReceiptFields) adapt("receipt-subtotal.json");

    assertThat(r.storeInfo().addresses()).extracting(Field::text).containsExactly("서울 중구 세종대로 110");
    assertThat(r.storeInfo().name().confidence()).isEqualTo(0.93);
    assertThat(r.paymentInfo().date().normalized()).isNull();
    assertThat(r.paymentInfo().time().normalized()).isEqualTo("09:05:00");
    assertThat(r.paymentInfo().cardNumber().maskingPolygons()).hasSize(1);
    assertThat(r.paymentInfo().date().maskingPolygons()).isEmpty();
    Field vat = r.subTotals().get(0).taxPrices().get(0);
    assertThat(vat.label()).isEqualTo("부가세:");
    assertThat(vat.confidence()).isEqualTo(0.87);
    assertThat(vat.normalized()).isEqualTo("364");
    assertThat(r.subTotals().get(0).discountPrices().get(0).normalized()).isEqualTo("-500");
    assertThat(r.totalPrice().label()).isEqualTo("합계");
    assertThat(r.totalPrice().confidence()).isEqualTo(0.99);
    assertThat(r.namedFields())
        .extracting(NamedField::name)
        .contains("subTotal[0].taxPrice[0]", "subTotal[0].discountPrice[0]")
        .endsWith("totalPrice.price");
  }

  /** The real answer of a King Mart receipt (see the corpus README): {@code "20-09-26"} with an empty year. */
  @Test
  void receipt_anIncompleteFormattedDateIsReadFromTheTextAndSaidSo() {
    ReceiptFields r = (ReceiptFields) adapt(Fixtures.read(
        "fixtures/corpus/valid/receipt-king-mart-real-answer.json", ClovaResponse.class).images().get(0));

    assertThat(r.paymentInfo().date().text()).isEqualTo("20-09-26");
    assertThat(r.paymentInfo().date().normalized()).isEqualTo("2020-09-26");
    assertThat(r.paymentInfo().time().normalized()).isEqualTo("18:14:00");
    assertThat(warnings.toList()).singleElement().satisfies(w -> {
      assertThat(w.path()).isEqualTo("$.images[0].receipt.result.paymentInfo.date");
      assertThat(w.message()).contains("year is empty").contains("read from the text");
    });
  }

  @Test
  void receipt_aZeroDayAndADateWithItsTimeAreReadFromTheText() {
    ReceiptFields mart = (ReceiptFields) adapt(Fixtures.read(
        "fixtures/corpus/valid/receipt-mart-per-item-vat.json", ClovaResponse.class).images().get(0));
    assertThat(mart.paymentInfo().date().text()).isEqualTo("20241017105656");
    assertThat(mart.paymentInfo().date().normalized()).isEqualTo("2024-10-17");
    ReceiptFields cafe = (ReceiptFields) adapt(Fixtures.read(
        "fixtures/corpus/valid/receipt-cafe-masked-business-number.json", ClovaResponse.class).images().get(0));
    assertThat(cafe.paymentInfo().date().text()).isEqualTo("2024.05.18 21:17");
    assertThat(cafe.paymentInfo().date().normalized()).isEqualTo("2024-05-18");
    assertThat(warnings.toList()).extracting(Warning::message)
        .anySatisfy(m -> assertThat(m).contains("day is 00"))
        .anySatisfy(m -> assertThat(m).contains("day is empty"));
  }

  @Test
  void receipt_formattedPartsThatContradictTheTextGiveNoDate() {
    String json = """
        {"images":[{"receipt":{"result":{"paymentInfo":{
          "date":{"text":"20-09-26","formatted":{"year":"","month":"10","day":"26"}},
          "time":{"text":"18:14","formatted":{"hour":"","minute":"14","second":""}}}}}}]}
        """;
    ReceiptFields r = (ReceiptFields) adapt(Fixtures.parseClovaImage(json));

    assertThat(r.paymentInfo().date().normalized()).isNull();
    assertThat(r.paymentInfo().time().normalized()).isEqualTo("18:14:00");
    assertThat(warnings.toList()).extracting(Warning::message)
        .anySatisfy(m -> assertThat(m).contains("disagree"))
        .anySatisfy(m -> assertThat(m).contains("hour is empty").contains("read from the text"));
  }

  @Test
  void receipt_aTwoDigitFormattedYearIsNotAFullDate() {
    String json = """
        {"images":[{"receipt":{"result":{"paymentInfo":{
          "date":{"text":"20-09-26","formatted":{"year":"20","month":"09","day":"26"}}}}}}]}
        """;
    ReceiptFields r = (ReceiptFields) adapt(Fixtures.parseClovaImage(json));

    assertThat(r.paymentInfo().date().normalized()).isEqualTo("2020-09-26");
    assertThat(warnings.toList()).singleElement()
        .satisfies(w -> assertThat(w.message()).contains("year is 20").contains("read from the text"));
  }

  @Test
  void receipt_aTextWithoutAFullDateGivesNoDateAndSaysWhy() {
    ReceiptFields r = (ReceiptFields) adapt("receipt-subtotal.json");

    assertThat(r.paymentInfo().date().normalized()).isNull();
    assertThat(warnings.toList()).filteredOn(w -> w.path().endsWith("paymentInfo.date")).singleElement()
        .satisfies(w -> assertThat(w.message()).contains("day is empty").contains("no full date"));
  }

  @Test
  void receipt_toStringMasksTheCardNumber() {
    ReceiptFields r = (ReceiptFields) adapt("receipt-subtotal.json");

    assertThat(r.toString())
        .contains("paymentInfo.cardInfo.number=1234-****-****-7890")
        .doesNotContain("123456******7890");
    assertThat(r.paymentInfo().toString()).contains("1234-****-****-7890");
  }

  @Test
  void receipt_badPolygonIsNamedInAWarning() {
    String json =
        """
        {"images":[{"receipt":{"result":{"storeInfo":{"bizNum":{"text":"212-81-25544",
          "boundingPolys":[{"vertices":[{"x":1,"y":1},{"x":2,"y":1},{"x":2,"y":2}]}]}}}}}]}
        """;
    ReceiptFields r = (ReceiptFields) adapt(Fixtures.parseClovaImage(json));

    assertThat(r.storeInfo().bizNum().polygons()).hasSize(1);
    assertThat(warnings.toList())
        .extracting(Warning::path)
        .containsExactly("$.images[0].receipt.result.storeInfo.bizNum.boundingPolys[0]");
  }

  @Test
  void creditCard_numberConfidenceAndMaskedToString() {
    CreditCardFields c = (CreditCardFields) adapt("credit-card.json");

    assertThat(c.number().text()).isEqualTo("5307123456749012");
    assertThat(c.number().confidence()).isEqualTo(0.96435016);
    assertThat(c.number().polygons()).hasSize(1);
    assertThat(c.validThru()).isNull();
    assertThat(c.namedFields()).extracting(NamedField::name).containsExactly("number");
    assertThat(c.toString()).contains("5307********9012").doesNotContain("5307123456749012");
  }

  @Test
  void nameCard_phonesAndEmptyLists() {
    NameCardFields n = (NameCardFields) adapt("name-card.json");

    assertThat(n.name()).extracting(Field::text).containsExactly("홍길동");
    assertThat(n.mobile()).extracting(Field::text).containsExactly("010-1234-5678");
    assertThat(n.tel()).extracting(Field::text).containsExactly("123-4567-8901");
    assertThat(n.mobile().get(0).normalized()).isNull();
    assertThat(n.fax()).isEmpty();
    assertThat(n.namedFields())
        .extracting(NamedField::name)
        .containsExactly("name[0]", "company[0]", "address[0]", "position[0]", "mobile[0]", "tel[0]");
  }

  @Test
  void bizLicense_valuesAndMaskedResidentNumbers() {
    BizLicenseFields b = (BizLicenseFields) adapt("biz-license.json");

    assertThat(b.registerNumber()).extracting(Field::text).containsExactly("611-01-99810");
    assertThat(b.repName()).extracting(Field::text).containsExactly("김영두");
    assertThat(b.documentType().get(0).normalized()).isEqualTo("사업자등록증");
    assertThat(b.openDate().get(0).normalized()).isNull();
    assertThat(b.socialNumber()).isEmpty();

    BizLicenseFields withNumber =
        new BizLicenseFields(
            null, b.birth(), b.bisAddress(), b.bisArea(), b.bisItem(), b.registerNumber(), b.bisType(),
            b.companyName(), b.coRepName(), b.corpName(), b.corpRegisterNum(), b.coRepSocialNum(),
            b.documentType(), b.headAddress(), b.issuanceDate(), b.issuanceReason(), b.openDate(),
            b.repName(), java.util.List.of(Field.ofText("510203-1234567")), b.taxType());
    assertThat(withNumber.toString()).contains("510203-1******").doesNotContain("1234567");
  }

  @Test
  void idCard_observedSpelling_datesAndMaskedPersonalNumber() {
    IdCardFields f = (IdCardFields) adapt("id-card.json");

    assertThat(f.type()).isEqualTo(IdCardType.ID_CARD);
    assertThat(f.confident()).isTrue();
    assertThat(f.ic().name().get(0).text()).isEqualTo("소닉");
    assertThat(f.ic().personalNum().get(0).text()).isEqualTo("910623-1062372");
    assertThat(f.ic().issueDate().get(0).text()).isEqualTo("2011.3. 6.");
    assertThat(f.ic().issueDate().get(0).normalized()).isEqualTo("2011-03-06");
    assertThat(f.ic().address().get(0).polygons()).hasSize(6);
    assertThat(f.namedFields())
        .extracting(NamedField::name)
        .containsExactly(
            "ic.name[0]", "ic.personalNum[0]", "ic.address[0]", "ic.issueDate[0]", "ic.authority[0]");
    assertThat(f.toString()).contains("910623-1******").doesNotContain("1062372");
    assertThat(f.ic().toString()).contains("910623-1******").doesNotContain("1062372");
  }

  @Test
  void idCard_documentedSpelling_roisAndMaskingPolygons() {
    IdCardFields f = (IdCardFields) adapt("id-card-IDType.json");

    assertThat(f.type()).isEqualTo(IdCardType.DRIVERS_LICENSE);
    assertThat(f.confident()).isFalse();
    assertThat(f.rois()).hasSize(1);
    assertThat(f.dl().personalNum().get(0).maskingPolygons()).hasSize(1);
    assertThat(f.dl().renewEndDate().get(0).normalized()).isEqualTo("2030-12-31");
    assertThat(f.dl().toString()).doesNotContain("1234567");
    assertThat(warnings.isEmpty()).isTrue();
  }

  @Test
  void medicalReceipt_keyCellsValueAndChecksumEvidence() {
    MedicalReceiptFields m = (MedicalReceiptFields) adapt("medical-receipt.json");

    MedicalReceiptFields.KeyValue kv = m.results().get(0);
    assertThat(kv.id()).isEqualTo(60);
    assertThat(kv.keys()).containsExactly("선택항목", "비급여", "계");
    assertThat(kv.value().text()).isEqualTo("53435");
    assertThat(kv.value().confidence()).isEqualTo(0.9542916);
    assertThat(kv.value().polygons()).hasSize(1);
    assertThat(kv.keyCells()).hasSize(2);
    assertThat(kv.keyCells().get(0).key().text()).isEqualTo("선택항목");
    assertThat(kv.keyCells().get(1).key().normalized()).isEqualTo("비급여");
    assertThat(kv.keyCells().get(1).depth()).isEqualTo(2);
    assertThat(kv.keyCells().get(1).group()).isEqualTo(MedicalReceiptFields.KeyGroup.COLUMN);

    MedicalReceiptFields.Checksums c = m.checksum();
    assertThat(c.sumTreatmentCost().found()).isFalse();
    assertThat(c.sumTreatmentCostEtc().found()).isFalse();
    assertThat(c.sumPaidByPatient().foundValueIds()).isEmpty();
    assertThat(c.sumPaidByPatient().foundTotalIds()).isEmpty();
    assertThat(c.totalAmount().found()).isTrue();
    assertThat(c.totalAmount().foundValueIds()).isEmpty();
    assertThat(c.totalAmount().foundTotalIds()).containsExactly(40);
    assertThat(c.totalAmount().foundTotalSum()).isEqualByComparingTo(new BigDecimal("1541717"));
    assertThat(c.totalPaid().foundTotalIds()).containsExactly(84);
    assertThat(c.totalPaid().difference()).isEqualByComparingTo(new BigDecimal("102130"));
    assertThat(m.namedFields())
        .extracting(NamedField::name)
        .containsExactly("result[0].keyCells[0]", "result[0].keyCells[1]", "result[0].valueText");
  }

  @Test
  void passport_rawAndRefinedTextOfEveryValue() {
    PassportFields p = (PassportFields) adapt("passport.json");

    assertThat(p.age().text()).isEmpty();
    assertThat(p.age().normalized()).isEqualTo("36");
    assertThat(p.isExpired().normalized()).isEqualTo("false");
    assertThat(p.documentClassCode().text()).isEqualTo("P<");
    assertThat(p.documentClassCode().normalized()).isEqualTo("Passport");
    assertThat(p.dateOfBirth().text()).isEqualTo("870201");
    assertThat(p.dateOfBirth().normalized()).isEqualTo("1987/02/01");
    assertThat(p.firstName().text()).isEqualTo("HONG");
    assertThat(p.lastName1().text()).isEqualTo("GILSOON");
    assertThat(p.checkDigitForDocumentNumber().text()).isEqualTo("0");
    assertThat(p.mrzType().normalized()).isEqualTo("ID-3");
    assertThat(p.mrzLineTexts())
        .containsExactly(
            "PMKORHONG<<GILSOON<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
            "M123A45670KOR8702010F3008150V20000000000000000");
    assertThat(p.mrzLineTexts()).allSatisfy(line -> assertThat(line).hasSize(46));
    assertThat(p.namedFields()).hasSize(20);
    assertThat(p.namedFields().get(0).name()).isEqualTo("passportResult.documentClassCode");
    assertThat(p.toString())
        .doesNotContain("V2000000000000")
        .doesNotContain("M123A45670KOR")
        .contains("passportResult.personalNumber=V200000*******");
  }

  @Test
  void noDocumentSection_givesNull() {
    ClovaImage image = Fixtures.parseClovaImage("{\"images\":[{\"inferResult\":\"SUCCESS\"}]}");

    assertThat(DocumentFieldsAdapter.fields(image, "$.images[0]", warnings)).isNull();
  }

  @Test
  void missingTextAndMissingResultAreWarnedNotThrown() {
    String json =
        """
        {"images":[{"receipt":{"result":{"totalPrice":{"price":{"formatted":{"value":"100"}}}}}}]}
        """;
    ReceiptFields r = (ReceiptFields) adapt(Fixtures.parseClovaImage(json));

    assertThat(r.totalPrice().text()).isEmpty();
    assertThat(r.totalPrice().normalized()).isEqualTo("100");
    assertThat(warnings.toList())
        .extracting(Warning::path)
        .containsExactly("$.images[0].receipt.result.totalPrice.price");

    Warnings more = new Warnings();
    DocumentFields empty =
        DocumentFieldsAdapter.fields(
            Fixtures.parseClovaImage("{\"images\":[{\"passport\":{}}]}"), "$.images[1]", more);
    assertThat(empty).isInstanceOf(PassportFields.class);
    assertThat(empty.namedFields()).isEmpty();
    assertThat(more.toList()).extracting(Warning::path).containsExactly("$.images[1].passport.passportResult");
  }
}
