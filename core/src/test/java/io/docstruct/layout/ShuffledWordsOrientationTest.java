package io.docstruct.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.Page;
import io.docstruct.document.PageSize;
import io.docstruct.document.Word;
import io.docstruct.document.WordKind;
import io.docstruct.geometry.Box;
import io.docstruct.geometry.Quad;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.Fixtures;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The provider's word order tells a page's direction only when it reads as a reading order, and makes a
 * turn sure only when it is the only evidence and ten words or more read in order. The samples: a {@code
 * tableAmongParagraphs} page (found by {@link ReadingOrderProperties#shufflingTheWordsDoesNotChangeTheText})
 * shuffled with seed 17184 once read as turned 180°; NHN Cloud-style boxes of a turned page listed in a
 * random order were once surely turned by the few neighbouring pairs that happened to point one way.
 */
class ShuffledWordsOrientationTest {
  private static final String RESOURCE = "fixtures/orientation/table-among-paragraphs-no-hints.json";
  private static final LayoutEngine ENGINE = LayoutEngine.create();
  /** The seed of the paragraphs of the turned page. */
  private static final long LAYOUT = 7;

  @Test
  void shuffledWordsOfAnUprightPageWithoutHintsStayUpright() {
    Page page = ResponseReader.create().read(Fixtures.bytes(RESOURCE), RESOURCE).pages().get(0);
    StructuredPage ordered = ENGINE.structure(page);

    StructuredPage shuffled = ENGINE.structure(PageTransforms.shuffle(page, 17184));

    assertThat(ordered.orientation().rotation()).isZero();
    assertThat(ordered.text()).startsWith("글은 ");
    assertThat(shuffled.orientation().rotation()).isZero();
    assertThat(shuffled.text()).isEqualTo(ordered.text());
  }

  /**
   * Paragraphs turned by 90° with axis-aligned boxes listing their corners from the image's top-left and
   * no line-break hints (as NHN Cloud sends them): only the provider's order tells 90° from 270°. In
   * reading order it does, surely; shuffled it tells nothing, and the page is in doubt. Before, the few
   * neighbouring pairs of these shuffles made it a sure turn: by 270° (a false turn) for 2 and 13, by 90°
   * (by chance) for 3.
   */
  @ParameterizedTest
  @ValueSource(longs = {2, 13, 3})
  void aTurnedPageWithAxisAlignedBoxesIsInDoubtWhenItsWordsAreShuffled(long shuffle) {
    SyntheticPages.Layout paragraphs = SyntheticPages.singleColumn(new SplittableRandom(LAYOUT));
    SyntheticPages.Options turned =
        SyntheticPages.Options.upright().rotation(90).boxOrder(true).hints(false);

    Orientation inOrder = ENGINE.structure(paragraphs.draw(turned).page()).orientation();
    Orientation shuffled = ENGINE.structure(paragraphs.draw(turned.shuffle(shuffle)).page()).orientation();

    assertThat(inOrder.rotation()).isEqualTo(90);
    assertThat(inOrder.isSure()).as("%s", inOrder).isTrue();
    assertThat(shuffled.isSure()).as("%s", shuffled).isFalse();
  }

  /**
   * Four words of a label printed up the page (text turned by 270°), NHN Cloud-style boxes, listed bottom
   * to top: the order reads that way, so the layout reads them that way, but four words in order are not
   * enough to turn the page: a random order of four words on a line reads net two of three pairs one way
   * one time in three.
   */
  @Test
  void fourWordsInOrderTellTheDirectionButDoNotMakeTheTurnSure() {
    List<Word> upThePage =
        List.of(word("카드", 440), word("결제", 360), word("합계", 280), word("금액", 200));
    Page page = new Page(0, "label.png", Page.PageStatus.SUCCESS, null,
        new PageSize(300, 600, PageSize.Source.CONVERTED_IMAGE_INFO), upThePage, List.of(), List.of(), null);

    StructuredPage structured = ENGINE.structure(page);

    assertThat(structured.orientation().rotation()).isEqualTo(270);
    assertThat(structured.text()).isEqualTo("카드 결제 합계 금액");
    assertThat(structured.orientation().isSure()).as("%s", structured.orientation()).isFalse();
  }

  /** A word 30 px across and 60 px along a line running up the page, its box's top at {@code top}. */
  private static Word word(String text, double top) {
    return new Word(text, 0.99, Quad.of(new Box(120, top, 150, top + 60)), false, WordKind.TEXT, null);
  }
}
