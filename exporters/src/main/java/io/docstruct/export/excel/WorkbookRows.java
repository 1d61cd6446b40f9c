package io.docstruct.export.excel;

import io.docstruct.rules.RuleResult;
import io.docstruct.table.GridCell;
import io.docstruct.table.PageTable;
import io.docstruct.table.TableGrid;
import io.docstruct.verify.VerificationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The rows one document adds to an entities workbook, recorded where the document was read and written into a
 * workbook later, elsewhere, without the document: its Expenses, Items, Violations, Review and per-kind rows
 * (typed cells, expense numbers the document's own) and its tables' cells, in a compact binary form ({@link
 * #bytes()}) that a Spark column or a file can hold. {@link
 * ExpenseWorkbookWriter#add(WorkbookRows)} writes exactly the cells {@link ExpenseWorkbookWriter#add(String,
 * io.docstruct.document.OcrDocument, RuleResult, VerificationReport)} would have written for the document, both
 * going through one layout.
 *
 * <pre>{@code
 * ExcelExporter excel = ExcelExporter.create();
 * byte[] recorded = excel.record("r1.json", doc, rules.evaluate(doc), verifier.verify(doc)).bytes();
 * // … later, another process:
 * try (ExpenseWorkbookWriter out = excel.open(Path.of("expenses.xlsx"))) {
 *   out.add(WorkbookRows.of(recorded));
 * }
 * }</pre>
 *
 * <p>A recording holds what its {@link ExcelOptions} write (masked personal numbers stay masked); a writer with
 * other sheets or masking refuses it.
 */
public final class WorkbookRows {
  private static final int VERSION = 1;

  private static final byte END = 0;
  private static final byte ROW = 1;
  private static final byte TEXT = 2;
  private static final byte INTEGER = 3;
  private static final byte EXPENSE_NUMBER = 4;
  private static final byte NUMBER = 5;
  private static final byte MONEY = 6;
  private static final byte DATE = 7;
  private static final byte MONTH = 8;
  private static final byte TIME = 9;
  private static final byte ITEMS_TOTAL = 10;
  private static final byte DIFFERENCE = 11;
  private static final byte TABLE = 12;
  private static final int SHEETS = ExcelSheet.values().length;

  private final byte[] bytes;

  private WorkbookRows(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * A recording from its {@link #bytes()}.
   *
   * @throws IllegalArgumentException when {@code bytes} is not a recording of this version
   */
  public static WorkbookRows of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes == null");
    if (bytes.length < 10 + 4 * SHEETS || bytes[0] != VERSION) {
      throw new IllegalArgumentException("not a recording of workbook rows (version " + VERSION + ")");
    }
    return new WorkbookRows(bytes.clone());
  }

  /** The recording, to be given to {@link #of(byte[])}. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * The rows the document adds to {@code sheet}: data rows of an entity sheet; for {@link ExcelSheet#TABLES},
   * table sheets. (The Failures sheet's rows come with the result, not with its recording: 0.)
   */
  public int rows(ExcelSheet sheet) {
    int at = bytes.length - 4 * (SHEETS - sheet.ordinal());
    return ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8)
        | (bytes[at + 3] & 0xff);
  }

  /** The recording's size in bytes. */
  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkbookRows other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "WorkbookRows[" + bytes.length + " bytes]";
  }

  /** Records one document's rows as a writer with {@code options} would write them. */
  static WorkbookRows record(ExcelOptions options, String source, RuleResult result,
      @Nullable VerificationReport verification, List<PageTable> tables) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
    DataOutputStream out = new DataOutputStream(buffer);
    try {
      out.writeByte(VERSION);
      out.writeBoolean(options.maskPersonalNumbers());
      out.writeInt(sheetBits(options));
      Map<ExcelSheet, SheetRows> recorders = new EnumMap<>(ExcelSheet.class);
      int[] counts = new int[SHEETS];
      Function<ExcelSheet, @Nullable SheetRows> sheets = kind -> options.has(kind)
          ? recorders.computeIfAbsent(kind, k -> new Recorder(k, out, counts))
          : null;
      int expenses = new EntityRows(options, sheets).add(source, result, verification);
      if (options.has(ExcelSheet.TABLES)) {
        for (PageTable table : tables) {
          writeTable(out, table);
        }
        counts[ExcelSheet.TABLES.ordinal()] = tables.size();
      }
      out.writeByte(END);
      out.writeInt(expenses);
      for (int count : counts) {
        out.writeInt(count);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen: writing to memory", e);
    } catch (UncheckedIOException e) {
      throw new IllegalStateException("cannot happen: writing to memory", e);
    }
    return new WorkbookRows(buffer.toByteArray());
  }

  /** Where a recording's tables go when it is written: one sheet each. */
  interface Tables {
    void table(int page, int index, int rows, int columns, int headerRows, List<GridCell> cells);
  }

  /**
   * Writes the recording's rows and tables.
   *
   * @param sheets the workbook's rows of a sheet
   * @return how many expense numbers the document took
   * @throws IllegalArgumentException when the recording was made with other options, or is damaged
   */
  int writeTo(ExcelOptions options, Function<ExcelSheet, SheetRows> sheets, Tables tables) {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 1, bytes.length - 1));
    try {
      boolean masked = in.readBoolean();
      int recordedSheets = in.readInt();
      if (masked != options.maskPersonalNumbers() || recordedSheets != sheetBits(options)) {
        throw new IllegalArgumentException("workbook rows recorded with other options (sheets, masking)"
            + " than this workbook's");
      }
      ExcelSheet[] kinds = ExcelSheet.values();
      Map<ExcelSheet, List<? extends Column>> sheetColumns = new EnumMap<>(ExcelSheet.class);
      SheetRows rows = null;
      List<? extends Column> columns = List.of();
      while (true) {
        byte op = in.readByte();
        if (op == END) {
          return in.readInt();
        }
        if (op == ROW) {
          ExcelSheet kind = kinds[in.readUnsignedByte()];
          rows = sheets.apply(kind);
          columns = sheetColumns.computeIfAbsent(kind, k -> ExpenseWorkbookWriter.columns(k, options));
          rows.row();
          continue;
        }
        if (op == TABLE) {
          readTable(in, tables);
          continue;
        }
        if (rows == null) {
          throw new IllegalArgumentException("damaged workbook rows: a cell before any row");
        }
        switch (op) {
          case ITEMS_TOTAL -> rows.itemsTotal(in.readDouble(), currency(in));
          case DIFFERENCE -> rows.difference(in.readDouble(), currency(in));
          default -> {
            Column column = columns.get(in.readUnsignedByte());
            switch (op) {
              case TEXT -> rows.putText(column, string(in));
              case INTEGER -> rows.integer(column, in.readLong());
              case EXPENSE_NUMBER -> rows.expenseNumber(column, in.readInt());
              case NUMBER -> rows.putNumber(column, in.readDouble());
              case MONEY -> rows.putMoney(column, in.readDouble(), currency(in));
              case DATE -> rows.putDate(column, LocalDate.ofEpochDay(in.readLong()));
              case MONTH -> rows.month(column, LocalDate.ofEpochDay(in.readLong()));
              case TIME -> rows.putTime(column, in.readLong());
              default -> throw new IllegalArgumentException("damaged workbook rows: no operation " + op);
            }
          }
        }
      }
    } catch (IOException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("damaged workbook rows: " + e, e);
    }
  }

  private static int sheetBits(ExcelOptions options) {
    int bits = 0;
    for (ExcelSheet sheet : options.sheets()) {
      bits |= 1 << sheet.ordinal();
    }
    return bits;
  }

  private static void writeTable(DataOutputStream out, PageTable table) throws IOException {
    TableGrid grid = table.grid();
    out.writeByte(TABLE);
    out.writeInt(table.page());
    out.writeInt(table.index());
    out.writeInt(grid.rowCount());
    out.writeInt(grid.columnCount());
    out.writeInt(grid.headerRows());
    out.writeInt(grid.cells().size());
    for (GridCell cell : grid.cells()) {
      out.writeInt(cell.row());
      out.writeInt(cell.column());
      out.writeInt(cell.rowSpan());
      out.writeInt(cell.columnSpan());
      string(out, cell.text());
      out.writeBoolean(cell.header());
      BigDecimal number = cell.number();
      out.writeBoolean(number != null);
      if (number != null) {
        string(out, number.toString());
      }
    }
  }

  /** A table's cells as the table sheet uses them: place, span, text, header, number. */
  private static void readTable(DataInputStream in, Tables tables) throws IOException {
    int page = in.readInt();
    int index = in.readInt();
    int rows = in.readInt();
    int columns = in.readInt();
    int headerRows = in.readInt();
    int count = in.readInt();
    List<GridCell> cells = new ArrayList<>(Math.min(count, 4096));
    for (int i = 0; i < count; i++) {
      int row = in.readInt();
      int column = in.readInt();
      int rowSpan = in.readInt();
      int columnSpan = in.readInt();
      String text = string(in);
      boolean header = in.readBoolean();
      BigDecimal number = in.readBoolean() ? new BigDecimal(string(in)) : null;
      cells.add(new GridCell(row, column, rowSpan, columnSpan, text, List.of(), null, null, header, number,
          List.of()));
    }
    tables.table(page, index, rows, columns, headerRows, cells);
  }

  private static void string(DataOutputStream out, String value) throws IOException {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String string(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new IOException("a text of " + length + " bytes where " + in.available() + " are left");
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  private static Currency currency(DataInputStream in) throws IOException {
    return Currency.getInstance(string(in));
  }

  /** Records one sheet's rows into the shared stream, each cell as an operation. */
  private static final class Recorder implements SheetRows {
    private final ExcelSheet kind;
    private final DataOutputStream out;
    private final int[] counts;

    Recorder(ExcelSheet kind, DataOutputStream out, int[] counts) {
      this.kind = kind;
      this.out = out;
      this.counts = counts;
    }

    @Override
    public void row() {
      counts[kind.ordinal()]++;
      write(ROW, () -> out.writeByte(kind.ordinal()));
    }

    @Override
    public void putText(Column column, String value) {
      cell(TEXT, column, () -> string(out, value));
    }

    @Override
    public void integer(Column column, long value) {
      cell(INTEGER, column, () -> out.writeLong(value));
    }

    @Override
    public void expenseNumber(Column column, int number) {
      cell(EXPENSE_NUMBER, column, () -> out.writeInt(number));
    }

    @Override
    public void putNumber(Column column, double value) {
      cell(NUMBER, column, () -> out.writeDouble(value));
    }

    @Override
    public void putMoney(Column column, double amount, Currency currency) {
      cell(MONEY, column, () -> {
        out.writeDouble(amount);
        string(out, currency.getCurrencyCode());
      });
    }

    @Override
    public void putDate(Column column, LocalDate value) {
      cell(DATE, column, () -> out.writeLong(value.toEpochDay()));
    }

    @Override
    public void month(Column column, LocalDate value) {
      cell(MONTH, column, () -> out.writeLong(value.toEpochDay()));
    }

    @Override
    public void putTime(Column column, long nanoOfDay) {
      cell(TIME, column, () -> out.writeLong(nanoOfDay));
    }

    @Override
    public void itemsTotal(double cached, Currency currency) {
      write(ITEMS_TOTAL, () -> {
        out.writeDouble(cached);
        string(out, currency.getCurrencyCode());
      });
    }

    @Override
    public void difference(double cached, Currency currency) {
      write(DIFFERENCE, () -> {
        out.writeDouble(cached);
        string(out, currency.getCurrencyCode());
      });
    }

    private interface Payload {
      void write() throws IOException;
    }

    private void cell(byte op, Column column, Payload payload) {
      write(op, () -> {
        out.writeByte(column.ordinal());
        payload.write();
      });
    }

    private void write(byte op, Payload payload) {
      try {
        out.writeByte(op);
        payload.write();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
