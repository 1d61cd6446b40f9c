package io.docstruct.clova.client;

import io.docstruct.client.internal.HttpTransport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Several CLOVA OCR domains, each with its invoke URL and secret, at most one per {@link ClovaEndpoint}:
 * what an application holds to pick the client for each kind of document. Immutable and thread-safe; it
 * holds settings, not clients (no threads, nothing to close). {@link #toString()} never shows a secret.
 *
 * <pre>{@code
 * ClovaDomains domains = ClovaDomains.builder()
 *     .add(System.getenv("CLOVA_OCR_URL_RECEIPT"), System.getenv("CLOVA_OCR_SECRET_RECEIPT"))
 *     .add(System.getenv("CLOVA_OCR_URL_GENERAL"), System.getenv("CLOVA_OCR_SECRET_GENERAL"))
 *     .build();
 * ClovaEndpoint wanted = ClovaEndpoint.of(DocumentType.RECEIPT);
 * if (domains.find(wanted).isPresent()) {
 *   try (ClovaOcrClient receipts = domains.clientBuilder(wanted).retryPolicy(RetryPolicy.defaults()).build()) {
 *     receipts.document(DocumentType.RECEIPT, ImageSource.of(Path.of("receipt.jpg")));
 *   }
 * }
 * }</pre>
 */
public final class ClovaDomains {
  private final Map<ClovaEndpoint, ClovaDomain> domains;
  private final Map<ClovaEndpoint, String> secrets;

  private ClovaDomains(Builder b) {
    this.domains = new EnumMap<>(b.domains);
    this.secrets = new EnumMap<>(b.secrets);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The domain that serves {@code endpoint}, if one was added. */
  public Optional<ClovaDomain> find(ClovaEndpoint endpoint) {
    return Optional.ofNullable(domains.get(Objects.requireNonNull(endpoint, "endpoint == null")));
  }

  /** Every domain, in {@link ClovaEndpoint} order. */
  public List<ClovaDomain> domains() {
    return List.copyOf(domains.values());
  }

  /**
   * A client builder for the domain that serves {@code endpoint}, its invoke URL and secret already set; add
   * the rest (retry policy, concurrency, timeouts…) and build it.
   *
   * @throws IllegalArgumentException when no domain serves {@code endpoint}, naming those there are
   */
  public ClovaOcrClient.Builder clientBuilder(ClovaEndpoint endpoint) {
    ClovaDomain domain =
        find(endpoint)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no CLOVA OCR domain for " + endpoint.callName() + " (…/" + endpoint.path()
                            + "); configured: " + this.describe()));
    return ClovaOcrClient.builder().invokeUrl(domain.invokeUrl()).secret(secrets.get(endpoint));
  }

  /** The domains for messages, e.g. {@code General OCR domain …/general, Document OCR domain …/document/receipt}. */
  private String describe() {
    return domains.values().stream().map(ClovaDomain::description).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (ClovaDomain d : domains.values()) {
      parts.add(d.endpoint().label() + "=" + d.invokeUrl());
    }
    return "ClovaDomains{" + String.join(", ", parts) + ", secrets=****}";
  }

  /** Collects domains; each {@link ClovaEndpoint} at most once. */
  public static final class Builder {
    private final Map<ClovaEndpoint, ClovaDomain> domains = new EnumMap<>(ClovaEndpoint.class);
    private final Map<ClovaEndpoint, String> secrets = new EnumMap<>(ClovaEndpoint.class);

    private Builder() {}

    /**
     * A domain by its invoke URL, as the console shows it (what it serves is read from the URL), and its
     * {@code X-OCR-SECRET}.
     *
     * @throws IllegalArgumentException when the URL is not an invoke URL (see {@link ClovaDomain#of}), the
     *     secret cannot be sent in a header, or a domain for the same endpoint was already added
     */
    public Builder add(String invokeUrl, String secret) {
      Objects.requireNonNull(invokeUrl, "invokeUrl == null");
      Objects.requireNonNull(secret, "secret == null");
      return add(ClovaDomain.of(invokeUrl), secret);
    }

    /**
     * A domain and its {@code X-OCR-SECRET}.
     *
     * @throws IllegalArgumentException when the secret cannot be sent in a header, or a domain for the same
     *     endpoint was already added
     */
    public Builder add(ClovaDomain domain, String secret) {
      Objects.requireNonNull(domain, "domain == null");
      Objects.requireNonNull(secret, "secret == null");
      HttpTransport.Settings.checkCredential(secret, "the secret of the " + domain.description());
      ClovaDomain before = domains.get(domain.endpoint());
      if (before != null) {
        throw new IllegalArgumentException(
            "two domains serve " + domain.endpoint().callName() + ": " + before.invokeUrl() + " and "
                + domain.invokeUrl() + "; a client, and so a ClovaDomains, takes one per endpoint");
      }
      domains.put(domain.endpoint(), domain);
      secrets.put(domain.endpoint(), secret);
      return this;
    }

    /**
     * The domains.
     *
     * @throws IllegalStateException when none was added
     */
    public ClovaDomains build() {
      if (domains.isEmpty()) {
        throw new IllegalStateException("no CLOVA OCR domain added");
      }
      return new ClovaDomains(this);
    }

    @Override
    public String toString() {
      return "ClovaDomains.Builder{" + domains.keySet() + ", secrets=****}";
    }
  }
}
