package io.docstruct.layout;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.docstruct.document.Page;
import io.docstruct.document.Word;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the hand-made layout fixtures ({@code fixtures/layout/*.json}) and their expected text, which comes
 * from the generator's known reading order, not from the engine. Run once, then review and commit:
 *
 * <pre>{@code
 * ./mvnw -q -B -pl core test -Dtest=LayoutFixtureWriter \
 *     -Ddocstruct.layout.fixtures=$PWD/core/src/test/resources/fixtures/layout
 * }</pre>
 */
class LayoutFixtureWriter {
  /** Every hand-made fixture: file name, layout and how it is drawn. */
  record Spec(String name, SyntheticPages.Layout layout, SyntheticPages.Options options) {}

  static List<Spec> specs() {
    SyntheticPages.Options up = SyntheticPages.Options.upright();
    List<Spec> specs = new ArrayList<>();
    specs.add(new Spec("single-column", SyntheticPages.singleColumn(new SplittableRandom(1)), up));
    specs.add(new Spec("two-columns-title-footer", SyntheticPages.twoColumns(new SplittableRandom(2)), up));
    specs.add(new Spec("receipt-right-aligned", SyntheticPages.receipt(new SplittableRandom(3)), up));
    for (int rotation : new int[] {90, 180, 270}) {
      specs.add(new Spec("rotated-" + rotation, SyntheticPages.receipt(new SplittableRandom(6)),
          up.rotation(rotation).jitter(1, rotation)));
      specs.add(new Spec("rotated-" + rotation + "-box-order",
          SyntheticPages.singleColumn(new SplittableRandom(7)), up.rotation(rotation).boxOrder(true)));
    }
    specs.add(new Spec("skew-plus-4", SyntheticPages.receipt(new SplittableRandom(8)),
        up.skew(4).jitter(1, 8)));
    specs.add(new Spec("skew-minus-4", SyntheticPages.twoColumns(new SplittableRandom(8)),
        up.skew(-4).jitter(1, 9)));
    specs.add(new Spec("no-line-break", SyntheticPages.twoColumns(new SplittableRandom(9)),
        up.hints(false)));
    specs.add(new Spec("shuffled", SyntheticPages.twoColumns(new SplittableRandom(10)),
        up.rotation(180).shuffle(10)));
    specs.add(new Spec("table-among-paragraphs",
        SyntheticPages.tableAmongParagraphs(new SplittableRandom(11)), up));
    specs.add(new Spec("badge-line-break", SyntheticPages.singleColumn(new SplittableRandom(12)), up));
    return specs;
  }

  /** The page of a spec; the badge fixture gets a {@code lineBreak=true} on every line's third word. */
  static Page page(Spec spec) {
    Page page = spec.layout().draw(spec.options()).page();
    if (!spec.name().equals("badge-line-break")) {
      return page;
    }
    List<Word> words = new ArrayList<>();
    int inLine = 0;
    for (Word w : page.words()) {
      boolean badge = inLine == 2 && !Boolean.TRUE.equals(w.lineBreak());
      words.add(badge ? new Word(w.text(), w.confidence(), w.polygon(), true, w.kind(), null) : w);
      inLine = Boolean.TRUE.equals(w.lineBreak()) ? 0 : inLine + 1;
    }
    return new Page(page.index(), page.name(), page.status(), page.message(), page.size(), words,
        page.tables(), page.templateFields(), page.fields());
  }

  @Test
  @EnabledIfSystemProperty(named = "docstruct.layout.fixtures", matches = ".+")
  void write() throws IOException {
    Path dir = Path.of(System.getProperty("docstruct.layout.fixtures"));
    Files.createDirectories(dir);
    for (Spec spec : specs()) {
      Files.writeString(dir.resolve(spec.name() + ".json"), SyntheticPages.json(page(spec), true), UTF_8);
      Files.writeString(dir.resolve(spec.name() + ".expected.txt"), spec.layout().expectedText() + "\n",
          UTF_8);
    }
  }
}
