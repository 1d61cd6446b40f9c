package io.docstruct.rules.compliance;

import io.docstruct.number.KoreanNumber;
import io.docstruct.number.PrintedDate;
import io.docstruct.number.PrintedTime;
import io.docstruct.privacy.Masking;
import io.docstruct.rules.entity.BusinessNumber;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads a card company's approval export (승인내역) — CSV (UTF-8 or the MS949 Korean Windows code page) or
 * XLSX (the first sheet, streamed) — into {@link CardTransaction}s. The header row is found among the first
 * {@value #HEADER_SEARCH_ROWS} rows (exports put a title above it), its columns in any order, named as the
 * {@link StatementHeaders} synonym table says. Amounts are read exactly ({@link KoreanNumber}: {@code
 * 33,000}, {@code 33000원}, {@code -27,000}); a cell saying 취소, or a negative amount, makes a row a
 * cancellation. Card numbers are masked as they are read.
 *
 * <pre>{@code
 * CardStatement statement = CardStatementReader.create().read(Path.of("법인카드_202406.xlsx"));
 * statement.rows();       // CardTransaction, in file order
 * statement.warnings();   // "법인카드_202406.xlsx row 45: no date (a total line?): skipped"
 * }</pre>
 *
 * <p>A row without a readable date or amount is skipped with a warning naming it, never read as 0. A file
 * without a header row that has at least a date and an amount column is a {@link CardStatementException}.
 */
public final class CardStatementReader {
  /** How many rows from the top are searched for the header row. */
  static final int HEADER_SEARCH_ROWS = 20;
  /** Largest statement read at all. */
  static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
  private static final Charset MS949 = Charset.forName("x-windows-949");

  private final StatementHeaders headers;

  private CardStatementReader(StatementHeaders headers) {
    this.headers = Objects.requireNonNull(headers, "headers == null");
  }

  /** A reader with the built-in header synonyms. */
  public static CardStatementReader create() {
    return new CardStatementReader(StatementHeaders.defaults());
  }

  /** A reader with {@code headers}. */
  public static CardStatementReader create(StatementHeaders headers) {
    return new CardStatementReader(headers);
  }

  /**
   * Reads a statement ({@code .csv}, {@code .txt} or {@code .xlsx}).
   *
   * @throws CardStatementException naming the file when it cannot be read as a statement
   */
  public CardStatement read(Path file) {
    Objects.requireNonNull(file, "file == null");
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    Rows rows = new Rows(name, headers);
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new CardStatementException(name + ": larger than " + MAX_FILE_BYTES + " bytes, not read");
      }
      if (lower.endsWith(".xlsx")) {
        readXlsx(file, rows);
      } else if (lower.endsWith(".xls")) {
        throw new CardStatementException(name + ": the old .xls format is not read; save it as .xlsx or .csv");
      } else {
        readCsv(Files.readAllBytes(file), rows);
      }
    } catch (NoSuchFileException e) {
      throw new CardStatementException(name + ": no such file", e);
    } catch (IOException e) {
      throw new CardStatementException(name + ": cannot be read: " + e.getMessage(), e);
    }
    return rows.statement();
  }

  // --- CSV ---

  private static void readCsv(byte[] bytes, Rows rows) throws IOException {
    String text = decode(bytes);
    char delimiter = delimiter(text);
    try (BufferedReader in = new BufferedReader(new StringReader(text))) {
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      int row = 1;
      int c;
      while ((c = in.read()) != -1) {
        char ch = (char) c;
        if (quoted) {
          if (ch == '"') {
            in.mark(1);
            int next = in.read();
            if (next == '"') {
              cell.append('"');
            } else {
              quoted = false;
              if (next != -1) {
                in.reset();
              }
            }
          } else {
            cell.append(ch);
          }
        } else if (ch == '"' && cell.isEmpty()) {
          quoted = true;
        } else if (ch == delimiter) {
          cells.add(cell.toString());
          cell.setLength(0);
        } else if (ch == '\n' || ch == '\r') {
          if (ch == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
              in.reset();
            }
          }
          cells.add(cell.toString());
          cell.setLength(0);
          rows.row(row++, cells);
          cells = new ArrayList<>();
        } else {
          cell.append(ch);
        }
      }
      if (!cell.isEmpty() || !cells.isEmpty()) {
        cells.add(cell.toString());
        rows.row(row, cells);
      }
    }
  }

  /** UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8, else MS949. */
  private static String decode(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
        ? 3
        : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, MS949);
    }
  }

  /** A tab when the first line has tabs and no commas, else a comma. */
  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    return first.indexOf('\t') >= 0 && first.indexOf(',') < 0 ? '\t' : ',';
  }

  // --- XLSX, streamed ---

  private static void readXlsx(Path file, Rows rows) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new CardStatementException(file.getFileName() + ": the workbook has no sheet");
      }
      XMLReader parser = XMLHelper.newXMLReader();
      SheetRows handler = new SheetRows(rows);
      parser.setContentHandler(new XSSFSheetXMLHandler(
          reader.getStylesTable(), reader.getSharedStringsTable(), handler, new IsoDates(), false));
      try (InputStream sheet = sheets.next()) {
        parser.parse(new InputSource(sheet));
      }
    } catch (CardStatementException e) {
      throw e;
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new CardStatementException(file.getFileName() + ": not a readable .xlsx workbook: " + e.getMessage(), e);
    }
  }

  /** Formats date cells as ISO {@code yyyy-MM-dd HH:mm:ss}, whatever their display format; the rest as shown. */
  private static final class IsoDates extends DataFormatter {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    IsoDates() {
      super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        LocalDateTime at = DateUtil.getLocalDateTime(value, use1904, true);
        return ISO.format(at);
      }
      if (formatString == null || formatString.equals("General") || formatString.equals("@")) {
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        return exact.scale() <= 0 ? exact.toPlainString() : super.formatRawCellContents(value, formatIndex, formatString, use1904);
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904);
    }
  }

  private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Rows rows;
    private List<String> cells = new ArrayList<>();

    SheetRows(Rows rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      cells = new ArrayList<>();
    }

    @Override
    public void endRow(int rowNum) {
      rows.row(rowNum + 1, cells);
    }

    @Override
    public void cell(String cellReference, String formattedValue, @Nullable XSSFComment comment) {
      int column = new CellReference(cellReference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(formattedValue == null ? "" : formattedValue);
    }
  }

  // --- rows to transactions, for both formats ---

  private static final class Rows {
    private final String name;
    private final StatementHeaders headers;
    private final List<CardTransaction> transactions = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private @Nullable Map<StatementColumn, Integer> columns;
    private int rowsSeen;

    Rows(String name, StatementHeaders headers) {
      this.name = name;
      this.headers = headers;
    }

    void row(int number, List<String> cells) {
      rowsSeen++;
      if (columns == null) {
        columns = header(cells);
        if (columns == null && rowsSeen >= HEADER_SEARCH_ROWS) {
          throw new CardStatementException(name + ": no header row with a date and an amount column (such as 승인일자"
              + " and 이용금액) in the first " + HEADER_SEARCH_ROWS + " rows; add the export's names to StatementHeaders");
        }
        return;
      }
      if (cells.stream().allMatch(String::isBlank)) {
        return;
      }
      String where = name + " row " + number;
      String dateText = cell(cells, StatementColumn.DATE);
      PrintedDate printed = PrintedDate.read(dateText);
      LocalDate date = printed == null ? null : printed.toLocalDate();
      if (date == null) {
        warnings.add(where + ": no date" + (dateText == null ? " (a total line?)" : " in '" + dateText + "'") + ": skipped");
        return;
      }
      String amountText = cell(cells, StatementColumn.AMOUNT);
      KoreanNumber.Reading amount = amountText == null ? null : KoreanNumber.read(amountText);
      if (amount == null || amount.value() == null || amount.value().stripTrailingZeros().scale() > 0) {
        warnings.add(where + ": amount '" + Objects.toString(amountText, "") + "' is not a whole number of won"
            + (amount != null && amount.problem() != null ? " (" + amount.problem() + ")" : "") + ": skipped");
        return;
      }
      long won = amount.value().longValueExact();
      String timeText = cell(cells, StatementColumn.TIME);
      PrintedTime time = PrintedTime.read(timeText != null ? timeText : dateText);
      String status = cell(cells, StatementColumn.STATUS);
      boolean cancelled = won < 0 || (status != null && status.contains("취소"));
      String card = cell(cells, StatementColumn.CARD_NUMBER);
      BusinessNumber business = BusinessNumber.parse(cell(cells, StatementColumn.BUSINESS_NUMBER));
      transactions.add(new CardTransaction(
          name,
          number,
          date,
          time == null ? null : time.toLocalTime(),
          cell(cells, StatementColumn.APPROVAL_NUMBER),
          cell(cells, StatementColumn.MERCHANT),
          business == null ? null : business.value(),
          won,
          card == null ? null : Masking.card(card),
          cancelled));
    }

    private @Nullable Map<StatementColumn, Integer> header(List<String> cells) {
      Map<StatementColumn, Integer> found = new EnumMap<>(StatementColumn.class);
      for (int i = 0; i < cells.size(); i++) {
        StatementColumn column = headers.columnOf(cells.get(i));
        if (column != null && !found.containsKey(column)) {
          found.put(column, i);
        }
      }
      return found.containsKey(StatementColumn.DATE) && found.containsKey(StatementColumn.AMOUNT) ? found : null;
    }

    private @Nullable String cell(List<String> cells, StatementColumn column) {
      Integer index = columns == null ? null : columns.get(column);
      if (index == null || index >= cells.size()) {
        return null;
      }
      String value = cells.get(index).strip();
      return value.isEmpty() ? null : value;
    }

    CardStatement statement() {
      if (columns == null) {
        throw new CardStatementException(name + ": no header row with a date and an amount column (such as 승인일자"
            + " and 이용금액); add the export's names to StatementHeaders");
      }
      return new CardStatement(transactions, warnings);
    }
  }
}
