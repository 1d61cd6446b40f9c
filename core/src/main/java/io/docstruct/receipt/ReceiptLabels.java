package io.docstruct.receipt;

import io.docstruct.number.DateOrder;
import io.docstruct.number.DateStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The keywords a {@link ReceiptReader} looks for, per field and language, and each language's number and date
 * formats. This is data: a language (Japanese, Chinese, …) is a set of rows in this table, never code.
 *
 * <pre>{@code
 * ReceiptLabels labels = ReceiptLabels.builder()
 *     .add("total", "ja", "合計|お会計|総合計")
 *     .add("vat", "ja", "消費税|内消費税")
 *     .format("ja", "currency", "JPY")
 *     .format("ja", "currency-symbols", "¥|円")
 *     .format("ja", "decimals", "0")
 *     .format("ja", "dates", "YMD")
 *     .format("ja", "script", "HAN|HIRAGANA|KATAKANA")
 *     .build();
 * }</pre>
 *
 * <p>Labels are matched case-insensitively; spaces between two Hangul or CJK characters and spaces next to
 * punctuation do not count ({@code 합 계 :} matches {@code 합계}, {@code TOTAL (RM)} matches {@code TOTAL(RM)}).
 * A label made of Latin letters or digits matches whole words only; any other label written with a leading
 * {@code =} does too ({@code =합겨}, an OCR engine's misreading of {@code 합계}, matches the word {@code 합겨} or
 * {@code 합 겨}, never the inside of {@code 종합겨울세일}). Where labels overlap on a line, the
 * longest wins, so {@code TOTAL QTY} (an {@link Kind#OTHER} label) keeps {@code TOTAL} from matching inside it.
 * Within one kind and language, labels added earlier are preferred when a receipt prints several.
 *
 * <p>Formats ({@link Builder#format}): {@code currency} (ISO 4217 code of the amounts when no printed symbol says
 * otherwise), {@code currency-symbols} (what is printed next to amounts, removed before reading them; {@code
 * RM=MYR} says which currency a symbol stands for, and the symbol printed most on a page decides its currency),
 * {@code decimals} (the minor digits of an amount: 0 for won, 2 for
 * ringgit), {@code dates} (numeric date orders, most likely first: {@code DMY|YMD}), {@code months} (twelve
 * month names, January first; may be given more than once) and {@code script} (the Unicode scripts the
 * language is written in, which help tell a page's language).
 */
public final class ReceiptLabels {
  /** What a label tells: a field's printed label, or a keyword that shapes the reading. */
  public enum Kind {
    /** A printed label before the store's name ({@code 가맹점명}, {@code 상호}). */
    MERCHANT,
    /** A company form in a store's name ({@code (주)}, {@code 주식회사}, {@code SDN BHD}, {@code LTD}). */
    COMPANY_SUFFIX,
    /** A document title that is never the merchant ({@code 영수증}, {@code IC신용승인}, {@code TAX INVOICE}). */
    TITLE,
    /** A printed label before the address ({@code 주소}, {@code ADDRESS}). */
    ADDRESS,
    /**
     * A word that marks an address line ({@code JALAN}, {@code TAMAN}); {@code -로} matches words that end so
     * ({@code 테헤란로}, {@code 중앙로1391}); {@code #####} matches a number of that many digits (a postcode).
     */
    ADDRESS_WORD,
    /** A printed label before the telephone number ({@code TEL}, {@code 전화}). */
    PHONE,
    /** A printed label before the business registration number ({@code 사업자번호}). */
    BUSINESS_NUMBER,
    /** A printed label before the transaction date ({@code 판매일}, {@code 거래일시}, {@code DATE}). */
    DATE,
    /** A printed label before the time ({@code 시간}, {@code TIME}). */
    TIME,
    /** A column header of the item list ({@code 상품명}, {@code 수량}, {@code QTY}, {@code AMOUNT}). */
    ITEM_HEADER,
    /** The total to pay ({@code 합계}, {@code 결제금액}, {@code 받을금액}, {@code TOTAL}, {@code AMOUNT DUE}). */
    TOTAL,
    /** A subtotal before tax, discounts or rounding ({@code 소계}, {@code SUBTOTAL}). */
    SUBTOTAL,
    /** The supply amount, the taxable amount before VAT ({@code 공급가액}, {@code 과세물품가액}). */
    SUPPLY_AMOUNT,
    /** VAT or GST ({@code 부가세}, {@code VAT}, {@code GST}). */
    VAT,
    /** The tax-free amount ({@code 면세물품가액}, {@code 면세}). */
    TAX_FREE,
    /** A discount ({@code 할인}, {@code DISCOUNT}). */
    DISCOUNT,
    /** A rounding adjustment ({@code ROUNDING}, {@code 단수조정}). */
    ROUNDING,
    /** The amount handed over ({@code 받은금액}, {@code CASH}, {@code TENDERED}). */
    PAID,
    /** The change given back ({@code 거스름돈}, {@code CHANGE}). */
    CHANGE,
    /** A printed label before the card company ({@code 카드종류}, {@code 매입사}). */
    CARD_COMPANY,
    /** A printed label before the card number ({@code 카드번호}, {@code CARD NO}). */
    CARD_NUMBER,
    /** A printed label before the approval number ({@code 승인번호}, {@code APPROVAL CODE}). */
    APPROVAL_NUMBER,
    /** A word that says a card paid ({@code 신용카드}, {@code 신용승인}, {@code VISA}). */
    CARD_PAYMENT,
    /** A word that says cash paid ({@code 현금}, {@code 현금영수증}, {@code CASH}). */
    CASH_PAYMENT,
    /** A marker printed with a tax-free item's name ({@code *}, {@code #}, {@code (면세)}). */
    TAX_FREE_MARKER,
    /**
     * The heading of a tax summary table ({@code GST SUMMARY}, {@code TAX SUMMARY}): the rows under it break the
     * tax down by rate, and their {@code TOTAL} row ({@code TOTAL 60.00 3.60}) is not the amount to pay.
     */
    TAX_SUMMARY,
    /**
     * A printed label of something not read ({@code TOTAL QTY}, {@code CASHIER}, {@code GST ID}): it keeps the
     * shorter labels inside it from matching.
     */
    OTHER;

    /** The kind named in a table: {@code total}, {@code TOTAL}, {@code tax-free}, {@code tax_free}. */
    public static Kind of(String name) {
      String key = Objects.requireNonNull(name, "kind == null").strip().toUpperCase(Locale.ROOT).replace('-', '_')
          .replace(' ', '_');
      for (Kind k : values()) {
        if (k.name().equals(key)) {
          return k;
        }
      }
      throw new IllegalArgumentException("'" + name + "' is no receipt label kind; the kinds are "
          + String.join(", ", java.util.Arrays.stream(values()).map(Kind::tableName).toList()));
    }

    /** The kind's name in tables: {@code total}, {@code tax-free}. */
    public String tableName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * A language's formats.
   *
   * @param code the language code as the table names it ({@code ko}, {@code en})
   * @param currency the currency of its amounts when no symbol printed on the page names another ({@code XXX},
   *     "no currency", until the table names one)
   * @param currencySymbols what is printed next to amounts ({@code RM}, {@code ₩}, {@code 원}), upper case, each
   *     with the currency it stands for
   * @param decimals the minor digits of an amount (0 for won, 2 for ringgit or dollars)
   * @param dates how its dates are printed
   * @param scripts the Unicode scripts it is written in, possibly empty
   */
  public record Language(
      String code,
      Currency currency,
      Map<String, Currency> currencySymbols,
      int decimals,
      DateStyle dates,
      List<Character.UnicodeScript> scripts) {
    public Language {
      currencySymbols = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(currencySymbols));
      scripts = List.copyOf(scripts);
    }
  }

  private static final ReceiptLabels EMPTY = builder().build();

  private final Map<String, Language> languages;
  private final Map<Kind, Map<String, List<String>>> labels;

  private ReceiptLabels(Map<String, Language> languages, Map<Kind, Map<String, List<String>>> labels) {
    this.languages = languages;
    this.labels = labels;
  }

  /** A table without any label or language. */
  public static ReceiptLabels empty() {
    return EMPTY;
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this table, to extend or change it. */
  public Builder toBuilder() {
    Builder b = new Builder();
    languages.forEach((code, language) -> b.formats.put(code, new Builder.Formats(language)));
    labels.forEach((kind, byLanguage) ->
        byLanguage.forEach((language, list) -> b.labels(kind, language).addAll(list)));
    return b;
  }

  /** The languages, in the order the table first named them. */
  public List<String> languages() {
    return List.copyOf(languages.keySet());
  }

  /** A language's formats, or {@code null} when the table does not name it. */
  public @Nullable Language language(String code) {
    return languages.get(code);
  }

  /** The labels of {@code kind} in {@code language}, preferred first; empty when there are none. */
  public List<String> labels(Kind kind, String language) {
    Map<String, List<String>> byLanguage = labels.get(kind);
    List<String> list = byLanguage == null ? null : byLanguage.get(language);
    return list == null ? List.of() : list;
  }

  /** How many labels the table holds, over every kind and language. */
  public int size() {
    int n = 0;
    for (Map<String, List<String>> byLanguage : labels.values()) {
      for (List<String> list : byLanguage.values()) {
        n += list.size();
      }
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReceiptLabels other && languages.equals(other.languages) && labels.equals(other.labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(languages, labels);
  }

  @Override
  public String toString() {
    return "ReceiptLabels" + languages.keySet() + " (" + size() + " labels)";
  }

  /**
   * Builds a {@link ReceiptLabels}. Every method names the kind and language as text, so that rule files and
   * spreadsheet decision tables can call it; several labels go in one text separated by {@code |}.
   *
   * <pre>{@code
   * ReceiptLabels.builder().add("total", "ko", "합계|결제금액").remove("total", "ko", "금액").build();
   * }</pre>
   */
  public static final class Builder {
    private final Map<String, Formats> formats = new LinkedHashMap<>();
    private final Map<Kind, Map<String, List<String>>> labels = new EnumMap<>(Kind.class);

    private Builder() {}

    /** A language's formats while they are being set. */
    private static final class Formats {
      @Nullable Currency currency;
      final Map<String, @Nullable Currency> symbols = new LinkedHashMap<>();
      int decimals = 2;
      List<DateOrder> orders = List.of(DateOrder.YEAR_MONTH_DAY);
      final List<String> months = new ArrayList<>();
      final List<Character.UnicodeScript> scripts = new ArrayList<>();

      Formats() {}

      Formats(Language l) {
        currency = l.currency();
        symbols.putAll(l.currencySymbols());
        decimals = l.decimals();
        orders = l.dates().orders();
        months.addAll(l.dates().monthNames());
        scripts.addAll(l.scripts());
      }

      Language build(String code) {
        Currency c = currency == null ? Currency.getInstance("XXX") : currency;
        Map<String, Currency> bySymbol = new LinkedHashMap<>();
        symbols.forEach((symbol, sc) -> bySymbol.put(symbol, sc == null ? c : sc));
        return new Language(code, c, bySymbol, decimals,
            DateStyle.of(orders, months.isEmpty() ? DateStyle.ENGLISH_MONTHS : months), scripts);
      }
    }

    /**
     * Adds labels of a kind in a language, after those it has.
     *
     * @param kind a {@link Kind} by its table name ({@code total}, {@code tax-free}, {@code item-header} …)
     * @param language a language code ({@code ko}, {@code en}, {@code ja})
     * @param phrases one label, or several separated by {@code |}
     * @throws IllegalArgumentException naming the kind, or a blank label
     */
    public Builder add(String kind, String language, String phrases) {
      Kind k = Kind.of(kind);
      List<String> list = labels(k, language(language));
      for (String phrase : split(phrases, kind)) {
        if (!list.contains(phrase)) {
          list.add(phrase);
        }
      }
      return this;
    }

    /** Removes labels of a kind in a language (those it does not have are ignored). */
    public Builder remove(String kind, String language, String phrases) {
      Kind k = Kind.of(kind);
      labels(k, language(language)).removeAll(split(phrases, kind));
      return this;
    }

    /** Removes every label of a kind in a language. */
    public Builder clear(String kind, String language) {
      labels(Kind.of(kind), language(language)).clear();
      return this;
    }

    /**
     * Sets one of a language's formats (see {@link ReceiptLabels}): {@code currency}, {@code currency-symbols},
     * {@code decimals}, {@code dates}, {@code months}, {@code script}.
     *
     * @throws IllegalArgumentException naming the key or the value that is not understood
     */
    public Builder format(String language, String key, String value) {
      Formats f = formats.computeIfAbsent(language(language), l -> new Formats());
      String v = Objects.requireNonNull(value, "value == null").strip();
      switch (Objects.requireNonNull(key, "key == null").strip().toLowerCase(Locale.ROOT)) {
        case "currency" -> {
          try {
            f.currency = Currency.getInstance(v.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + v + "' is no ISO 4217 currency code", e);
          }
        }
        case "currency-symbols" -> {
          for (String symbol : split(v, key)) {
            int eq = symbol.lastIndexOf('=');
            String printed = (eq > 0 ? symbol.substring(0, eq) : symbol).strip().toUpperCase(Locale.ROOT);
            Currency c = null;
            if (eq > 0) {
              try {
                c = Currency.getInstance(symbol.substring(eq + 1).strip().toUpperCase(Locale.ROOT));
              } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + symbol + "': no ISO 4217 currency code after '='", e);
              }
            }
            f.symbols.put(printed, c);
          }
        }
        case "decimals" -> {
          try {
            f.decimals = Integer.parseInt(v);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("decimals '" + v + "' is not a number", e);
          }
          if (f.decimals < 0 || f.decimals > 4) {
            throw new IllegalArgumentException("decimals " + v + " is not 0 to 4");
          }
        }
        case "dates" -> f.orders = split(v, key).stream().map(DateOrder::ofLetters).toList();
        case "months" -> {
          List<String> names = split(v, key);
          if (names.size() != 12) {
            throw new IllegalArgumentException("months takes twelve names, January first; got " + names.size());
          }
          f.months.addAll(names);
        }
        case "script" -> {
          for (String script : split(v, key)) {
            try {
              f.scripts.add(Character.UnicodeScript.forName(script));
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException("'" + script + "' is no Unicode script (HANGUL, HAN, LATIN …)", e);
            }
          }
        }
        default -> throw new IllegalArgumentException("'" + key + "' is no receipt format; the formats are "
            + "currency, currency-symbols, decimals, dates, months, script");
      }
      return this;
    }

    /** The table. */
    public ReceiptLabels build() {
      Map<String, Language> langs = new LinkedHashMap<>();
      formats.forEach((code, f) -> langs.put(code, f.build(code)));
      Map<Kind, Map<String, List<String>>> copy = new EnumMap<>(Kind.class);
      labels.forEach((kind, byLanguage) -> {
        Map<String, List<String>> m = new LinkedHashMap<>();
        byLanguage.forEach((language, list) -> {
          if (!list.isEmpty()) {
            m.put(language, List.copyOf(list));
          }
        });
        if (!m.isEmpty()) {
          copy.put(kind, java.util.Collections.unmodifiableMap(m));
        }
      });
      return new ReceiptLabels(java.util.Collections.unmodifiableMap(langs), java.util.Collections.unmodifiableMap(copy));
    }

    private String language(String language) {
      String code = Objects.requireNonNull(language, "language == null").strip().toLowerCase(Locale.ROOT);
      if (code.isEmpty()) {
        throw new IllegalArgumentException("language is blank");
      }
      formats.computeIfAbsent(code, l -> new Formats());
      return code;
    }

    private List<String> labels(Kind kind, String language) {
      return labels.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(language, l -> new ArrayList<>());
    }

    private static List<String> split(String phrases, String what) {
      List<String> out = new ArrayList<>();
      for (String p : Objects.requireNonNull(phrases, "labels == null").split("\\|")) {
        String s = p.strip();
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
      if (out.isEmpty()) {
        throw new IllegalArgumentException("no label given for " + what);
      }
      return out;
    }
  }
}
