package io.docstruct.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.Page;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A page whose text vertex order equals box order (upright CLOVA words without {@code lineBreak} hints) is
 * decided by the provider's sequence against a lean towards upright; the sample {@link
 * ReadingOrderProperties#shufflingTheWordsDoesNotChangeTheText} found: a {@code tableAmongParagraphs} page
 * shuffled with seed 17184 once read as turned 180°.
 */
class ShuffledWordsOrientationTest {
  private static final String RESOURCE = "fixtures/orientation/table-among-paragraphs-no-hints.json";

  @Test
  void shuffledWordsOfAnUprightPageWithoutHintsStayUpright() {
    Page page = ResponseReader.create().read(Fixtures.bytes(RESOURCE), RESOURCE).pages().get(0);
    LayoutEngine engine = LayoutEngine.create();
    StructuredPage ordered = engine.structure(page);

    StructuredPage shuffled = engine.structure(PageTransforms.shuffle(page, 17184));

    assertThat(ordered.orientation().rotation()).isZero();
    assertThat(ordered.text()).startsWith("글은 ");
    assertThat(shuffled.orientation().rotation()).isZero();
    assertThat(shuffled.text()).isEqualTo(ordered.text());
  }
}
