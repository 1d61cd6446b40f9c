package io.docstruct.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import io.docstruct.rules.RuleEngine;
import io.docstruct.rules.RuleResult;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.FieldEvidence;
import io.docstruct.rules.entity.LineItem;
import io.docstruct.rules.entity.Money;
import io.docstruct.testing.SroieReceipts;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Per-field accuracy of receipts read from words, on a folder of real or hand-made receipts: each receipt is
 * read as a CLOVA answer and mapped by a {@link RuleEngine}, and its expense is compared with the expected
 * fields, per receipt, exactly after normalisation: amounts as numbers, dates as calendar dates, names and
 * addresses upper-cased with everything but letters and digits removed. Prints the accuracy of each field and
 * the list of misses. SROIE keys were typed apart from the receipts' lines and sometimes spell a name otherwise
 * than the receipt prints it ({@code SETAPAK} for a printed {@code STAPAK}); a reading that differs from such a
 * key by at most one edit per {@value #TOLERANCE_CHARS} characters counts as right, is listed apart, and the
 * {@code strict} column gives the figure without it.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.docstruct.bench.ReceiptAccuracy SROIE_DIR
 * java -cp benchmarks/target/benchmarks.jar io.docstruct.bench.ReceiptAccuracy DIR --from 000 --to 099
 * java -cp benchmarks/target/benchmarks.jar io.docstruct.bench.ReceiptAccuracy core/src/test/resources/fixtures/receipts/korean
 * }</pre>
 *
 * <p>Two folder shapes are read:
 *
 * <ul>
 *   <li>SROIE ({@code box/NNN.csv} and {@code key/NNN.json}): each receipt's annotated lines become the CLOVA
 *       General V2 answer a perfect OCR would give ({@link SroieReceipts}); the fields are {@code company},
 *       {@code date} (day first), {@code address} and {@code total}, each scored on the receipts whose key has
 *       it;
 *   <li>answers with expectations ({@code NAME.json}, any CLOVA or NHN answer, and {@code NAME.expected.json}):
 *       every field the expectation names is scored ({@code merchant}, {@code businessNumber}, {@code address},
 *       {@code phone}, {@code date}, {@code time}, {@code subtotal}, {@code supplyAmount}, {@code vat}, {@code
 *       taxFree}, {@code discount}, {@code total}, {@code paymentMethod}, {@code cardCompany}, {@code
 *       cardNumber}, {@code approvalNumber}, and {@code items}, right only when every item's name, quantity,
 *       unit price, amount and tax-free mark are); {@code null} expects the field to be absent.
 * </ul>
 */
public final class ReceiptAccuracy {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Characters of a key's text per edit forgiven when the key's spelling is not printed on the receipt. */
  static final int TOLERANCE_CHARS = 25;

  private ReceiptAccuracy() {}

  /**
   * One field's score.
   *
   * @param field the field
   * @param right receipts where it matched
   * @param scored receipts that have it in their expectations
   */
  public record FieldScore(String field, int right, int scored) {
    /** right / scored, 0–1. */
    public double accuracy() {
      return scored == 0 ? 1 : (double) right / scored;
    }
  }

  /**
   * One miss.
   *
   * @param receipt the receipt's name
   * @param field the field
   * @param expected as the expectation writes it
   * @param actual as the expense holds it, with the rule that chose it
   */
  public record Miss(String receipt, String field, String expected, String actual) {
    @Override
    public String toString() {
      return receipt + " " + field + ": expected " + expected + ", got " + actual;
    }
  }

  /**
   * A run's result.
   *
   * @param receipts receipts read
   * @param fields the score of each field, in a fixed order
   * @param misses every miss, by receipt
   */
  public record Report(int receipts, List<FieldScore> fields, List<Miss> misses, List<Miss> tolerated,
      Map<String, Map<String, Integer>> causes) {
    /** The score of one field, or {@code null} when none was scored. */
    public @Nullable FieldScore field(String name) {
      for (FieldScore f : fields) {
        if (f.field().equals(name)) {
          return f;
        }
      }
      return null;
    }

    /** Prints the table and the misses. */
    public void print(PrintStream out) {
      printTable(out);
      if (!tolerated.isEmpty()) {
        out.println("right only up to the key's own spelling (the key's text is not on the receipt; "
            + "at most one edit per " + TOLERANCE_CHARS + " characters):");
        tolerated.forEach(m -> out.println("  " + m));
      }
      if (!misses.isEmpty()) {
        out.println("misses:");
        misses.forEach(m -> out.println("  " + m));
      }
    }

    /**
     * Prints the table and, per field, how many misses (strict: spelling-forgiven readings included) fall in
     * each category of cause; never a receipt's name or text. For receipts held out from tuning, whose
     * readings must not be looked at.
     */
    public void printSummary(PrintStream out) {
      printTable(out);
      out.println("strict misses by cause (counts only):");
      causes.forEach((field, counts) -> counts.forEach((cause, n) ->
          out.printf(Locale.ROOT, "  %-8s %3d  %s%n", field, n, cause)));
    }

    private void printTable(PrintStream out) {
      out.printf(Locale.ROOT, "%d receipts%n%-16s %6s %6s %9s %9s%n", receipts, "field", "right", "of", "accuracy",
          "strict");
      for (FieldScore f : fields) {
        long spelt = tolerated.stream().filter(m -> m.field().equals(f.field())).count();
        out.printf(Locale.ROOT, "%-16s %6d %6d %8.1f%% %8.1f%%%n", f.field(), f.right(), f.scored(),
            100 * f.accuracy(), f.scored() == 0 ? 100 : 100.0 * (f.right() - spelt) / f.scored());
      }
    }
  }

