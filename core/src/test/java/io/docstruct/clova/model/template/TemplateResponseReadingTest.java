package io.docstruct.clova.model.template;

import io.docstruct.testing.Fixtures;
import static io.docstruct.testing.Fixtures.parse;
import static io.docstruct.testing.Fixtures.clova;
import static io.docstruct.testing.Fixtures.roundTrip;
import static io.docstruct.testing.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.clova.model.ClovaImage;
import io.docstruct.clova.model.ValidationResult;
import io.docstruct.clova.model.Vertex;
import io.docstruct.clova.model.general.ClovaField;
import io.docstruct.clova.model.general.ClovaSubField;
import io.docstruct.clova.model.general.CombineResult;
import io.docstruct.clova.model.general.FieldType;
import org.junit.jupiter.api.Test;

class TemplateResponseReadingTest {

  private final ClovaImage image = clova("template/template-response.json").images().get(0);

  @Test
  void matchedTemplateHasIdAndName() {
    assertThat(image.matchedTemplate()).isEqualTo(new MatchedTemplate(266, "EN-Front-2020"));
    assertThat(image.validationResult().result()).isEqualTo(ValidationResult.Status.UNCHECKED);
  }

  @Test
  void titleGivenAsAnObjectKeepsNameTextConfidenceAndOutline() {
    TemplateTitle title = image.title();

    assertThat(title.name()).isEqualTo("계약서");
    assertThat(title.inferText()).isEqualTo("임대차 계약서");
    assertThat(title.inferConfidence()).isEqualTo(0.9987);
    assertThat(title.boundingPoly().vertices().get(0)).isEqualTo(new Vertex(1148.3334, 23.833334));
  }

  @Test
  void titleGivenAsTheDocumentedStringBecomesItsText() {
    ClovaImage v1 = clova("template/template-v1-title-string-response.json").images().get(0);

    assertThat(v1.title()).isEqualTo(TemplateTitle.ofText("사업자등록증"));
    assertThat(v1.title().name()).isNull();
    assertThat(v1.title().boundingPoly()).isNull();
  }

  @Test
  void titleIsAlwaysWrittenAsAnObject() {
    assertThat(tree(TemplateTitle.ofText("제목")).get("inferText").asText()).isEqualTo("제목");
    assertThat(roundTrip(TemplateTitle.ofText("제목"))).isEqualTo(TemplateTitle.ofText("제목"));
  }

  @Test
  void whenEmptyDeserialized_titleHasEmptyText() {
    TemplateTitle empty = parse("{}", TemplateTitle.class);

    assertThat(empty.inferText()).isEmpty();
    assertThat(empty.name()).isNull();
    assertThat(parse("{}", MatchedTemplate.class)).isEqualTo(new MatchedTemplate(null, null));
  }

  @Test
  void combineResultGivenAsAnObjectIsAListOfOne() {
    assertThat(image.combineResult())
        .containsExactly(new CombineResult("address-full", "서울시 강남구 / 101호"));
  }

  @Test
  void multiLineFieldKeepsItsJoinedTextAndItsSubFields() {
    ClovaField address = image.fields().get(0);

    assertThat(address.name()).isEqualTo("address");
    assertThat(address.inferText()).isEqualTo("서울시 강남구\n101호");
    assertThat(address.lineBreak()).isNull();
    assertThat(address.subFields())
        .extracting(ClovaSubField::inferText)
        .containsExactly("서울시", "강남구", "101호");
    assertThat(address.subFields())
        .extracting(ClovaSubField::lineBreak)
        .containsExactly(false, true, false);
    assertThat(address.subFields().get(2).inferConfidence()).isEqualTo(0.8568);
  }

  @Test
  void logoFieldHasEmptyTextAndAZeroConfidence() {
    ClovaField logo = image.fields().get(1);

    assertThat(logo.name()).isEqualTo("logo");
    assertThat(logo.inferText()).isEmpty();
    assertThat(logo.inferConfidence()).isEqualTo(0.0);
    assertThat(logo.subFields()).isEmpty();
  }

  @Test
  void checkboxFieldIsCheckedAndSubFieldWithoutLineBreakHasNullHint() {
    ClovaField agree = image.fields().get(2);
    ClovaField signedOn = image.fields().get(3);

    assertThat(agree.type()).isEqualTo(FieldType.CHECKBOX);
    assertThat(agree.checked()).isTrue();
    assertThat(signedOn.subFields()).singleElement().satisfies(s -> assertThat(s.lineBreak()).isNull());
  }

  @Test
  void v1TemplateSubFieldsUseBounding() {
    ClovaField bizNo =
        clova("template/template-v1-title-string-response.json").images().get(0).fields().get(0);

    assertThat(bizNo.bounding().left()).isEqualTo(10.0);
    assertThat(bizNo.subFields().get(0).bounding().width()).isEqualTo(196.0);
    assertThat(bizNo.subFields().get(0).boundingPoly()).isNull();
  }
}
