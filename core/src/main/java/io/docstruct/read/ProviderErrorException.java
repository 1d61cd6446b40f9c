package io.docstruct.read;

import io.docstruct.DocStructException;
import io.docstruct.document.ResponseKind;
import org.jspecify.annotations.Nullable;

/**
 * The input is a provider's error report, not a result: a CLOVA error body ({@code {"code":"0002",
 * "message":…}}) or an NHN envelope whose header says {@code isSuccessful: false}.
 *
 * <pre>{@code
 * catch (ProviderErrorException e) {
 *   System.err.println(e.provider() + " error " + e.code() + ": " + e.providerMessage());
 * }
 * }</pre>
 */
public final class ProviderErrorException extends DocStructException {
  private static final long serialVersionUID = 1L;

  private final ResponseKind.Provider provider;
  private final String code;
  private final @Nullable String providerMessage;

  public ProviderErrorException(
      ResponseKind.Provider provider, String code, @Nullable String providerMessage) {
    super(
        provider
            + " error response, code "
            + code
            + (providerMessage == null ? "" : ": " + providerMessage));
    this.provider = provider;
    this.code = code;
    this.providerMessage = providerMessage;
  }

  public ResponseKind.Provider provider() {
    return provider;
  }

  /** The provider's error code as text: CLOVA {@code "0002"}, NHN {@code "-1"} or {@code "4000003"}. */
  public String code() {
    return code;
  }

  /** The provider's own message, if it gave one. */
  public @Nullable String providerMessage() {
    return providerMessage;
  }
}
