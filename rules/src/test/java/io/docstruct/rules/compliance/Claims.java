package io.docstruct.rules.compliance;

import io.docstruct.verify.number.BusinessType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Hand-made expenses and statement rows for batch rule tests: a builder per fact, realistic defaults. */
final class Claims {
  private Claims() {}

  static Builder receipt(String document) {
    return new Builder(document);
  }

  static CardTransaction row(int row, String date, @Nullable String approval, long amount, @Nullable String merchant,
      @Nullable String businessNumber) {
    return new CardTransaction("card.csv", row, LocalDate.parse(date), LocalTime.of(12, 0), approval, merchant,
        businessNumber, amount, "1234-****-****-5678", false);
  }

  static CardTransaction cancellation(int row, String date, String approval, long amount, String merchant) {
    return new CardTransaction("card.csv", row, LocalDate.parse(date), LocalTime.of(13, 0), approval, merchant, null,
        amount, "1234-****-****-5678", true);
  }

  static final class Builder {
    private final String document;
    private String merchant = "김밥천국 역삼점";
    private @Nullable String businessNumber = "220-81-62517";
    private LocalDate date = LocalDate.of(2024, 6, 5);   // a Wednesday
    private LocalTime time = LocalTime.of(12, 31, 5);
    private long total = 33_000;
    private @Nullable Long vat = 3_000L;
    private @Nullable String approval;
    private @Nullable String category = "식비";
    private final Set<EvidenceMark> marks = EnumSet.noneOf(EvidenceMark.class);

    private Builder(String document) {
      this.document = document;
    }

    Builder merchant(String name, @Nullable String number) {
      merchant = name;
      businessNumber = number;
      return this;
    }

    Builder at(String isoDate, String isoTime) {
      date = LocalDate.parse(isoDate);
      time = LocalTime.parse(isoTime);
      return this;
    }

    Builder total(long won, @Nullable Long vatWon) {
      total = won;
      vat = vatWon;
      return this;
    }

    /** Paid by card with this approval number (the CARD_PAYMENT mark, as ClaimedExpense.of sets it). */
    Builder card(String approvalNumber) {
      approval = approvalNumber;
      marks.add(EvidenceMark.CARD_PAYMENT);
      return this;
    }

    Builder category(@Nullable String name) {
      category = name;
      return this;
    }

    Builder shows(EvidenceMark... more) {
      marks.addAll(Set.of(more));
      return this;
    }

    ClaimedExpense build(int sequence) {
      BusinessType type = businessNumber == null ? null : BusinessType.ofCode(Integer.parseInt(businessNumber.substring(4, 6)));
      return new ClaimedExpense(sequence, document, 0, merchant, businessNumber, type, date, time, total, vat, approval,
          approval == null ? null : "1234-****-****-5678", approval == null ? null : "신한", category, marks);
    }
  }
}
