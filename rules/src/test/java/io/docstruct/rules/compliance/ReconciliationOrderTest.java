package io.docstruct.rules.compliance;

import static io.docstruct.rules.compliance.Claims.receipt;
import static io.docstruct.rules.compliance.Claims.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.rules.RuleEngine;
import io.docstruct.rules.compliance.ReconciliationLine.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Which receipt a card transaction is matched with when several fit it equally well (same amount, dates within
 * the settlement lag, nothing else to tell them apart): the same every time, whatever order the facts come in,
 * and never fewer pairs than the batch allows.
 */
class ReconciliationOrderTest {
  private static final RuleEngine ENGINE = RuleEngine.create();

  /**
   * A week of lunches at a handful of places, paid with the same few amounts: many receipts fit many
   * transactions on amount and date alone (the rows carry no approval or business number), some on a similar
   * merchant name too.
   */
  private static List<ClaimedExpense> lunches() {
    Random random = new Random(20240603);
    String[] places = {"김밥천국 역삼점", "한솥도시락 강남점", "본죽 선릉점", "CU 역삼점"};
    long[] amounts = {8_000, 9_500, 12_300};
    List<ClaimedExpense> claims = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String day = LocalDate.of(2024, 6, 3).plusDays(random.nextInt(5)).toString();
      claims.add(receipt("lunch-" + i + ".json").merchant(places[random.nextInt(places.length)], null)
          .total(amounts[random.nextInt(amounts.length)], null).at(day, "12:" + (10 + random.nextInt(40)))
          .build(i));
    }
    return claims;
  }

  private static List<CardTransaction> lunchRows() {
    Random random = new Random(20240604);
    String[] names = {"김밥천국", "한솥도시락", "본죽", null};
    long[] amounts = {8_000, 9_500, 12_300};
    List<CardTransaction> rows = new ArrayList<>();
    for (int i = 0; i < 36; i++) {
      String day = LocalDate.of(2024, 6, 3).plusDays(random.nextInt(7)).toString();
      rows.add(row(i + 2, day, null, amounts[random.nextInt(amounts.length)], names[random.nextInt(names.length)],
          null));
    }
    return rows;
  }

  private static List<String> pairs(ComplianceReport report) {
    return report.reconciliation(Status.MATCHED).stream()
        .map(l -> l.transaction().where() + " = " + l.claim().document() + " by " + l.basis())
        .toList();
  }

  @Test
  void theSameMatchesWhateverOrderTheFactsComeIn() {
    List<ClaimedExpense> claims = lunches();
    List<CardTransaction> rows = lunchRows();
    ComplianceReport first = ENGINE.checkBatch(claims, rows);
    assertThat(pairs(first)).hasSizeGreaterThan(20);

    Random shuffler = new Random(1);
    for (int run = 0; run < 12; run++) {
      List<ClaimedExpense> c = new ArrayList<>(claims);
      List<CardTransaction> r = new ArrayList<>(rows);
      Collections.shuffle(c, shuffler);
      Collections.shuffle(r, shuffler);
      ComplianceReport again = ENGINE.checkBatch(c, r);

      assertThat(pairs(again)).as("run %d", run).isEqualTo(pairs(first));
      assertThat(again.reconciliation()).as("run %d", run).isEqualTo(first.reconciliation());
      assertThat(again.findings()).as("run %d", run).isEqualTo(first.findings());
    }
  }

  @Test
  void eachReceiptTakesTheEarliestFreeTransactionSoNoneIsLeftWithoutOne() {
    // Per amount: the first receipt of the batch (5 June) fits both transactions (3 and 8 June, lag 3); the
    // second (2 June) fits only the one of 3 June. Whichever the first took, a greedy pass in batch order left
    // the second without its transaction half of the time; taking receipts by date, each the earliest free
    // transaction, matches both.
    List<ClaimedExpense> claims = new ArrayList<>();
    List<CardTransaction> rows = new ArrayList<>();
    for (int k = 0; k < 8; k++) {
      long amount = 10_000 + 1_000L * k;
      claims.add(receipt("dinner-" + k + ".json").total(amount, null).at("2024-06-05", "19:00").build(claims.size()));
      claims.add(receipt("lunch-" + k + ".json").total(amount, null).at("2024-06-02", "12:00").build(claims.size()));
      rows.add(row(rows.size() + 2, "2024-06-03", null, amount, null, null));
      rows.add(row(rows.size() + 2, "2024-06-08", null, amount, null, null));
    }

    ComplianceReport report = ENGINE.checkBatch(claims, rows);

    assertThat(report.reconciliation(Status.MATCHED)).hasSize(16)
        .allSatisfy(l -> assertThat(l.basis()).isEqualTo(MatchBasis.AMOUNT_DATE))
        .filteredOn(l -> l.claim().document().startsWith("lunch-"))
        .allSatisfy(l -> assertThat(l.transaction().date()).isEqualTo(LocalDate.of(2024, 6, 3)));
    assertThat(report.reconciliation(Status.NO_RECEIPT)).isEmpty();
  }

  @Test
  void theFirstCopyOfAReceiptPhotographedTwiceIsTheOneMatchedAndTheReasonIsWritten() {
    List<ClaimedExpense> claims = new ArrayList<>();
    claims.add(receipt("taxi.json").merchant("카카오T 택시", "120-88-00767").total(12_300, null)
        .at("2024-06-03", "23:10").build(0));
    claims.add(receipt("taxi-again.json").merchant("카카오T 택시", "120-88-00767").total(12_300, null)
        .at("2024-06-03", "23:10").build(1));
    List<CardTransaction> rows = List.of(row(2, "2024-06-05", null, 12_300, "카카오T", "120-88-00767"));

    ComplianceReport report = ENGINE.checkBatch(claims, rows);

    assertThat(report.reconciliation(Status.MATCHED)).singleElement().satisfies(l -> {
      assertThat(l.claim().document()).isEqualTo("taxi.json");
      assertThat(l.reason()).isEqualTo("amount ₩12,300, business number 120-88-00767, dates 2024-06-03 / 2024-06-05");
    });
  }
}
