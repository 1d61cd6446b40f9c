package io.docstruct.verify.mrz;

/**
 * The ICAO 9303 MRZ layouts.
 *
 * <pre>{@code
 * MrzFormat f = mrz.format();
 * System.out.println(f.label() + ": " + f.lineCount() + " x " + f.lineLength()); // TD3: 2 x 44
 * }</pre>
 */
public enum MrzFormat {
  /** ID-1 cards, 3 lines of 30 (Part 5). */
  TD1("TD1", 3, 30),
  /** ID-2 cards, 2 lines of 36 (Part 6). */
  TD2("TD2", 2, 36),
  /** Passports, 2 lines of 44 (Part 4). */
  TD3("TD3", 2, 44),
  /** Full-size visas, 2 lines of 44 (Part 7): no composite check digit. */
  MRV_A("MRV-A", 2, 44),
  /** Small visas, 2 lines of 36 (Part 7): no composite check digit. */
  MRV_B("MRV-B", 2, 36);

  private final String label;
  private final int lineCount;
  private final int lineLength;

  MrzFormat(String label, int lineCount, int lineLength) {
    this.label = label;
    this.lineCount = lineCount;
    this.lineLength = lineLength;
  }

  /** The name ICAO uses: {@code TD1}, {@code TD2}, {@code TD3}, {@code MRV-A}, {@code MRV-B}. */
  public String label() {
    return label;
  }

  public int lineCount() {
    return lineCount;
  }

  public int lineLength() {
    return lineLength;
  }

  /** Whether the layout has a composite check digit (every one but the visas). */
  public boolean hasComposite() {
    return this == TD1 || this == TD2 || this == TD3;
  }

  /** Whether the layout is a visa's. */
  public boolean isVisa() {
    return this == MRV_A || this == MRV_B;
  }
}
