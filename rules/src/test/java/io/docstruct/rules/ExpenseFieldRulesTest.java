package io.docstruct.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.document.OcrDocument;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.Money;
import io.docstruct.verify.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which field becomes which expense property is a table the rules fill ({@code mapping-expense-fields.drl}): the
 * built-in one maps Receipt OCR as the Java mapping always did, and a company changes it with a rule file or a
 * decision table, never code. The Template OCR page is a company's own 매입 증빙 form (template "매입증빙-2024":
 * 거래처명, 사업자 번호, 거래일자, 공급가액합계, 세액합계, 합계금액, 비고).
 */
class ExpenseFieldRulesTest {
  private static final RuleEngine ENGINE = RuleEngine.builder().clock(Fixtures.CLOCK).build();
  private static final OcrDocument PURCHASE_FORM = Fixtures.read("template-purchase.json");

  private static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, UTF_8);
  }

  @Test
  void theBuiltInTableMapsReceiptOcrFieldByFieldAndNoTemplateField() {
    ExpenseFields table = ENGINE.expenseFields();

    assertThat(table).isEqualTo(ExpenseFields.defaults());
    assertThat(table.fields(ExpenseFields.RECEIPT, "total")).containsExactly("totalPrice.price");
    assertThat(table.fields(ExpenseFields.RECEIPT, "vat")).containsExactly("subTotal.taxPrice");
    assertThat(table.fields(ExpenseFields.RECEIPT, "payment.approvalNumber")).containsExactly("paymentInfo.confirmNum");
    assertThat(table.entries()).noneMatch(e -> e.kind().equals(ExpenseFields.TEMPLATE));

    RuleResult result = ENGINE.evaluate(PURCHASE_FORM);
    assertThat(result.expenses()).as("a template's field names are the company's: none is built in").isEmpty();
    assertThat(result.firedRules()).extracting(FiredRule::rule)
        .as("the table is read when the engine is built, never on a document")
        .doesNotContain("Expense fields: Receipt Document OCR", "Map a Template OCR page to an expense");
    assertThat(result.violations()).as("never silent: the page says why it gave nothing")
        .singleElement().satisfies(v -> {
          assertThat(v.severity()).isEqualTo(Severity.INFO);
          assertThat(v.message()).startsWith("no expense from this Template OCR page")
              .contains("거래처명").contains("mapping-expense-fields.drl").endsWith("(page 1)");
        });
  }

  @Test
  void aCompanyThatBooksTheAmountBeforeVatMapsItsTemplateFieldToTheTotal(@TempDir Path dir) throws IOException {
    Path rule = write(dir.resolve("purchase-form.drl"), """
        package io.docstruct.rules.unit;
        unit DocumentUnit;

        rule "Our 매입 증빙 template: the supply amount is the expense"
        when
          $fields : /expenseFields
        then
          $fields.map("template", "merchant.name", "거래처명");
          $fields.map("template", "merchant.businessNumber", "사업자번호");   // printed "사업자 번호": spaces ignored
          $fields.map("template", "date", "거래일자");
          $fields.map("template", "total", "공급가액합계");
        end
        """);
    RuleEngine engine = RuleEngine.builder().clock(Fixtures.CLOCK).rules(rule).build();

    RuleResult result = engine.evaluate(PURCHASE_FORM);

    assertThat(result.expenses()).singleElement().satisfies(e -> {
      assertThat(e.total()).isEqualTo(Money.krw(new BigDecimal("100000")));
      assertThat(e.vat()).isNull();
      assertThat(e.merchant().name()).isEqualTo("(주)한빛오피스");
      assertThat(e.merchant().printedBusinessNumber()).isEqualTo("220-81-62517");
      assertThat(e.merchant().businessNumber()).isNotNull();
      assertThat(e.date()).isEqualTo(LocalDate.of(2024, 5, 20));
      assertThat(e.source().kind()).isEqualTo("clova-template");
    });
    assertThat(result.firedRules()).extracting(FiredRule::rule).contains("Map a Template OCR page to an expense")
        .doesNotContain("A Template OCR page whose fields the expense table does not name");
    assertThat(engine.expenseFields().fields(ExpenseFields.TEMPLATE, "total")).containsExactly("공급가액합계");
  }

  @Test
  void aDecisionTableRowSaysWhichTemplateFieldIsWhichAmount(@TempDir Path dir) throws IOException {
    Path table = write(dir.resolve("purchase-form.csv"), """
        RuleSet,io.docstruct.rules.unit
        Unit,DocumentUnit
        Notes,"Which field of our 매입 증빙 template becomes which expense property. One row per property; several fields separated by |, tried in order."
        ,
        RuleTable Purchase form fields
        NAME,CONDITION,ACTION
        ,$fields : /expenseFields,
        ,$param,"$fields.map(""template"", ""$1"", ""$2"");"
        rule,in force,"expense property, template fields"
        거래처,true,"merchant.name,거래처명|상호"
        합계,true,"total,합계금액|총액"
        공급가액,true,"supplyAmount,공급가액합계"
        세액,true,"vat,세액합계"
        비고는 쓰지 않음,false,"merchant.branch,비고"
        """);
    RuleEngine engine = RuleEngine.builder().clock(Fixtures.CLOCK).rules(table).build();

    Expense e = engine.evaluate(PURCHASE_FORM).expenses().get(0);

    assertThat(e.total()).isEqualTo(Money.krw(new BigDecimal("110000")));
    assertThat(e.supplyAmount()).isEqualTo(Money.krw(new BigDecimal("100000")));
    assertThat(e.vat()).isEqualTo(Money.krw(new BigDecimal("10000")));
    assertThat(e.merchant().name()).isEqualTo("(주)한빛오피스");
    assertThat(e.merchant().branch()).isNull();
    assertThat(engine.expenseFields().fields(ExpenseFields.TEMPLATE, "merchant.name")).containsExactly("거래처명", "상호");
  }

  @Test
  void theFirstFieldThatGivesAValueWinsAndAUserRuleCanPutItsOwnFirst(@TempDir Path dir) throws IOException {
    Path rule = write(dir.resolve("receipt-fields.drl"), """
        package io.docstruct.rules.unit;
        unit DocumentUnit;

        rule "Receipts: no branch, and the store's name from the branch line when the provider has none"
        when
          $fields : /expenseFields
        then
          $fields.unmap("receipt", "merchant.branch", "storeInfo.subName");
          $fields.mapFirst("receipt", "merchant.name", "storeInfo.subName");
        end
        """);
    RuleEngine engine = RuleEngine.builder().clock(Fixtures.CLOCK).rules(rule).build();
    OcrDocument emart = Fixtures.read("receipt.json");
    Expense builtIn = ENGINE.evaluate(emart).expenses().get(0);
    Expense changed = engine.evaluate(emart).expenses().get(0);

    assertThat(builtIn.merchant().branch()).isNotNull();
    assertThat(changed.merchant().branch()).isNull();
    assertThat(changed.merchant().name()).isEqualTo(builtIn.merchant().branch());
    assertThat(changed.total()).isEqualTo(builtIn.total());
    assertThat(engine.expenseFields().fields(ExpenseFields.RECEIPT, "merchant.name"))
        .containsExactly("storeInfo.subName", "storeInfo.name");
  }

  @Test
  void aFieldTheReceiptDoesNotHaveStopsTheBuildNamingTheRule(@TempDir Path dir) throws IOException {
    Path rule = write(dir.resolve("typo.drl"), """
        package io.docstruct.rules.unit;
        unit DocumentUnit;

        rule "Total from the wrong name"
        when
          $fields : /expenseFields
        then
          $fields.map("receipt", "total", "totalPrice");
        end
        """);

    assertThatThrownBy(() -> RuleEngine.builder().rules(rule).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageContaining("Total from the wrong name")
        .hasMessageContaining("no Receipt OCR field 'totalPrice'")
        .hasMessageContaining(rule.toString());
  }

  @Test
  void anUnknownPropertyOrKindIsNamed() {
    assertThatThrownBy(() -> new ExpenseFields.Entry("template", "amount", "합계"))
        .hasMessageContaining("no expense property 'amount'");
    assertThatThrownBy(() -> new ExpenseFields.Entry("invoice", "total", "합계"))
        .hasMessageContaining("no document kind 'invoice'");
    assertThat(new ExpenseFields.Entry("TEMPLATE", "expense.total", " 합계 금액 "))
        .isEqualTo(new ExpenseFields.Entry("template", "total", "합계금액"));
    assertThat(new ExpenseFields(List.of(new ExpenseFields.Entry("template", "total", "합계금액")))
        .mapsTemplateField(List.of("비고", "합계 금액"))).isTrue();
  }
}
