package io.docstruct.rules.entity;

import java.util.Objects;

/**
 * An account (계정과목) an expense is booked to. The common ones are constants; rules may name any other
 * ({@code AccountCategory.of("회의비")}), so this is a value, not an enum.
 *
 * <pre>{@code
 * if (expense.category() == null || expense.category().equals(AccountCategory.MEALS)) { ... }
 * AccountCategory meetings = AccountCategory.of("회의비");
 * }</pre>
 *
 * @param name the account's Korean name as accountants write it ({@code 식비})
 */
public record AccountCategory(String name) {
  /** 식비: meals, cafés, bakeries, groceries for the office. */
  public static final AccountCategory MEALS = new AccountCategory("식비");
  /** 교통비: taxis, trains, buses, fuel, parking, tolls. */
  public static final AccountCategory TRANSPORT = new AccountCategory("교통비");
  /** 접대비: entertainment of clients (bars, alcohol, gifts). */
  public static final AccountCategory ENTERTAINMENT = new AccountCategory("접대비");
  /** 소모품비: supplies bought at marts, convenience and stationery stores. */
  public static final AccountCategory SUPPLIES = new AccountCategory("소모품비");
  /** 통신비: telephone, mobile and internet bills. */
  public static final AccountCategory COMMUNICATION = new AccountCategory("통신비");
  /** 도서인쇄비: books, printing, copying. */
  public static final AccountCategory BOOKS_AND_PRINTING = new AccountCategory("도서인쇄비");
  /** 복리후생비: staff welfare (medical bills, staff events). */
  public static final AccountCategory WELFARE = new AccountCategory("복리후생비");
  /** 지급수수료: fees and commissions. */
  public static final AccountCategory FEES = new AccountCategory("지급수수료");

  public AccountCategory {
    Objects.requireNonNull(name, "name == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
    name = name.strip();
  }

  /** The category with this name. */
  public static AccountCategory of(String name) {
    return new AccountCategory(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
