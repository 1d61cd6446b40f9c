package io.docstruct.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages the provider could not read are named, one line each, as the provider's answer lists them. */
class FailedPageTest {

  private static Page page(int index, String name, Page.PageStatus status, String message) {
    return new Page(index, name, status, message, null, List.of(), List.of(), List.of(), null);
  }

  @Test
  void failureAndErrorAreFailuresUnknownIsNot() {
    assertThat(Page.PageStatus.FAILURE.failed()).isTrue();
    assertThat(Page.PageStatus.ERROR.failed()).isTrue();
    assertThat(Page.PageStatus.SUCCESS.failed()).isFalse();
    assertThat(Page.PageStatus.UNKNOWN.failed()).as("NHN Cloud sends no status per page").isFalse();
  }

  @Test
  void theFailedPagesOfADocumentAreNamedByTheirPlace() {
    OcrDocument doc =
        new OcrDocument(
            ResponseKind.CLOVA_GENERAL_V2,
            "r",
            null,
            List.of(
                page(0, "a", Page.PageStatus.SUCCESS, "SUCCESS"),
                page(1, "b", Page.PageStatus.FAILURE, "image too small"),
                page(2, null, Page.PageStatus.ERROR, null)),
            List.of());

    assertThat(FailedPage.of(doc).stream().map(FailedPage::describe))
        .containsExactly("image 1 \"b\": FAILURE, image too small", "image 2: ERROR");
    assertThatThrownBy(() -> new FailedPage(0, "a", Page.PageStatus.SUCCESS, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