  /** {@code ReceiptAccuracy DIR [--from NAME] [--to NAME] [--rules FILE]... [--summary]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: " + ReceiptAccuracy.class.getName()
          + " DIR [--from NAME] [--to NAME] [--rules FILE]... [--summary]   (DIR: SROIE box/ and key/, or NAME.json"
          + " + NAME.expected.json; --summary: the table and counts of misses by cause, no receipt named)");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    String from = "";
    String to = "\uffff";
    List<Path> rules = new ArrayList<>();
    boolean summary = false;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--summary" -> summary = true;
        case "--from" -> from = args[++i];
        case "--to" -> to = args[++i];
        case "--rules" -> rules.add(Path.of(args[++i]));
        default -> {
          System.err.println("unknown argument: " + args[i]);
          System.exit(2);
        }
      }
    }
    String low = from;
    String high = to;
    RuleEngine engine = RuleEngine.builder().rules(rules).build();
    Report report = measure(dir, name -> name.compareTo(low) >= 0 && name.compareTo(high) <= 0, engine);
    if (summary) {
      report.printSummary(System.out);
    } else {
      report.print(System.out);
    }
  }

  /**
   * Reads every receipt of {@code dir} whose name {@code chosen} accepts and scores it.
   *
   * @param dir a SROIE folder or a folder of answers with expectations
   * @param chosen which receipt names to read ({@code "042"}, {@code "kingmart-general-v2"})
   * @param engine the rules to map them with
   */
  public static Report measure(Path dir, java.util.function.Predicate<String> chosen, RuleEngine engine)
      throws IOException {
    Tally tally = new Tally();
    if (Files.isDirectory(dir.resolve("box")) && Files.isDirectory(dir.resolve("key"))) {
      for (Path csv : list(dir.resolve("box"), ".csv")) {
        String name = csv.getFileName().toString().replace(".csv", "");
        Path key = dir.resolve("key").resolve(name + ".json");
        if (!chosen.test(name) || !Files.exists(key)) {
          continue;
        }
        SroieReceipts.Receipt receipt = SroieReceipts.parse(Files.readString(csv, UTF_8), name);
        OcrDocument doc = ResponseReader.create().read(receipt.clovaV2().getBytes(UTF_8), name);
        StringBuilder printed = new StringBuilder();
        receipt.lines().forEach(l -> printed.append(text(String.join(" ", l.words()))).append('\n'));
        tally.printed = printed.toString();
        tally.printedLines = receipt.lines().stream()
            .map(l -> String.join(" ", l.words()).toUpperCase(Locale.ROOT)).toList();
        sroie(name, JSON.readTree(key.toFile()), expense(engine.evaluate(doc)), tally);
        tally.printed = null;
        tally.printedLines = List.of();
      }
    } else {
      for (Path json : list(dir, ".json")) {
        String file = json.getFileName().toString();
        if (file.endsWith(".expected.json")) {
          continue;
        }
        String name = file.substring(0, file.length() - ".json".length());
        Path expected = dir.resolve(name + ".expected.json");
        if (!chosen.test(name) || !Files.exists(expected)) {
          continue;
        }
        OcrDocument doc = ResponseReader.create().read(json);
        expected(name, JSON.readTree(expected.toFile()), expense(engine.evaluate(doc)), tally);
      }
    }
    return tally.report();
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static @Nullable Expense expense(RuleResult result) {
    return result.expenses().isEmpty() ? null : result.expenses().get(0);
  }

  // ---------------------------------------------------------------- SROIE

  private static void sroie(String name, JsonNode key, @Nullable Expense e, Tally tally) {
    tally.receipts++;
    if (key.hasNonNull("company")) {
      tally.score(name, "company", key.get("company").asText(), e == null ? null : e.merchant().name(),
          ReceiptAccuracy::text, e, "expense.merchant.name");
    }
    if (key.hasNonNull("date")) {
      LocalDate expected = dayFirst(key.get("date").asText());
      tally.score(name, "date", key.get("date").asText() + " (" + expected + ")",
          e == null || e.date() == null ? null : e.date().toString(),
          v -> v, e, "expense.date", expected == null ? "?" : expected.toString());
    }
    if (key.hasNonNull("address")) {
      tally.score(name, "address", key.get("address").asText(), e == null ? null : e.merchant().address(),
          ReceiptAccuracy::text, e, "expense.merchant.address");
    }
    if (key.hasNonNull("total")) {
      tally.score(name, "total", key.get("total").asText(),
          e == null || e.total() == null ? null : e.total().amount().toPlainString(),
          ReceiptAccuracy::number, e, "expense.total");
    }
  }

  /** A key's day-first date ({@code 25/12/2018}, {@code 30 DEC 17}, {@code 25032018}), read independently of DocStruct. */
  static @Nullable LocalDate dayFirst(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    Matcher m = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})").matcher(t);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = Pattern.compile("(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{2,4})").matcher(t);
    if (m.find()) {
      return date(m.group(3), m.group(2), m.group(1));
    }
    m = Pattern.compile("(\\d{1,2})[\\s-]*([A-Z]{3})[A-Z]*[\\s-,]*(\\d{2,4})").matcher(t);
    if (m.find()) {
      int month = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC".indexOf(m.group(2)) / 3 + 1;
      return month < 1 ? null : date(m.group(3), String.valueOf(month), m.group(1));
    }
    m = Pattern.compile("^(\\d{2})(\\d{2})(\\d{4})$").matcher(t);
    if (m.find()) {
      return date(m.group(3), m.group(2), m.group(1));
    }
    return null;
  }

  private static @Nullable LocalDate date(String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (year.length() == 2) {
      y += 2000;
    }
    try {
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** Upper case, letters and digits only. */
  static String text(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }

  /** The number in a printed amount ({@code RM 9.00} → {@code 9.00}), as plain text with no trailing zeros. */
  static String number(String s) {
    String digits = s.replaceAll("[^0-9.\\-]", "");
    if (digits.isEmpty() || digits.equals(".") || digits.equals("-")) {
      return s;
    }
    try {
      return new BigDecimal(digits).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return s;
    }
  }

  // ---------------------------------------------------------------- answers with expectations

  private static void expected(String name, JsonNode x, @Nullable Expense e, Tally tally) {
    tally.receipts++;
    Map<String, Function<Expense, @Nullable String>> fields = new LinkedHashMap<>();
    fields.put("merchant", ex -> ex.merchant().name());
    fields.put("businessNumber", ex -> ex.merchant().businessNumber() != null
        ? ex.merchant().businessNumber().value() : ex.merchant().printedBusinessNumber());
    fields.put("address", ex -> ex.merchant().address());
    fields.put("phone", ex -> ex.merchant().phone());
    fields.put("date", ex -> ex.date() == null ? null : ex.date().toString());
    fields.put("time", ex -> ex.time() == null ? null : ex.time().toString());
    fields.put("subtotal", ex -> amount(ex.subtotal()));
    fields.put("supplyAmount", ex -> amount(ex.supplyAmount()));
    fields.put("vat", ex -> amount(ex.vat()));
    fields.put("taxFree", ex -> amount(ex.taxFreeAmount()));
    fields.put("discount", ex -> amount(ex.discount()));
    fields.put("total", ex -> amount(ex.total()));
    fields.put("paymentMethod", ex -> ex.payment() == null || ex.payment().method() == null
        ? null : ex.payment().method().name());
    fields.put("cardCompany", ex -> ex.payment() == null ? null : ex.payment().cardCompany());
    fields.put("cardNumber", ex -> ex.payment() == null ? null : ex.payment().maskedCardNumber());
    fields.put("approvalNumber", ex -> ex.payment() == null ? null : ex.payment().approvalNumber());
    fields.forEach((field, get) -> {
      if (!x.has(field)) {
        return;
      }
      String expected = x.get(field).isNull() ? null : x.get(field).asText();
      String actual = e == null ? null : get.apply(e);
      boolean number = List.of("subtotal", "supplyAmount", "vat", "taxFree", "discount", "total").contains(field);
      tally.scoreNullable(name, field, expected, actual, number ? ReceiptAccuracy::number : v -> v);
    });
    if (x.has("items")) {
      String expected = items(x.get("items"));
      String actual = e == null ? "[]" : items(e.items());
      tally.scoreNullable(name, "items", expected, actual, v -> v);
    }
  }

  private static @Nullable String amount(@Nullable Money m) {
    return m == null ? null : m.amount().toPlainString();
  }

  private static String items(JsonNode items) {
    List<String> out = new ArrayList<>();
    for (JsonNode i : items) {
      out.add(item(text(i, "name"), number(i, "quantity"), number(i, "unitPrice"), number(i, "amount"),
          i.path("taxFree").asBoolean(false)));
    }
    return out.toString();
  }

  private static String items(List<LineItem> items) {
    List<String> out = new ArrayList<>();
    for (LineItem i : items) {
      out.add(item(i.name(), i.quantity() == null ? null : number(i.quantity().toPlainString()),
          i.unitPrice() == null ? null : number(i.unitPrice().amount().toPlainString()),
          i.amount() == null ? null : number(i.amount().amount().toPlainString()), i.taxFree()));
    }
    return out.toString();
  }

  private static String item(@Nullable String name, @Nullable String quantity, @Nullable String unit,
      @Nullable String amount, boolean taxFree) {
    return name + " " + quantity + "×" + unit + "=" + amount + (taxFree ? " (tax-free)" : "");
  }

  private static @Nullable String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }

  private static @Nullable String number(JsonNode node, String field) {
    return node.hasNonNull(field) ? number(node.get(field).asText()) : null;
  }

  // ---------------------------------------------------------------- tally

  private static final class Tally {
    int receipts;
    final Map<String, int[]> fields = new LinkedHashMap<>();
    final List<Miss> misses = new ArrayList<>();
    final List<Miss> tolerated = new ArrayList<>();
    /** The receipt's own lines, normalised one per line, when the key was typed apart from them (SROIE). */
    @Nullable String printed;
    /** The receipt's own lines as printed, upper-cased (SROIE), for the causes of misses. */
    List<String> printedLines = List.of();
    /** Per field, the number of strict misses of each cause. */
    final Map<String, Map<String, Integer>> causes = new LinkedHashMap<>();

    void score(String receipt, String field, String expected, @Nullable String actual,
        Function<String, String> normal, @Nullable Expense e, String evidenceField) {
      score(receipt, field, expected, actual, normal, e, evidenceField, normal.apply(expected));
    }

    void score(String receipt, String field, String expected, @Nullable String actual,
        Function<String, String> normal, @Nullable Expense e, String evidenceField, String expectedNormal) {
      int[] f = fields.computeIfAbsent(field, k -> new int[2]);
      f[1]++;
      FieldEvidence chose = e == null ? null : e.evidenceOf(evidenceField);
      if (actual != null && normal.apply(actual).equals(expectedNormal)) {
        f[0]++;
        return;
      }
      if (printed != null) {
        String rule = chose == null ? "no evidence" : chose.evidence().rule();
        String cause = field.equals("total") ? amountCause(actual, expectedNormal, rule)
            : field.equals("date") ? (actual == null ? "nothing read" : "another date (" + rule + ")")
            : textCause(actual == null ? null : normal.apply(actual), expectedNormal, rule);
        causes.computeIfAbsent(field, k -> new java.util.TreeMap<>()).merge(cause, 1, Integer::sum);
      }
      if (actual != null && spellingOnly(normal.apply(actual), expectedNormal)) {
        f[0]++;
        tolerated.add(new Miss(receipt, field, expected, actual));
      } else {
        FieldEvidence why = chose;
        String how = e == null ? " (no expense)"
            : why == null ? "" : " (" + why.evidence().rule() + (why.evidence().label() == null ? "" : " " + why.evidence().label()) + ")";
        misses.add(new Miss(receipt, field, expected, actual + how));
      }
    }

    void scoreNullable(String receipt, String field, @Nullable String expected, @Nullable String actual,
        Function<String, String> normal) {
      int[] f = fields.computeIfAbsent(field, k -> new int[2]);
      f[1]++;
      boolean right = expected == null ? actual == null
          : actual != null && Objects.equals(normal.apply(actual), normal.apply(expected));
      if (right) {
        f[0]++;
      } else {
        misses.add(new Miss(receipt, field, String.valueOf(expected), String.valueOf(actual)));
      }
    }

    Report report() {
      List<FieldScore> scores = new ArrayList<>();
      fields.forEach((field, f) -> scores.add(new FieldScore(field, f[0], f[1])));
      return new Report(receipts, scores, misses, tolerated, causes);
    }

    /** Why a name or address was missed, by how the reading (normalised) stands to the key. */
    String textCause(@Nullable String actual, String expected, String rule) {
      String printedAs = printed != null && printed.replace("\n", "").contains(expected) ? ""
          : "; the key is not printed as one run";
      if (actual == null || actual.isEmpty()) {
        return "nothing read" + printedAs;
      }
      String how;
      if (expected.contains(actual)) {
        how = expected.startsWith(actual) ? "stops before the key's end"
            : expected.endsWith(actual) ? "starts after the key's start" : "inside the key, short at both ends";
      } else if (actual.contains(expected)) {
        how = actual.startsWith(expected) ? "runs on past the key's end"
            : actual.endsWith(expected) ? "starts before the key" : "holds the key and more at both ends";
      } else if (edits(actual, expected) * 10 <= expected.length()) {
        how = "differs within a tenth of the key (spelling, a word)";
      } else {
        int common = 0;
        while (common < Math.min(actual.length(), expected.length())
            && actual.charAt(common) == expected.charAt(common)) {
          common++;
        }
        how = common >= 8 ? "same start, then differs" : "another text";
      }
      return how + " (" + rule + ")" + printedAs;
    }

    /** Why a total was missed: larger or smaller, and what kind of line prints the key's and the read amount. */
    String amountCause(@Nullable String actual, String expected, String rule) {
      String keyLine = amountLine(expected);
      if (actual == null) {
        return "nothing read; key's amount " + keyLine;
      }
      String read = number(actual);
      int cmp;
      try {
        cmp = new BigDecimal(read).compareTo(new BigDecimal(expected));
      } catch (NumberFormatException e) {
        return "a key that is no number";
      }
      return (cmp > 0 ? "larger" : "smaller") + " than the key (" + rule + "); key's amount " + keyLine
          + "; read amount " + amountLine(read);
    }

    /** The kinds of the printed lines that show an amount (by the words on them), or "not printed". */
    private String amountLine(String amount) {
      java.util.Set<String> kinds = new java.util.TreeSet<>();
      for (String l : printedLines) {
        Matcher m = AMOUNT.matcher(l);
        while (m.find()) {
          if (number(m.group()).equals(amount)) {
            kinds.add(lineKind(l));
          }
        }
      }
      return kinds.isEmpty() ? "not printed" : "on " + String.join("+", kinds) + " lines";
    }

    /**
     * Whether a reading differs from the key only where the key is spelt otherwise than the receipt prints it:
     * the key's text appears nowhere on the receipt's lines (SROIE keys were typed apart from the lines:
     * {@code SETAPAK} for a printed {@code STAPAK}), the reading's text does (it was read from them), and the
     * two are at most one edit per {@value #TOLERANCE_CHARS} characters apart (at least one). A word left out
     * or added is more than that on any key and stays a miss.
     */
    boolean spellingOnly(String actual, String expected) {
      if (printed == null || expected.isEmpty() || actual.isEmpty()) {
        return false;
      }
      String flat = printed.replace("\n", "");
      if (flat.contains(expected) || !flat.contains(actual)) {
        return false;
      }
      int allowed = Math.max(1, expected.length() / TOLERANCE_CHARS);
      return Math.abs(actual.length() - expected.length()) <= allowed && edits(actual, expected) <= allowed;
    }
  }

  private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.])\\d[\\d,]*\\.\\d{2}(?![\\d])|(?<![\\d])\\.\\d{2}(?![\\d])");

  /** A printed line's kind by its words, for counting causes: total, subtotal, rounding, payment, change, tax, other. */
  static String lineKind(String line) {
    if (line.contains("ROUND")) {
      return "rounding";
    }
    if (line.contains("SUB") && line.contains("TOTAL") || line.contains("EXCL")) {
      return "subtotal";
    }
    if (line.matches(".*\\b(CHANGE|BALANCE|BAKI)\\b.*")) {
      return "change";
    }
    if (line.matches(".*\\b(CASH|PAID|TENDER\\w*|CREDIT|VISA|MASTER\\w*|CARD|PAYMENT|TUNAI)\\b.*")) {
      return "payment";
    }
    if (line.matches(".*(TOTAL|JUMLAH|\\bDUE\\b|PAYABLE|\\bNETT?\\b|AMOUNT).*")) {
      return "total";
    }
    if (line.matches(".*\\b(GST|TAX|SST)\\b.*")) {
      return "tax";
    }
    return "other";
  }

  /** Levenshtein distance. */
  static int edits(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
