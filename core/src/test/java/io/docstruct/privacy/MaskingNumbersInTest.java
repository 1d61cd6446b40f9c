package io.docstruct.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class MaskingNumbersInTest {
  @Test
  void residentAndCardShapedRunsAreMaskedAndShorterNumbersKept() {
    assertThat(Masking.numbersIn("from String \"900101-1234568\": not a valid Integer"))
        .isEqualTo("from String \"900101-1******\": not a valid Integer");
    assertThat(Masking.numbersIn("token '4111111111111111x' at 1234567890"))
        .isEqualTo("token '4111********1111x' at 1234567890");
    assertThat(Masking.numbersIn("4111 1111 1111 1111")).isEqualTo("4111 **** **** 1111");
    assertThat(Masking.numbersIn("line 12, column 40")).isEqualTo("line 12, column 40");
  }

  @Test
  void aCleanChainIsKeptAndADirtyOneRebuiltMasked() {
    IOException clean = new IOException("no numbers");
    assertThat(Masking.scrubbed(clean)).isSameAs(clean);

    Throwable dirty = Masking.scrubbed(new IOException("outer", new IllegalStateException("900101-1234568")));
    assertThat(dirty).isInstanceOf(MaskedCause.class).hasMessage("outer");
    assertThat(((MaskedCause) dirty).originalClass()).isEqualTo("java.io.IOException");
    assertThat(dirty.getCause())
        .hasToString("java.lang.IllegalStateException: 900101-1******");
  }
}
