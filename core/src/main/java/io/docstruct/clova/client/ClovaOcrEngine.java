package io.docstruct.clova.client;

import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrRequestException;
import io.docstruct.client.ProviderAnswer;
import io.docstruct.clova.adapt.ClovaAdapter;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.document.ResponseKind;
import io.docstruct.ocr.OcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.OcrRequest;
import io.docstruct.ocr.Recognition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * CLOVA OCR as an {@link OcrEngine}: one {@link ClovaOcrClient} per domain, each model routed to the domain
 * that serves it (NAVER Cloud gives every domain its own invoke URL and secret, and a Document domain reads
 * the one model in its URL). The clients are built once, with the engine; closing the engine closes them.
 *
 * <pre>{@code
 * ClovaDomains domains = ClovaDomains.builder()
 *     .add(System.getenv("CLOVA_OCR_URL_RECEIPT"), System.getenv("CLOVA_OCR_SECRET_RECEIPT"))
 *     .add(System.getenv("CLOVA_OCR_URL_GENERAL"), System.getenv("CLOVA_OCR_SECRET_GENERAL"))
 *     .build();
 * try (ClovaOcrEngine engine = ClovaOcrEngine.create(domains, client -> client.maxConcurrentCalls(8))) {
 *   Recognition r = engine.recognize(ImageSource.of(Path.of("receipt.jpg")), OcrModel.RECEIPT);
 * }
 * }</pre>
 *
 * <p>A model no domain serves is refused with {@link OcrRequestException} before anything is sent. The
 * document of each answer is read from the answer itself, its kind told from its shape as {@code
 * ResponseReader} tells a saved answer's; an answer with no Document OCR or Template section of its own (an
 * image the service could not read) takes the kind of the model that was asked for. Thread-safe.
 */
public final class ClovaOcrEngine implements OcrEngine {
  private final Map<OcrModel, ClovaOcrClient> clients;

  private ClovaOcrEngine(Map<OcrModel, ClovaOcrClient> clients) {
    this.clients = Collections.unmodifiableMap(new EnumMap<>(clients));
  }

  /** An engine with a client of default settings for every domain. */
  public static ClovaOcrEngine create(ClovaDomains domains) {
    return create(domains, client -> {});
  }

  /**
   * An engine with a client for every domain, each configured by {@code settings} after its invoke URL and
   * secret are set (retry policy, concurrency, timeouts, logging…).
   *
   * <pre>{@code
   * ClovaOcrEngine.create(domains, client -> client.retryPolicy(RetryPolicy.none()).maxConcurrentCalls(8));
   * }</pre>
   *
   * @throws IllegalArgumentException or {@link IllegalStateException} when {@code settings} sets something
   *     the client builder refuses; no client is left open then
   */
  public static ClovaOcrEngine create(ClovaDomains domains, Consumer<ClovaOcrClient.Builder> settings) {
    Objects.requireNonNull(domains, "domains == null");
    Objects.requireNonNull(settings, "settings == null");
    List<ClovaOcrClient> built = new ArrayList<>();
    try {
      for (ClovaDomain domain : domains.domains()) {
        ClovaOcrClient.Builder builder = domains.clientBuilder(domain.endpoint());
        settings.accept(builder);
        built.add(builder.build());
      }
    } catch (RuntimeException e) {
      built.forEach(ClovaOcrClient::close);
      throw e;
    }
    return of(built);
  }

  /**
   * An engine over clients already built, one per domain; the engine takes them over and closes them.
   *
   * @throws IllegalArgumentException when none is given or two serve the same model
   */
  public static ClovaOcrEngine of(List<ClovaOcrClient> clients) {
    Map<OcrModel, ClovaOcrClient> byModel = new EnumMap<>(OcrModel.class);
    for (ClovaOcrClient client : clients) {
      Objects.requireNonNull(client, "client == null");
      OcrModel model = client.domain().endpoint().model();
      ClovaOcrClient before = byModel.put(model, client);
      if (before != null) {
        throw new IllegalArgumentException(
            "two clients serve " + model.callName() + ": " + before.domain().description() + " twice");
      }
    }
    if (byModel.isEmpty()) {
      throw new IllegalArgumentException("no CLOVA OCR client given");
    }
    return new ClovaOcrEngine(byModel);
  }

  /** {@link #of(List)} for clients given one by one. */
  public static ClovaOcrEngine of(ClovaOcrClient... clients) {
    return of(List.of(clients));
  }

  @Override
  public Set<OcrModel> models() {
    return clients.keySet();
  }

  /** The client of the domain that serves {@code model}, if there is one; for its settings and domain. */
  public Optional<ClovaOcrClient> client(OcrModel model) {
    return Optional.ofNullable(clients.get(Objects.requireNonNull(model, "model == null")));
  }

  /**
   * {@inheritDoc}
   *
   * @throws OcrRequestException when no domain serves the model, naming those there are, before anything
   *     is sent
   */
  @Override
  public Recognition recognize(ImageSource image, OcrRequest request) {
    Objects.requireNonNull(image, "image == null");
    Objects.requireNonNull(request, "request == null");
    OcrModel model = request.model();
    ClovaOcrClient client = clients.get(model);
    if (client == null) {
      throw new OcrRequestException(
          image.name() + ": no CLOVA OCR domain for " + model.callName() + " (…/" + ClovaEndpoint.of(model).path()
              + "); this engine has " + describe());
    }
    ProviderAnswer<ClovaResponse> answer =
        switch (model) {
          case GENERAL ->
              client.generalAnswer(
                  image, GeneralOptions.defaults().withLang(request.language()).withTables(request.tables()));
          case TEMPLATE -> client.templateAnswer(image, request.templateIds());
          default -> client.documentAnswer(DocumentType.of(model), image);
        };
    return new Recognition(answer, ClovaAdapter.adapt(answer.response(), kind(model, answer.response())));
  }

  /**
   * The kind of an answer: what its shape says, unless it says no more than General OCR (no section of its
   * own, as when every image failed) to a call for Template or Document OCR: then the model's kind.
   */
  private static ResponseKind kind(OcrModel model, ClovaResponse response) {
    ResponseKind detected = ClovaAdapter.detectKind(response);
    boolean general = detected == ResponseKind.CLOVA_GENERAL_V2 || detected == ResponseKind.CLOVA_GENERAL_V1;
    if (!general || model == OcrModel.GENERAL) {
      return detected;
    }
    return model == OcrModel.TEMPLATE ? ResponseKind.CLOVA_TEMPLATE : DocumentType.of(model).responseKind();
  }

  /** Closes every client. */
  @Override
  public void close() {
    RuntimeException first = null;
    for (ClovaOcrClient client : clients.values()) {
      try {
        client.close();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private String describe() {
    return clients.values().stream().map(c -> c.domain().description()).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return "ClovaOcrEngine{" + describe() + "}";
  }
}
