package io.docstruct.samples.expenses;

import io.docstruct.geometry.Quad;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.pipeline.Problem;
import io.docstruct.rules.Violation;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.Money;
import io.docstruct.verify.Finding;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code POST /receipts} answers: the expense, every verification finding with its evidence (the values
 * compared and where they are on the page), the rules' violations, and what went wrong without stopping it.
 */
public record ReceiptView(
    String id,
    String status,
    List<String> problems,
    @Nullable ExpenseView expense,
    List<FindingView> findings,
    List<ViolationView> violations,
    String pdf) {

  /** The expense, amounts in won. */
  public record ExpenseView(
      @Nullable String merchant,
      @Nullable String phone,
      @Nullable String date,
      @Nullable BigDecimal total,
      @Nullable BigDecimal vat,
      @Nullable BigDecimal supplyAmount,
      @Nullable String card,
      @Nullable String category,
      int items) {}

  /** One check and its evidence: the values compared, and their outlines in page pixels. */
  public record FindingView(
      String check,
      String field,
      String status,
      String severity,
      @Nullable String expected,
      @Nullable String actual,
      String message,
      List<List<double[]>> evidence) {}

  public record ViolationView(String rule, String severity, String message, @Nullable String field) {}

  static ReceiptView of(String id, DocumentResult r) {
    Expense e = r.rules() == null || r.rules().expenses().isEmpty() ? null : r.rules().expenses().get(0);
    return new ReceiptView(
        id,
        r.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        r.problems().stream().map(Problem::toString).toList(),
        e == null ? null : expense(e),
        r.verification() == null ? List.of() : r.verification().findings().stream().map(ReceiptView::finding).toList(),
        r.rules() == null ? List.of() : r.rules().violations().stream().map(ReceiptView::violation).toList(),
        "/receipts/" + id + "/pdf");
  }

  private static ExpenseView expense(Expense e) {
    return new ExpenseView(
        e.merchant().name(),
        e.merchant().phone(),
        e.date() == null ? null : e.date().toString(),
        won(e.total()),
        won(e.vat()),
        won(e.supplyAmount()),
        e.payment() == null ? null : e.payment().maskedCardNumber(),
        e.category() == null ? null : e.category().name(),
        e.items().size());
  }

  private static FindingView finding(Finding f) {
    return new FindingView(
        f.check().id(),
        f.field(),
        f.status().name(),
        f.severity().name(),
        f.expected(),
        f.actual(),
        f.message(),
        f.polygons().stream().map(ReceiptView::outline).toList());
  }

  private static List<double[]> outline(Quad q) {
    return List.of(
        new double[] {q.p0().x(), q.p0().y()},
        new double[] {q.p1().x(), q.p1().y()},
        new double[] {q.p2().x(), q.p2().y()},
        new double[] {q.p3().x(), q.p3().y()});
  }

  private static ViolationView violation(Violation v) {
    return new ViolationView(v.rule(), v.severity().name(), v.message(), v.field());
  }

  private static @Nullable BigDecimal won(@Nullable Money m) {
    return m == null ? null : m.amount();
  }
}
