package io.docstruct.bench;

import io.docstruct.rules.RuleEngine;
import io.docstruct.rules.compliance.CardTransaction;
import io.docstruct.rules.compliance.ClaimedExpense;
import io.docstruct.rules.compliance.ComplianceReport;
import io.docstruct.rules.compliance.EvidenceMark;
import io.docstruct.rules.compliance.ReconciliationLine.Status;
import io.docstruct.verify.number.BusinessType;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * How the batch rules ({@link RuleEngine#checkBatch}) scale: N synthetic receipts and an N-row card statement
 * in one rule session, for each N given, with the time, the CPU time of the calling thread and the heap's
 * peak. Run it with {@code -Xmx1g} to show the largest batch fits in 1 GB.
 *
 * <pre>{@code
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar io.docstruct.bench.ComplianceScaling 1000 10000 100000
 * }</pre>
 *
 * <p>The batch is shaped like a company's year: 2,000 merchants with business numbers, dates over 365 days,
 * totals from ₩1,000 to ₩300,000 in steps of ₩100 (so an amount is shared by ~N/3,000 receipts, which the
 * amount joins must survive), 80% card slips with approval numbers, 10% 현금영수증, 10% 간이영수증, 1% of the
 * receipts photographed twice; the statement has a row per card receipt (one in ten without its approval
 * number, matched by amount, date and business number), cancelled approvals, and rows without a receipt up
 * to N rows.
 */
public final class ComplianceScaling {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final int MERCHANTS = 2_000;
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  private ComplianceScaling() {}

  /** Synthetic claims and statement rows of one size. */
  record Batch(List<ClaimedExpense> claims, List<CardTransaction> rows) {}

  static Batch batch(int n, long seed) {
    Random random = new Random(seed);
    List<ClaimedExpense> claims = new ArrayList<>(n);
    List<CardTransaction> rows = new ArrayList<>(n);
    int approval = 10_000_000;
    while (claims.size() < n) {
      int merchant = random.nextInt(MERCHANTS);
      String number = String.format("%03d-%02d-%05d", 100 + merchant % 800, 81 + merchant % 5, merchant);
      LocalDate date = START.plusDays(random.nextInt(365));
      LocalTime time = LocalTime.of(7 + random.nextInt(16), random.nextInt(60), random.nextInt(60));
      long total = 1_000 + 100L * random.nextInt(2_991);
      int kind = random.nextInt(10);
      Set<EvidenceMark> marks = EnumSet.noneOf(EvidenceMark.class);
      String approvalNumber = null;
      if (kind < 8) {
        approvalNumber = Integer.toString(approval++);
        marks.add(EvidenceMark.CARD_PAYMENT);
      } else if (kind == 8) {
        marks.add(EvidenceMark.CASH_RECEIPT_EXPENSE);
      }
      ClaimedExpense claim = new ClaimedExpense(claims.size(), "r" + claims.size() + ".json", 0, "가맹점 " + merchant,
          number, BusinessType.ofCode(81 + merchant % 5), date, time, total, total / 11, approvalNumber,
          approvalNumber == null ? null : "1234-****-****-5678", approvalNumber == null ? null : "신한",
          random.nextInt(5) == 0 ? "접대비" : "식비", marks);
      claims.add(claim);
      if (random.nextInt(100) == 0 && claims.size() < n) {   // photographed twice
        claims.add(new ClaimedExpense(claims.size(), "r" + claims.size() + "-again.json", 0, claim.merchant(),
            number, claim.businessType(), date, time, total, claim.vat(), approvalNumber, claim.cardNumber(),
            claim.cardCompany(), claim.category(), marks));
      }
      if (approvalNumber != null && rows.size() < n) {
        boolean withoutApproval = random.nextInt(10) == 0;
        LocalDate settled = date.plusDays(random.nextInt(3));
        rows.add(new CardTransaction("card.csv", rows.size() + 2, settled, time, withoutApproval ? null : approvalNumber,
            claim.merchant(), number, total, "1234-****-****-5678", false));
      }
    }
    while (rows.size() < n) {   // cancelled approvals and transactions without a receipt
      LocalDate date = START.plusDays(random.nextInt(365));
      long total = 1_000 + 100L * random.nextInt(2_991);
      String a = Integer.toString(approval++);
      rows.add(new CardTransaction("card.csv", rows.size() + 2, date, LocalTime.NOON, a, "가맹점 x", null, total,
          "1234-****-****-5678", false));
      if (random.nextInt(4) == 0 && rows.size() < n) {
        rows.add(new CardTransaction("card.csv", rows.size() + 2, date, LocalTime.of(13, 0), a, "가맹점 x", null, -total,
            "1234-****-****-5678", true));
      }
    }
    return new Batch(claims, rows);
  }

  private static long heapPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /**
   * Runs each size given (default 1,000, 10,000 and 100,000) after a warm-up at 1,000.
   *
   * @param args the sizes
   */
  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000} : new int[args.length];
    for (int i = 0; i < args.length; i++) {
      sizes[i] = Integer.parseInt(args[i]);
    }
    RuleEngine engine = RuleEngine.create();
    for (int w = 0; w < 3; w++) {
      Batch warm = batch(1_000, w);
      engine.checkBatch(warm.claims(), warm.rows());
    }
    System.out.printf(Locale.ROOT, "max heap %,d MB, %d processors%n",
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    System.out.println("| receipts | statement rows | wall | CPU | CPU µs per receipt | heap peak | matched | no receipt |"
        + " no transaction | duplicates | findings |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    for (int n : sizes) {
      Batch b = batch(n, 42);
      System.gc();
      resetPeaks();
      long cpu = CPU.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      ComplianceReport report = engine.checkBatch(b.claims(), b.rows());
      long wallMs = (System.nanoTime() - wall) / 1_000_000;
      long cpuMs = (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000;
      System.out.printf(Locale.ROOT, "| %,d | %,d | %,d ms | %,d ms | %,.0f | %,d MB | %,d | %,d | %,d | %,d | %,d |%n",
          b.claims().size(), b.rows().size(), wallMs, cpuMs, cpuMs * 1000.0 / n, heapPeak() >> 20,
          report.reconciliation(Status.MATCHED).size(), report.reconciliation(Status.NO_RECEIPT).size(),
          report.reconciliation(Status.NO_TRANSACTION).size(), report.duplicates().size(), report.findings().size());
    }
  }
}
