package io.docstruct.rules.unit;

import io.docstruct.document.Field;
import io.docstruct.document.TemplateField;
import io.docstruct.document.fields.BizLicenseFields;
import io.docstruct.document.fields.CreditCardFields;
import io.docstruct.document.fields.IdCardFields;
import io.docstruct.document.fields.MedicalReceiptFields;
import io.docstruct.document.fields.NameCardFields;
import io.docstruct.document.fields.NamedField;
import io.docstruct.document.fields.PassportFields;
import io.docstruct.document.fields.ReceiptFields;
import io.docstruct.privacy.Masking;
import io.docstruct.rules.ExpenseFields;
import io.docstruct.rules.entity.BusinessNumber;
import io.docstruct.rules.entity.CardInfo;
import io.docstruct.rules.entity.Contact;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.IdentityDocument;
import io.docstruct.rules.entity.IdentityKind;
import io.docstruct.rules.entity.LineItem;
import io.docstruct.rules.entity.MedicalBill;
import io.docstruct.rules.entity.MedicalItem;
import io.docstruct.rules.entity.Merchant;
import io.docstruct.rules.entity.Money;
import io.docstruct.rules.entity.Payment;
import io.docstruct.rules.entity.Sex;
import io.docstruct.rules.entity.Vendor;
import io.docstruct.verify.number.CardBrand;
import io.docstruct.verify.number.CardNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Builds entities from a page's fields: what the mapping rules call ({@code mapper.expense($p)}). Every
 * method reads the provider's normalized value first and the printed text after it, never repairs a value,
 * and masks personal numbers unless built with {@link #revealing()}.
 *
 * <pre>{@code
 * rule "Map a receipt to an expense"
 * when $p : /pages[ receipt != null ]
 * then results.addExpense(mapper.expense($p));
 * end
 * }</pre>
 */
public final class EntityMapper {
  private static final EntityMapper MASKING = new EntityMapper(false);
  private static final EntityMapper REVEALING = new EntityMapper(true);

  private final boolean reveal;

  private EntityMapper(boolean reveal) {
    this.reveal = reveal;
  }

  /** A mapper that keeps only masked personal numbers (the default). */
  public static EntityMapper masking() {
    return MASKING;
  }

  /** A mapper that also keeps full resident and card numbers (the caller asked for them). */
  public static EntityMapper revealing() {
    return REVEALING;
  }

  /** Whether full personal numbers are kept. */
  public boolean reveals() {
    return reveal;
  }

  // ---------------------------------------------------------------- receipts

  /** A receipt page as an expense (uncategorised), by the built-in expense field table. */
  public Expense expense(PageFact page) {
    return expense(page, ExpenseFields.defaults());
  }

  /**
   * A receipt page as an expense (uncategorised): each property from the fields {@code fields} names for kind
   * {@value ExpenseFields#RECEIPT}, the first that gives a value; the line items from the receipt's items.
   */
  public Expense expense(PageFact page, ExpenseFields fields) {
    ReceiptFields r = Objects.requireNonNull(page.receipt(), "not a receipt page");
    Map<String, List<Field>> named = new LinkedHashMap<>();
    for (NamedField f : r.namedFields()) {
      named.computeIfAbsent(withoutIndices(f.name()), k -> new ArrayList<>(1)).add(f.field());
    }
    List<LineItem> items = new ArrayList<>();
    for (ReceiptFields.Item item : r.items()) {
      items.add(new LineItem(
          FieldValues.text(item.name()),
          FieldValues.quantity(item.count()),
          money(item.unitPrice()),
          money(item.price())));
    }
    return mapped(page, new Sources(fields, ExpenseFields.RECEIPT, named), items);
  }

  /**
   * A Template OCR page as an expense (uncategorised, without line items): each property from the template
   * fields {@code fields} names for kind {@value ExpenseFields#TEMPLATE} (names compared without spaces or
   * case), the first that gives a value. A field's lines are read as one text.
   */
  public Expense templateExpense(PageFact page, ExpenseFields fields) {
    Map<String, List<Field>> named = new LinkedHashMap<>();
    for (TemplateField f : page.templateFields()) {
      named.computeIfAbsent(ExpenseFields.templateName(f.name()), k -> new ArrayList<>(1))
          .add(Field.ofText(f.text().replace('\n', ' ')));
    }
    return mapped(page, new Sources(fields, ExpenseFields.TEMPLATE, named), List.of());
  }

  /** The fields of one page by name, and the table that says which of them each property is taken from. */
  private record Sources(ExpenseFields table, String kind, Map<String, List<Field>> named) {
    /** What {@code read} makes of the first field list, in table order, of which it makes something. */
    <T> @Nullable T first(String property, Function<List<Field>, @Nullable T> read) {
      for (String source : table.fields(kind, property)) {
        List<Field> found = named.get(source);
        if (found != null && !found.isEmpty()) {
          T value = read.apply(found);
          if (value != null) {
            return value;
          }
        }
      }
      return null;
    }

    /** Whether any field the property is taken from is on the page (a value or not). */
    boolean present(String property) {
      for (String source : table.fields(kind, property)) {
        List<Field> found = named.get(source);
        if (found != null && !found.isEmpty()) {
          return true;
        }
      }
      return false;
    }

    @Nullable String text(String property) {
      return first(property, f -> FieldValues.text(f.get(0)));
    }

    @Nullable String printed(String property) {
      return first(property, f -> FieldValues.printed(f.get(0)));
    }

    /** The sum of the amounts of the field's repetitions ({@code null} when none reads as one). */
    @Nullable Money amount(String property, Function<Money, Money> adjust) {
      return first(property, f -> sum(null, f, adjust));
    }
  }

  private Expense mapped(PageFact page, Sources in, List<LineItem> items) {
    Field bizNum = in.first("merchant.businessNumber", f -> FieldValues.printed(f.get(0)) == null ? null : f.get(0));
    Merchant merchant = new Merchant(
        in.text("merchant.name"),
        in.text("merchant.branch"),
        bizNum == null ? null : BusinessNumber.parse(bizNum.value()),
        bizNum == null ? null : FieldValues.printed(bizNum),
        in.text("merchant.address"),
        PhoneNumbers.normalize(in.printed("merchant.phone")));
    LocalDate date = in.first("date", f -> FieldValues.date(f.get(0)));
    LocalTime time = in.first("time", f -> FieldValues.time(f.get(0)));
    Payment payment = null;
    if (in.present("payment.cardCompany") || in.present("payment.cardNumber")
        || in.present("payment.approvalNumber")) {
      String company = in.text("payment.cardCompany");
      String printedNumber = in.printed("payment.cardNumber");
      payment = new Payment(
          company == null ? null : company.replace(" ", ""),
          PersonalNumbers.maskCard(printedNumber),
          brand(printedNumber),
          in.printed("payment.approvalNumber"));
    }
    return new Expense(
        page.source(), merchant, date, time, payment, items,
        in.amount("subtotal", Function.identity()),
        in.amount("supplyAmount", Function.identity()),
        in.amount("vat", Function.identity()),
        in.amount("taxFreeAmount", Function.identity()),
        in.amount("discount", m -> m.amount().signum() > 0 ? negate(m) : m),
        in.amount("total", Function.identity()),
        null, List.of());
  }

  /** {@code subTotal[0].taxPrice[1]} → {@code subTotal.taxPrice}. */
  private static String withoutIndices(String name) {
    if (name.indexOf('[') < 0) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name.length());
    boolean inIndex = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '[') {
        inIndex = true;
      } else if (c == ']') {
        inIndex = false;
      } else if (!inIndex) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * A page of words (General OCR, NHN) that reads as a receipt as an expense, from what the receipt reader read
   * ({@link PageFact#receiptReading()}), every field with its evidence ({@link Expense#evidence()}).
   */
  public Expense generalReceipt(PageFact page) {
    return GeneralReceipt.read(page);
  }

  /**
   * Raises, through {@code results}, what the receipt read from a page of words lacks and what was looked for
   * (no total: {@code Receipt without a total}; no merchant, date or items: notes).
   */
  public void reportMissing(PageFact page, RuleOutput results) {
    GeneralReceipt.reportMissing(page, results);
  }

  // ---------------------------------------------------------------- other kinds

  /** A business registration certificate as a vendor. */
  public Vendor vendor(PageFact page) {
    BizLicenseFields b = Objects.requireNonNull(page.bizLicense(), "not a business license page");
    String printedNumber = FieldValues.printed(first(b.registerNumber()));
    String social = FieldValues.printed(first(b.socialNumber()));
    return new Vendor(
        page.source(),
        BusinessNumber.parse(printedNumber),
        printedNumber,
        FieldValues.text(first(b.taxType())),
        FieldValues.text(first(b.companyName())),
        FieldValues.text(first(b.corpName())),
        FieldValues.text(first(b.corpRegisterNum())),
        FieldValues.text(first(b.repName())),
        FieldValues.date(first(b.birth())),
        PersonalNumbers.maskResident(social),
        reveal ? PersonalNumbers.canonicalResident(social) : null,
        FieldValues.date(first(b.openDate())),
        FieldValues.date(first(b.issuanceDate())),
        FieldValues.text(first(b.bisAddress())),
        FieldValues.text(first(b.headAddress())),
        texts(b.bisType()),
        texts(b.bisItem()));
  }

  /** A name card as a contact. */
  public Contact contact(PageFact page) {
    NameCardFields n = Objects.requireNonNull(page.nameCard(), "not a name card page");
    return new Contact(
        page.source(),
        FieldValues.text(first(n.name())),
        FieldValues.text(first(n.company())),
        FieldValues.text(first(n.department())),
        FieldValues.text(first(n.position())),
        phones(n.mobile()),
        phones(n.tel()),
        phones(n.fax()),
        texts(n.email()).stream().map(e -> e.toLowerCase(Locale.ROOT)).toList(),
        texts(n.homepage()),
        FieldValues.text(first(n.address())));
  }

  /** An ID card page (resident card, driver's license, passport page or alien card) as an identity document. */
  public IdentityDocument identity(PageFact page) {
    IdCardFields f = Objects.requireNonNull(page.idCard(), "not an ID card page");
    if (f.ic() != null) {
      IdCardFields.NationalIdCard ic = f.ic();
      return resident(page, IdentityKind.RESIDENT_REGISTRATION_CARD, first(ic.name()), first(ic.personalNum()),
          null, first(ic.issueDate()), null, null);
    }
    if (f.dl() != null) {
      IdCardFields.DriverLicense dl = f.dl();
      return resident(page, IdentityKind.DRIVERS_LICENSE, first(dl.name()), first(dl.personalNum()),
          FieldValues.text(first(dl.num())), first(dl.issueDate()), first(dl.renewEndDate()), null);
    }
    if (f.ac() != null) {
      IdCardFields.AlienCard ac = f.ac();
      IdentityDocument id = resident(page, IdentityKind.ALIEN_REGISTRATION_CARD, first(ac.name()),
          first(ac.alienRegNum()), null, first(ac.issueDate()), null, FieldValues.text(first(ac.nationality())));
      Sex printed = Sex.parse(FieldValues.text(first(ac.sex())));
      return printed == null ? id : new IdentityDocument(id.source(), id.kind(), id.name(), id.maskedNumber(),
          id.personalNumber(), id.documentNumber(), id.birthDate(), printed, id.issueDate(), id.expiryDate(),
          id.nationality(), null);
    }
    if (f.pp() != null) {
      IdCardFields.PassportPage pp = f.pp();
      String surname = FieldValues.text(first(pp.surName()));
      String given = FieldValues.text(first(pp.givenName()));
      String personal = FieldValues.printed(first(pp.personalNum()));
      return new IdentityDocument(page.source(), IdentityKind.PASSPORT, joinName(surname, given),
          personal == null ? null : PersonalNumbers.maskResident(personal),
          reveal ? personal : null,
          FieldValues.text(first(pp.num())),
          FieldValues.date(first(pp.birthDate())),
          Sex.parse(FieldValues.text(first(pp.sex()))),
          FieldValues.date(first(pp.issueDate())),
          FieldValues.date(first(pp.expireDate())),
          FieldValues.text(first(pp.nationality())),
          null);
    }
    return new IdentityDocument(page.source(), IdentityKind.UNKNOWN, null, null, null, null, null, null, null,
        null, null, null);
  }

  /**
   * A Passport OCR page as an identity document. Names follow the MRZ through {@link PassportFields#surname()}
   * and {@link PassportFields#givenNames()} (CLOVA's {@code firstName} is the surname); a personal number
   * field that holds only fillers means the passport has none.
   */
  public IdentityDocument passport(PageFact page) {
    PassportFields p = Objects.requireNonNull(page.passport(), "not a passport page");
    String surname = FieldValues.printed(p.surname());
    String given = FieldValues.printed(p.givenNames());
    String personal = p.personalNumberValue();
    if (personal != null && personal.isEmpty()) {
      personal = null;
    }
    return new IdentityDocument(
        page.source(),
        IdentityKind.PASSPORT,
        joinName(surname, given),
        personal == null ? null : Masking.allButFirst(personal),
        reveal ? personal : null,
        FieldValues.printed(p.documentNumber()),
        p.dateOfBirth() == null ? null : FieldValues.date(p.dateOfBirth().normalized()),
        Sex.parse(FieldValues.printed(p.gender())),
        null,
        p.dateOfExpiry() == null ? null : FieldValues.date(p.dateOfExpiry().normalized()),
        FieldValues.printed(p.nationality()),
        null);
  }

  /** A credit card as card information (number masked unless revealing). */
  public CardInfo card(PageFact page) {
    CreditCardFields c = Objects.requireNonNull(page.creditCard(), "not a credit card page");
    String printed = FieldValues.printed(c.number());
    String digits = PersonalNumbers.cardDigits(printed);
    return new CardInfo(
        page.source(),
        PersonalNumbers.maskCard(printed),
        reveal ? digits : null,
        brand(printed),
        FieldValues.monthYear(c.validThru()),
        FieldValues.text(c.name()));
  }

  /** A medical receipt as a bill: every amount cell, the 합계 row's column sums, the provider's totals. */
  public MedicalBill medicalBill(PageFact page) {
    MedicalReceiptFields m = Objects.requireNonNull(page.medicalReceipt(), "not a medical receipt page");
    List<MedicalItem> items = new ArrayList<>();
    Money patient = null;
    Money insurer = null;
    Money patientFull = null;
    Money nonCovered = null;
    for (MedicalReceiptFields.KeyValue kv : m.results()) {
      BigDecimal amount = FieldValues.amount(kv.value());
      if (amount == null) {
        continue;
      }
      MedicalItem item = new MedicalItem(kv.keys(), Money.krw(amount));
      items.add(item);
      if (!(item.keyed("합계") || item.keys().contains("계"))) {
        continue;
      }
      if (item.keyed("비급여")) {
        nonCovered = plus(nonCovered, item.amount());
      } else if (item.keyed("전액")) {
        patientFull = plus(patientFull, item.amount());
      } else if (item.keyed("공단")) {
        insurer = plus(insurer, item.amount());
      } else if (item.keyed("본인부담")) {
        patient = plus(patient, item.amount());
      }
    }
    MedicalReceiptFields.Checksums sums = m.checksum();
    return new MedicalBill(
        page.source(), items, patient, insurer, patientFull, nonCovered,
        sums == null ? null : located(sums.totalAmount()),
        sums == null ? null : located(sums.totalPaid()));
  }

  // ---------------------------------------------------------------- helpers

  private IdentityDocument resident(PageFact page, IdentityKind kind, @Nullable Field name,
      @Nullable Field number, @Nullable String documentNumber, @Nullable Field issue, @Nullable Field expiry,
      @Nullable String nationality) {
    String printed = FieldValues.printed(number);
    return new IdentityDocument(
        page.source(),
        kind,
        FieldValues.text(name),
        PersonalNumbers.maskResident(printed),
        reveal ? PersonalNumbers.canonicalResident(printed) : null,
        documentNumber,
        PersonalNumbers.residentBirthDate(printed),
        PersonalNumbers.residentSex(printed),
        FieldValues.date(issue),
        FieldValues.date(expiry),
        nationality,
        null);
  }

  /** The brand of a printed card number as verification tells it; {@link CardBrand#UNKNOWN} without one. */
  private static CardBrand brand(@Nullable String printed) {
    return printed == null ? CardBrand.UNKNOWN : CardNumber.check(printed).brand();
  }

  private static @Nullable Money located(MedicalReceiptFields.@Nullable ChecksumEntry entry) {
    if (entry == null || !Boolean.TRUE.equals(entry.found()) || entry.foundTotalIds().isEmpty()
        || entry.foundTotalSum() == null) {
      return null;
    }
    return Money.krw(entry.foundTotalSum());
  }

  static @Nullable Money money(@Nullable Field field) {
    BigDecimal amount = FieldValues.amount(field);
    return amount == null ? null : Money.krw(amount);
  }

  private static @Nullable Money sum(@Nullable Money start, List<Field> fields, Function<Money, Money> adjust) {
    Money total = start;
    for (Field field : fields) {
      Money m = money(field);
      if (m != null) {
        total = plus(total, adjust.apply(m));
      }
    }
    return total;
  }

  private static Money plus(@Nullable Money a, Money b) {
    return a == null ? b : a.plus(b);
  }

  private static Money negate(Money m) {
    return new Money(m.amount().negate(), m.currency());
  }

  private static @Nullable String joinName(@Nullable String surname, @Nullable String given) {
    if (surname == null) {
      return given;
    }
    return given == null || given.equals("-") ? surname : surname + " " + given;
  }

  private static @Nullable Field first(List<Field> fields) {
    return fields.isEmpty() ? null : fields.get(0);
  }

  private static List<String> texts(List<Field> fields) {
    List<String> out = new ArrayList<>();
    for (Field f : fields) {
      String t = FieldValues.text(f);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  private static List<String> phones(List<Field> fields) {
    List<String> out = new ArrayList<>();
    for (Field f : fields) {
      String p = PhoneNumbers.normalize(FieldValues.printed(f));
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }
}
