package io.docstruct.rules.entity;

import io.docstruct.verify.number.CardBrand;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A payment card read by Credit Card OCR. The number is masked to its first and last four digits ({@code
 * 5307-****-****-9012}); the full number is present only when personal numbers are revealed, and {@code
 * toString()} never prints it.
 *
 * <pre>{@code
 * CardInfo card = result.cards().get(0);
 * card.brand();         // MASTERCARD
 * card.maskedNumber();  // 5307-****-****-9012
 * }</pre>
 *
 * @param source where it came from
 * @param maskedNumber the number, masked
 * @param number the full number, only when revealed
 * @param brand the brand from the IIN, as verification tells it ({@link CardBrand})
 * @param expiry valid-thru month, when printed
 * @param holder the card holder's name
 */
public record CardInfo(
    Source source,
    @Nullable String maskedNumber,
    @Nullable String number,
    CardBrand brand,
    @Nullable YearMonth expiry,
    @Nullable String holder) {

  /** Whether the card's last valid month is before {@code today}'s month. For rules. */
  public boolean expiredOn(LocalDate today) {
    return expiry != null && expiry.isBefore(YearMonth.from(today));
  }

  /** Never prints the full number. */
  @Override
  public String toString() {
    return "CardInfo[number=" + maskedNumber + ", brand=" + brand + ", expiry=" + expiry + ", holder="
        + holder + "]";
  }
}
