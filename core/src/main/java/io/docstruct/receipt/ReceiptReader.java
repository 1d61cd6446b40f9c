package io.docstruct.receipt;

import io.docstruct.document.Word;
import io.docstruct.layout.Block;
import io.docstruct.layout.Line;
import io.docstruct.layout.StructuredPage;
import io.docstruct.number.DateStyle;
import io.docstruct.number.KoreanNumber;
import io.docstruct.number.PrintedDate;
import io.docstruct.number.PrintedTime;
import io.docstruct.privacy.MaskCharacters;
import io.docstruct.privacy.Masking;
import io.docstruct.receipt.ReceiptLabels.Kind;
import io.docstruct.receipt.ReceiptLine.Amount;
import io.docstruct.verify.Status;
import io.docstruct.verify.number.BusinessNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a receipt from a page's words: merchant, business number, address, phone, date and time, line items,
 * subtotal, supply amount, VAT, tax-free amount, discounts, total, payment method, card number (masked) and
 * approval number, each with its {@link Evidence}. It works on the layout engine's lines (so rotated, skewed and
 * photographed pages read as printed) and their geometry (a value after its label on one row, or under it on
 * the next), and on the keywords and formats of a {@link ReceiptLabels} table. Thread-safe and reusable.
 *
 * <pre>{@code
 * ReceiptReader reader = ReceiptReader.of(labels);
 * StructuredPage page = LayoutEngine.create().structure(doc).pages().get(0);
 * ReceiptReading r = reader.read(page);
 * }</pre>
 *
 * <p>How each field is chosen:
 *
 * <ul>
 *   <li>the page's language: the one whose labels occur most, helped by its script; its formats read amounts
 *       (currency signs, minor digits) and dates (numeric orders, month names);
 *   <li>labelled fields (date, time, phone, business number, card company and number, approval number, the
 *       amounts): the value after the label on its line, up to the next label, else the value under the label
 *       on the next line; an amount is the last one in that stretch;
 *   <li>the total, by which evidence outranks which:
 *       <ol>
 *         <li>the payment: an amount after a total label equal to the amount tendered minus the change (both
 *             read). The change is counted from the largest amount paid: {@code CASH 8.60}, {@code TENDERED
 *             9.00}, {@code CHANGE 0.40} print the cash charged, the cash handed over and the change;
 *         <li>the arithmetic: one equal to the subtotal, supply amount or items (less a printed discount) plus
 *             the tax and the rounding;
 *         <li>the label: the preferred one ({@code TOTAL AFTER ADJ} before {@code TOTAL SALES}: what was due
 *             after the adjustment), then of equally good totals the last before the payment;
 *         <li>demoted: a total printed after the payment, and a tax summary's {@code TOTAL} row (after its
 *             heading, {@code GST SUMMARY}, or a total line with two amounts, {@code TOTAL 60.00 3.60}: the
 *             taxable amount and its tax). Such a row that nothing above confirms gives way to the evidence
 *             below, and is the total only when there is none;
 *       </ol>
 *       when a rounding adjustment is printed, the amount under the chosen total that differs from it by the
 *       adjustment; without a total label, the amount printed after the tax lines equal to the supply amount (or
 *       subtotal, or items) plus the VAT, then the amount tendered minus the change (the amount paid when no
 *       change is printed), then a printed amount equal to the items' sum;
 *   <li>the merchant: after its label, else the header line with a company form, else the header's first line
 *       that is no title, number, date, telephone or address;
 *   <li>the address: after its label, else the block of header lines after the merchant and its registration
 *       number, from the house-number line or the first line with address words to the first line of another
 *       field (phone, fax, GST number, title, date, amount); after the postcode only address words go on;
 *       else such a block above the merchant's line, else the store's place line;
 *   <li>the date: the first date in the language's orders with a year from 1990 to 2099, preferring one after a
 *       date label; a barcode or a telephone number is never a date;
 *   <li>line items: between the item header (or the header's end) and the first total label: a name and up to
 *       three numbers (unit price, count, amount), or a name line with the numbers on the line under it;
 *       discounts and tax-free markers are kept. Items from lines without an item header are kept only when
 *       they add up to a printed total or subtotal.
 * </ul>
 */
public final class ReceiptReader {
  private static final ReceiptLabels.Language NO_LANGUAGE = new ReceiptLabels.Language(
      "und", Currency.getInstance("XXX"), java.util.Map.of(), 2, DateStyle.KOREAN, List.of());
  private static final Set<Kind> AMOUNT_KINDS = EnumSet.of(Kind.TOTAL, Kind.SUBTOTAL, Kind.SUPPLY_AMOUNT, Kind.VAT,
      Kind.TAX_FREE, Kind.DISCOUNT, Kind.ROUNDING, Kind.PAID, Kind.CHANGE);
  /** Labels of the lines that may print a total after its rounding adjustment. */
  private static final Set<Kind> ROUNDED = EnumSet.of(Kind.TOTAL, Kind.SUBTOTAL, Kind.ROUNDING);
  /** Labels that end the item list. */
  private static final Set<Kind> ITEMS_END = EnumSet.of(Kind.TOTAL, Kind.SUBTOTAL, Kind.SUPPLY_AMOUNT, Kind.VAT,
      Kind.TAX_FREE, Kind.PAID, Kind.CHANGE, Kind.ROUNDING, Kind.CARD_NUMBER, Kind.APPROVAL_NUMBER,
      Kind.CARD_COMPANY, Kind.TAX_SUMMARY, Kind.OTHER);
  /** Labels a merchant's line never has. */
  private static final Set<Kind> NOT_MERCHANT = EnumSet.of(Kind.TITLE, Kind.ADDRESS, Kind.PHONE,
      Kind.BUSINESS_NUMBER, Kind.DATE, Kind.TIME, Kind.ITEM_HEADER, Kind.TOTAL, Kind.SUBTOTAL, Kind.SUPPLY_AMOUNT,
      Kind.VAT, Kind.TAX_FREE, Kind.DISCOUNT, Kind.ROUNDING, Kind.PAID, Kind.CHANGE, Kind.CARD_COMPANY,
      Kind.CARD_NUMBER, Kind.APPROVAL_NUMBER, Kind.TAX_SUMMARY, Kind.OTHER);
  /** Labels that end an address. */
  private static final Set<Kind> NOT_ADDRESS = EnumSet.of(Kind.TITLE, Kind.PHONE, Kind.BUSINESS_NUMBER, Kind.DATE,
      Kind.TIME, Kind.ITEM_HEADER, Kind.TOTAL, Kind.SUBTOTAL, Kind.VAT, Kind.PAID, Kind.CARD_NUMBER,
      Kind.CARD_COMPANY, Kind.APPROVAL_NUMBER, Kind.TAX_SUMMARY, Kind.OTHER, Kind.MERCHANT);
  /** Labels that make a page look like a receipt. */
  private static final Set<Kind> RECEIPT_LABELS = EnumSet.of(Kind.TOTAL, Kind.SUBTOTAL, Kind.SUPPLY_AMOUNT, Kind.VAT,
      Kind.TAX_FREE, Kind.PAID, Kind.CHANGE, Kind.TITLE, Kind.APPROVAL_NUMBER, Kind.CARD_NUMBER,
      Kind.BUSINESS_NUMBER, Kind.ITEM_HEADER);

  private static final Pattern PHONE = Pattern.compile(
      "(?<![\\d*])(?:\\+?82[- ]?)?\\(?0\\d{1,3}\\)?[-. )]?\\s?\\d{3,4}[-. ]?\\d{4}(?![\\d*])"
          + "|(?<![\\d*])1[5-9]\\d{2}-\\d{4}(?![\\d*])");
  private static final Pattern BUSINESS_SHAPE = Pattern.compile(
      "(?<![\\d*])[\\d" + maskClass() + "]{3}\\s*[-–.]?\\s*[\\d" + maskClass() + "]{2}\\s*[-–.]?\\s*[\\d"
          + maskClass() + "]{5}(?![\\d*])");
  private static final Pattern BUSINESS_PLAIN = Pattern.compile("(?<!\\d)\\d{3}-\\d{2}-\\d{5}(?!\\d)");
  private static final Pattern CARD = Pattern.compile(
      "(?<![\\d" + maskClass() + "])\\d{4}[- ]?[\\d" + maskClass() + "]{2,6}(?:[- ]?[\\d" + maskClass()
          + "]{2,6}){1,3}(?![\\d" + maskClass() + "])");
  private static final Pattern APPROVAL = Pattern.compile("(?<!\\d)\\d{6,12}(?!\\d)");
  /** A company registration number: at least five digits and a check letter or two ({@code 193573-M}). */
  private static final Pattern REGISTRATION_NUMBER = Pattern.compile(
      "(?<![\\p{L}\\d])\\p{Lu}{0,4}\\d{5,}(?:\\s*-\\s*)?\\p{Lu}{1,3}(?![\\p{L}\\d])");
  /** The first word of an address line that starts with its house or lot number: {@code 12,}, {@code G-23}, {@code A-G-06,}. */
  private static final Pattern HOUSE_NUMBER = Pattern.compile(
      "[\\p{Lu}\\d]{0,3}\\d[\\p{Lu}\\d]*(?:[-/&][\\p{Lu}\\d]+)*[,.]?");

  private final ReceiptLabels labels;
  private final LabelIndex index;

  private ReceiptReader(ReceiptLabels labels) {
    this.labels = Objects.requireNonNull(labels, "labels == null");
    this.index = LabelIndex.of(labels);
  }

  /** A reader that looks for the labels and formats of {@code labels}. */
  public static ReceiptReader of(ReceiptLabels labels) {
    return new ReceiptReader(labels);
  }

  /** The label table this reader uses. */
  public ReceiptLabels labels() {
    return labels;
  }

  /** Reads one page laid out by the {@link io.docstruct.layout.LayoutEngine}. */
  public ReceiptReading read(StructuredPage page) {
    Objects.requireNonNull(page, "page == null");
    return new Reading(page).read();
  }

  private static String maskClass() {
    StringBuilder out = new StringBuilder();
    MaskCharacters.ALL.codePoints().forEach(c -> out.append("\\x{").append(Integer.toHexString(c)).append('}'));
    return out.toString();
  }

  /** A candidate's rule while it is weighed: a total label before several amounts, a tax summary's row. */
  private static final String SUMMARY_ROW = "summary-row";

  /** An amount found for an amount label. */
  private record Candidate(Kind kind, BigDecimal value, ReceiptLine line, LabelIndex.Match label, int word,
      ReceiptLine valueLine, String rule) {}

  /** One page being read. */
  private final class Reading {
    private final int page;
    private final List<ReceiptLine> lines = new ArrayList<>();
    private ReceiptLabels.Language language = NO_LANGUAGE;
    private final List<String> missing = new ArrayList<>();

    Reading(StructuredPage structured) {
      this.page = structured.page().index();
      double angle = Math.toRadians(structured.orientation().rotation() + structured.orientation().skew());
      double ux = Math.cos(angle);
      double uy = Math.sin(angle);
      for (Block block : structured.blocks()) {
        for (Line line : block.lines()) {
          ReceiptLine l = new ReceiptLine(lines.size(), line, index, ux, uy);
          if (!l.words.isEmpty()) {
            lines.add(l);
          }
        }
      }
    }

    ReceiptReading read() {
      language = language();
      Currency currency = currency();
      if (lines.isEmpty()) {
        return ReceiptReading.notAReceipt(page, language.code(), currency, "no words were recognised on the page");
      }
      for (ReceiptLine l : lines) {
        l.amounts = new Amount[l.words.size()];
        for (int w = 0; w < l.words.size(); w++) {
          l.amounts[w] = amount(l.words.get(w).text(), language);
        }
      }
      Evidenced<LocalDate> date = date();
      String notAReceipt = notAReceipt(date != null);
      if (notAReceipt != null) {
        return ReceiptReading.notAReceipt(page, language.code(), currency, notAReceipt);
      }
      int headerEnd = headerEnd();
      Evidenced<String> merchantLabelled = labelledText(Kind.MERCHANT);
      if (merchantLabelled != null && !nameLike(merchantLabelled.value())) {
        merchantLabelled = null; // MERCHANT NUMBER 000001020138429 labels a number, not the name
      }
      int[] merchantLine = {-1};
      Evidenced<String> merchant = merchantLabelled != null ? merchantLabelled : merchant(headerEnd, merchantLine);
      if (merchantLabelled != null) {
        merchantLine[0] = lineOf(merchantLabelled);
      }
      Evidenced<String> address = labelledText(Kind.ADDRESS);
      if (address == null) {
        address = address(merchantLine[0], headerEnd);
      }
      Evidenced<String> phone = phone(headerEnd);
      Evidenced<String> business = businessNumber();
      Evidenced<LocalTime> time = time(date);
      List<Candidate> amounts = amountCandidates();
      Evidenced<BigDecimal> subtotal = first(amounts, Kind.SUBTOTAL);
      Evidenced<BigDecimal> supply = first(amounts, Kind.SUPPLY_AMOUNT);
      Evidenced<BigDecimal> vat = first(amounts, Kind.VAT);
      Evidenced<BigDecimal> taxFree = first(amounts, Kind.TAX_FREE);
      Evidenced<BigDecimal> discount = discount(amounts);
      List<ReceiptItem> items = items(headerEnd, merchantLine[0], address);
      Evidenced<BigDecimal> total = total(amounts, items, subtotal, vat, supply, taxFree, discount);
      items = keptItems(items, total, subtotal);
      Evidenced<String> cardNumber = cardNumber();
      Evidenced<String> approval = labelledValue(Kind.APPROVAL_NUMBER, APPROVAL);
      Evidenced<String> cardCompany = labelledText(Kind.CARD_COMPANY);
      if (cardCompany != null) {
        cardCompany = new Evidenced<>(cardCompany.value().replace(" ", ""), cardCompany.evidence());
      }
      Evidenced<PaymentMethod> method = paymentMethod(cardNumber != null);
      if (merchant == null) {
        missing.add("merchant: no merchant label (" + examples(Kind.MERCHANT) + "), no company form ("
            + examples(Kind.COMPANY_SUFFIX) + ") and no name line in the header");
      }
      if (date == null) {
        missing.add("date: no date in the " + orders() + " order with a year from 1990 to 2099");
      }
      return new ReceiptReading(page, language.code(), currency, null, merchant, business, address, phone, date,
          time, items, subtotal, supply, vat, taxFree, discount, total, method, cardCompany, cardNumber, approval,
          missing);
    }

    // ------------------------------------------------------------------ language and amounts

    private ReceiptLabels.Language language() {
      List<String> codes = labels.languages();
      if (codes.isEmpty()) {
        return NO_LANGUAGE;
      }
      double[] score = new double[codes.size()];
      for (ReceiptLine l : lines) {
        for (LabelIndex.Match m : l.labels) {
          int i = codes.indexOf(m.entry().language());
          if (i >= 0) {
            score[i] += 1;
          }
        }
      }
      int letters = 0;
      int[] inScript = new int[codes.size()];
      List<List<Character.UnicodeScript>> scripts = new ArrayList<>(codes.size());
      for (String code : codes) {
        scripts.add(labels.language(code).scripts());
      }
      Character.UnicodeScript last = null;
      boolean[] lastIn = new boolean[codes.size()];
      for (ReceiptLine l : lines) {
        for (int c = 0; c < l.norm.length() && letters < 4000; c++) {
          char ch = l.norm.charAt(c);
          if (!Character.isLetter(ch)) {
            continue;
          }
          letters++;
          Character.UnicodeScript s = ch < 0x80 ? Character.UnicodeScript.LATIN : Character.UnicodeScript.of(ch);
          if (s != last) {
            for (int i = 0; i < codes.size(); i++) {
              lastIn[i] = scripts.get(i).contains(s);
            }
            last = s;
          }
          for (int i = 0; i < codes.size(); i++) {
            if (lastIn[i]) {
              inScript[i]++;
            }
          }
        }
      }
      int best = 0;
      for (int i = 0; i < codes.size(); i++) {
        if (letters > 0) {
          score[i] += 6.0 * inScript[i] / letters;
        }
        if (score[i] > score[best]) {
          best = i;
        }
      }
      return labels.language(codes.get(best));
    }

    /** The currency of the symbol printed on most lines, else the language's. */
    private Currency currency() {
      Currency best = language.currency();
      int bestCount = 0;
      java.util.Map<Currency, Integer> counts = new java.util.HashMap<>();
      for (var e : language.currencySymbols().entrySet()) {
        String symbol = e.getKey();
        int n = 0;
        for (ReceiptLine l : lines) {
          int at = l.norm.indexOf(symbol);
          while (at >= 0) {
            int end = at + symbol.length();
            boolean before = at == 0 || !LabelIndex.latinLetter(l.norm.charAt(at - 1));
            boolean after = end >= l.norm.length() || !LabelIndex.latinLetter(l.norm.charAt(end));
            if (before && after) {
              n++;
              break;
            }
            at = l.norm.indexOf(symbol, at + 1);
          }
        }
        int total = counts.merge(e.getValue(), n, Integer::sum);
        if (total > bestCount) {
          bestCount = total;
          best = e.getValue();
        }
      }
      return best;
    }

    private @Nullable String notAReceipt(boolean hasDate) {
      boolean money = false;
      int receiptLabels = 0;
      for (ReceiptLine l : lines) {
        money |= l.hasStrongAmount();
        for (LabelIndex.Match m : l.labels) {
          if (RECEIPT_LABELS.contains(m.kind())) {
            receiptLabels++;
          }
        }
      }
      if (money && (hasDate || receiptLabels > 0) || receiptLabels >= 2 && (money || hasDate)) {
        return null;
      }
      if (!money && !hasDate) {
        return "no amounts or dates found";
      }
      if (!money) {
        return "no amounts found, only a date";
      }
      return "amounts but no date and no receipt label (" + examples(Kind.TOTAL) + ", " + examples(Kind.VAT)
          + " …) found";
    }

    /** The line where the header ends: the first with an amount or an item header. */
    private int headerEnd() {
      for (ReceiptLine l : lines) {
        if (moneyLine(l) || l.count(Kind.ITEM_HEADER) >= 2) {
          return l.index;
        }
        for (LabelIndex.Match m : l.labels) {
          if (AMOUNT_KINDS.contains(m.kind()) && hasAmount(l, 0, l.words.size())) {
            return l.index; // a payment word alone is no amount line: SLF CASH & CARRY
          }
        }
      }
      return lines.size();
    }

    /**
     * Whether a line shows money: a strong amount, unless the line reads as an address and the amount stands
     * inside it rather than at its end ({@code NO 122.124. JALAN DEDAP 13}: house numbers, not ringgit).
     */
    private boolean moneyLine(ReceiptLine l) {
      if (!l.hasStrongAmount()) {
        return false;
      }
      int last = l.words.size() - 1;
      if (last > 0 && taxCode(l.words.get(last).text(), last, l.words.size(), l)) {
        last--;
      }
      boolean atEnd = l.amounts[last] != null && l.amounts[last].strong();
      return atEnd || !addressLike(l);
    }

    // ------------------------------------------------------------------ merchant and address

    private @Nullable Evidenced<String> merchant(int headerEnd, int[] lineOut) {
      int limit = Math.min(headerEnd, lines.size());
      ReceiptLine suffixLine = null;
      LabelIndex.Match suffix = null;
      int title = limit;
      for (int i = 0; i < limit; i++) {
        if (lines.get(i).has(Kind.TITLE)) {
          title = i;
          break;
        }
      }
      // the store prints its name before the title; a company after it (BILL TO: …) is the customer's
      boolean plainNameFirst = false;
      for (int i = 0; i < title && !plainNameFirst; i++) {
        plainNameFirst = merchantLike(lines.get(i)) && !lines.get(i).has(Kind.COMPANY_SUFFIX);
      }
      for (int i = 0; i < limit && (suffixLine == null && !plainNameFirst || i < title); i++) {
        ReceiptLine l = lines.get(i);
        for (LabelIndex.Match m : l.labels) {
          // the strongest company form of the header wins: SDN BHD before RESTAURANT (a brand line above the
          // company's own name)
          if (m.kind() == Kind.COMPANY_SUFFIX && !l.has(Kind.TITLE)
              && (suffix == null || m.entry().rank() < suffix.entry().rank())) {
            suffixLine = l;
            suffix = m;
          }
        }
      }
      if (suffixLine != null) {
        ReceiptLine l = suffixLine;
        int to = l.words.size();
        int suffixEnd = l.lastWord(suffix) + 1;
        if (suffixEnd < to && hasDigit(l, suffixEnd, to)) {
          to = suffixEnd;
        }
        lineOut[0] = l.index;
        Evidence e = evidence(Evidence.COMPANY_SUFFIX, suffix.entry().label(), l, 0, to);
        String name = l.join(0, to);
        if (l.firstWord(suffix) <= 1 && l.index > 0 && merchantLike(lines.get(l.index - 1))) {
          // the name wraps before its company form: TSH POWER HARDWARE / TRADING, POPULAR BOOK / CO. (M) SDN BHD
          ReceiptLine above = lines.get(l.index - 1);
          List<EvidenceWord> words = new ArrayList<>();
          addWords(words, above, 0, above.words.size(), Masking.Style.NONE);
          words.addAll(e.words());
          e = new Evidence(page, e.rule(), e.label(), words);
          name = above.text + " " + name;
        }
        return new Evidenced<>(clean(name), e);
      }
      for (int i = 0; i < limit; i++) {
        ReceiptLine l = lines.get(i);
        if (merchantLike(l)) {
          lineOut[0] = i;
          int to = l.words.size();
          while (to > 1 && digitsOnly(l.words.get(to - 1).text())) {
            to--;
          }
          return new Evidenced<>(clean(l.join(0, to)), evidence(Evidence.HEADER, null, l, 0, to));
        }
      }
      return null;
    }

    private boolean merchantLike(ReceiptLine l) {
      for (LabelIndex.Match m : l.labels) {
        // a payment word without an amount is part of a name (SLF CASH & CARRY)
        boolean payment = m.kind() == Kind.PAID || m.kind() == Kind.CHANGE;
        if (NOT_MERCHANT.contains(m.kind()) && !(payment && !l.hasStrongAmount())) {
          return false;
        }
      }
      int letters = 0;
      int alnum = 0;
      for (int c = 0; c < l.text.length(); c++) {
        char ch = l.text.charAt(c);
        if (Character.isLetter(ch)) {
          letters++;
        }
        if (Character.isLetterOrDigit(ch)) {
          alnum++;
        }
      }
      if (letters < 2 || letters * 2 < alnum || l.text.contains("@")) {
        return false;
      }
      return addressScore(l) < 2 && !PHONE.matcher(l.text).find()
          && firstDate(l) == null;
    }

    /** The first date a line shows, looked up once per line (a date has at least four digits). */
    private PrintedDate.@Nullable Found firstDate(ReceiptLine l) {
      if (!l.dateLooked) {
        l.date = l.digits < 4 ? null : PrintedDate.find(l.text, language.dates());
        l.dateLooked = true;
      }
      return l.date;
    }

    /** Whether a text reads as a name: more letters than digits. */
    private static boolean nameLike(String text) {
      int letters = 0;
      int digits = 0;
      for (int c = 0; c < text.length(); c++) {
        if (Character.isLetter(text.charAt(c))) {
          letters++;
        } else if (Character.isDigit(text.charAt(c))) {
          digits++;
        }
      }
      return letters >= 2 && letters > digits;
    }

    /** Address words in a line: labelled phrases, word endings and postcodes. */
    private int addressScore(ReceiptLine l) {
      return addressScore(l, l.words.size());
    }

    /** Address words in words {@code [0, to)} of a line. */
    private int addressScore(ReceiptLine l, int to) {
      int score = 0;
      for (LabelIndex.Match m : l.labels) {
        if (m.kind() == Kind.ADDRESS_WORD && l.lastWord(m) < to) {
          score++;
        }
      }
      for (int w = 0; w < to; w++) {
        if (index.addressWord(LabelIndex.normalize(l.words.get(w).text())) != null) {
          score++;
        }
      }
      return score;
    }

    private boolean addressLike(ReceiptLine l) {
      int score = addressScore(l);
      return score >= 2 || score == 1 && l.digits > 0;
    }

    private boolean stopsAddress(ReceiptLine l) {
      for (LabelIndex.Match m : l.labels) {
        if (NOT_ADDRESS.contains(m.kind())) {
          return true;
        }
      }
      String upper = l.norm;
      return l.text.contains("@") || upper.contains("HTTP") || upper.contains("WWW.") || moneyLine(l)
          || PHONE.matcher(l.text).find()
          || firstDate(l) != null;
    }

    /** The first label on a line of a field that ends an address (phone, fax, GST number …), or {@code null}. */
    private LabelIndex.@Nullable Match firstFieldLabel(ReceiptLine l) {
      for (LabelIndex.Match m : l.labels) {
        if (NOT_ADDRESS.contains(m.kind())) {
          return m;
        }
      }
      return null;
    }

    /** Whether a line holds a label of another field than the address. */
    private boolean labelledField(ReceiptLine l) {
      for (LabelIndex.Match m : l.labels) {
        if (NOT_ADDRESS.contains(m.kind()) && m.kind() != Kind.OTHER && m.kind() != Kind.TAX_SUMMARY) {
          return true;
        }
      }
      return false;
    }

    /**
     * A company registration number's line: the number in parentheses ({@code (872981-V)}, {@code (GST REG NO:
     * 000465809408)}), or a registration number ({@code 1000131-K}, {@code 1074617K}) with at most a short label
     * ({@code NO. 193573-M}, {@code CO-REG:860671-D}). A house number ({@code LOT 1851-A}) has fewer digits and a
     * street after it.
     */
    private boolean registration(ReceiptLine l) {
      String t = l.text.strip();
      if (t.startsWith("(") && t.endsWith(")") && l.digits >= 4) {
        return true;
      }
      if (l.digits < 5) {
        return false;
      }
      Matcher m = REGISTRATION_NUMBER.matcher(l.norm);
      if (!m.find()) {
        return false;
      }
      int letters = 0;
      for (int c = 0; c < l.norm.length(); c++) {
        if (c >= m.start() && c < m.end()) {
          continue;
        }
        char ch = l.norm.charAt(c);
        if (Character.isDigit(ch)) {
          return false;
        }
        if (Character.isLetter(ch)) {
          letters++;
        }
      }
      return letters <= 12;
    }

    /** Whether words {@code [0, to)} show a postcode (an address word given as a run of digits, {@code #####}). */
    private boolean postcode(ReceiptLine l, int to) {
      for (int w = 0; w < to; w++) {
        LabelIndex.Entry e = index.addressWord(LabelIndex.normalize(l.words.get(w).text()));
        if (e != null && e.label().startsWith("#")) {
          return true;
        }
      }
      return false;
    }

    /**
     * The address: the block of header lines after the merchant (and its registration number), from the first
     * line with address words (or the house-number line just before it) to the first line that is clearly
     * something else (a phone, fax, GST number, title, date or amount line); after the postcode only address
     * words go on (a state spelt with one letter wrong too). A phone line before the block does not end the
     * search; a title or a date does. A line that goes on to another field ({@code 47400 PETALING JAYA TEL: 03-7728 2288}) gives
     * its words before it. Without such a block after the merchant, the one above it; without either, the
     * store's place line (a mall, a town).
     */
    private @Nullable Evidenced<String> address(int merchantLine, int headerEnd) {
      Evidenced<String> after = addressBlock(merchantLine + 1, headerEnd, merchantLine);
      if (after != null) {
        return after;
      }
      if (merchantLine > 0) {
        Evidenced<String> above = addressBlock(0, merchantLine, merchantLine);
        if (above != null) {
          return above;
        }
      }
      return placeLine(merchantLine + 1, headerEnd);
    }

    /** The first header line after the merchant naming a place without a number: USJ SUMMIT, SUBANG (SS). */
    private @Nullable Evidenced<String> placeLine(int from, int headerEnd) {
      int limit = Math.min(Math.max(headerEnd, from + 1), lines.size());
      for (int i = from; i < limit && i <= from + 5; i++) {
        ReceiptLine l = lines.get(i);
        if (addressScore(l, l.words.size()) > 0 && l.digits == 0 && !l.has(Kind.COMPANY_SUFFIX)
            && !labelledField(l) && !stopsAddress(l)) {
          return new Evidenced<>(clean(l.text), evidence(Evidence.ADDRESS_WORDS, null, l, 0, l.words.size()));
        }
        if (labelledField(l) && (l.has(Kind.PHONE) || l.has(Kind.TITLE) || l.has(Kind.DATE))) {
          break;
        }
      }
      return null;
    }

    /**
     * The first word of a line where another field begins: a phone, fax, GST or other field's label, or an
     * unlabelled telephone number; the word count when none does.
     */
    private int fieldStart(ReceiptLine l) {
      int cut = l.words.size();
      LabelIndex.Match field = firstFieldLabel(l);
      if (field != null) {
        cut = l.firstWord(field);
      }
      Matcher phone = PHONE.matcher(l.text);
      if (phone.find()) {
        cut = Math.min(cut, l.wordAt(phone.start()));
      }
      return cut;
    }

    /** Whether words {@code [0, to)} of a line read as address: two address words, or one and a number. */
    private boolean addressLike(ReceiptLine l, int to) {
      int score = addressScore(l, to);
      if (score >= 2) {
        return true;
      }
      if (score == 1) {
        for (int w = 0; w < to; w++) {
          if (hasDigit(l, w, w + 1)) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Whether a short line is a long address word (a state, a country: seven letters or more) printed or typed
     * with one letter wrong ({@code SETANGOR}): still the address's last line, after its postcode.
     */
    private boolean misspeltPlace(ReceiptLine l) {
      if (l.words.size() > 3 || l.digits > 0) {
        return false;
      }
      List<String> places = labels.labels(Kind.ADDRESS_WORD, language.code());
      for (Word w : l.words) {
        String word = LabelIndex.normalize(w.text()).replaceAll("[^\\p{L}]", "");
        if (word.length() < 7) {
          continue;
        }
        for (String place : places) {
          if (Math.abs(place.length() - word.length()) <= 1 && place.length() >= 7 && place.indexOf(' ') < 0
              && oneEditApart(word, place)) {
            return true;
          }
        }
      }
      return false;
    }

    /** A line that starts with a house or lot number and names more after it: {@code G-23, SUNWAY GEO}. */
    private boolean houseNumberLine(ReceiptLine l) {
      if (l.words.size() < 2 || !HOUSE_NUMBER.matcher(l.words.get(0).text().toUpperCase(Locale.ROOT)).matches()) {
        return false;
      }
      String first = l.words.get(0).text();
      return (Character.isDigit(first.charAt(0)) || first.indexOf('-') > 0) && nameLike(l.join(1, l.words.size()));
    }

    private @Nullable Evidenced<String> addressBlock(int from, int headerEnd, int merchantLine) {
      int limit = Math.min(Math.max(headerEnd, from + 1), lines.size());
      int start = -1;
      int startCut = 0; // the words of the start line before another field's label, when it has one
      for (int i = from; i < limit && i <= from + 7; i++) {
        ReceiptLine l = lines.get(i);
        if (i == merchantLine || registration(l) || l.has(Kind.COMPANY_SUFFIX)) {
          continue; // (872981-V), 1000131-K, a former or parent company's name
        }
        int cut = fieldStart(l);
        if (cut > 0 && cut < l.words.size() && !moneyLine(l) && addressLike(l, cut)) {
          start = i; // the whole address on one line, before its phone: 9, JALAN SS 2/75, 47300 PJ TEL: 03-…
          startCut = cut;
          break;
        }
        if (labelledField(l)) {
          if (l.has(Kind.TITLE) || l.has(Kind.DATE)) {
            break;
          }
          continue; // 승차일시: 2024-08-09 ends in 시 but is a date's line
        }
        if (stopsAddress(l) && !addressLike(l)) {
          if (l.has(Kind.TITLE) || l.has(Kind.DATE)) {
            break;
          }
          continue;
        }
        if (addressLike(l) && !l.has(Kind.PHONE)) {
          start = i; // a town alone is a branch's name (IKEA CHERAS), not where the address starts
          break;
        }
      }
      if (start < 0) {
        return null;
      }
      if (startCut == 0 && start - 1 >= from && start - 1 != merchantLine) {
        // the house number's line before the first line with address words: G-23, SUNWAY GEO / JALAN …
        ReceiptLine before = lines.get(start - 1);
        if (houseNumberLine(before) && !registration(before) && !before.has(Kind.COMPANY_SUFFIX)
            && !stopsAddress(before) && !labelledField(before)) {
          start--;
        }
      }
      int end = start + 1;
      int tail = startCut; // words of the last line that end the address before another field's label
      boolean postcode = postcode(lines.get(start), startCut == 0 ? lines.get(start).words.size() : startCut);
      while (tail == 0 && end < limit && end < start + 5) {
        ReceiptLine l = lines.get(end);
        int before = fieldStart(l);
        if (before > 0 && before < l.words.size() && !postcode && !moneyLine(l)
            && addressScore(l, before) > 0) {
          // 47400 PETALING JAYA TEL: 03-7728 2288, AXIS 40400 SHAH ALAM, SELANGOR FAX: 03-5121 5716: the address
          // ends where the phone, fax or another field's label begins
          tail = before;
          end++;
          break;
        }
        if (stopsAddress(l) || merchantLine >= 0 && l.index == merchantLine || registration(l)
            || postcode && addressScore(l, l.words.size()) == 0 && !misspeltPlace(l)) {
          break; // after the postcode only address words go on: not a branch code or a web address
        }
        postcode |= postcode(l, l.words.size());
        end++;
      }
      StringBuilder text = new StringBuilder();
      List<EvidenceWord> words = new ArrayList<>();
      for (int i = start; i < end; i++) {
        ReceiptLine l = lines.get(i);
        int to = i == end - 1 && tail > 0 ? tail : l.words.size();
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(to == l.words.size() ? l.text : l.join(0, to));
        addWords(words, l, 0, to, Masking.Style.NONE);
      }
      return new Evidenced<>(clean(text.toString()), new Evidence(page, Evidence.ADDRESS_WORDS, null, words));
    }

    // ------------------------------------------------------------------ labelled values

    /** The text after the first label of {@code kind} (up to the next label), or on the line under it. */
    private @Nullable Evidenced<String> labelledText(Kind kind) {
      for (ReceiptLine l : lines) {
        for (LabelIndex.Match m : l.labels) {
          if (m.kind() != kind) {
            continue;
          }
          int from = l.lastWord(m) + 1;
          int to = l.segmentEnd(m);
          String rest = trimLabelTail(l, m, to);
          if (!rest.isEmpty()) {
            int first = l.normWord[m.end() - 1] == l.lastWord(m) && rest.length() > 0 && from > 0
                && tailOfLabelWord(l, m) ? from - 1 : from;
            return new Evidenced<>(rest, evidence(Evidence.LABEL, m.entry().label(), l, first, to));
          }
          if (to == l.words.size() && l.index + 1 < lines.size()) {
            ReceiptLine next = lines.get(l.index + 1);
            if (next.labels.isEmpty()) {
              return new Evidenced<>(clean(next.text),
                  evidence(Evidence.LABEL_ABOVE, m.entry().label(), next, 0, next.words.size()));
            }
          }
        }
      }
      return null;
    }

    /** Whether the label's last word goes on after the label with a value ({@code 상호:킹마트}, not {@code 상호:}). */
    private boolean tailOfLabelWord(ReceiptLine l, LabelIndex.Match m) {
      int w = l.lastWord(m);
      for (int c = m.end(); c < l.normWord.length && l.normWord[c] == w; c++) {
        if (Character.isLetterOrDigit(l.norm.charAt(c))) {
          return true;
        }
      }
      return false;
    }

    /** The text after a label up to word {@code to}, without the separator after the label. */
    private String trimLabelTail(ReceiptLine l, LabelIndex.Match m, int to) {
      int w = l.lastWord(m);
      StringBuilder sb = new StringBuilder();
      int c = m.end();
      while (c < l.norm.length() && l.normWord[c] == w) {
        c++;
      }
      // the rest of the label's own word, as printed
      String labelWord = l.words.get(w).text();
      int inWord = 0;
      for (int k = m.end(); k < l.norm.length() && l.normWord[k] == w; k++) {
        inWord++;
      }
      if (inWord > 0 && inWord <= labelWord.length()) {
        sb.append(labelWord.substring(labelWord.length() - inWord));
      }
      String after = l.join(w + 1, Math.max(w + 1, to));
      if (!after.isEmpty()) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(after);
      }
      return clean(sb.toString());
    }

    /** A value of {@code shape} after a label of {@code kind}, or under it. */
    private @Nullable Evidenced<String> labelledValue(Kind kind, Pattern shape) {
      for (ReceiptLine l : lines) {
        for (LabelIndex.Match m : l.labels) {
          if (m.kind() != kind) {
            continue;
          }
          int from = l.firstWord(m);
          int to = l.segmentEnd(m);
          int start = l.textStart[from];
          int end = to < l.words.size() ? l.textStart[to] : l.text.length();
          Matcher v = shape.matcher(l.text).region(start, end);
          if (v.find()) {
            return new Evidenced<>(v.group().replace(" ", ""),
                evidence(Evidence.LABEL, m.entry().label(), l, l.wordAt(v.start()), l.wordAt(v.end() - 1) + 1));
          }
          ReceiptLine under = under(l, m);
          if (under != null) {
            Matcher u = shape.matcher(under.text);
            while (u.find()) {
              int w = under.wordAt(u.start());
              if (overlaps(l, m, under, w)) {
                return new Evidenced<>(u.group().replace(" ", ""),
                    evidence(Evidence.LABEL_ABOVE, m.entry().label(), under, w, under.wordAt(u.end() - 1) + 1));
              }
            }
          }
        }
      }
      return null;
    }

    /** The next line when a label ends its segment with nothing after it. */
    private @Nullable ReceiptLine under(ReceiptLine l, LabelIndex.Match m) {
      if (l.index + 1 >= lines.size()) {
        return null;
      }
      int after = l.lastWord(m) + 1;
      if (after < l.segmentEnd(m)) {
        return null;
      }
      return lines.get(l.index + 1);
    }

    /** Whether word {@code w} of {@code under} stands under the label (overlapping it along the text). */
    private boolean overlaps(ReceiptLine l, LabelIndex.Match m, ReceiptLine under, int w) {
      double a0 = l.x0[l.firstWord(m)];
      double a1 = l.x1[l.lastWord(m)];
      int next = l.segmentEnd(m);
      if (next < l.words.size() && !Double.isNaN(l.x0[next])) {
        a1 = Math.max(a1, l.x0[next] - 1);
      } else if (!Double.isNaN(a1)) {
        a1 = Double.POSITIVE_INFINITY;
      }
      double b0 = under.x0[w];
      double b1 = under.x1[w];
      if (Double.isNaN(a0) || Double.isNaN(b0)) {
        return true;
      }
      return b1 >= a0 && b0 <= a1;
    }

    private @Nullable Evidenced<String> phone(int headerEnd) {
      for (ReceiptLine l : lines) {
        for (LabelIndex.Match m : l.labels) {
          if (m.kind() != Kind.PHONE) {
            continue;
          }
          int start = l.textStart[l.firstWord(m)];
          int to = l.segmentEnd(m);
          int end = to < l.words.size() ? l.textStart[to] : l.text.length();
          Matcher p = PHONE.matcher(l.text).region(start, end);
          if (p.find()) {
            return new Evidenced<>(p.group().strip(),
                evidence(Evidence.LABEL, m.entry().label(), l, l.wordAt(p.start()), l.wordAt(p.end() - 1) + 1));
          }
        }
      }
      for (int i = 0; i < Math.min(headerEnd, lines.size()); i++) {
        ReceiptLine l = lines.get(i);
        if (l.has(Kind.BUSINESS_NUMBER) || l.has(Kind.CARD_NUMBER) || l.has(Kind.OTHER)) {
          continue;
        }
        Matcher p = PHONE.matcher(l.text);
        if (p.find()) {
          return new Evidenced<>(p.group().strip(),
              evidence(Evidence.PATTERN, null, l, l.wordAt(p.start()), l.wordAt(p.end() - 1) + 1));
        }
      }
      return null;
    }

    private @Nullable Evidenced<String> businessNumber() {
      Evidenced<String> labelled = labelledValue(Kind.BUSINESS_NUMBER, BUSINESS_SHAPE);
      if (labelled != null) {
        return labelled;
      }
      for (ReceiptLine l : lines) {
        if (l.digits < 10) {
          continue;
        }
        Matcher m = BUSINESS_PLAIN.matcher(l.text);
        while (m.find()) {
          if (BusinessNumber.check(m.group()).status() == Status.PASS) {
            return new Evidenced<>(m.group(),
                evidence(Evidence.PATTERN, null, l, l.wordAt(m.start()), l.wordAt(m.end() - 1) + 1));
          }
        }
      }
      return null;
    }

    private @Nullable Evidenced<String> cardNumber() {
      Evidenced<String> labelled = labelledValue(Kind.CARD_NUMBER, CARD);
      if (labelled == null) {
        for (ReceiptLine l : lines) {
          if (l.digits < 4) {
            continue;
          }
          Matcher m = CARD.matcher(l.text);
          while (m.find()) {
            String number = m.group();
            int positions = 0;
            for (int i = 0; i < number.length(); i++) {
              if (Character.isDigit(number.charAt(i)) || MaskCharacters.isMask(number.charAt(i))) {
                positions++;
              }
            }
            if (positions >= 14 && MaskCharacters.anyIn(number)) {
              labelled = new Evidenced<>(number,
                  evidence(Evidence.PATTERN, null, l, l.wordAt(m.start()), l.wordAt(m.end() - 1) + 1));
              break;
            }
          }
          if (labelled != null) {
            break;
          }
        }
      }
      if (labelled == null) {
        return null;
      }
      Evidence e = labelled.evidence();
      List<EvidenceWord> masked = new ArrayList<>();
      for (EvidenceWord w : e.words()) {
        masked.add(new EvidenceWord(Masking.card(w.text()), w.polygon(), w.confidence()));
      }
      return new Evidenced<>(Masking.card(labelled.value()), new Evidence(e.page(), e.rule(), e.label(), masked));
    }

    private @Nullable Evidenced<PaymentMethod> paymentMethod(boolean cardNumber) {
      Evidence card = null;
      Evidence cash = null;
      for (ReceiptLine l : lines) {
        for (LabelIndex.Match m : l.labels) {
          boolean isCard = m.kind() == Kind.CARD_PAYMENT || m.kind() == Kind.CARD_NUMBER
              || m.kind() == Kind.PAID && labels.labels(Kind.CARD_PAYMENT, m.entry().language()).contains(m.entry().label());
          boolean isCash = m.kind() == Kind.CASH_PAYMENT
              || m.kind() == Kind.PAID && labels.labels(Kind.CASH_PAYMENT, m.entry().language()).contains(m.entry().label());
          if (isCard && card == null) {
            card = evidence(Evidence.PAYMENT_WORDS, m.entry().label(), l, l.firstWord(m), l.lastWord(m) + 1);
          } else if (isCash && cash == null) {
            cash = evidence(Evidence.PAYMENT_WORDS, m.entry().label(), l, l.firstWord(m), l.lastWord(m) + 1);
          }
        }
      }
      if (card != null && (cardNumber || cash == null)) {
        return new Evidenced<>(PaymentMethod.CARD, card);
      }
      if (cash != null) {
        return new Evidenced<>(PaymentMethod.CASH, cash);
      }
      if (card == null) {
        for (ReceiptLine l : lines) {
          LabelIndex.Match change = firstOf(l, Kind.CHANGE);
          if (change != null && hasAmount(l, l.lastWord(change) + 1, l.words.size())) {
            // change is given back for cash only: 받은금액 5,000 / 거스름돈 1,200
            return new Evidenced<>(PaymentMethod.CASH,
                evidence(Evidence.PAYMENT_WORDS, change.entry().label(), l, l.firstWord(change), l.words.size()));
          }
        }
      }
      return null;
    }

    // ------------------------------------------------------------------ date and time

    private @Nullable Evidenced<LocalDate> date() {
      Evidenced<LocalDate> best = null;
      int bestScore = Integer.MIN_VALUE;
      for (ReceiptLine l : lines) {
        if (l.digits < 4) {
          continue;
        }
        PrintedDate.Found f = firstDate(l);
        int from = 0;
        while (f != null) {
          LocalDate d = f.date().toLocalDate();
          int start = from + f.start();
          int end = from + f.end();
          if (d != null && d.getYear() >= 1990 && d.getYear() <= 2099) {
            int w = l.wordAt(start);
            LabelIndex.Match label = labelBefore(l, w, Kind.DATE);
            String rule = Evidence.PATTERN;
            int score = 0;
            if (label != null) {
              score += 4;
              rule = Evidence.LABEL;
            } else if (l.index > 0 && lines.get(l.index - 1).has(Kind.DATE) && lines.get(l.index - 1).words.size() <= 3) {
              label = firstOf(lines.get(l.index - 1), Kind.DATE);
              score += 3;
              rule = Evidence.LABEL_ABOVE;
            }
            LabelIndex.Match before = lastLabelBefore(l, w);
            if (before != null && (before.kind() == Kind.OTHER || before.kind() == Kind.CARD_NUMBER)) {
              score -= 2; // EXPIRY 31/10/2020, 유효기간 26/12: a date, not the sale's
            }
            if (score > bestScore) {
              bestScore = score;
              best = new Evidenced<>(d, evidence(rule, label == null ? null : label.entry().label(), l, w,
                  l.wordAt(end - 1) + 1));
            }
          }
          boolean taken = d != null && d.getYear() >= 1990 && d.getYear() <= 2099;
          int next = taken ? end : start + 1; // 0001 05/01/2018: a year 1 is no date, 05/01/2018 may be
          if (digitsFrom(l.text, next) < 4) {
            break; // no room for another date
          }
          end = next;
          from = end;
          f = PrintedDate.find(l.text.substring(end), language.dates());
        }
      }
      return best;
    }

    private @Nullable Evidenced<LocalTime> time(@Nullable Evidenced<LocalDate> date) {
      if (date != null) {
        int line = lineOf(date);
        if (line >= 0) {
          ReceiptLine l = lines.get(line);
          Evidenced<LocalTime> t = timeIn(l, lastIndex(l, date), date.evidence().rule(), date.evidence().label());
          if (t != null) {
            return t;
          }
          for (int i = Math.max(0, line - 1); i <= Math.min(lines.size() - 1, line + 2); i++) {
            if (i != line) {
              t = timeIn(lines.get(i), 0, Evidence.PATTERN, null);
              if (t != null) {
                return t;
              }
            }
          }
        }
      }
      for (ReceiptLine l : lines) {
        LabelIndex.Match m = firstOf(l, Kind.TIME);
        if (m != null) {
          Evidenced<LocalTime> t = timeIn(l, l.textStart[l.firstWord(m)], Evidence.LABEL, m.entry().label());
          if (t != null) {
            return t;
          }
        }
      }
      return null;
    }

    private @Nullable Evidenced<LocalTime> timeIn(ReceiptLine l, int from, String rule, @Nullable String label) {
      if (from >= l.text.length()) {
        return null;
      }
      PrintedTime.Found f = PrintedTime.find(l.text.substring(from));
      if (f == null || f.time().toLocalTime() == null) {
        return null;
      }
      int start = from + f.start();
      int end = from + f.end();
      return new Evidenced<>(f.time().toLocalTime(), evidence(rule, label, l, l.wordAt(start), l.wordAt(end - 1) + 1));
    }

    // ------------------------------------------------------------------ amounts

    private List<Candidate> amountCandidates() {
      List<Candidate> out = new ArrayList<>();
      for (ReceiptLine l : lines) {
        if (l.count(Kind.ITEM_HEADER) >= 2) {
          continue; // a column header (ITEM QTY PRICE TOTAL): its labels name columns, not amounts
        }
        java.util.Set<LabelIndex.Match> qualifiers = new java.util.HashSet<>();
        for (LabelIndex.Match m : l.labels) {
          if (qualifiers.contains(m) || !AMOUNT_KINDS.contains(m.kind())) {
            continue;
          }
          int to = l.segmentEnd(m);
          // labels qualifying the first one without a value between them: TOTAL (INCLUDING GST) 79.35 is a
          // total, SUB TOTAL (EXCL GST) 96.00 a subtotal, TOTAL AFTER ADJ INCL GST 88.95 a total: the first
          // label names the value
          LabelIndex.Match last = m;
          for (int hop = 0; hop < 3 && !hasAmount(l, l.lastWord(last) + 1, to); hop++) {
            LabelIndex.Match next = l.nextLabel(last);
            if (next == null || !AMOUNT_KINDS.contains(next.kind()) || to - l.lastWord(last) - 1 > 3) {
              break;
            }
            qualifiers.add(next);
            last = next;
            to = l.segmentEnd(next);
          }
          if (last != m && !hasAmount(l, l.lastWord(last) + 1, to)) {
            qualifiers.clear();
            to = l.segmentEnd(m);
          }
          LabelIndex.Match count = l.nextLabel(m);
          if (last == m && count != null && count.kind() == Kind.ITEM_HEADER && !hasAmount(l, l.lastWord(m) + 1, to)
              && l.words.get(l.firstWord(count)).text().startsWith("(")) {
            to = l.segmentEnd(count); // SUBTOTAL (QTY 4) RM41.43: a count in parentheses qualifies the label
          }
          int found = -1;
          int strong = 0;
          int first = l.lastWord(m) + 1;
          if (last == m && tailOfLabelWord(l, m) && l.amounts[first - 1] != null && l.amounts[first - 1].strong()) {
            first--; // the label runs into its amount's word: TOTAL RM4.00 matches TOTAL RM
          }
          for (int w = first; w < to; w++) {
            Amount a = l.amounts[w];
            if (a != null && (a.strong() || language.decimals() == 0)) {
              found = w;
              strong++;
            }
          }
          if (found >= 0) {
            out.add(new Candidate(m.kind(), l.amounts[found].value(), l, m, found, l,
                strong >= 2 && m.kind() == Kind.TOTAL ? SUMMARY_ROW : Evidence.LABEL));
            continue;
          }
          if (l.lastWord(m) + 1 >= l.segmentEnd(m) && l.segmentEnd(m) == l.words.size()) {
            ReceiptLine row = sameRow(l);
            if (row != null) {
              // the labels and the amounts printed as two columns, laid out as two blocks: SUBTOTAL … 28.70
              out.add(new Candidate(m.kind(), row.amounts[0].value(), l, m, 0, row, Evidence.LABEL));
              continue;
            }
          }
          ReceiptLine under = under(l, m);
          if (under != null && under.labels.isEmpty()) {
            for (int w = under.words.size() - 1; w >= 0; w--) {
              Amount a = under.amounts[w];
              if (a != null && a.strong() && overlaps(l, m, under, w)) {
                out.add(new Candidate(m.kind(), a.value(), l, m, w, under, Evidence.LABEL_ABOVE));
                break;
              }
            }
          }
        }
      }
      return out;
    }

    /**
     * The line of one strong amount printed on a label line's row, to its right, but laid out apart from it (the
     * amounts of a column the layout engine read as a block of its own), or {@code null}. The two must share
     * most of their height.
     */
    private @Nullable ReceiptLine sameRow(ReceiptLine l) {
      double height = l.bottom - l.top;
      double right = l.x1[l.words.size() - 1];
      if (Double.isNaN(height) || height <= 0 || Double.isNaN(right)) {
        return null;
      }
      for (ReceiptLine other : lines) {
        if (other == l || other.words.size() != 1 || other.amounts[0] == null || !other.amounts[0].strong()
            || Double.isNaN(other.x0[0]) || other.x0[0] <= right) {
          continue;
        }
        double overlap = Math.min(l.bottom, other.bottom) - Math.max(l.top, other.top);
        if (overlap >= 0.6 * Math.min(height, other.bottom - other.top)) {
          return other;
        }
      }
      return null;
    }

    private @Nullable Evidenced<BigDecimal> first(List<Candidate> candidates, Kind kind) {
      Candidate best = null;
      for (Candidate c : candidates) {
        if (c.kind() == kind && (best == null || c.label().entry().rank() < best.label().entry().rank())) {
          best = c;
        }
      }
      return best == null ? null : evidenced(best, best.value());
    }

    private @Nullable Evidenced<BigDecimal> discount(List<Candidate> candidates) {
      BigDecimal sum = null;
      Candidate first = null;
      for (Candidate c : candidates) {
        if (c.kind() == Kind.DISCOUNT && c.value().signum() != 0) {
          BigDecimal v = c.value().signum() > 0 ? c.value().negate() : c.value();
          sum = sum == null ? v : sum.add(v);
          if (first == null) {
            first = c;
          }
        }
      }
      return first == null ? null : evidenced(first, sum);
    }

    private Evidenced<BigDecimal> evidenced(Candidate c, BigDecimal value) {
      String rule = c.rule().equals(SUMMARY_ROW) ? Evidence.LABEL : c.rule();
      return new Evidenced<>(value, evidence(rule, c.label().entry().label(), c.valueLine(), c.word(), c.word() + 1));
    }

    private @Nullable Evidenced<BigDecimal> total(List<Candidate> candidates, List<ReceiptItem> items,
        @Nullable Evidenced<BigDecimal> subtotal, @Nullable Evidenced<BigDecimal> vat,
        @Nullable Evidenced<BigDecimal> supply, @Nullable Evidenced<BigDecimal> taxFree,
        @Nullable Evidenced<BigDecimal> discount) {
      List<BigDecimal> implied = new ArrayList<>();
      Candidate change = null;
      List<Candidate> paid = new ArrayList<>();
      BigDecimal rounding = null;
      for (Candidate c : candidates) {
        if (c.kind() == Kind.CHANGE && change == null) {
          change = c;
        } else if (c.kind() == Kind.PAID) {
          paid.add(c);
        } else if (c.kind() == Kind.ROUNDING && rounding == null) {
          rounding = c.value();
        }
      }
      Candidate tendered = tendered(paid, change);
      if (change == null) {
        paid.forEach(p -> implied.add(p.value()));
      } else if (tendered != null) {
        implied.add(tendered.value().subtract(change.value()));
      }
      List<BigDecimal> sums = new ArrayList<>();
      if (subtotal != null && vat != null) {
        sums.add(subtotal.value().add(vat.value()));
      }
      if (supply != null) {
        BigDecimal s = supply.value().add(vat == null ? BigDecimal.ZERO : vat.value())
            .add(taxFree == null ? BigDecimal.ZERO : taxFree.value());
        sums.add(s);
      }
      BigDecimal itemsSum = itemsSum(items);
      if (itemsSum != null && discount != null) {
        itemsSum = itemsSum.add(discount.value()); // a coupon or discount printed under the items (negative)
      }
      if (itemsSum != null && itemsSum.signum() > 0) {
        sums.add(itemsSum); // prices that include their tax
        if (vat != null) {
          sums.add(itemsSum.add(vat.value()));
        }
      }
      if (rounding != null) {
        for (BigDecimal s : List.copyOf(sums)) {
          sums.add(s.add(rounding));
        }
        if (subtotal != null) {
          sums.add(subtotal.value().add(rounding));
        }
      }
      int payment = Integer.MAX_VALUE; // the first line of the payment: a total under it is a summary's
      for (Candidate c : candidates) {
        if (c.kind() == Kind.PAID || c.kind() == Kind.CHANGE) {
          payment = Math.min(payment, c.line().index);
        }
      }
      int taxTable = Integer.MAX_VALUE; // the tax summary's heading: the total rows under it break the tax down
      for (ReceiptLine l : lines) {
        if (l.has(Kind.TAX_SUMMARY)) {
          taxTable = l.index;
          break;
        }
      }
      Candidate best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      boolean bestTaxRow = false;
      boolean bestConfirmed = false;
      for (Candidate c : candidates) {
        if (c.kind() != Kind.TOTAL || c.value().signum() <= 0) {
          continue;
        }
        int n = labels.labels(Kind.TOTAL, c.label().entry().language()).size();
        double score = 3.0 * (n - c.label().entry().rank()) / Math.max(1, n);
        boolean taxRow = c.rule().equals(SUMMARY_ROW) || c.line().index > taxTable;
        if (taxRow) {
          score -= 3; // TOTAL 83.93 5.04, or TOTAL : 60.00 under GST SUMMARY: the taxable amount and its tax
        }
        if (c.line().index > payment) {
          score -= 2; // printed after the payment: a tax summary's total
        }
        boolean confirmed = false;
        if (contains(implied, c.value())) {
          score += change != null ? 10 : 4;
          confirmed = true;
        }
        if (contains(sums, c.value())) {
          score += 3;
          confirmed = true;
        }
        if (best != null && c.value().compareTo(best.value()) == 0) {
          score = Math.max(score, bestScore) + 1;
          confirmed |= bestConfirmed;
          taxRow &= bestTaxRow;
        }
        // of equally good totals the last one before the payment: after the discounts and adjustments
        if (score > bestScore || score == bestScore && best != null && c.valueLine().index > best.valueLine().index) {
          best = c;
          bestScore = score;
          bestTaxRow = taxRow;
          bestConfirmed = confirmed;
        }
      }
      if (best != null && !(bestTaxRow && !bestConfirmed)) {
        Evidenced<BigDecimal> rounded = roundedTotal(candidates, best);
        return rounded != null ? rounded : evidenced(best, best.value());
      }
      // no total label, or only a tax table's total row that nothing confirms: the amount's other evidence
      Evidenced<BigDecimal> parts = partsSum(candidates, items, subtotal, vat, supply, taxFree, change != null);
      if (parts != null) {
        return parts;
      }
      if (tendered != null) {
        Candidate p = tendered;
        BigDecimal value = change == null ? p.value() : p.value().subtract(change.value());
        if (value.signum() > 0) {
          Evidence e = evidenced(p, value).evidence();
          return new Evidenced<>(value, new Evidence(e.page(), Evidence.PAID_MINUS_CHANGE, e.label(), e.words()));
        }
      }
      BigDecimal sum = itemsSum(items);
      if (sum != null && sum.signum() > 0) {
        for (int i = lines.size() - 1; i >= 0; i--) {
          ReceiptLine l = lines.get(i);
          for (int w = l.words.size() - 1; w >= 0; w--) {
            Amount a = l.amounts[w];
            if (a != null && a.strong() && a.value().compareTo(sum) == 0 && !itemLine(items, l)) {
              return new Evidenced<>(a.value(), evidence(Evidence.ITEMS_SUM, null, l, w, w + 1));
            }
          }
        }
      }
      if (best != null) {
        return evidenced(best, best.value()); // a tax table's total row, the only amount a total label gave
      }
      missing.add("total: no amount after a total label (" + examples(Kind.TOTAL)
          + "), no amount paid and none equal to the items' sum");
      return null;
    }

    /**
     * The amount handed over that the change was counted from: with a change printed, the largest amount paid
     * ({@code CASH 8.60}, {@code TENDERED 9.00}, {@code CHANGE 0.40}: the cash line is the amount charged in cash,
     * the tendered one what the customer gave); without one, the first. {@code null} when nothing was paid.
     */
    private static @Nullable Candidate tendered(List<Candidate> paid, @Nullable Candidate change) {
      Candidate out = null;
      for (Candidate p : paid) {
        if (out == null || change != null && p.value().compareTo(out.value()) > 0) {
          out = p;
        }
      }
      return out;
    }

    /**
     * Without a labelled total: the amount printed after the tax lines that equals their parts, the supply
     * amount (or subtotal, or the items' sum) plus the VAT and the tax-free amount ({@code 과세물품가액 28,273},
     * {@code 부가세 2,827}, then {@code 비씨카드 31,100} under a total line whose amount was misread). When the
     * change is printed, the amount paid minus it decides instead.
     */
    private @Nullable Evidenced<BigDecimal> partsSum(List<Candidate> candidates, List<ReceiptItem> items,
        @Nullable Evidenced<BigDecimal> subtotal, @Nullable Evidenced<BigDecimal> vat,
        @Nullable Evidenced<BigDecimal> supply, @Nullable Evidenced<BigDecimal> taxFree, boolean change) {
      if (vat == null || vat.value().signum() <= 0 || change) {
        return null;
      }
      BigDecimal tax = vat.value().add(taxFree == null ? BigDecimal.ZERO : taxFree.value());
      List<BigDecimal> sums = new ArrayList<>();
      if (supply != null) {
        sums.add(supply.value().add(tax));
      }
      if (subtotal != null) {
        sums.add(subtotal.value().add(vat.value()));
      }
      BigDecimal itemsSum = itemsSum(items);
      if (itemsSum != null && itemsSum.signum() > 0) {
        sums.add(itemsSum.add(vat.value()));
      }
      if (sums.isEmpty()) {
        return null;
      }
      int after = -1; // the last line of the parts: the sum is printed below them
      for (Candidate c : candidates) {
        if (c.kind() == Kind.VAT || c.kind() == Kind.SUPPLY_AMOUNT || c.kind() == Kind.SUBTOTAL
            || c.kind() == Kind.TAX_FREE) {
          after = Math.max(after, c.valueLine().index);
        }
      }
      for (int i = after + 1; i < lines.size(); i++) {
        ReceiptLine l = lines.get(i);
        for (int w = 0; w < l.words.size(); w++) {
          Amount a = l.amounts[w];
          if (a != null && (a.strong() || language.decimals() == 0) && a.value().signum() > 0
              && contains(sums, a.value())) {
            LabelIndex.Match label = lastLabelBefore(l, w);
            return new Evidenced<>(a.value(), evidence(Evidence.PARTS_SUM,
                label == null ? null : label.entry().label(), l, w, w + 1));
          }
        }
      }
      return null;
    }

    /**
     * The total after its printed rounding adjustment: an amount on a total, subtotal or rounding line below the
     * adjustment that differs from the total by exactly the adjustment ({@code TOTAL SALES 45.34}, {@code
     * ROUNDING ADJUSTMENT .01}, {@code ROUNDING 45.35}). What is due is the rounded amount; the adjustment's sign
     * is not trusted, receipts print it either way.
     */
    private @Nullable Evidenced<BigDecimal> roundedTotal(List<Candidate> candidates, Candidate total) {
      for (Candidate r : candidates) {
        BigDecimal step = r.value().abs();
        if (r.kind() != Kind.ROUNDING || step.signum() == 0 || step.compareTo(total.value()) >= 0) {
          continue;
        }
        for (Candidate c : candidates) {
          if (c != total && ROUNDED.contains(c.kind()) && c.valueLine().index > r.valueLine().index
              && !c.rule().equals(SUMMARY_ROW) && c.value().signum() > 0
              && c.value().subtract(total.value()).abs().compareTo(step) == 0) {
            return new Evidenced<>(c.value(),
                evidence(Evidence.ROUNDED_TOTAL, c.label().entry().label(), c.valueLine(), c.word(), c.word() + 1));
          }
        }
      }
      return null;
    }

    private boolean itemLine(List<ReceiptItem> items, ReceiptLine l) {
      for (ReceiptItem item : items) {
        for (EvidenceWord w : item.evidence().words()) {
          for (Word word : l.words) {
            if (word.polygon() != null && word.polygon().equals(w.polygon()) && word.text().equals(w.text())) {
              return true;
            }
          }
        }
      }
      return false;
    }

    // ------------------------------------------------------------------ items

    private List<ReceiptItem> items(int headerEnd, int merchantLine, @Nullable Evidenced<String> address) {
      int start = -1;
      for (ReceiptLine l : lines) {
        if (l.count(Kind.ITEM_HEADER) >= 2) {
          start = l.index + 1;
          break;
        }
      }
      boolean headed = start >= 0;
      if (!headed) {
        start = headerEnd;
        if (start > 0 && start < lines.size() && start - 1 > merchantLine && nameLine(lines.get(start - 1))
            && (address == null || lineOf(address) < start - 1 && lastLineOf(address) < start - 1)) {
          start--;
        }
      }
      List<ReceiptItem> items = new ArrayList<>();
      ReceiptLine pendingName = null;
      for (int i = start; i < lines.size(); i++) {
        ReceiptLine l = lines.get(i);
        boolean ends = false;
        for (LabelIndex.Match m : l.labels) {
          if (ITEMS_END.contains(m.kind())) {
            ends = true;
            break;
          }
        }
        if (ends) {
          break;
        }
        ReceiptItem item = itemRow(l, pendingName);
        if (item != null) {
          items.add(item);
          pendingName = null;
        } else {
          pendingName = nameLine(l) ? l : null;
        }
      }
      return items;
    }

    /** A line of text only: a possible item name for the numbers under it. */
    private boolean nameLine(ReceiptLine l) {
      for (Amount a : l.amounts) {
        if (a != null && a.strong()) {
          return false;
        }
      }
      for (LabelIndex.Match m : l.labels) {
        if (m.kind() != Kind.DISCOUNT && m.kind() != Kind.TAX_FREE_MARKER && m.kind() != Kind.ADDRESS_WORD
            && m.kind() != Kind.COMPANY_SUFFIX) {
          return false;
        }
      }
      boolean letters = false;
      for (int c = 0; c < l.text.length() && !letters; c++) {
        letters = Character.isLetter(l.text.charAt(c));
      }
      return letters && firstDate(l) == null && !PHONE.matcher(l.text).find();
    }

    private @Nullable ReceiptItem itemRow(ReceiptLine l, @Nullable ReceiptLine pendingName) {
      int n = l.words.size();
      int firstNumber = n;
      for (int w = n - 1; w >= 0; w--) {
        String t = l.words.get(w).text();
        if (l.amounts[w] != null || barcode(t) || taxCode(t, w, n, l)) {
          firstNumber = w;
        } else {
          break;
        }
      }
      List<Integer> numbers = new ArrayList<>();
      for (int w = firstNumber; w < n; w++) {
        if (l.amounts[w] != null && !barcode(l.words.get(w).text())) {
          numbers.add(w);
        }
      }
      if (numbers.isEmpty()) {
        return null;
      }
      int last = numbers.get(numbers.size() - 1);
      Amount amount = l.amounts[last];
      if (!amount.strong() && !(language.decimals() == 0 && numbers.size() >= 2)) {
        return null;
      }
      BigDecimal unit = null;
      BigDecimal count = null;
      if (numbers.size() >= 3) {
        BigDecimal a = l.amounts[numbers.get(numbers.size() - 3)].value();
        BigDecimal b = l.amounts[numbers.get(numbers.size() - 2)].value();
        if (a.multiply(b).compareTo(amount.value()) == 0 && small(b, l.amounts[numbers.get(numbers.size() - 2)])) {
          unit = a;
          count = b;
        } else if (a.multiply(b).compareTo(amount.value()) == 0 && small(a, l.amounts[numbers.get(numbers.size() - 3)])) {
          unit = b;
          count = a;
        } else {
          unit = a;
          count = b;
        }
      } else if (numbers.size() == 2) {
        Amount a = l.amounts[numbers.get(0)];
        if (small(a.value(), a)) {
          count = a.value();
        } else if (a.value().signum() > 0 && amount.value().remainder(a.value()).signum() == 0) {
          unit = a.value();
          count = amount.value().divide(a.value());
        } else {
          unit = a.value();
        }
      }
      int nameTo = firstNumber;
      String rule = Evidence.ITEM_ROW;
      List<EvidenceWord> words = new ArrayList<>();
      String name;
      if (nameTo > 0) {
        name = l.join(0, nameTo);
        addWords(words, l, 0, n, Masking.Style.NONE);
      } else if (pendingName != null) {
        name = pendingName.text;
        rule = Evidence.ITEM_TWO_LINES;
        addWords(words, pendingName, 0, pendingName.words.size(), Masking.Style.NONE);
        addWords(words, l, 0, n, Masking.Style.NONE);
      } else {
        return null;
      }
      boolean taxFree = false;
      String stripped = name.strip();
      for (String marker : markers()) {
        if (stripped.startsWith(marker)) {
          taxFree = true;
          stripped = stripped.substring(marker.length()).strip();
          break;
        }
        if (stripped.endsWith(marker) && marker.length() > 1) {
          taxFree = true;
          stripped = stripped.substring(0, stripped.length() - marker.length()).strip();
          break;
        }
      }
      BigDecimal value = amount.value();
      boolean discount = value.signum() < 0 || LabelIndex.normalize(stripped).isEmpty() ? value.signum() < 0
          : discountName(stripped);
      if (discount && value.signum() > 0) {
        value = value.negate();
      }
      String clean = clean(stripped);
      return new ReceiptItem(clean.isEmpty() ? null : clean, count, unit, value, taxFree, discount,
          new Evidence(page, rule, null, words));
    }

    private boolean discountName(String name) {
      for (LabelIndex.Match m : index.find(LabelIndex.normalize(name))) {
        if (m.kind() == Kind.DISCOUNT) {
          return true;
        }
      }
      return false;
    }

    private List<String> markers() {
      return labels.labels(Kind.TAX_FREE_MARKER, language.code());
    }

    private boolean small(BigDecimal v, Amount a) {
      return !a.strong() && v.signum() > 0 && v.compareTo(BigDecimal.valueOf(1000)) < 0 && v.scale() <= 0;
    }

    /** Items are kept when an item header announced them or they add up to a printed total or subtotal. */
    private List<ReceiptItem> keptItems(List<ReceiptItem> items, @Nullable Evidenced<BigDecimal> total,
        @Nullable Evidenced<BigDecimal> subtotal) {
      if (items.isEmpty()) {
        return items;
      }
      BigDecimal sum = itemsSum(items);
      for (ReceiptLine l : lines) {
        if (l.count(Kind.ITEM_HEADER) >= 2) {
          return items;
        }
      }
      if (sum != null && (total != null && sum.compareTo(total.value()) == 0
          || subtotal != null && sum.compareTo(subtotal.value()) == 0)) {
        return items;
      }
      missing.add("items: " + items.size() + " item lines were read without an item header and add up to " + sum
          + ", not to a printed total; they were left out");
      return List.of();
    }

    private @Nullable BigDecimal itemsSum(List<ReceiptItem> items) {
      BigDecimal sum = null;
      for (ReceiptItem item : items) {
        if (item.amount() != null) {
          sum = sum == null ? item.amount() : sum.add(item.amount());
        }
      }
      return sum;
    }

    // ------------------------------------------------------------------ helpers

    private LabelIndex.@Nullable Match labelBefore(ReceiptLine l, int word, Kind kind) {
      LabelIndex.Match found = null;
      for (LabelIndex.Match m : l.labels) {
        if (l.firstWord(m) > word) {
          break;
        }
        if (m.kind() == kind) {
          found = m;
        } else if (found != null && l.firstWord(m) > l.lastWord(found)) {
          found = null;
        }
      }
      return found;
    }

    /** The last label (not a marker) that ends before word {@code word}, or {@code null}. */
    private LabelIndex.@Nullable Match lastLabelBefore(ReceiptLine l, int word) {
      LabelIndex.Match found = null;
      for (LabelIndex.Match m : l.labels) {
        if (l.lastWord(m) >= word) {
          break;
        }
        if (!ReceiptLine.marker(m)) {
          found = m;
        }
      }
      return found;
    }

    private LabelIndex.@Nullable Match firstOf(ReceiptLine l, Kind kind) {
      for (LabelIndex.Match m : l.labels) {
        if (m.kind() == kind) {
          return m;
        }
      }
      return null;
    }

    /** The line an evidence's first word is on, or -1. */
    private int lineOf(Evidenced<?> value) {
      List<EvidenceWord> words = value.evidence().words();
      return words.isEmpty() ? -1 : lineHolding(words.get(0));
    }

    private int lastLineOf(Evidenced<?> value) {
      List<EvidenceWord> words = value.evidence().words();
      return words.isEmpty() ? -1 : lineHolding(words.get(words.size() - 1));
    }

    private int lineHolding(EvidenceWord ew) {
      for (ReceiptLine l : lines) {
        for (Word w : l.words) {
          if (Objects.equals(w.polygon(), ew.polygon()) && w.text().equals(ew.text())) {
            return l.index;
          }
        }
      }
      return -1;
    }

    /** The index in a line's text just after a value's last word. */
    private int lastIndex(ReceiptLine l, Evidenced<?> value) {
      List<EvidenceWord> words = value.evidence().words();
      EvidenceWord lastWord = words.get(words.size() - 1);
      for (int w = l.words.size() - 1; w >= 0; w--) {
        if (Objects.equals(l.words.get(w).polygon(), lastWord.polygon()) && l.words.get(w).text().equals(lastWord.text())) {
          int end = l.textStart[w] + l.words.get(w).text().length();
          // a time may share the date's word (2018-12-25T10:00): start inside it
          return Math.max(0, end - Math.min(end, 0));
        }
      }
      return 0;
    }

    private Evidence evidence(String rule, @Nullable String label, ReceiptLine l, int from, int to) {
      List<EvidenceWord> words = new ArrayList<>(Math.max(0, to - from));
      addWords(words, l, from, to, Masking.Style.NONE);
      return new Evidence(page, rule, label, words);
    }

    private void addWords(List<EvidenceWord> out, ReceiptLine l, int from, int to, Masking.Style style) {
      for (int w = Math.max(0, from); w < Math.min(to, l.words.size()); w++) {
        Word word = l.words.get(w);
        out.add(new EvidenceWord(style.apply(Masking.numbersIn(word.text())), word.polygon(), word.confidence()));
      }
    }

    private String examples(Kind kind) {
      List<String> list = labels.labels(kind, language.code());
      if (list.isEmpty()) {
        return "none in the label table for " + language.code();
      }
      return String.join(", ", list.subList(0, Math.min(3, list.size()))) + (list.size() > 3 ? " …" : "");
    }

    private String orders() {
      StringBuilder sb = new StringBuilder();
      for (var o : language.dates().orders()) {
        if (sb.length() > 0) {
          sb.append('/');
        }
        sb.append(switch (o) {
          case YEAR_MONTH_DAY -> "YMD";
          case DAY_MONTH_YEAR -> "DMY";
          case MONTH_DAY_YEAR -> "MDY";
        });
      }
      return sb.toString();
    }
  }

  // ------------------------------------------------------------------ words

  /** The amount a word shows in a language's format, or {@code null}. */
  static @Nullable Amount amount(String word, ReceiptLabels.Language language) {
    String s = word.strip();
    boolean digit = false;
    for (int i = 0; i < s.length() && !digit; i++) {
      digit = Character.isDigit(s.charAt(i));
    }
    if (!digit || s.length() > 24) {
      return null;
    }
    boolean currency = false;
    String upper = s.toUpperCase(Locale.ROOT);
    for (String symbol : language.currencySymbols().keySet()) {
      if (upper.startsWith(symbol)) {
        s = s.substring(symbol.length()).strip();
        upper = upper.substring(symbol.length()).strip();
        currency = true;
      } else if (upper.endsWith(symbol)) {
        s = s.substring(0, s.length() - symbol.length()).strip();
        upper = upper.substring(0, upper.length() - symbol.length()).strip();
        currency = true;
      }
    }
    if (s.length() > 1 && s.endsWith(")") && s.indexOf('(') < 0 && Character.isDigit(s.charAt(s.length() - 2))) {
      s = s.substring(0, s.length() - 1); // 63.60): the receipt's edge or a rule read as a closing parenthesis
    }
    if (s.length() > 1 && s.endsWith("-") && Character.isDigit(s.charAt(s.length() - 2))) {
      s = "-" + s.substring(0, s.length() - 1);
    }
    if (s.length() > 1 && s.charAt(0) == '.' && Character.isDigit(s.charAt(1))) {
      s = "0" + s; // .01, .00: tills print cents without the leading zero
    }
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      } else if (",.+-−()".indexOf(c) < 0) {
        return null;
      }
    }
    if (digits == 0) {
      return null;
    }
    BigDecimal value = KoreanNumber.read(s).value();
    if (value == null) {
      return null;
    }
    int dot = s.lastIndexOf('.');
    int afterDot = dot < 0 ? -1 : s.length() - dot - 1 - (s.endsWith(")") ? 1 : 0);
    boolean grouped = s.indexOf(',') >= 0 || afterDot == 3 && value.scale() <= 0;
    boolean plain = !grouped && dot < 0;
    if (language.decimals() == 0) {
      if (dot >= 0 && !grouped) {
        return null;
      }
      if (plain && (digits > 7 || s.length() > 1 && s.charAt(0) == '0')) {
        return null;
      }
      return new Amount(value, grouped || currency);
    }
    if (dot >= 0 && afterDot == language.decimals()) {
      return new Amount(value, true);
    }
    if (dot >= 0) {
      return null;
    }
    if (plain && (digits > 7 || s.length() > 1 && s.charAt(0) == '0')) {
      return null;
    }
    return new Amount(value, currency);
  }

  /** A product code: 8 to 14 plain digits. */
  static boolean barcode(String word) {
    int n = word.length();
    if (n < 8 || n > 14) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A tax code printed after an amount ({@code S}, {@code SR}, {@code Z}, {@code T}). */
  private static boolean taxCode(String word, int w, int n, ReceiptLine l) {
    return w == n - 1 && word.length() <= 2 && word.chars().allMatch(Character::isLetter) && w > 0
        && l.amounts[w - 1] != null && word.equals(word.toUpperCase(Locale.ROOT));
  }

  private static boolean digitsOnly(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int digitsFrom(String text, int from) {
    int n = 0;
    for (int i = from; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** Whether words {@code [from, to)} of a line show an amount. */
  private static boolean hasAmount(ReceiptLine l, int from, int to) {
    for (int w = Math.max(0, from); w < Math.min(to, l.words.size()); w++) {
      if (l.amounts[w] != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(ReceiptLine l, int from, int to) {
    for (int w = from; w < to; w++) {
      String t = l.words.get(w).text();
      for (int i = 0; i < t.length(); i++) {
        if (Character.isDigit(t.charAt(i))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean contains(List<BigDecimal> values, BigDecimal v) {
    for (BigDecimal x : values) {
      if (x.compareTo(v) == 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether two words differ by at most one letter changed, added or left out. */
  static boolean oneEditApart(String a, String b) {
    if (a.length() > b.length()) {
      return oneEditApart(b, a);
    }
    if (b.length() - a.length() > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == a.length()) {
      return true;
    }
    return a.length() == b.length() ? a.substring(i + 1).equals(b.substring(i + 1)) : a.substring(i).equals(b.substring(i + 1));
  }

  /** Text stripped of separators at its ends ({@code : 킹마트 ,} → {@code 킹마트}). */
  static String clean(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && ":：;=-–|,.·*>".indexOf(text.charAt(from)) >= 0 || from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && (":：;=|,–-".indexOf(text.charAt(to - 1)) >= 0 || Character.isWhitespace(text.charAt(to - 1)))) {
      to--;
    }
    return text.substring(from, to);
  }
}
