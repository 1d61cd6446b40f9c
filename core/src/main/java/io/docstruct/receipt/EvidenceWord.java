package io.docstruct.receipt;

import io.docstruct.geometry.Quad;
import org.jspecify.annotations.Nullable;

/**
 * One word a value was read from, as a reviewer or an app needs it to find and highlight the value on the page
 * image. Long digit runs in the text (card and resident numbers) are masked.
 *
 * <pre>{@code
 * for (EvidenceWord w : evidence.words()) highlight(w.polygon());
 * }</pre>
 *
 * @param text the word's text (personal numbers masked)
 * @param polygon the word's outline in page pixels, or {@code null} when the provider gave none
 * @param confidence the provider's confidence, 0–1, or {@code null} when it gave none
 */
public record EvidenceWord(String text, @Nullable Quad polygon, @Nullable Double confidence) {}
