package io.docstruct.cli;

import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrApiException;
import io.docstruct.client.ProviderAnswer;
import io.docstruct.client.RetryPolicy;
import io.docstruct.clova.adapt.ClovaAdapter;
import io.docstruct.clova.client.ClovaEndpoint;
import io.docstruct.clova.client.ClovaOcrClient;
import io.docstruct.clova.client.DocumentType;
import io.docstruct.clova.client.GeneralOptions;
import io.docstruct.clova.model.ClovaImage;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.clova.model.InferResult;
import io.docstruct.document.ResponseKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code docstruct ocr} and {@code batch --ocr} on NAVER CLOVA OCR, for one {@code --type}: a client for the
 * domain that serves it, found by {@link ClovaConfiguration} in the environment ({@code
 * CLOVA_OCR_URL_<TYPE>} and {@code CLOVA_OCR_SECRET_<TYPE>}, or the plain {@code CLOVA_OCR_URL} and {@code
 * CLOVA_OCR_SECRET} when that URL serves the type) or in a {@code --domains} file.
 *
 * <pre>{@code
 * try (OcrService clova = ClovaService.connect(System.getenv(), null, RetryPolicy.defaults(), OcrType.RECEIPT)) {
 *   OcrAnswer answer = clova.recognise(call);
 * }
 * }</pre>
 */
final class ClovaService implements OcrService {
  /** CLOVA's code for a missing or wrong secret. */
  private static final String SECRET_INVALID = "0002";

  private final ClovaOcrClient client;
  /** The variable the secret came from, named when CLOVA refuses it. */
  private final String secretSource;

  private ClovaService(ClovaOcrClient client, String secretSource) {
    this.client = client;
    this.secretSource = secretSource;
  }

  /**
   * A client for the domain that serves {@code type}.
   *
   * @param domainsFile the {@code --domains} file, or {@code null} to read the environment variables
   * @throws CommandFailedException (exit 2) naming the variable or key that is missing, inconsistent or not
   *     an invoke URL, or what to set when no domain serves {@code type}
   * @throws IOException when the domains file cannot be read
   */
  static ClovaService connect(
      Map<String, String> environment, @Nullable Path domainsFile, RetryPolicy retryPolicy, OcrType type)
      throws IOException {
    ClovaConfiguration configuration = ClovaConfiguration.read(environment, domainsFile);
    ClovaEndpoint endpoint = type.endpoint();
    ClovaOcrClient client = configuration.clientBuilder(endpoint).retryPolicy(retryPolicy).build();
    return new ClovaService(client, configuration.secretSource(endpoint));
  }

  @Override
  public OcrAnswer recognise(OcrCall call) {
    ImageSource source = ImageSource.of(call.file());
    Optional<DocumentType> model = call.type().documentType();
    ProviderAnswer<ClovaResponse> answer;
    ResponseKind kind;
    try {
      if (model.isPresent()) {
        answer = client.documentAnswer(model.get(), source);
        kind = model.get().responseKind();
      } else if (call.type() == OcrType.TEMPLATE) {
        answer = client.templateAnswer(source, call.templateIds());
        kind = ResponseKind.CLOVA_TEMPLATE;
      } else {
        GeneralOptions options =
            GeneralOptions.defaults().withLang(call.lang()).withTables(call.tables());
        answer = client.generalAnswer(source, options);
        kind = ClovaAdapter.detectKind(answer.response());
      }
    } catch (OcrApiException e) {
      if (SECRET_INVALID.equals(e.code())) {
        throw new CommandFailedException(
            ExitStatus.REMOTE_ERROR,
            call.file() + ": " + e.getMessage() + " (check " + secretSource + ")",
            e);
      }
      throw e;
    }
    ClovaResponse response = answer.response();
    return new OcrAnswer(answer, ClovaAdapter.adapt(response, kind), problems(response));
  }

  /** One line per image whose {@code inferResult} is not SUCCESS. */
  private static List<String> problems(ClovaResponse response) {
    List<String> problems = new ArrayList<>();
    List<ClovaImage> images = response.images();
    for (int i = 0; i < images.size(); i++) {
      ClovaImage image = images.get(i);
      if (image.inferResult() != InferResult.SUCCESS) {
        problems.add(
            "image "
                + i
                + (image.name() == null ? "" : " \"" + image.name() + "\"")
                + ": "
                + image.inferResult()
                + (image.message() == null ? "" : ", " + image.message()));
      }
    }
    return problems;
  }

  @Override
  public void close() {
    client.close();
  }
}
