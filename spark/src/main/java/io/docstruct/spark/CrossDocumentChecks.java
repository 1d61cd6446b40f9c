package io.docstruct.spark;

import io.docstruct.rules.RuleEngine;
import io.docstruct.rules.compliance.CardTransaction;
import io.docstruct.rules.compliance.ClaimedExpense;
import io.docstruct.rules.compliance.ComplianceReport;
import io.docstruct.rules.compliance.Duplicate;
import io.docstruct.rules.compliance.EvidenceMark;
import io.docstruct.rules.compliance.ReconciliationLine;
import io.docstruct.verify.number.BusinessType;
import java.io.Serializable;
import java.sql.Date;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * Issue #20's batch checks (duplicates across documents, card statements reconciled with the receipts) over a
 * whole job, run per key group rather than in one session: every built-in batch rule relates a receipt to
 * another receipt or to a statement row only when their amounts are equal to the won, or when they share an
 * approval number. So the groups are the amounts, merged where an approval number appears with several amounts
 * (a rare bridge, resolved on the driver); within a group the claims keep their order in the whole batch (input
 * order, numbered afresh: the rules compare sequences only within a session) and the statement rows theirs, and
 * each group is told whether the job has statements at all ({@link RuleEngine#checkBatch(java.util.Collection,
 * java.util.Collection, boolean)}), so that each group's session gives the answers the single session of {@code
 * docstruct batch} gives for those receipts.
 *
 * <pre>{@code
 * try (CrossDocumentChecks.Checks checks = CrossDocumentChecks.run(jsc, results, transactions, job, partitions)) {
 *   spark.createDataFrame(checks.rows(), CrossDocumentChecks.CHECK).write().parquet(out);   // CHECK rows
 * }
 * }</pre>
 *
 * <p>Evidence verdicts are per receipt and stay in the workbooks. Batch rules of the user's own ({@code unit
 * BatchUnit}) may relate receipts by other keys (a merchant's week, say): the job refuses them with statements.
 */
final class CrossDocumentChecks {
  /** A claim as the result row keeps it: {@link ClaimedExpense} without its place and document. */
  static final StructType CLAIM = DataTypes.createStructType(List.of(
      DataTypes.createStructField("page", DataTypes.IntegerType, false),
      DataTypes.createStructField("merchant", DataTypes.StringType, true),
      DataTypes.createStructField("business_number", DataTypes.StringType, true),
      DataTypes.createStructField("business_type", DataTypes.StringType, true),
      DataTypes.createStructField("date", DataTypes.DateType, true),
      DataTypes.createStructField("time", DataTypes.StringType, true),
      DataTypes.createStructField("total", DataTypes.LongType, true),
      DataTypes.createStructField("vat", DataTypes.LongType, true),
      DataTypes.createStructField("approval_number", DataTypes.StringType, true),
      DataTypes.createStructField("card_number", DataTypes.StringType, true),
      DataTypes.createStructField("card_company", DataTypes.StringType, true),
      DataTypes.createStructField("category", DataTypes.StringType, true),
      DataTypes.createStructField("marks", DataTypes.createArrayType(DataTypes.StringType, false), false)));

  /** One line of the {@code duplicates} or {@code reconciliation} table. */
  static final StructType CHECK = DataTypes.createStructType(List.of(
      DataTypes.createStructField("check", DataTypes.StringType, false),
      DataTypes.createStructField("kind", DataTypes.StringType, false),
      DataTypes.createStructField("severity", DataTypes.StringType, false),
      DataTypes.createStructField("basis", DataTypes.StringType, true),
      DataTypes.createStructField("first_document", DataTypes.StringType, true),
      DataTypes.createStructField("first_page", DataTypes.IntegerType, true),
      DataTypes.createStructField("second_document", DataTypes.StringType, true),
      DataTypes.createStructField("second_page", DataTypes.IntegerType, true),
      DataTypes.createStructField("statement", DataTypes.StringType, true),
      DataTypes.createStructField("statement_row", DataTypes.IntegerType, true),
      DataTypes.createStructField("reason", DataTypes.StringType, false)));

  private CrossDocumentChecks() {}

  /** The claim row of a {@link ClaimedExpense}. */
  static Row claimRow(ClaimedExpense c) {
    List<String> marks = new ArrayList<>();
    c.marks().forEach(m -> marks.add(m.name()));
    return RowFactory.create(c.page(), c.merchant(), c.businessNumber(),
        c.businessType() == null ? null : c.businessType().name(), c.date() == null ? null : Date.valueOf(c.date()),
        c.time() == null ? null : c.time().toString(), c.total(), c.vat(), c.approvalNumber(), c.cardNumber(),
        c.cardCompany(), c.category(), marks.toArray(new String[0]));
  }

  /** The {@link ClaimedExpense} of a claim row, at its place in the whole batch. */
  static ClaimedExpense claim(Row r, int sequence, String document) {
    Set<EvidenceMark> marks = EnumSet.noneOf(EvidenceMark.class);
    List<String> names = r.getList(12);
    names.forEach(n -> marks.add(EvidenceMark.valueOf(n)));
    return new ClaimedExpense(sequence, document, r.getInt(0), r.getString(1), r.getString(2),
        r.isNullAt(3) ? null : BusinessType.valueOf(r.getString(3)),
        r.isNullAt(4) ? null : r.getDate(4).toLocalDate(), r.isNullAt(5) ? null : LocalTime.parse(r.getString(5)),
        r.isNullAt(6) ? null : r.getLong(6), r.isNullAt(7) ? null : r.getLong(7), r.getString(8), r.getString(9),
        r.getString(10), r.getString(11), marks);
  }

  /** A statement row, Serializable for Spark. */
  record Transaction(int order, String statement, int row, java.time.LocalDate date, @Nullable LocalTime time,
      @Nullable String approvalNumber, @Nullable String merchant, @Nullable String businessNumber, long amount,
      @Nullable String cardNumber, boolean cancelled) implements Serializable {
    private static final long serialVersionUID = 1L;

    static Transaction of(int order, CardTransaction t) {
      return new Transaction(order, t.statement(), t.row(), t.date(), t.time(), t.approvalNumber(), t.merchant(),
          t.businessNumber(), t.amount(), t.cardNumber(), t.cancelled());
    }

    CardTransaction transaction() {
      return new CardTransaction(statement, row, date, time, approvalNumber, merchant, businessNumber, amount,
          cardNumber, cancelled);
    }
  }

  /**
   * A claim on its way to its group: its place in the batch (its document's input order, then its place in the
   * document), its document, its row.
   */
  record Claim(String order, int position, String document, Row row) implements Serializable {
    private static final long serialVersionUID = 1L;

    static final Comparator<Claim> BATCH_ORDER =
        Comparator.comparing(Claim::order).thenComparingInt(Claim::position);
  }

  /** The group key of an amount: the won, or {@code none}. */
  private static String amountKey(@Nullable Long won) {
    return won == null ? "none" : Long.toString(won);
  }

  /**
   * The check rows ({@link #CHECK}) of a job, to be written, and the claims kept in memory while they are made:
   * {@link #close()} lets them go once the rows are written (or persisted).
   */
  record Checks(JavaRDD<Row> rows, JavaRDD<Claim> claims) implements AutoCloseable {
    @Override
    public void close() {
      claims.unpersist(false);
    }
  }

  /**
   * The check rows ({@link #CHECK}) of the whole job: duplicates and reconciliation lines. Two Spark jobs: the
   * approval numbers that bridge amounts (collected), then the groups' sessions (when the rows are written).
   *
   * @param results the result rows, in any order
   * @param transactions the card statements' rows, in statement order
   */
  static Checks run(JavaSparkContext jsc, Dataset<Row> results, List<CardTransaction> transactions,
      Broadcast<JobOptions> job, int partitions) {
    // Every claim with its place in batch order (input order, then the expense's place in its document). The
    // rules compare claims' sequences only within a session, so each group numbers its own claims in that order:
    // no sort of the whole job. Kept for the second job (findings need every claim again), so that the results
    // are read once.
    JavaRDD<Claim> claims = results.where("status != 'failed'")
        .selectExpr("input_order", "name", "posexplode(claims) as (pos, claim)")
        .javaRDD()
        .map(r -> new Claim(r.getString(0), r.getInt(2), r.getString(1), r.getStruct(3)))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());   // serialized: one per receipt, in a 1 GB executor
    boolean statementsGiven = !transactions.isEmpty();
    List<Transaction> rows = new ArrayList<>();
    for (int i = 0; i < transactions.size(); i++) {
      rows.add(Transaction.of(i, transactions.get(i)));
    }
    // No statements: no statement partition to schedule, in either job.
    JavaRDD<Transaction> statement = statementsGiven
        ? jsc.parallelize(rows, Math.max(1, Math.min(partitions, rows.size())))
        : null;

    // Approval numbers seen with more than one amount bridge those amounts' groups: few, merged on the driver.
    // Each approval number's amounts are gathered in one shuffle (a set per number, merged map-side).
    JavaPairRDD<String, String> approvals = claims.mapToPair(c -> {
      ClaimedExpense e = claim(c.row(), 0, c.document());
      return new Tuple2<>(String.valueOf(e.approvalKey()), amountKey(e.total()));
    });
    if (statement != null) {
      approvals = approvals.union(statement.mapToPair(t -> new Tuple2<>(
          String.valueOf(t.transaction().approvalKey()), amountKey(t.transaction().absoluteAmount()))));
    }
    List<Tuple2<String, Iterable<String>>> bridges = new ArrayList<>();
    approvals.filter(p -> !"null".equals(p._1()))
        .aggregateByKey(new TreeSet<String>(), partitions, (set, amount) -> {
          set.add(amount);
          return set;
        }, (a, b) -> {
          a.addAll(b);
          return a;
        })
        .filter(g -> g._2().size() > 1)
        .collect()
        .forEach(g -> bridges.add(new Tuple2<>(g._1(), g._2())));
    Broadcast<HashMap<String, String>> groupOf = jsc.broadcast(mergedGroups(bridges));

    JavaPairRDD<String, Claim> claimsByGroup = claims.mapToPair(c -> {
      Long total = c.row().isNullAt(6) ? null : c.row().getLong(6);
      String key = amountKey(total);
      return new Tuple2<>(groupOf.value().getOrDefault(key, key), c);
    });
    JavaPairRDD<String, Tuple2<Iterable<Claim>, Iterable<Transaction>>> groups;
    if (statement != null) {
      JavaPairRDD<String, Transaction> rowsByGroup = statement.mapToPair(t -> {
        String key = amountKey(t.transaction().absoluteAmount());
        return new Tuple2<>(groupOf.value().getOrDefault(key, key), t);
      });
      groups = claimsByGroup.cogroup(rowsByGroup, partitions);
    } else {
      groups = claimsByGroup.groupByKey(partitions).mapValues(c -> new Tuple2<>(c, List.<Transaction>of()));
    }
    JavaRDD<Row> checks = groups.flatMap(group -> {
      List<Claim> inOrder = new ArrayList<>();
      group._2()._1().forEach(inOrder::add);
      inOrder.sort(Claim.BATCH_ORDER);
      List<ClaimedExpense> groupClaims = new ArrayList<>(inOrder.size());
      for (Claim c : inOrder) {
        groupClaims.add(claim(c.row(), groupClaims.size(), c.document()));
      }
      List<Transaction> groupRows = new ArrayList<>();
      group._2()._2().forEach(groupRows::add);
      groupRows.sort(Comparator.comparingInt(Transaction::order));
      List<CardTransaction> cardRows = groupRows.stream().map(Transaction::transaction).toList();
      RuleEngine engine = ExecutorPipelines.ruleEngine(job.value());
      // A group none of whose receipts has the amount of a statement row is still checked against the
      // statements: a card receipt on none of them is a finding.
      ComplianceReport report = engine.checkBatch(groupClaims, cardRows, statementsGiven);
      List<Row> out = new ArrayList<>();
      for (Duplicate d : report.duplicates()) {
        out.add(RowFactory.create("duplicate", d.kind().name(), d.severity().name(), d.rule(),
            d.first().document(), d.first().page() + 1, d.second().document(), d.second().page() + 1, null, null,
            d.reason()));
      }
      for (ReconciliationLine l : report.reconciliation()) {
        ClaimedExpense c = l.claim();
        CardTransaction t = l.transaction();
        out.add(RowFactory.create("reconciliation", l.status().name(), l.severity().name(),
            l.basis() == null ? null : l.basis().name(), c == null ? null : c.document(),
            c == null ? null : c.page() + 1, null, null, t == null ? null : t.statement(),
            t == null ? null : t.row(), l.reason()));
      }
      return out.iterator();
    });
    return new Checks(checks, claims);
  }

  /** Amount keys joined by a bridging approval number, each mapped to one representative (union-find). */
  static HashMap<String, String> mergedGroups(List<Tuple2<String, Iterable<String>>> bridges) {
    Map<String, String> parent = new HashMap<>();
    for (Tuple2<String, Iterable<String>> bridge : bridges) {
      String first = null;
      for (String amount : bridge._2()) {
        parent.putIfAbsent(amount, amount);
        if (first == null) {
          first = amount;
        } else {
          String a = root(parent, first);
          String b = root(parent, amount);
          if (!a.equals(b)) {
            parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
          }
        }
      }
    }
    HashMap<String, String> groups = new HashMap<>();
    for (String amount : parent.keySet()) {
      groups.put(amount, "g" + root(parent, amount));
    }
    return groups;
  }

  private static String root(Map<String, String> parent, String key) {
    String r = key;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }
}
