package io.docstruct.verify;

import io.docstruct.document.fields.MedicalReceiptFields;
import io.docstruct.document.fields.MedicalReceiptFields.ChecksumEntry;
import io.docstruct.document.fields.MedicalReceiptFields.KeyValue;
import io.docstruct.geometry.Quad;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Medical-receipt identities (domain reference §5.2, 별지 제6호서식), rebuilt from the key/value cells, and the
 * service's own checksum block recomputed from the cells its id lists name. Layout-agnostic: cells are
 * classified by their key texts; a missing 선택진료료 column counts as 0.
 */
final class MedicalReceiptChecks {
  private MedicalReceiptChecks() {}

  /** The five amount columns of the form. */
  enum Column {
    PATIENT("본인부담금 ①"),
    INSURER("공단부담금 ②"),
    PATIENT_FULL("전액본인부담 ③"),
    SELECTED("선택진료료 ④"),
    SELECTED_OTHER("선택진료료 외 ⑤");

    final String label;

    Column(String label) {
      this.label = label;
    }
  }

  /** The summary rows. */
  enum Summary {
    TOTAL_AMOUNT("진료비 총액"),
    PATIENT_TOTAL("환자부담 총액"),
    ALREADY_PAID("이미 납부한 금액"),
    AMOUNT_DUE("납부할 금액"),
    CAP_EXCESS("상한액 초과금 ⑥"),
    CARD("카드"),
    CASH_RECEIPT("현금영수증"),
    CASH("현금"),
    PAID_TOTAL("납부한 금액 합계"),
    UNPAID("납부하지 않은 금액");

    final String label;

    Summary(String label) {
      this.label = label;
    }
  }

  /** One amount cell: path, value in won and outline. */
  record Cell(String path, long won, List<Quad> polygons) {}

