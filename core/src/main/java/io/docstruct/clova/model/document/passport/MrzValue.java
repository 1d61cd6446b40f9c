package io.docstruct.clova.model.document.passport;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.docstruct.json.WireLists;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One {@code passportResult} value: the documents' {@code MrzString}, {@code MrzInt} and {@code Mrzbool}, which
 * differ only in the JSON type of {@code refinedText} (see {@link RefinedText}). The documents' model spells the
 * key {@code "refinedText "} (trailing space); that spelling is read too.
 *
 * <pre>{@code
 * MrzValue age = result.age();
 * age.rawText();                   // ""
 * age.refinedText().asString();    // "36"
 * }</pre>
 *
 * @param rawText the text read from the MRZ
 * @param refinedText the service's interpretation, {@code null} when absent
 * @param postprocessed codes of the refinements applied
 */
public record MrzValue(
    @Nullable String rawText,
    @JsonAlias("refinedText ") @Nullable RefinedText refinedText,
    List<Integer> postprocessed) {

  public MrzValue {
    postprocessed = WireLists.copyOf(postprocessed);
  }
}
