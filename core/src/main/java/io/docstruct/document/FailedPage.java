package io.docstruct.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A page the OCR provider reported it could not recognise ({@link Page.PageStatus#failed()}): nothing on it
 * was read, so it must never pass for a page with nothing on it.
 *
 * <pre>{@code
 * for (FailedPage f : FailedPage.of(doc)) {
 *   System.err.println(f.describe());      // image 0 "scan": FAILURE, image too small
 * }
 * }</pre>
 *
 * @param position the page's position in the document, from 0 (for CLOVA, its place in {@code images})
 * @param name the image name given in the request, if any
 * @param status {@code FAILURE} or {@code ERROR}
 * @param message the provider's message about it, if any
 */
public record FailedPage(int position, @Nullable String name, Page.PageStatus status, @Nullable String message) {

  /**
   * @throws IllegalArgumentException when {@code status} is not a failure
   */
  public FailedPage {
    Objects.requireNonNull(status, "status == null");
    if (!status.failed()) {
      throw new IllegalArgumentException("not a failed page: " + status);
    }
  }

  /** The failed pages of {@code document}, in order; empty when every page was recognised. */
  public static List<FailedPage> of(OcrDocument document) {
    List<FailedPage> failed = new ArrayList<>();
    List<Page> pages = document.pages();
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      if (page.status().failed()) {
        failed.add(new FailedPage(i, page.name(), page.status(), page.message()));
      }
    }
    return failed;
  }

  /** One line, as the provider's answer lists it: {@code image 0 "scan": FAILURE, image too small}. */
  public String describe() {
    return "image "
        + position
        + (name == null ? "" : " \"" + name + "\"")
        + ": "
        + status
        + (message == null ? "" : ", " + message);
  }
}