  static void verify(FindingList out, MedicalReceiptFields m) {
    Map<Column, List<Cell>> rows = new EnumMap<>(Column.class);
    Map<Column, Cell> totals = new EnumMap<>(Column.class);
    Map<Summary, Cell> summary = new EnumMap<>(Summary.class);
    Map<Integer, Cell> byId = new HashMap<>();
    Map<Integer, Boolean> capExcessIds = new HashMap<>();
    for (int i = 0; i < m.results().size(); i++) {
      KeyValue kv = m.results().get(i);
      String path = "result[" + i + "]";
      KoreanAmount a = KoreanAmount.parse(kv.value().text());
      if (a == null) {
        out.add(Check.MEDICAL_AMOUNT_FORMAT, path, Status.UNVERIFIABLE, Severity.WARNING, "a number",
            kv.value().text(), "not a readable amount", kv.value().polygons());
        continue;
      }
      if (a.irregular()) {
        out.add(Check.MEDICAL_AMOUNT_FORMAT, path, Status.UNVERIFIABLE, Severity.WARNING, "digits grouped by three",
            kv.value().text(), "separators do not group by three; read as " + a.won() + " won, a digit may be missing",
            kv.value().polygons());
      }
      Cell cell = new Cell(path, a.won(), kv.value().polygons());
      if (kv.id() != null) {
        byId.put(kv.id(), cell);
      }
      String k = String.join("", keys(kv)).replace(" ", "");
      Summary s = summaryOf(k);
      Column c = columnOf(k);
      if (s != null) {
        summary.putIfAbsent(s, cell);
        if (s == Summary.CAP_EXCESS && kv.id() != null) {
          capExcessIds.put(kv.id(), true);
        }
      } else if (c != null && k.contains("합계")) {
        totals.putIfAbsent(c, cell);
      } else if (c != null) {
        rows.computeIfAbsent(c, x -> new ArrayList<>()).add(cell);
      }
    }
    // C1 column sums.
    for (Column c : Column.values()) {
      Cell total = totals.get(c);
      List<Cell> cells = rows.getOrDefault(c, List.of());
      if (total == null) {
        continue;
      }
      List<Quad> polys = new ArrayList<>(total.polygons());
      cells.forEach(x -> polys.addAll(x.polygons()));
      if (cells.isEmpty()) {
        out.add(Check.MEDICAL_COLUMN_SUM, total.path(), Status.UNVERIFIABLE, Severity.INFO, null,
            String.valueOf(total.won()), "합계 " + c.label + ": no row cells of the column were read", polys);
        continue;
      }
      long sum = cells.stream().mapToLong(Cell::won).sum();
      identity(out, Check.MEDICAL_COLUMN_SUM, total, sum, "Σ rows " + c.label + " = 합계", polys);
    }
    // C2 진료비 총액 = ① + ② + ③ + ④ + ⑤.
    Cell totalAmount = summary.get(Summary.TOTAL_AMOUNT);
    if (totalAmount != null) {
      if (totals.containsKey(Column.PATIENT) && totals.containsKey(Column.INSURER)) {
        long sum = 0;
        List<Quad> polys = new ArrayList<>(totalAmount.polygons());
        for (Column c : Column.values()) {
          Cell t = totals.get(c);
          if (t != null) {
            sum += t.won();
            polys.addAll(t.polygons());
          }
        }
        identity(out, Check.MEDICAL_TOTAL_AMOUNT, totalAmount, sum, "진료비 총액 = ① + ② + ③ + ④ + ⑤", polys);
      } else {
        out.add(Check.MEDICAL_TOTAL_AMOUNT, totalAmount.path(), Status.UNVERIFIABLE, Severity.INFO, null,
            String.valueOf(totalAmount.won()), "진료비 총액: the 합계 cells of ① and ② were not read",
            totalAmount.polygons());
      }
    }
    // C3 환자부담 총액 = (① − ⑥) + ③ + ④ + ⑤.
    Cell patientTotal = summary.get(Summary.PATIENT_TOTAL);
    if (patientTotal != null) {
      Cell p = totals.get(Column.PATIENT);
      if (p != null) {
        Cell cap = summary.get(Summary.CAP_EXCESS);
        long sum = p.won() - (cap == null ? 0 : cap.won());
        List<Quad> polys = new ArrayList<>(patientTotal.polygons());
        polys.addAll(p.polygons());
        for (Column c : List.of(Column.PATIENT_FULL, Column.SELECTED, Column.SELECTED_OTHER)) {
          Cell t = totals.get(c);
          if (t != null) {
            sum += t.won();
            polys.addAll(t.polygons());
          }
        }
        identity(out, Check.MEDICAL_PATIENT_TOTAL, patientTotal, sum, "환자부담 총액 = (① − ⑥) + ③ + ④ + ⑤", polys);
      } else {
        out.add(Check.MEDICAL_PATIENT_TOTAL, patientTotal.path(), Status.UNVERIFIABLE, Severity.INFO, null,
            String.valueOf(patientTotal.won()), "환자부담 총액: the 합계 cell of ① was not read", patientTotal.polygons());
      }
    }
    // C4 납부할 금액 = 환자부담 총액 − 이미 납부한 금액.
    Cell due = summary.get(Summary.AMOUNT_DUE);
    if (due != null && patientTotal != null) {
      Cell already = summary.get(Summary.ALREADY_PAID);
      long expected = patientTotal.won() - (already == null ? 0 : already.won());
      identity(out, Check.MEDICAL_AMOUNT_DUE, due, expected, "납부할 금액 = 환자부담 총액 − 이미 납부한 금액",
          join(due, patientTotal, already));
    }
    // C5 납부한 금액 합계 = 카드 + 현금영수증 + 현금.
    Cell paid = summary.get(Summary.PAID_TOTAL);
    Cell card = summary.get(Summary.CARD);
    Cell receipt = summary.get(Summary.CASH_RECEIPT);
    Cell cash = summary.get(Summary.CASH);
    if (paid != null && (card != null || receipt != null || cash != null)) {
      long expected = (card == null ? 0 : card.won()) + (receipt == null ? 0 : receipt.won())
          + (cash == null ? 0 : cash.won());
      identity(out, Check.MEDICAL_PAID_TOTAL, paid, expected, "납부한 금액 합계 = 카드 + 현금영수증 + 현금",
          join(paid, card, receipt, cash));
    }
    // C6 납부하지 않은 금액 = 납부할 금액 − 납부한 금액 합계.
    Cell unpaid = summary.get(Summary.UNPAID);
    if (unpaid != null && due != null && paid != null) {
      identity(out, Check.MEDICAL_UNPAID, unpaid, due.won() - paid.won(), "납부하지 않은 금액 = 납부할 금액 − 납부한 금액 합계",
          join(unpaid, due, paid));
    }
    if (m.checksum() != null) {
      providerChecksums(out, m.checksum(), byId, capExcessIds);
    }
  }

