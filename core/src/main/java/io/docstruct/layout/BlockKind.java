package io.docstruct.layout;

/** What a {@link Block} is on its page. */
public enum BlockKind {
  /** A short block (at most two lines) of text clearly larger than the page's body text. */
  TITLE,
  /** Body text: a paragraph, a receipt's rows, a column's run of lines. */
  PARAGRAPH,
  /** A short band at the top of the page, apart from the body (running head, page number). */
  HEADER,
  /** A short band at the bottom of the page, apart from the body. */
  FOOTER,
  /** A provider table; see {@link Block#table()}. One line per table row. */
  TABLE,
  /** Words the provider gave without a usable polygon, in the provider's order, at the end of the page. */
  UNPLACED
}
