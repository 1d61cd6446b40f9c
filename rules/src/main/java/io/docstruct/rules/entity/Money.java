package io.docstruct.rules.entity;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money: an exact decimal with its currency. Korean documents are in won, so {@link #krw} is the
 * usual factory.
 *
 * <pre>{@code
 * Money total = Money.krw(14_700);
 * Money vat = Money.krw(new BigDecimal("1336"));
 * boolean big = total.isGreaterThan(Money.krw(500_000));
 * }</pre>
 *
 * @param amount the amount, exact (won have no minor unit: scale 0 on Korean receipts)
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
  /** Korean won, the currency of every Korean document. */
  public static final Currency KRW = Currency.getInstance("KRW");

  public Money {
    Objects.requireNonNull(amount, "amount == null");
    Objects.requireNonNull(currency, "currency == null");
  }

  /** An amount in won. */
  public static Money krw(BigDecimal amount) {
    return new Money(amount, KRW);
  }

  /** An amount in won. */
  public static Money krw(long amount) {
    return new Money(BigDecimal.valueOf(amount), KRW);
  }

  /** The sum; both amounts must be in the same currency. */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** The difference; both amounts must be in the same currency. */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** Whether this amount is strictly greater than {@code other} (same currency). */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /** Whether this amount is strictly greater than {@code won} (any currency compares by amount). */
  public boolean isGreaterThan(long won) {
    return amount.compareTo(BigDecimal.valueOf(won)) > 0;
  }

  /** Whether the amount is below zero (a discount or a refund). */
  public boolean negative() {
    return amount.signum() < 0;
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine " + currency + " with " + other.currency);
    }
  }

  /** {@code 14700 KRW}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