  private static void providerChecksums(
      FindingList out, MedicalReceiptFields.Checksums c, Map<Integer, Cell> byId, Map<Integer, Boolean> capExcess) {
    Map<String, @Nullable ChecksumEntry> entries = new LinkedHashMap<>();
    entries.put("sumPaidByPatient", c.sumPaidByPatient());
    entries.put("sumPaidByInsurer", c.sumPaidByInsurer());
    entries.put("sumPaidByPatientFull", c.sumPaidByPatientFull());
    entries.put("sumTreatmentCost", c.sumTreatmentCost());
    entries.put("sumTreatmentCostEtc", c.sumTreatmentCostEtc());
    entries.put("totalAmount", c.totalAmount());
    entries.put("totalPaid", c.totalPaid());
    for (Map.Entry<String, @Nullable ChecksumEntry> e : entries.entrySet()) {
      ChecksumEntry entry = e.getValue();
      if (entry == null) {
        continue;
      }
      String path = "checksum." + e.getKey();
      if (!Boolean.TRUE.equals(entry.found()) || entry.foundValueIds().isEmpty() || entry.foundTotalIds().isEmpty()) {
        out.add(Check.MEDICAL_PROVIDER_CHECKSUM, path, Status.UNVERIFIABLE, Severity.INFO, null,
            plain(entry.difference()),
            "the service located " + entry.foundValueIds().size() + " value cell(s) and " + entry.foundTotalIds().size()
                + " total cell(s): nothing to compare (its difference " + plain(entry.difference())
                + " is not a mismatch)", List.of());
        continue;
      }
      long values = 0;
      long total = 0;
      List<Quad> polys = new ArrayList<>();
      Integer missing = null;
      for (Integer id : entry.foundValueIds()) {
        Cell cell = byId.get(id);
        if (cell == null) {
          missing = id;
          break;
        }
        values += capExcess.containsKey(id) ? -cell.won() : cell.won();
        polys.addAll(cell.polygons());
      }
      for (Integer id : entry.foundTotalIds()) {
        Cell cell = byId.get(id);
        if (cell == null) {
          missing = id;
          break;
        }
        total += cell.won();
        polys.addAll(cell.polygons());
      }
      if (missing != null) {
        out.add(Check.MEDICAL_PROVIDER_CHECKSUM, path, Status.UNVERIFIABLE, Severity.WARNING, null, null,
            "cell id " + missing + " named by the service is not a readable amount", polys);
        continue;
      }
      long diff = total - values;
      String theirs = plain(entry.difference());
      boolean agree = entry.difference() == null || entry.difference().compareTo(BigDecimal.valueOf(diff)) == 0;
      out.add(Check.MEDICAL_PROVIDER_CHECKSUM, path, diff == 0 ? Status.PASS : Status.FAIL,
          diff == 0 ? Severity.INFO : Severity.ERROR, String.valueOf(values), String.valueOf(total),
          "total " + total + " − values " + values + " = " + diff + " won"
              + (agree ? "" : " (the service reported " + theirs + ")"), polys);
    }
  }

  private static void identity(FindingList out, Check check, Cell printed, long expected, String rule, List<Quad> polys) {
    boolean ok = printed.won() == expected;
    out.add(check, printed.path(), ok ? Status.PASS : Status.FAIL, ok ? Severity.INFO : Severity.ERROR,
        String.valueOf(expected), String.valueOf(printed.won()),
        rule + (ok ? " holds: " + expected : ": computed " + expected + ", printed " + printed.won() + " (difference "
            + (printed.won() - expected) + " won)"), polys);
  }

  private static List<Quad> join(@Nullable Cell... cells) {
    List<Quad> out = new ArrayList<>();
    for (Cell c : cells) {
      if (c != null) {
        out.addAll(c.polygons());
      }
    }
    return out;
  }

  private static String plain(@Nullable BigDecimal d) {
    return d == null ? "none" : d.stripTrailingZeros().toPlainString();
  }

  private static List<String> keys(KeyValue kv) {
    List<String> keys = new ArrayList<>(kv.keys());
    if (keys.isEmpty()) {
      kv.keyCells().forEach(k -> keys.add(k.key().text()));
    }
    return keys;
  }

  static @Nullable Summary summaryOf(String k) {
    if (k.contains("진료비총액")) {
      return Summary.TOTAL_AMOUNT;
    }
    if (k.contains("환자부담총액")) {
      return Summary.PATIENT_TOTAL;
    }
    if (k.contains("이미납부한금액")) {
      return Summary.ALREADY_PAID;
    }
    if (k.contains("납부할금액")) {
      return Summary.AMOUNT_DUE;
    }
    if (k.contains("납부하지않은금액")) {
      return Summary.UNPAID;
    }
    if (k.contains("상한액초과금")) {
      return Summary.CAP_EXCESS;
    }
    if (k.contains("현금영수증")) {
      return Summary.CASH_RECEIPT;
    }
    if (k.contains("카드")) {
      return Summary.CARD;
    }
    if (k.contains("현금")) {
      return Summary.CASH;
    }
    if (k.contains("납부한금액")) {
      return Summary.PAID_TOTAL;
    }
    return null;
  }

  static @Nullable Column columnOf(String k) {
    if (k.contains("전액본인부담")) {
      return Column.PATIENT_FULL;
    }
    if (k.contains("본인부담금")) {
      return Column.PATIENT;
    }
    if (k.contains("공단부담")) {
      return Column.INSURER;
    }
    if (k.contains("선택진료료이외") || k.contains("선택진료료외")) {
      return Column.SELECTED_OTHER;
    }
    if (k.contains("선택진료료")) {
      return Column.SELECTED;
    }
    return null;
  }
}
