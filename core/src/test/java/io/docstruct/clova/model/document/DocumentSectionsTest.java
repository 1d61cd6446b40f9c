package io.docstruct.clova.model.document;

import io.docstruct.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.clova.model.ClovaImage;
import io.docstruct.clova.model.InferResult;
import io.docstruct.clova.model.document.creditcard.CardField;
import io.docstruct.clova.model.document.idcard.IdCardResult;
import io.docstruct.clova.model.document.idcard.IdType;
import io.docstruct.clova.model.document.medical.Checksum;
import io.docstruct.clova.model.document.medical.KeyCellGroup;
import io.docstruct.clova.model.document.medical.MedicalReceiptResult;
import io.docstruct.clova.model.document.namecard.NameCardResult;
import io.docstruct.clova.model.document.passport.PassportResult;
import io.docstruct.clova.model.document.passport.RefinedText;
import io.docstruct.clova.model.document.receipt.ReceiptItem;
import io.docstruct.clova.model.document.receipt.ReceiptResult;
import io.docstruct.clova.model.document.receipt.StoreInfo;
import io.docstruct.json.WireJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DocumentSectionsTest {

  @Test
  void whenSeedReceiptDeserialized_storePaymentItemsAndTotalAreRead() {
    ClovaImage image = Fixtures.clovaImage("document/receipt.json");
    assertThat(image.inferResult()).isEqualTo(InferResult.SUCCESS);
    ReceiptSection section = image.receipt();
    assertThat(section).isNotNull();
    assertThat(section.meta().estimatedLanguage()).isEqualTo("ko");
    ReceiptResult r = section.result();

    StoreInfo store = r.storeInfo();
    assertThat(store.name().text()).isEqualTo("emart everyday");
    assertThat(store.name().boundingPolys()).hasSize(1);
    assertThat(store.name().boundingPolys().get(0).vertices().get(0).x()).isEqualTo(263.0);
    assertThat(store.subName().text()).isEqualTo("분당정지2점");
    assertThat(store.bizNum().text()).isEqualTo("212-81-25544");
    assertThat(store.address()).isEmpty();
    assertThat(store.addresses()).extracting(StringObject::text).containsExactly("경기 성남시분당구 정자일로 120");
    assertThat(store.allAddresses()).hasSize(1);
    assertThat(store.tel().get(0).formatted().value()).isEqualTo("0317861171");

    assertThat(r.paymentInfo().date().formatted()).isEqualTo(new DateFormatted("2020", "04", "16"));
    assertThat(r.paymentInfo().time().text()).isEqualTo("20: 11");
    assertThat(r.paymentInfo().time().formatted()).isEqualTo(new TimeFormatted("20", "11", "00"));
    assertThat(r.paymentInfo().cardInfo().company().formatted().value()).isEqualTo("신한");
    assertThat(r.paymentInfo().cardInfo().number().text()).isEqualTo("4221**8666");
    assertThat(r.paymentInfo().confirmNum().text()).isEqualTo("28672931");
    assertThat(r.paymentInfo().confirmNum().formatted()).isNull();

    ReceiptItem item = r.subResults().get(0).items().get(0);
    assertThat(item.name().text()).isEqualTo("씨그램 레몬350ml");
    assertThat(item.count().formatted().value()).isEqualTo("2");
    assertThat(item.price().unitPrice().formatted().value()).isEqualTo("800");
    assertThat(item.price().price().text()).isEqualTo("1,600");
    assertThat(item.price().price().formatted().value()).isEqualTo("1600");
    assertThat(item.code()).isNull();
    assertThat(r.totalPrice().price().formatted().value()).isEqualTo("1600");
    assertThat(r.subTotal()).isEmpty();
    assertThat(item.name().keyText()).isNull();
    assertThat(item.name().confidenceScore()).isNull();
  }

  @Test
  void receiptWithoutStoreOrPayment_hasOnlyItemsAndTotal() {
    ReceiptResult r = Fixtures.clovaImage("document/receipt-items-only.json").receipt().result();

    assertThat(r.storeInfo()).isNull();
    assertThat(r.paymentInfo()).isNull();
    assertThat(r.subResults().get(0).items()).hasSize(3);
    ReceiptItem nameOnly = r.subResults().get(0).items().get(0);
    assertThat(nameOnly.name().boundingPolys()).hasSize(3);
    assertThat(nameOnly.count()).isNull();
    assertThat(nameOnly.price()).isNull();
    ReceiptItem dotted = r.subResults().get(0).items().get(1);
    assertThat(dotted.count().text()).isEqualTo(",");
    assertThat(dotted.count().formatted()).isNull();
    assertThat(dotted.price().price().text()).isEqualTo("16.960");
    assertThat(dotted.price().price().formatted().value()).isEqualTo("16960");
    assertThat(dotted.price().unitPrice().text()).isEqualTo("9,500");
    ReceiptItem documentedSpelling = r.subResults().get(0).items().get(2);
    assertThat(documentedSpelling.price().price().formatted().value()).isEqualTo("-300");
    assertThat(documentedSpelling.name().formatted()).isNull();
    assertThat(r.totalPrice().price().text()).isEqualTo("3,984원");
  }

  @Test
  void newerReceipt_readsSubTotalKeyTextConfidenceAndDocumentedAddressSpelling() {
    ClovaImage image = Fixtures.clovaImage("document/receipt-subtotal.json");
    ReceiptResult r = image.receipt().result();

    assertThat(r.storeInfo().address()).extracting(StringObject::text).containsExactly("서울 중구 세종대로 110");
    assertThat(r.storeInfo().addresses()).isEmpty();
    assertThat(r.storeInfo().allAddresses()).hasSize(1);
    assertThat(r.storeInfo().name().confidenceScore()).isEqualTo(0.93);
    assertThat(r.storeInfo().name().keyText()).isEmpty();
    assertThat(r.storeInfo().name().maskingPolys()).isEmpty();
    assertThat(r.paymentInfo().cardInfo().number().maskingPolys()).hasSize(1);
    assertThat(r.paymentInfo().date().maskingPolys()).isEmpty();
    assertThat(r.subTotal()).hasSize(1);
    FloatObject vat = r.subTotal().get(0).taxPrice().get(0);
    assertThat(vat.keyText()).isEqualTo("부가세:");
    assertThat(vat.confidenceScore()).isEqualTo(0.87);
    assertThat(vat.formatted().value()).isEqualTo("364");
    assertThat(r.subTotal().get(0).discountPrice().get(0).text()).isEqualTo("-500");
    assertThat(r.totalPrice().price().keyText()).isEqualTo("합계");
  }

  @Test
  void singleAddressObjectIsReadAsAList() {
    String json =
        """
        {"images":[{"receipt":{"result":{"storeInfo":{"addresses":{"text":"부산"},"tel":{"text":"051"}}}}}]}
        """;
    StoreInfo store = Fixtures.parseClovaImage(json).receipt().result().storeInfo();

    assertThat(store.addresses()).extracting(StringObject::text).containsExactly("부산");
    assertThat(store.tel()).extracting(TelObject::text).containsExactly("051");
  }

  @Test
  void creditCard_readsNumberConfidenceAndPolygons() {
    CardField number = Fixtures.clovaImage("document/credit-card.json").creditCard().result().number();

    assertThat(number.text()).isEqualTo("5307123456749012");
    assertThat(number.confidence()).isEqualTo(0.96435016);
    assertThat(number.boundingPoly().vertices()).hasSize(4);
    assertThat(number.subBoundingPolys()).hasSize(4);
    assertThat(Fixtures.clovaImage("document/credit-card.json").creditCard().result().validThru()).isNull();
  }

  @Test
  void nameCard_readsListsAndEmptyLists() {
    NameCardSection section = Fixtures.clovaImage("document/name-card.json").nameCard();
    NameCardResult r = section.result();

    assertThat(r.name()).extracting(StringObject::text).containsExactly("홍길동");
    assertThat(r.mobile()).extracting(TelObject::text).containsExactly("010-1234-5678");
    assertThat(r.tel()).extracting(TelObject::text).containsExactly("123-4567-8901");
    assertThat(r.mobile().get(0).formatted()).isNull();
    assertThat(r.fax()).isEmpty();
    assertThat(r.email()).isEmpty();
  }

  @Test
  void bizLicense_readsBaseObjectsAndDocumentType() {
    BizLicenseSection section = Fixtures.clovaImage("document/biz-license.json").bizLicense();

    assertThat(section.result().registerNumber().get(0).text()).isEqualTo("611-01-99810");
    assertThat(section.result().companyName().get(0).text()).isEqualTo("동성자동차종합정비");
    assertThat(section.result().documentType().get(0).formatted().value()).isEqualTo("사업자등록증");
    assertThat(section.result().bisArea()).isEmpty();
    assertThat(section.result().openDate().get(0).text()).isEqualTo("2014 년 06 월 09 일");
  }

  @Test
  void idCard_readsObservedIdtypeSpelling() {
    IdCardResult r = Fixtures.clovaImage("document/id-card.json").idCard().result();

    assertThat(r.isConfident()).isTrue();
    assertThat(r.idtype()).isEqualTo(IdType.ID_CARD);
    assertThat(r.IDType()).isNull();
    assertThat(r.type()).isEqualTo(IdType.ID_CARD);
    assertThat(r.ic().name().get(0).text()).isEqualTo("소닉");
    assertThat(r.ic().personalNum().get(0).text()).isEqualTo("910623-1062372");
    assertThat(r.ic().address().get(0).boundingPolys()).hasSize(6);
    assertThat(r.ic().issueDate().get(0).formatted()).isEqualTo(new DateFormatted("2011", "03", "06"));
    assertThat(r.dl()).isNull();
    assertThat(r.rois()).isEmpty();
  }

  @Test
  void idCard_readsDocumentedIDTypeSpellingAndRois() {
    IdCardResult r = Fixtures.clovaImage("document/id-card-IDType.json").idCard().result();

    assertThat(r.idtype()).isNull();
    assertThat(r.IDType()).isEqualTo(IdType.DRIVERS_LICENSE);
    assertThat(r.type()).isEqualTo(IdType.DRIVERS_LICENSE);
    assertThat(r.isConfident()).isFalse();
    assertThat(r.rois()).hasSize(1);
    assertThat(r.dl().personalNum().get(0).maskingPolys()).hasSize(1);
  }

  @Test
  void idType_unknownValuesBecomeUnknownAndWriteBackTheWireSpelling() throws Exception {
    assertThat(IdType.fromWire("unknown")).isEqualTo(IdType.UNKNOWN);
    assertThat(IdType.fromWire("Residence Card")).isEqualTo(IdType.UNKNOWN);
    assertThat(IdType.fromWire(null)).isEqualTo(IdType.UNKNOWN);
    assertThat(IdType.fromWire("driver's license")).isEqualTo(IdType.DRIVERS_LICENSE);
    assertThat(WireJson.mapper().writeValueAsString(IdType.ID_CARD)).isEqualTo("\"ID Card\"");
  }

  @Test
  void medicalReceipt_readsCellsAndChecksum() {
    MedicalReceiptSection section = Fixtures.clovaImage("document/medical-receipt.json").medicalReceipt();
    MedicalReceiptResult cell = section.result().get(0);

    assertThat(cell.id()).isEqualTo(60);
    assertThat(cell.keyTexts()).isEqualTo("선택항목|비급여|계");
    assertThat(cell.valueText()).isEqualTo("53435");
    assertThat(cell.confidence()).isEqualTo(0.9542916);
    assertThat(cell.keyCells()).hasSize(2);
    assertThat(cell.keyCells().get(1).depth()).isEqualTo(2);
    assertThat(cell.keyCells().get(1).group()).isEqualTo(KeyCellGroup.COLUMN);
    assertThat(cell.keyCells().get(1).formatted()).isEqualTo("비급여");
    assertThat(cell.valueCell().value()).isEqualTo("53435");

    Checksum checksum = section.checksum();
    assertThat(checksum.sumTreatmentCost().found()).isFalse();
    assertThat(checksum.sumTreatmentCostEtc().found()).isFalse();
    assertThat(checksum.sumPaidByPatient().foundValueIds()).isEmpty();
    assertThat(checksum.totalAmount().found()).isTrue();
    assertThat(checksum.totalAmount().foundTotalIds()).containsExactly(40);
    assertThat(checksum.totalAmount().foundTotalSum()).isEqualByComparingTo(new BigDecimal("1541717"));
    assertThat(checksum.totalPaid().difference()).isEqualByComparingTo(new BigDecimal("102130"));
  }

  @Test
  void keyCellGroup_unknownValue() {
    assertThat(KeyCellGroup.fromWire("ROW")).isEqualTo(KeyCellGroup.ROW);
    assertThat(KeyCellGroup.fromWire("diagonal")).isEqualTo(KeyCellGroup.UNKNOWN);
    assertThat(KeyCellGroup.fromWire(null)).isEqualTo(KeyCellGroup.UNKNOWN);
  }

  @Test
  void passport_refinedTextKeepsStringIntegerAndBoolean() throws Exception {
    PassportResult r = Fixtures.clovaImage("document/passport.json").passport().passportResult();

    assertThat(r.documentClassCode().refinedText()).isEqualTo(new RefinedText.Text("Passport"));
    assertThat(r.documentClassCode().postprocessed()).containsExactly(1);
    assertThat(r.age().rawText()).isEmpty();
    assertThat(r.age().refinedText()).isInstanceOf(RefinedText.Number.class);
    assertThat(((RefinedText.Number) r.age().refinedText()).value().intValueExact()).isEqualTo(36);
    assertThat(r.isExpired().refinedText()).isEqualTo(new RefinedText.Flag(false));
    assertThat(r.isExpired().refinedText().asString()).isEqualTo("false");
    assertThat(r.mrzType().refinedText().asString()).isEqualTo("ID-3");
    assertThat(r.mrzLines().rawText())
        .isEqualTo(
            "PMKORHONG<<GILSOON<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nM123A45670KOR8702010F3008150V20000000000000000");

    String written = WireJson.mapper().writeValueAsString(r);
    assertThat(written).contains("\"age\":{\"rawText\":\"\",\"refinedText\":36");
    assertThat(written).contains("\"refinedText\":false");
  }

  @Test
  void passport_readsDocumentedKeySpellingsWithSpaces() {
    String json =
        """
        {"images":[{"passport":{" passportResult":{"age":{"rawText":"","refinedText ":41,"postprocessed":[0]}}}}]}
        """;
    PassportResult r = Fixtures.parseClovaImage(json).passport().passportResult();

    assertThat(r.age().refinedText().asString()).isEqualTo("41");
    assertThat(r.gender()).isNull();
  }

  @Test
  void unknownKeysAreIgnoredAndNullRefinedTextStaysNull() {
    String json =
        """
        {"images":[{"newSection":{"x":1},"passport":{"passportResult":{"extra":1,
          "gender":{"rawText":"M","refinedText":null,"postprocessed":null,"more":"x"}}}}]}
        """;
    PassportResult r = Fixtures.parseClovaImage(json).passport().passportResult();

    assertThat(r.gender().rawText()).isEqualTo("M");
    assertThat(r.gender().refinedText()).isNull();
    assertThat(r.gender().postprocessed()).isEmpty();
  }
}
