package io.docstruct.rules.compliance;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a receipt shows about its kind of evidence, found by reading its text: the raw material the
 * evidence-type decision table ({@code compliance-evidence.csv}) decides on. Reading is Java's job (a
 * keyword on the page); deciding what the keywords mean for the tax law is the table's.
 *
 * <pre>{@code
 * EvidenceMark.in("현금(지출증빙) 승인번호 123");   // [CASH_RECEIPT_EXPENSE]
 * EvidenceMark.CASH_RECEIPT_EXPENSE.label();        // "현금영수증 지출증빙"
 * }</pre>
 */
public enum EvidenceMark {
  /** 세금계산서 printed. */
  TAX_INVOICE("세금계산서", List.of("세금계산서")),
  /** 계산서 printed (not as part of 세금계산서). */
  INVOICE("계산서", List.of("계산서")),
  /**
   * A card payment: an approval number or a card number was read, or a card-slip heading printed. Not the
   * bare word 신용카드, which a cash sale's footer may print too.
   */
  CARD_PAYMENT("카드결제", List.of("매출전표", "신용승인", "카드승인")),
  /** 체크카드 (직불카드). */
  CHECK_CARD("체크카드", List.of("체크카드", "체크승인", "직불카드")),
  /** 선불카드 or gift card. */
  PREPAID_CARD("선불카드", List.of("선불카드", "기프트카드")),
  /** 현금영수증 issued for 지출증빙 (to a business number). */
  CASH_RECEIPT_EXPENSE("현금영수증 지출증빙", List.of("지출증빙")),
  /** 현금영수증 issued for 소득공제 (to a person): not the company's evidence. */
  CASH_RECEIPT_DEDUCTION("현금영수증 소득공제", List.of("소득공제")),
  /** 간이과세자 printed. */
  SIMPLIFIED_TAXPAYER("간이과세자", List.of("간이과세자", "간이과세")),
  /** 면세사업자 printed. */
  TAX_EXEMPT_BUSINESS("면세사업자", List.of("면세사업자")),
  /** 간이영수증 printed. */
  SIMPLE_RECEIPT("간이영수증", List.of("간이영수증"));

  private final String label;
  private final List<String> keywords;

  EvidenceMark(String label, List<String> keywords) {
    this.label = label;
    this.keywords = keywords;
  }

  /** The Korean name the decision table uses ({@code 현금영수증 지출증빙}). */
  public String label() {
    return label;
  }

  /** The marks whose keywords occur in {@code text} (spaces and case ignored); empty for {@code null}. */
  public static Set<EvidenceMark> in(@Nullable String text) {
    Set<EvidenceMark> marks = EnumSet.noneOf(EvidenceMark.class);
    if (text == null || text.isBlank()) {
      return marks;
    }
    String squashed = text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    for (EvidenceMark mark : values()) {
      String haystack = mark == INVOICE ? squashed.replace("세금계산서", "") : squashed;
      for (String keyword : mark.keywords) {
        if (haystack.contains(keyword)) {
          marks.add(mark);
          break;
        }
      }
    }
    return marks;
  }

  /** The mark with this label or constant name, or {@code null}. */
  static @Nullable EvidenceMark named(String name) {
    String n = name.strip();
    for (EvidenceMark mark : values()) {
      if (mark.label.equals(n) || mark.name().equals(n.toUpperCase(Locale.ROOT))) {
        return mark;
      }
    }
    return null;
  }
}
