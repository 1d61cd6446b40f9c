package io.docstruct.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.document.OcrDocument;
import io.docstruct.rules.entity.AccountCategory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Category keywords are rules ({@code category-keywords.drl}): a user's DRL file or decision table adds, removes or
 * replaces them without code, and one that is not understood stops the build naming the rule. The receipt is the
 * seed's emart everyday receipt (씨그램 레몬350ml, ₩1,600), 소모품비 by the built-in keyword "emart".
 */
class CategoryKeywordRulesTest {
  private static final RuleEngine ENGINE = RuleEngine.builder().clock(Fixtures.CLOCK).build();
  private static final OcrDocument EMART = Fixtures.read("receipt.json");
  private static final AccountCategory PANTRY = AccountCategory.of("복리후생비");

  private static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, UTF_8);
  }

  @Test
  void aCategoryKeywordIsARuleFileThatAddsItNotCode(@TempDir Path dir) throws IOException {
    Path rule = write(dir.resolve("pantry.drl"), """
        package io.docstruct.rules.unit;
        unit DocumentUnit;

        rule "Our office pantry is stocked at emart"
        when
          $keywords : /categoryKeywords
        then
          $keywords.addFirst("복리후생비", "emart|이마트");
        end
        """);
    RuleEngine engine = RuleEngine.builder().clock(Fixtures.CLOCK).rules(rule).build();

    assertThat(ENGINE.evaluate(EMART).expenses().get(0).category()).isEqualTo(AccountCategory.SUPPLIES);
    RuleResult result = engine.evaluate(EMART);
    assertThat(result.expenses().get(0).category()).isEqualTo(PANTRY);
    assertThat(result.firedRules()).extracting(FiredRule::rule)
        .as("the keyword rules run when the engine is built, never on a document")
        .doesNotContain("Our office pantry is stocked at emart", "Category keywords: built-in");
    assertThat(engine.categoryKeywords().entries().get(0)).isEqualTo(new CategoryKeywords.Entry("emart", PANTRY));
  }

  @Test
  void theBuiltInKeywordsAreTheRulesTable() {
    assertThat(CategoryKeywords.defaults()).isEqualTo(ENGINE.categoryKeywords());
    assertThat(CategoryKeywords.defaults().entries())
        .as("first keyword of the first rule line, and the generic shops last")
        .startsWith(new CategoryKeywords.Entry("주점", AccountCategory.ENTERTAINMENT))
        .endsWith(new CategoryKeywords.Entry("휴지", AccountCategory.SUPPLIES))
        .contains(new CategoryKeywords.Entry("emart", AccountCategory.SUPPLIES));
  }

  @Test
  void aUserRuleCanRemoveABuiltInKeyword(@TempDir Path dir) throws IOException {
    Path rule = write(dir.resolve("no-marts.drl"), """
        package io.docstruct.rules.unit;
        unit DocumentUnit;

        rule "Mart purchases are booked by hand"
        when
          $keywords : /categoryKeywords
        then
          $keywords.remove("소모품비", "이마트|emart|마트");
          $keywords.add("식비", "레몬");
        end
        """);
    RuleEngine engine = RuleEngine.builder().clock(Fixtures.CLOCK).rules(rule).build();

    assertThat(engine.categoryKeywords().entries()).extracting(CategoryKeywords.Entry::keyword)
        .doesNotContain("emart", "이마트", "마트").contains("다이소", "레몬");
    assertThat(engine.evaluate(EMART).expenses().get(0).category())
        .as("no merchant keyword left: the item 씨그램 레몬350ml decides").isEqualTo(AccountCategory.MEALS);
  }

  @Test
  void aUserRuleCanReplaceTheWholeTable(@TempDir Path dir) throws IOException {
    Path rule = write(dir.resolve("our-table.drl"), """
        package io.docstruct.rules.unit;
        unit DocumentUnit;

        rule "Our own category keywords"
        when
          $keywords : /categoryKeywords
        then
          $keywords.clear();
          $keywords.add("회의비", "레몬|커피");
        end
        """);
    RuleEngine engine = RuleEngine.builder().clock(Fixtures.CLOCK).rules(rule).build();

    assertThat(engine.categoryKeywords().entries())
        .containsExactly(new CategoryKeywords.Entry("레몬", AccountCategory.of("회의비")),
            new CategoryKeywords.Entry("커피", AccountCategory.of("회의비")));
    assertThat(engine.evaluate(EMART).expenses().get(0).category()).isEqualTo(AccountCategory.of("회의비"));
  }

  @Test
  void aSpreadsheetDecisionTableAddsKeywords(@TempDir Path dir) throws IOException {
    // The condition column binds the table ("true" turns the row on); each action column is one change.
    Path table = write(dir.resolve("category-keywords.csv"), """
        RuleSet,io.docstruct.rules.unit
        Unit,DocumentUnit
        ,
        RuleTable Our category keywords
        NAME,CONDITION,ACTION,ACTION
        ,$keywords : /categoryKeywords,,
        ,$param,"$keywords.addFirst(""$1"", ""$2"");","$keywords.remove(""$1"", ""$2"");"
        rule,on,"tried first: category, keywords (separated by |)","removed: category, keywords"
        탕비실 음료,true,"복리후생비,emart|이마트",
        골프는 복리후생비,true,"복리후생비,골프","접대비,골프"
        """);
    RuleEngine engine = RuleEngine.builder().clock(Fixtures.CLOCK).rules(table).build();

    assertThat(engine.categoryKeywords().entries())
        .contains(new CategoryKeywords.Entry("emart", PANTRY), new CategoryKeywords.Entry("골프", PANTRY))
        .doesNotContain(new CategoryKeywords.Entry("골프", AccountCategory.ENTERTAINMENT))
        .first().isIn(new CategoryKeywords.Entry("emart", PANTRY), new CategoryKeywords.Entry("골프", PANTRY));
    assertThat(engine.evaluate(EMART).expenses().get(0).category()).isEqualTo(PANTRY);
  }

  @Test
  void aBuilderTableStillReplacesTheRulesTable(@TempDir Path dir) throws IOException {
    RuleEngine engine = RuleEngine.builder().clock(Fixtures.CLOCK)
        .categoryKeywords(CategoryKeywords.defaults().withFirst(PANTRY, "emart"))
        .build();

    assertThat(engine.evaluate(EMART).expenses().get(0).category()).isEqualTo(PANTRY);
  }

  @Test
  void aKeywordRuleThatIsNotUnderstoodStopsTheBuildNamingTheRule(@TempDir Path dir) throws IOException {
    Path rule = write(dir.resolve("typo.drl"), """
        package io.docstruct.rules.unit;
        unit DocumentUnit;

        rule "Keywords with a typo"
        when
          $keywords : /categoryKeywords
        then
          $keywords.remove("식비", "김밥천국");
        end
        """);

    assertThatThrownBy(() -> RuleEngine.builder().rules(rule).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageStartingWith(rule + ": ")
        .hasMessageContaining("Keywords with a typo")
        .hasMessageContaining("no keyword '김밥천국' for category 식비 to remove");
  }

  @Test
  void aBlankKeywordStopsTheBuildNamingTheRule(@TempDir Path dir) throws IOException {
    Path rule = write(dir.resolve("blank.drl"), """
        package io.docstruct.rules.unit;
        unit DocumentUnit;

        rule "Keywords with an empty one"
        when
          $keywords : /categoryKeywords
        then
          $keywords.add("식비", "샐러드||포케");
        end
        """);

    assertThatThrownBy(() -> RuleEngine.builder().rules(rule).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageContaining("Keywords with an empty one")
        .hasMessageContaining("keyword is blank");
  }
}
