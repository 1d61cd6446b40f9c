package io.docstruct.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.rules.unit.KnowledgeBase;
import java.io.IOException;
import java.io.InputStream;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.api.Test;

/** The built-in evidence decision table as Drools compiles it. */
class EvidenceTableTest {
  @Test
  void theVerdictConditionsAreConstraintsOfTheEvidencePatternNotEvals() throws IOException {
    // With an eval per column Drools logged six "EvalCondition … is not performance-efficient" WARN lines at every
    // engine start (Spark driver, Spring app). The CSV merges the pattern cell over the columns with "...".
    String drl;
    try (InputStream table = KnowledgeBase.class.getResourceAsStream(KnowledgeBase.EVIDENCE_TABLE)) {
      drl = new SpreadsheetCompiler().compile(table, InputType.CSV);
    }
    assertThat(drl).doesNotContain("eval($e");
    assertThat(drl).contains("""
        $e : /evidence[typeIn("SIMPLE_RECEIPT"), claim().categoryIs("접대비") == false, claim().totalAbove(30000)]""");
    assertThat(drl).contains("""
        $e : /evidence[typeIn("*"), claim().vatShown() && claim().hasMark("면세사업자")]""");
  }
}
