package io.docstruct.clova.client;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of a General OCR call.
 *
 * <pre>{@code
 * GeneralOptions o = GeneralOptions.defaults().withLang("ko").withTables(true);
 * }</pre>
 *
 * @param version engine version, {@code V2} (recommended) or {@code V1}
 * @param lang {@code ko}, {@code ja}, {@code zh-TW} or a comma-separated list; {@code null} for the
 *     domain's default
 * @param tables whether to ask for table detection (the domain must have it switched on, else CLOVA answers
 *     {@code 0028})
 */
public record GeneralOptions(String version, @Nullable String lang, boolean tables) {

  public GeneralOptions {
    Objects.requireNonNull(version, "version == null");
    if (!version.equals("V1") && !version.equals("V2")) {
      throw new IllegalArgumentException("version must be V1 or V2: " + version);
    }
  }

  /** V2, the domain's language, no table detection. */
  public static GeneralOptions defaults() {
    return new GeneralOptions("V2", null, false);
  }

  public GeneralOptions withLang(@Nullable String language) {
    return new GeneralOptions(version, language, tables);
  }

  public GeneralOptions withTables(boolean enabled) {
    return new GeneralOptions(version, lang, enabled);
  }

  public GeneralOptions withVersion(String engineVersion) {
    return new GeneralOptions(engineVersion, lang, tables);
  }
}
