package io.docstruct.bench;

import io.docstruct.document.Field;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.ResponseKind;
import io.docstruct.document.fields.ReceiptFields;
import io.docstruct.read.ResponseReader;
import io.docstruct.verify.VerificationReport;
import io.docstruct.verify.Verifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long {@link Verifier#verify} takes on a passport (the CLOVA example: MRZ parse, five check digits,
 * cross-checks) and on a 100-item receipt (amount parsing, item arithmetic, total, VAT, card and business
 * numbers). Goal: microseconds, not milliseconds, so verification can run on every response.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar VerifyBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VerifyBenchmark {
  private static final String PASSPORT = """
      {"version":"V2","requestId":"r","timestamp":1684203696126,"images":[{"passport":{"passportResult":{
        "documentClassCode":{"rawText":"P<","refinedText":"Passport","postprocessed":[]},
        "issuingStateCode":{"rawText":"KOR","refinedText":"Korea","postprocessed":[]},
        "firstName":{"rawText":"HONG","refinedText":"HONG","postprocessed":[]},
        "lastName1":{"rawText":"GILSOON","refinedText":"GILSOON","postprocessed":[]},
        "documentNumber":{"rawText":"M123A4567","refinedText":"M123A4567","postprocessed":[]},
        "nationality":{"rawText":"KOR","refinedText":"Korea","postprocessed":[]},
        "dateOfBirth":{"rawText":"870201","refinedText":"1987/02/01","postprocessed":[]},
        "age":{"rawText":"","refinedText":36,"postprocessed":[]},
        "gender":{"rawText":"F","refinedText":"Female","postprocessed":[]},
        "dateOfExpiry":{"rawText":"300815","refinedText":"2030/08/15","postprocessed":[]},
        "personalNumber":{"rawText":"V2000000000000","refinedText":"V2000000000000","postprocessed":[]},
        "mrzLines":{"rawText":"x","refinedText":"PMKORHONG<<GILSOON<<<<<<<<<<<<<<<<<<<<<<<<<<<<\\nM123A45670KOR8702010F3008150V20000000000000000","postprocessed":[]},
        "isExpired":{"rawText":"","refinedText":false,"postprocessed":[]}
      }},"uid":"u","name":"p","inferResult":"SUCCESS","message":"SUCCESS"}]}
      """;

  private Verifier verifier;
  private OcrDocument passport;
  private OcrDocument receipt;

  @Setup
  public void setUp() {
    verifier = Verifier.create(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));
    passport = ResponseReader.create().read(PASSPORT.getBytes(StandardCharsets.UTF_8), "passport.json");
    receipt = receipt(100);
  }

  @Benchmark
  public VerificationReport passport() {
    return verifier.verify(passport);
  }

  @Benchmark
  public VerificationReport receipt100Items() {
    return verifier.verify(receipt);
  }

  /** A receipt of {@code n} items whose arithmetic holds, with VAT, card and business numbers. */
  static OcrDocument receipt(int n) {
    List<ReceiptFields.Item> items = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < n; i++) {
      int count = 1 + i % 3;
      int unit = 500 + 100 * (i % 17);
      total += (long) count * unit;
      items.add(new ReceiptFields.Item(Field.ofText("item " + i), null, Field.ofText(String.valueOf(count)),
          Field.ofText(String.format(Locale.ROOT, "%,d", (long) count * unit)),
          Field.ofText(String.format(Locale.ROOT, "%,d", unit))));
    }
    ReceiptFields fields = new ReceiptFields("ko",
        new ReceiptFields.Store(Field.ofText("store"), null, Field.ofText("212-81-25544"), null, List.of(), List.of(), List.of()),
        new ReceiptFields.Payment(Field.ofText("2020-04-16"), Field.ofText("20: 11"), Field.ofText("신한"),
            Field.ofText("4221**8666"), Field.ofText("28672931")),
        List.of(new ReceiptFields.ItemGroup(items)),
        List.of(new ReceiptFields.SubTotal(List.of(Field.ofText(String.valueOf((2 * total + 11) / 22))), List.of())),
        Field.ofText(String.format(Locale.ROOT, "%,d원", total)));
    Page page = new Page(0, "receipt", Page.PageStatus.SUCCESS, null, null, List.of(), List.of(), List.of(), fields);
    return new OcrDocument(ResponseKind.CLOVA_RECEIPT, null, null, List.of(page), List.of());
  }
}
