package io.docstruct.clova.model.document.medical;

import io.docstruct.json.WireLists;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One {@code checksum} entry. {@code found=false} or empty id lists mean the service could not check the sum
 * (unverifiable), not that it failed; amounts are exact decimals, {@code null} when absent.
 *
 * <pre>{@code
 * ChecksumEntry e = checksum.totalPaid();
 * boolean hasTotal = !e.foundTotalIds().isEmpty(); // ids of result[] cells
 * }</pre>
 *
 * @param found whether any cell of the check was found
 * @param foundValueIds ids of the value cells summed
 * @param foundValueSum their sum
 * @param foundTotalIds ids of the total cells
 * @param foundTotalSum the sum of the totals
 * @param difference the difference between the two sums
 */
public record ChecksumEntry(
    @Nullable Boolean found,
    List<Integer> foundValueIds,
    @Nullable BigDecimal foundValueSum,
    List<Integer> foundTotalIds,
    @Nullable BigDecimal foundTotalSum,
    @Nullable BigDecimal difference) {

  public ChecksumEntry {
    foundValueIds = WireLists.copyOf(foundValueIds);
    foundTotalIds = WireLists.copyOf(foundTotalIds);
  }
}
