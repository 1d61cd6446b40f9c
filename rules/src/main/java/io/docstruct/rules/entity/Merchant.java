package io.docstruct.rules.entity;

import io.docstruct.privacy.MaskCharacters;
import org.jspecify.annotations.Nullable;

/**
 * The shop an expense was paid to, as printed on the receipt.
 *
 * <pre>{@code
 * Merchant m = expense.merchant();   // emart everyday / 분당정지2점 / 212-81-25544
 * }</pre>
 *
 * @param name store name
 * @param branch branch name ({@code subName})
 * @param businessNumber the business registration number when one of the right shape was printed in full
 * @param printedBusinessNumber the business number as printed, kept when it has the wrong shape or is masked
 * @param address first address
 * @param phone first telephone number, normalised ({@code 031-786-1171})
 */
public record Merchant(
    @Nullable String name,
    @Nullable String branch,
    @Nullable BusinessNumber businessNumber,
    @Nullable String printedBusinessNumber,
    @Nullable String address,
    @Nullable String phone) {

  /** A merchant of which nothing is known. */
  public static Merchant unknown() {
    return new Merchant(null, null, null, null, null, null);
  }

  /**
   * Whether name or branch contains any of the {@code |}-separated keywords ({@code "주점|호프"}), ignoring case
   * and spaces. For rules.
   */
  public boolean nameContainsAny(String keywords) {
    return Keywords.containsAny(name, keywords) || Keywords.containsAny(branch, keywords);
  }

  /**
   * Whether the business number was printed partly hidden ({@code 120-81-*****}, see {@link MaskCharacters}):
   * then it has no {@link #businessNumber()}, and that is not a malformed number. For rules.
   */
  public boolean businessNumberMasked() {
    return printedBusinessNumber != null && MaskCharacters.anyIn(printedBusinessNumber);
  }
}
