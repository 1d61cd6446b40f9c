package io.docstruct.clova.adapt;

import io.docstruct.clova.model.BoundingPoly;
import io.docstruct.clova.model.ClovaImage;
import io.docstruct.clova.model.document.BaseObject;
import io.docstruct.clova.model.document.BizLicenseSection;
import io.docstruct.clova.model.document.CreditCardSection;
import io.docstruct.clova.model.document.DateFormatted;
import io.docstruct.clova.model.document.DateObject;
import io.docstruct.clova.model.document.DocumentMeta;
import io.docstruct.clova.model.document.FloatObject;
import io.docstruct.clova.model.document.IdCardSection;
import io.docstruct.clova.model.document.MedicalReceiptSection;
import io.docstruct.clova.model.document.NameCardSection;
import io.docstruct.clova.model.document.PassportSection;
import io.docstruct.clova.model.document.ReceiptSection;
import io.docstruct.clova.model.document.StringObject;
import io.docstruct.clova.model.document.TelObject;
import io.docstruct.clova.model.document.TimeFormatted;
import io.docstruct.clova.model.document.TimeObject;
import io.docstruct.clova.model.document.ValueFormatted;
import io.docstruct.clova.model.document.ValueObject;
import io.docstruct.clova.model.document.bizlicense.BizLicenseResult;
import io.docstruct.clova.model.document.creditcard.CardField;
import io.docstruct.clova.model.document.creditcard.CreditCardResult;
import io.docstruct.clova.model.document.idcard.AlienCard;
import io.docstruct.clova.model.document.idcard.DriverLicense;
import io.docstruct.clova.model.document.idcard.IdCardResult;
import io.docstruct.clova.model.document.idcard.IdType;
import io.docstruct.clova.model.document.idcard.IdentityCard;
import io.docstruct.clova.model.document.idcard.PassportPage;
import io.docstruct.clova.model.document.medical.Checksum;
import io.docstruct.clova.model.document.medical.ChecksumEntry;
import io.docstruct.clova.model.document.medical.KeyCell;
import io.docstruct.clova.model.document.medical.KeyCellGroup;
import io.docstruct.clova.model.document.medical.MedicalReceiptResult;
import io.docstruct.clova.model.document.medical.ValueCell;
import io.docstruct.clova.model.document.namecard.NameCardResult;
import io.docstruct.clova.model.document.passport.MrzValue;
import io.docstruct.clova.model.document.passport.PassportResult;
import io.docstruct.clova.model.document.receipt.CardInfo;
import io.docstruct.clova.model.document.receipt.ItemPrice;
import io.docstruct.clova.model.document.receipt.PaymentInfo;
import io.docstruct.clova.model.document.receipt.PoiObject;
import io.docstruct.clova.model.document.receipt.ReceiptItem;
import io.docstruct.clova.model.document.receipt.ReceiptResult;
import io.docstruct.clova.model.document.receipt.StoreInfo;
import io.docstruct.clova.model.document.receipt.SubResult;
import io.docstruct.clova.model.document.receipt.SubTotal;
import io.docstruct.document.Field;
import io.docstruct.document.Warnings;
import io.docstruct.document.fields.BizLicenseFields;
import io.docstruct.document.fields.CreditCardFields;
import io.docstruct.document.fields.DocumentFields;
import io.docstruct.document.fields.IdCardFields;
import io.docstruct.document.fields.IdCardType;
import io.docstruct.document.fields.MedicalReceiptFields;
import io.docstruct.document.fields.NameCardFields;
import io.docstruct.document.fields.PassportFields;
import io.docstruct.document.fields.ReceiptFields;
import io.docstruct.geometry.Quad;
import io.docstruct.number.PrintedDate;
import io.docstruct.number.PrintedTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Adapts the Document OCR section of a CLOVA image ({@code receipt}, {@code creditCard}, {@code nameCard},
 * {@code bizLicense}, {@code idCard}, {@code medicalReceipt}, {@code passport}) to its canonical {@link
 * DocumentFields} record. Values are copied, never verified or repaired.
 *
 * <p>How {@link Field#normalized()} is filled:
 *
 * <ul>
 *   <li>{@code StringObject}, {@code TelObject}, {@code FloatObject}, {@code BaseObject}: {@code
 *       formatted.value}; {@code null} when {@code formatted} is missing or its value is empty (the
 *       documents say an empty value means refinement failed).
 *   <li>{@code DateObject}: {@code year-month-day} ({@code yyyy-MM-dd}) when year (four digits), month and day
 *       are all given and none is zero; parts are joined as sent, not padded or checked. Real answers leave parts
 *       empty or zero while the text holds the whole date ({@code "20-09-26"} with an empty year, {@code
 *       "20241017105656"} with day {@code "00"}, {@code "2024.05.18 21:17"} with an empty day): then the date
 *       is read from the text ({@link PrintedDate}), unless the parts that are given contradict it, and a
 *       warning on the value says which parts were missing and that the text was read. A text without a full
 *       date gives {@code null}, with a warning too.
 *   <li>{@code TimeObject}: {@code hour:minute:second} ({@code HH:mm:ss}) when hour and minute are non-empty;
 *       a missing or empty second becomes {@code 00}, which is what the provider itself sends for receipts
 *       that print only hours and minutes ({@code "20: 11"} → second {@code "00"}). Without hour or minute the
 *       time is read from the text ({@link PrintedTime}) in the same way.
 *   <li>Passport values: {@code refinedText} as a string ({@code "36"}, {@code "false"}); {@link Field#text()}
 *       is {@code rawText}.
 *   <li>Medical key cells: text is the cell's {@code value}, normalized its grounded {@code formatted}.
 * </ul>
 *
 * <p>Confidence comes from {@code confidenceScore} (receipts, newer schemas) or {@code confidence} (credit
 * cards, medical cells); it stays {@code null} when absent. Polygons go through {@link WireGeometry}; a missing
 * {@code text} becomes the empty string. Both are named in warnings, under paths such as {@code
 * $.images[0].receipt.result.storeInfo.bizNum.boundingPolys[0]}.
 *
 * <pre>{@code
 * Warnings warnings = new Warnings();
 * DocumentFields fields = DocumentFieldsAdapter.fields(image, "$.images[0]", warnings);
 * }</pre>
 */
final class DocumentFieldsAdapter {
  private DocumentFieldsAdapter() {}

  /**
   * The typed fields of the image's document section, or {@code null} when it has none. When an image holds
   * more than one section (never seen), the first in the order receipt, credit card, name card, business
   * license, ID card, medical receipt, passport is used and the others are named in a warning.
   *
   * @param image the image
   * @param path the JSON path of the image, such as {@code $.images[0]}
   * @param warnings where oddities are recorded
   * @return the fields, or {@code null} when the image has no Document OCR section
   */
  static @Nullable DocumentFields fields(ClovaImage image, String path, Warnings warnings) {
    List<String> present = new ArrayList<>();
    DocumentFields result = null;
    if (image.receipt() != null) {
      present.add("receipt");
      result = receipt(image.receipt(), path + ".receipt", warnings);
    }
    if (image.creditCard() != null) {
      present.add("creditCard");
      result = result != null ? result : creditCard(image.creditCard(), path + ".creditCard", warnings);
    }
    if (image.nameCard() != null) {
      present.add("nameCard");
      result = result != null ? result : nameCard(image.nameCard(), path + ".nameCard", warnings);
    }
    if (image.bizLicense() != null) {
      present.add("bizLicense");
      result = result != null ? result : bizLicense(image.bizLicense(), path + ".bizLicense", warnings);
    }
    if (image.idCard() != null) {
      present.add("idCard");
      result = result != null ? result : idCard(image.idCard(), path + ".idCard", warnings);
    }
    if (image.medicalReceipt() != null) {
      present.add("medicalReceipt");
      result =
          result != null
              ? result
              : medicalReceipt(image.medicalReceipt(), path + ".medicalReceipt", warnings);
    }
    if (image.passport() != null) {
      present.add("passport");
      result = result != null ? result : passport(image.passport(), path + ".passport", warnings);
    }
    if (present.size() > 1) {
      warnings.add(
          path,
          "image has " + present.size() + " document sections " + present + "; using " + present.get(0)
              + " and ignoring the others");
    }
    return result;
  }

  // ---- receipt

  private static ReceiptFields receipt(ReceiptSection section, String path, Warnings warnings) {
    String language = language(section.meta());
    ReceiptResult result = section.result();
    String at = path + ".result";
    if (result == null) {
      warnings.add(at, "receipt has no result; no fields");
      return new ReceiptFields(language, null, null, List.of(), List.of(), null);
    }
    List<ReceiptFields.ItemGroup> groups = new ArrayList<>();
    for (int g = 0; g < result.subResults().size(); g++) {
      SubResult sub = result.subResults().get(g);
      List<ReceiptFields.Item> items = new ArrayList<>();
      for (int i = 0; i < sub.items().size(); i++) {
        items.add(item(sub.items().get(i), at + ".subResults[" + g + "].items[" + i + "]", warnings));
      }
      groups.add(new ReceiptFields.ItemGroup(items));
    }
    List<ReceiptFields.SubTotal> subTotals = new ArrayList<>();
    for (int s = 0; s < result.subTotal().size(); s++) {
      SubTotal sub = result.subTotal().get(s);
      String sp = at + ".subTotal[" + s + "]";
      subTotals.add(
          new ReceiptFields.SubTotal(
              values(sub.taxPrice(), sp + ".taxPrice", warnings),
              values(sub.discountPrice(), sp + ".discountPrice", warnings)));
    }
    Field total =
        result.totalPrice() == null
            ? null
            : value(result.totalPrice().price(), at + ".totalPrice.price", warnings);
    return new ReceiptFields(
        language,
        store(result.storeInfo(), at + ".storeInfo", warnings),
        payment(result.paymentInfo(), at + ".paymentInfo", warnings),
        groups,
        subTotals,
        total);
  }

  private static ReceiptFields.@Nullable Store store(
      @Nullable StoreInfo store, String path, Warnings warnings) {
    if (store == null) {
      return null;
    }
    List<Field> addresses = new ArrayList<>(values(store.address(), path + ".address", warnings));
    addresses.addAll(values(store.addresses(), path + ".addresses", warnings));
    List<ReceiptFields.Poi> poi = new ArrayList<>();
    for (PoiObject p : store.poiInfo()) {
      poi.add(
          new ReceiptFields.Poi(
              p.gid(), p.title(), p.phone(), p.address(), p.roadAddress(), p.biznum(), p.confidence()));
    }
    return new ReceiptFields.Store(
        value(store.name(), path + ".name", warnings),
        value(store.subName(), path + ".subName", warnings),
        value(store.bizNum(), path + ".bizNum", warnings),
        value(store.movieName(), path + ".movieName", warnings),
        addresses,
        values(store.tel(), path + ".tel", warnings),
        poi);
  }

  private static ReceiptFields.@Nullable Payment payment(
      @Nullable PaymentInfo payment, String path, Warnings warnings) {
    if (payment == null) {
      return null;
    }
    CardInfo card = payment.cardInfo();
    return new ReceiptFields.Payment(
        value(payment.date(), path + ".date", warnings),
        value(payment.time(), path + ".time", warnings),
        card == null ? null : value(card.company(), path + ".cardInfo.company", warnings),
        card == null ? null : value(card.number(), path + ".cardInfo.number", warnings),
        value(payment.confirmNum(), path + ".confirmNum", warnings));
  }

  private static ReceiptFields.Item item(ReceiptItem item, String path, Warnings warnings) {
    ItemPrice price = item.price();
    return new ReceiptFields.Item(
        value(item.name(), path + ".name", warnings),
        value(item.code(), path + ".code", warnings),
        value(item.count(), path + ".count", warnings),
        price == null ? null : value(price.price(), path + ".price.price", warnings),
        price == null ? null : value(price.unitPrice(), path + ".price.unitPrice", warnings));
  }

  // ---- credit card

  private static CreditCardFields creditCard(CreditCardSection section, String path, Warnings warnings) {
    CreditCardResult result = section.result();
    String at = path + ".result";
    if (result == null) {
      warnings.add(at, "creditCard has no result; no fields");
      return new CreditCardFields(language(section.meta()), null, null, null);
    }
    return new CreditCardFields(
        language(section.meta()),
        cardField(result.number(), at + ".number", warnings),
        cardField(result.validThru(), at + ".validThru", warnings),
        cardField(result.name(), at + ".name", warnings));
  }

  /** The whole value's {@code boundingPoly} when present, else the parts' {@code subBoundingPolys}. */
  private static @Nullable Field cardField(@Nullable CardField field, String path, Warnings warnings) {
    if (field == null) {
      return null;
    }
    List<Quad> polygons;
    Quad whole = WireGeometry.quad(field.boundingPoly(), path + ".boundingPoly", warnings);
    if (whole != null) {
      polygons = List.of(whole);
    } else {
      polygons = WireGeometry.quads(field.subBoundingPolys(), path + ".subBoundingPolys", warnings);
    }
    return new Field(text(field.text(), path, warnings), null, field.confidence(), polygons, null, List.of());
  }

  // ---- name card

  private static NameCardFields nameCard(NameCardSection section, String path, Warnings warnings) {
    NameCardResult r = section.result();
    String at = path + ".result";
    if (r == null) {
      warnings.add(at, "nameCard has no result; no fields");
      r = new NameCardResult(null, null, null, null, null, null, null, null, null, null, null);
    }
    return new NameCardFields(
        language(section.meta()),
        values(r.name(), at + ".name", warnings),
        values(r.nameFurigana(), at + ".nameFurigana", warnings),
        values(r.company(), at + ".company", warnings),
        values(r.department(), at + ".department", warnings),
        values(r.address(), at + ".address", warnings),
        values(r.position(), at + ".position", warnings),
        values(r.mobile(), at + ".mobile", warnings),
        values(r.tel(), at + ".tel", warnings),
        values(r.fax(), at + ".fax", warnings),
        values(r.email(), at + ".email", warnings),
        values(r.homepage(), at + ".homepage", warnings));
  }

  // ---- business license

  private static BizLicenseFields bizLicense(BizLicenseSection section, String path, Warnings warnings) {
    BizLicenseResult r = section.result();
    String at = path + ".result";
    if (r == null) {
      warnings.add(at, "bizLicense has no result; no fields");
      r =
          new BizLicenseResult(
              null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
              null, null, null, null);
    }
    return new BizLicenseFields(
        language(section.meta()),
        values(r.birth(), at + ".birth", warnings),
        values(r.bisAddress(), at + ".bisAddress", warnings),
        values(r.bisArea(), at + ".bisArea", warnings),
        values(r.bisItem(), at + ".bisItem", warnings),
        values(r.registerNumber(), at + ".registerNumber", warnings),
        values(r.bisType(), at + ".bisType", warnings),
        values(r.companyName(), at + ".companyName", warnings),
        values(r.coRepName(), at + ".coRepName", warnings),
        values(r.corpName(), at + ".corpName", warnings),
        values(r.corpRegisterNum(), at + ".corpRegisterNum", warnings),
        values(r.coRepSocialNum(), at + ".coRepSocialNum", warnings),
        values(r.documentType(), at + ".documentType", warnings),
        values(r.headAddress(), at + ".headAddress", warnings),
        values(r.issuanceDate(), at + ".issuanceDate", warnings),
        values(r.issuanceReason(), at + ".issuanceReason", warnings),
        values(r.openDate(), at + ".openDate", warnings),
        values(r.repName(), at + ".repName", warnings),
        values(r.socialNumber(), at + ".socialNumber", warnings),
        values(r.taxType(), at + ".taxType", warnings));
  }

  // ---- ID card

  private static IdCardFields idCard(IdCardSection section, String path, Warnings warnings) {
    IdCardResult r = section.result();
    String at = path + ".result";
    if (r == null) {
      warnings.add(at, "idCard has no result; no fields");
      return new IdCardFields(
          language(section.meta()), null, IdCardType.UNKNOWN, List.of(), null, null, null, null);
    }
    if (r.idtype() != null && r.IDType() != null && r.idtype() != r.IDType()) {
      warnings.add(
          at,
          "idtype (" + r.idtype().wire() + ") and IDType (" + r.IDType().wire() + ") disagree; using "
              + r.type().wire());
    }
    return new IdCardFields(
        language(section.meta()),
        r.isConfident(),
        idCardType(r.type()),
        WireGeometry.quads(r.rois(), at + ".rois", warnings),
        nationalId(r.ic(), at + ".ic", warnings),
        driverLicense(r.dl(), at + ".dl", warnings),
        passportPage(r.pp(), at + ".pp", warnings),
        alienCard(r.ac(), at + ".ac", warnings));
  }

  private static IdCardType idCardType(IdType type) {
    return switch (type) {
      case ID_CARD -> IdCardType.ID_CARD;
      case DRIVERS_LICENSE -> IdCardType.DRIVERS_LICENSE;
      case PASSPORT -> IdCardType.PASSPORT;
      case ALIEN_CARD -> IdCardType.ALIEN_CARD;
      case UNKNOWN -> IdCardType.UNKNOWN;
    };
  }

  private static IdCardFields.@Nullable NationalIdCard nationalId(
      @Nullable IdentityCard ic, String path, Warnings warnings) {
    if (ic == null) {
      return null;
    }
    return new IdCardFields.NationalIdCard(
        values(ic.name(), path + ".name", warnings),
        values(ic.personalNum(), path + ".personalNum", warnings),
        values(ic.address(), path + ".address", warnings),
        values(ic.issueDate(), path + ".issueDate", warnings),
        values(ic.authority(), path + ".authority", warnings));
  }

  private static IdCardFields.@Nullable DriverLicense driverLicense(
      @Nullable DriverLicense dl, String path, Warnings warnings) {
    if (dl == null) {
      return null;
    }
    return new IdCardFields.DriverLicense(
        values(dl.type(), path + ".type", warnings),
        values(dl.num(), path + ".num", warnings),
        values(dl.name(), path + ".name", warnings),
        values(dl.personalNum(), path + ".personalNum", warnings),
        values(dl.address(), path + ".address", warnings),
        values(dl.renewStartDate(), path + ".renewStartDate", warnings),
        values(dl.renewEndDate(), path + ".renewEndDate", warnings),
        values(dl.condition(), path + ".condition", warnings),
        values(dl.code(), path + ".code", warnings),
        values(dl.organDonation(), path + ".organDonation", warnings),
        values(dl.issueDate(), path + ".issueDate", warnings),
        values(dl.authority(), path + ".authority", warnings));
  }

  private static IdCardFields.@Nullable PassportPage passportPage(
      @Nullable PassportPage pp, String path, Warnings warnings) {
    if (pp == null) {
      return null;
    }
    return new IdCardFields.PassportPage(
        values(pp.type(), path + ".type", warnings),
        values(pp.issueCountry(), path + ".issueCountry", warnings),
        values(pp.num(), path + ".num", warnings),
        values(pp.surName(), path + ".surName", warnings),
        values(pp.givenName(), path + ".givenName", warnings),
        values(pp.nationality(), path + ".nationality", warnings),
        values(pp.birthDate(), path + ".birthDate", warnings),
        values(pp.personalNum(), path + ".personalNum", warnings),
        values(pp.sex(), path + ".sex", warnings),
        values(pp.issueDate(), path + ".issueDate", warnings),
        values(pp.expireDate(), path + ".expireDate", warnings),
        values(pp.authority(), path + ".authority", warnings),
        values(pp.fullNameKor(), path + ".fullNameKor", warnings),
        values(pp.mrz1(), path + ".MRZ1", warnings),
        values(pp.mrz2(), path + ".MRZ2", warnings));
  }

  private static IdCardFields.@Nullable AlienCard alienCard(
      @Nullable AlienCard ac, String path, Warnings warnings) {
    if (ac == null) {
      return null;
    }
    return new IdCardFields.AlienCard(
        values(ac.alienRegNum(), path + ".alienRegNum", warnings),
        values(ac.sex(), path + ".sex", warnings),
        values(ac.name(), path + ".name", warnings),
        values(ac.nationality(), path + ".nationality", warnings),
        values(ac.visaType(), path + ".visaType", warnings),
        values(ac.issueDate(), path + ".issueDate", warnings),
        values(ac.authority(), path + ".authority", warnings),
        values(ac.authorityEng(), path + ".authorityEng", warnings),
        values(ac.alienRegNumEtc(), path + ".alienRegNumEtc", warnings));
  }

  // ---- medical receipt

  private static MedicalReceiptFields medicalReceipt(
      MedicalReceiptSection section, String path, Warnings warnings) {
    List<MedicalReceiptFields.KeyValue> results = new ArrayList<>();
    for (int i = 0; i < section.result().size(); i++) {
      results.add(keyValue(section.result().get(i), path + ".result[" + i + "]", warnings));
    }
    Checksum c = section.checksum();
    MedicalReceiptFields.Checksums checksums =
        c == null
            ? null
            : new MedicalReceiptFields.Checksums(
                checksum(c.sumPaidByPatient()),
                checksum(c.sumPaidByInsurer()),
                checksum(c.sumPaidByPatientFull()),
                checksum(c.sumTreatmentCost()),
                checksum(c.sumTreatmentCostEtc()),
                checksum(c.totalAmount()),
                checksum(c.totalPaid()));
    return new MedicalReceiptFields(results, checksums);
  }

  private static MedicalReceiptFields.KeyValue keyValue(
      MedicalReceiptResult r, String path, Warnings warnings) {
    ValueCell cell = r.valueCell();
    String text = r.valueText();
    if (text == null && cell != null) {
      text = cell.value();
    }
    Double confidence = r.confidence();
    if (confidence == null && cell != null) {
      confidence = cell.confidence();
    }
    List<Quad> polygons = new ArrayList<>(1);
    if (cell != null) {
      addQuad(polygons, cell.boundingPoly(), path + ".valueCell.boundingPoly", warnings);
    }
    Field value =
        new Field(text(text, path + ".valueText", warnings), null, confidence, polygons, null, List.of());
    List<MedicalReceiptFields.KeyCell> keys = new ArrayList<>();
    for (int k = 0; k < r.keyCells().size(); k++) {
      KeyCell key = r.keyCells().get(k);
      String kp = path + ".keyCells[" + k + "]";
      List<Quad> keyPolygons = new ArrayList<>(1);
      addQuad(keyPolygons, key.boundingPoly(), kp + ".boundingPoly", warnings);
      String keyText = key.value() != null ? key.value() : key.formatted();
      Field keyField =
          new Field(
              text(keyText, kp + ".value", warnings),
              emptyToNull(key.formatted()),
              null,
              keyPolygons,
              null,
              List.of());
      keys.add(new MedicalReceiptFields.KeyCell(keyField, key.depth(), keyGroup(key.group())));
    }
    return new MedicalReceiptFields.KeyValue(r.id(), r.keyTexts(), value, keys);
  }

  private static MedicalReceiptFields.KeyGroup keyGroup(@Nullable KeyCellGroup group) {
    if (group == null) {
      return MedicalReceiptFields.KeyGroup.UNKNOWN;
    }
    return switch (group) {
      case COLUMN -> MedicalReceiptFields.KeyGroup.COLUMN;
      case ROW -> MedicalReceiptFields.KeyGroup.ROW;
      case UNKNOWN -> MedicalReceiptFields.KeyGroup.UNKNOWN;
    };
  }

  private static MedicalReceiptFields.@Nullable ChecksumEntry checksum(@Nullable ChecksumEntry e) {
    if (e == null) {
      return null;
    }
    return new MedicalReceiptFields.ChecksumEntry(
        e.found(), e.foundValueIds(), e.foundValueSum(), e.foundTotalIds(), e.foundTotalSum(), e.difference());
  }

  // ---- passport

  private static PassportFields passport(PassportSection section, String path, Warnings warnings) {
    PassportResult r = section.passportResult();
    String at = path + ".passportResult";
    if (r == null) {
      warnings.add(at, "passport has no passportResult; no fields");
      return new PassportFields(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null);
    }
    return new PassportFields(
        mrz(r.documentClassCode()),
        mrz(r.issuingStateCode()),
        mrz(r.firstName()),
        mrz(r.lastName1()),
        mrz(r.lastName2()),
        mrz(r.documentNumber()),
        mrz(r.checkDigitForDocumentNumber()),
        mrz(r.nationality()),
        mrz(r.dateOfBirth()),
        mrz(r.age()),
        mrz(r.checkDigitForDateOfBirth()),
        mrz(r.gender()),
        mrz(r.dateOfExpiry()),
        mrz(r.checkDigitForDateOfExpiry()),
        mrz(r.personalNumber()),
        mrz(r.checkDigitForPersonalNumber()),
        mrz(r.finalCheckDigit()),
        mrz(r.mrzType()),
        mrz(r.mrzLines()),
        mrz(r.isExpired()));
  }

  /** text = {@code rawText} (empty when absent), normalized = {@code refinedText} as a string. */
  private static @Nullable Field mrz(@Nullable MrzValue v) {
    if (v == null) {
      return null;
    }
    String raw = v.rawText() == null ? "" : v.rawText();
    String refined = v.refinedText() == null ? null : v.refinedText().asString();
    return new Field(raw, refined, null, List.of(), null, List.of());
  }

  // ---- values

  private static List<Field> values(List<? extends ValueObject> list, String path, Warnings warnings) {
    List<Field> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Field f = value(list.get(i), path + "[" + i + "]", warnings);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  private static @Nullable Field value(@Nullable ValueObject v, String path, Warnings warnings) {
    if (v == null) {
      return null;
    }
    return new Field(
        text(v.text(), path, warnings),
        normalized(v, path, warnings),
        v.confidenceScore(),
        WireGeometry.quads(v.boundingPolys(), path + ".boundingPolys", warnings),
        v.keyText(),
        WireGeometry.quads(v.maskingPolys(), path + ".maskingPolys", warnings));
  }

  private static @Nullable String normalized(ValueObject v, String path, Warnings warnings) {
    if (v instanceof DateObject d) {
      return date(d.formatted(), d.text(), path, warnings);
    }
    if (v instanceof TimeObject t) {
      return time(t.formatted(), t.text(), path, warnings);
    }
    ValueFormatted f = null;
    if (v instanceof StringObject s) {
      f = s.formatted();
    } else if (v instanceof TelObject t) {
      f = t.formatted();
    } else if (v instanceof FloatObject n) {
      f = n.formatted();
    } else if (v instanceof BaseObject b) {
      f = b.formatted();
    }
    return f == null ? null : emptyToNull(f.value());
  }

  private static @Nullable String date(
      @Nullable DateFormatted f, @Nullable String text, String path, Warnings warnings) {
    List<String> missing = new ArrayList<>(3);
    if (f != null) {
      missingPart(missing, "year", f.year(), true);
      if (missing.isEmpty() && f.year().strip().length() != 4) {
        missing.add("year is " + f.year().strip());
      }
      missingPart(missing, "month", f.month(), true);
      missingPart(missing, "day", f.day(), true);
      if (missing.isEmpty()) {
        return f.year() + "-" + f.month() + "-" + f.day();
      }
    }
    if (f == null && (text == null || text.isBlank())) {
      return null;
    }
    String why = f == null ? "the date has no formatted parts" : "the formatted date is incomplete ("
        + String.join(", ", missing) + ")";
    PrintedDate read = PrintedDate.read(text);
    if (read == null) {
      warnings.add(path, why + ", and the text shows no full date: no date");
      return null;
    }
    if (f != null && (contradicts(f.year(), read.year()) || contradicts(f.month(), read.month())
        || contradicts(f.day(), read.day()))) {
      warnings.add(path, why + ", and the parts it gives disagree with the date in the text: no date");
      return null;
    }
    warnings.add(path, why + "; the date was read from the text");
    return read.iso();
  }

  private static @Nullable String time(
      @Nullable TimeFormatted f, @Nullable String text, String path, Warnings warnings) {
    List<String> missing = new ArrayList<>(2);
    if (f != null) {
      missingPart(missing, "hour", f.hour(), false);
      missingPart(missing, "minute", f.minute(), false);
      if (missing.isEmpty()) {
        String second = isEmpty(f.second()) ? "00" : f.second();
        return f.hour() + ":" + f.minute() + ":" + second;
      }
    }
    if (f == null && (text == null || text.isBlank())) {
      return null;
    }
    String why = f == null ? "the time has no formatted parts" : "the formatted time is incomplete ("
        + String.join(", ", missing) + ")";
    PrintedTime read = PrintedTime.read(text);
    if (read == null) {
      warnings.add(path, why + ", and the text shows no hour and minute: no time");
      return null;
    }
    if (f != null && (contradicts(f.hour(), read.hour()) || contradicts(f.minute(), read.minute()))) {
      warnings.add(path, why + ", and the parts it gives disagree with the time in the text: no time");
      return null;
    }
    warnings.add(path, why + "; the time was read from the text");
    return read.iso();
  }

  /** Adds "{@code name} is empty" (or "is 00", where zero means unread) to {@code missing}. */
  private static void missingPart(List<String> missing, String name, @Nullable String part, boolean zeroIsMissing) {
    if (isEmpty(part)) {
      missing.add(name + " is empty");
    } else if (zeroIsMissing && part.strip().chars().allMatch(c -> c == '0')) {
      missing.add(name + " is " + part.strip());
    }
  }

  /** Whether a formatted part that was given (non-empty, non-zero) differs from the value read from the text. */
  private static boolean contradicts(@Nullable String part, int read) {
    if (isEmpty(part) || part.strip().chars().allMatch(c -> c == '0')) {
      return false;
    }
    String p = part.strip();
    if (!p.chars().allMatch(Character::isDigit) || p.length() > 4) {
      return true;
    }
    int value = Integer.parseInt(p);
    return p.length() == 2 && read >= 100 ? value != read % 100 : value != read;
  }

  private static String text(@Nullable String text, String path, Warnings warnings) {
    if (text == null) {
      warnings.add(path, "value has no text; empty text used");
      return "";
    }
    return text;
  }

  private static void addQuad(List<Quad> out, @Nullable BoundingPoly poly, String path, Warnings warnings) {
    Quad q = WireGeometry.quad(poly, path, warnings);
    if (q != null) {
      out.add(q);
    }
  }

  private static @Nullable String language(@Nullable DocumentMeta meta) {
    return meta == null ? null : emptyToNull(meta.estimatedLanguage());
  }

  private static @Nullable String emptyToNull(@Nullable String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static boolean isEmpty(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
