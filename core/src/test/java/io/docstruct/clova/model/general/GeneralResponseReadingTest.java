package io.docstruct.clova.model.general;

import io.docstruct.testing.Fixtures;
import static io.docstruct.testing.Fixtures.parse;
import static io.docstruct.testing.Fixtures.clova;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.clova.model.ClovaImage;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.clova.model.InferResult;
import io.docstruct.clova.model.Vertex;
import io.docstruct.clova.model.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneralResponseReadingTest {

  @Test
  void whenCompleteDeserialized_theDocumentedV2ExampleKeepsEveryValue() {
    ClovaResponse r = clova("general/general-v2-response.json");

    assertThat(r.version()).isEqualTo("V2");
    assertThat(r.timestamp()).isEqualTo(1576569034247L);
    ClovaImage image = r.images().get(0);
    assertThat(image.inferResult()).isEqualTo(InferResult.SUCCESS);
    assertThat(image.validationResult().result()).isEqualTo(ValidationResult.Status.NO_REQUESTED);
    assertThat(image.convertedImageInfo().width()).isEqualTo(1224);
    assertThat(image.fields()).extracting(ClovaField::inferText).containsExactly("아름다운", "이", "세상");

    ClovaField first = image.fields().get(0);
    assertThat(first.valueType()).isEqualTo(ValueType.ALL);
    assertThat(first.type()).isEqualTo(FieldType.NORMAL);
    assertThat(first.inferConfidence()).isEqualTo(0.99992156);
    assertThat(first.lineBreak()).isTrue();
    assertThat(first.boundingPoly().vertices())
        .containsExactly(
            new Vertex(2713.7295, 1277.0492),
            new Vertex(2713.7295, 977.7408),
            new Vertex(2841.4343, 977.7408),
            new Vertex(2841.4343, 1277.0492));
    assertThat(image.fields().get(1).lineBreak()).isFalse();
    assertThat(first.name()).isNull();
    assertThat(first.subFields()).isEmpty();
    assertThat(image.tables()).isEmpty();
    assertThat(image.combineResult()).isEmpty();
    assertThat(image.title()).isNull();
  }

  @Test
  void absentConvertedImageInfoReadsAsNull() {
    ClovaImage image = clova("general/general-v2-response-blog.json").images().get(0);

    assertThat(image.convertedImageInfo()).isNull();
    assertThat(image.fields()).singleElement().satisfies(f -> {
      assertThat(f.inferText()).isEqualTo("116204");
      assertThat(f.inferConfidence()).isEqualTo(0.9983);
      assertThat(f.boundingPoly().vertices().get(2)).isEqualTo(new Vertex(105.0, 31.0));
    });
  }

  @Test
  void integerCoordinatesAndIntegerConfidenceReadAsDoubles() {
    ClovaField first = clova("general/v2-quirks-response.json").images().get(0).fields().get(0);

    assertThat(first.inferConfidence()).isEqualTo(1.0);
    assertThat(first.boundingPoly().vertices().get(0)).isEqualTo(new Vertex(10.0, 20.0));
  }

  @Test
  void missingConfidenceIsNullNotZero_andFloatArtefactsAreKept() {
    var fields = clova("general/v2-quirks-response.json").images().get(0).fields();

    assertThat(fields.get(2).inferConfidence()).isNull();
    assertThat(fields.get(1).inferConfidence()).isEqualTo(0.99959993);
    assertThat(fields.get(3).inferConfidence()).isEqualTo(0.9993333);
  }

  @Test
  void missingLineBreakIsNull() {
    ClovaField second = clova("general/v2-quirks-response.json").images().get(0).fields().get(1);

    assertThat(second.inferText()).isEqualTo("계:");
    assertThat(second.lineBreak()).isNull();
  }

  @Test
  void tablesBeforeFieldsAndUnknownKeysAtEveryLevelAreAccepted() {
    ClovaResponse r = clova("general/v2-quirks-response.json");

    assertThat(r.requestId()).isEqualTo("quirks-1");
    ClovaImage image = r.images().get(0);
    assertThat(image.name()).isEqualTo("scan");
    assertThat(image.tables()).isEmpty();
    assertThat(image.fields()).hasSize(5);
    assertThat(image.convertedImageInfo()).isNull();
  }

  @Test
  void unknownTypeAndValueTypeReadAsUnknown() {
    ClovaField odd = clova("general/v2-quirks-response.json").images().get(0).fields().get(4);

    assertThat(odd.type()).isEqualTo(FieldType.UNKNOWN);
    assertThat(odd.valueType()).isEqualTo(ValueType.UNKNOWN);
    assertThat(odd.inferText()).isEmpty();
    assertThat(odd.boundingPoly()).isNull();
    assertThat(odd.bounding()).isNull();
  }

  @Test
  void checkboxAndMultiBoxFieldsKeepTheirTypeAndCheckedFlag() {
    var fields = clova("general/v2-quirks-response.json").images().get(0).fields();

    assertThat(fields.get(2).type()).isEqualTo(FieldType.MULTI_BOX);
    assertThat(fields.get(2).valueType()).isEqualTo(ValueType.NUMERIC);
    assertThat(fields.get(3).type()).isEqualTo(FieldType.CHECKBOX);
    assertThat(fields.get(3).checked()).isTrue();
    assertThat(fields.get(0).checked()).isNull();
  }

  @Test
  void combineResultGivenAsAnArrayKeepsEveryEntry() {
    ClovaImage image = clova("general/v2-quirks-response.json").images().get(0);

    assertThat(image.combineResult())
        .containsExactly(new CombineResult("full", "합 계: 1,600"), new CombineResult("code", "A-1"));
  }

  @Test
  void combineResultGivenAsTheDocumentedObjectBecomesAListOfOne() {
    ClovaImage image =
        parse("{\"inferResult\":\"SUCCESS\",\"combineResult\":{\"name\":\"n\",\"text\":\"t\"}}", ClovaImage.class);

    assertThat(image.combineResult()).containsExactly(new CombineResult("n", "t"));
  }

  @Test
  void v1FieldsCarryBoundingAndNeitherTypeNorLineBreak() {
    ClovaResponse r = clova("general/v1-response.json");

    assertThat(r.version()).isEqualTo("V1");
    ClovaField first = r.images().get(0).fields().get(0);
    assertThat(first.inferText()).isEqualTo("영수증");
    assertThat(first.boundingPoly()).isNull();
    assertThat(first.bounding().top()).isEqualTo(12.0);
    assertThat(first.bounding().left()).isEqualTo(100.5);
    assertThat(first.bounding().width()).isEqualTo(80.0);
    assertThat(first.bounding().height()).isEqualTo(30.25);
    assertThat(first.type()).isNull();
    assertThat(first.lineBreak()).isNull();
    assertThat(r.images().get(0).fields().get(1).valueType()).isNull();
    assertThat(r.images().get(0).fields().get(1).inferConfidence()).isEqualTo(1.0);
  }

  @Test
  void whenEmptyDeserialized_aFieldHasEmptyTextEmptySubFieldsAndNullOptionals() {
    ClovaField empty = parse("{}", ClovaField.class);

    assertThat(empty.inferText()).isEmpty();
    assertThat(empty.subFields()).isEmpty();
    assertThat(empty.inferConfidence()).isNull();
    assertThat(empty.type()).isNull();
    assertThat(empty.valueType()).isNull();
    assertThat(empty.lineBreak()).isNull();
    assertThat(empty.boundingPoly()).isNull();
  }

  @Test
  void explicitNullsReadLikeAbsentValues() {
    ClovaField f =
        parse(
            "{\"inferText\":null,\"inferConfidence\":null,\"type\":null,\"subFields\":null,\"lineBreak\":null}",
            ClovaField.class);

    assertThat(f.inferText()).isEmpty();
    assertThat(f.inferConfidence()).isNull();
    assertThat(f.subFields()).isEmpty();
    assertThat(f.lineBreak()).isNull();
    assertThat(f.type()).isNull();
  }

  @Test
  void wireEnumsMapUnknownAndNullToUnknownAndIgnoreCase() {
    assertThat(FieldType.fromWire(null)).isEqualTo(FieldType.UNKNOWN);
    assertThat(FieldType.fromWire("RADIO")).isEqualTo(FieldType.UNKNOWN);
    assertThat(FieldType.fromWire(" checkbox ")).isEqualTo(FieldType.CHECKBOX);
    assertThat(FieldType.fromWire("MULTI_BOX")).isEqualTo(FieldType.MULTI_BOX);
    assertThat(ValueType.fromWire(null)).isEqualTo(ValueType.UNKNOWN);
    assertThat(ValueType.fromWire("numeric")).isEqualTo(ValueType.NUMERIC);
    assertThat(ValueType.fromWire("KOREAN")).isEqualTo(ValueType.UNKNOWN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "general/general-v2-response.json",
        "general/general-v2-response-blog.json",
        "general/v2-quirks-response.json",
        "general/v1-response.json",
        "general/table-response.json",
        "template/template-response.json",
        "template/template-v1-title-string-response.json"
      })
  void readWriteReadGivesAnEqualRecord(String fixture) {
    ClovaResponse once = clova(fixture);

    assertThat(Fixtures.roundTrip(once)).isEqualTo(once);
  }
}
