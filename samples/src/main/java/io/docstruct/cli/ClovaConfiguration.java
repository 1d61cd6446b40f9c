package io.docstruct.cli;

import io.docstruct.clova.client.ClovaDomain;
import io.docstruct.clova.client.ClovaDomains;
import io.docstruct.clova.client.ClovaEndpoint;
import io.docstruct.clova.client.ClovaOcrClient;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The CLOVA OCR domains {@code docstruct ocr} and {@code batch --ocr} may call, each with its invoke URL and
 * secret (NCP gives every domain its own; a Document domain serves the one model in its URL), read from the
 * environment or from a {@code --domains} file, checked as a whole before any call.
 *
 * <p><b>Environment.</b> {@code CLOVA_OCR_URL_<TYPE>} and {@code CLOVA_OCR_SECRET_<TYPE>} per type ({@code
 * _GENERAL}, {@code _TEMPLATE}, {@code _RECEIPT}, {@code _CREDIT_CARD}, …, {@code _PASSPORT}), each URL
 * ending as that type's invoke URL does; and the plain {@code CLOVA_OCR_URL} / {@code CLOVA_OCR_SECRET}, used
 * for the type its URL serves (one domain, as before).
 *
 * <p><b>File.</b> A properties file (UTF-8) with {@code <type>.url=<invoke URL>} and, optionally, {@code
 * <type>.secret-env=<VARIABLE>}, the environment variable that holds that domain's secret (default {@code
 * CLOVA_OCR_SECRET_<TYPE>}). Secrets are not read from the file: a {@code <type>.secret} key is refused.
 * With a file, the URL variables are not read.
 *
 * <pre>{@code
 * ClovaConfiguration clova = ClovaConfiguration.read(System.getenv(), null);
 * ClovaOcrClient client = clova.clientBuilder(ClovaEndpoint.RECEIPT).retryPolicy(RetryPolicy.defaults()).build();
 * }</pre>
 *
 * <p>Every message names variables, keys and the URL's last segments; never a secret.
 */
final class ClovaConfiguration {
  /** The one domain of a single-domain setup, as before per-type variables. */
  static final String URL_VARIABLE = "CLOVA_OCR_URL";

  /** That domain's secret key, sent as {@code X-OCR-SECRET}. */
  static final String SECRET_VARIABLE = "CLOVA_OCR_SECRET";

  private static final String URL_KEY = ".url";
  private static final String SECRET_ENV_KEY = ".secret-env";

  private final @Nullable ClovaDomains domains;
  /** Where each configured domain's secret came from, for "check VARIABLE" hints. */
  private final Map<ClovaEndpoint, String> secretVariables;
  /** The {@code --domains} file, or {@code null} when the domains come from the environment. */
  private final @Nullable Path file;
  /** The plain {@code CLOVA_OCR_URL}'s domain, when set; named when it does not serve a call. */
  private final @Nullable ClovaDomain plain;

  private ClovaConfiguration(
      @Nullable ClovaDomains domains,
      Map<ClovaEndpoint, String> secretVariables,
      @Nullable Path file,
      @Nullable ClovaDomain plain) {
    this.domains = domains;
    this.secretVariables = secretVariables;
    this.file = file;
    this.plain = plain;
  }

  /** The variable for the invoke URL of {@code endpoint}'s domain, e.g. {@code CLOVA_OCR_URL_CREDIT_CARD}. */
  static String urlVariable(ClovaEndpoint endpoint) {
    return URL_VARIABLE + "_" + endpoint.name();
  }

  /** The variable for the secret of {@code endpoint}'s domain, e.g. {@code CLOVA_OCR_SECRET_RECEIPT}. */
  static String secretVariable(ClovaEndpoint endpoint) {
    return SECRET_VARIABLE + "_" + endpoint.name();
  }

  /**
   * The domains from {@code domainsFile} when given, else from the environment.
   *
   * @throws CommandFailedException (exit 2) naming the variable or key that is missing, inconsistent or not
   *     an invoke URL
   * @throws IOException when the file cannot be read
   */
  static ClovaConfiguration read(Map<String, String> environment, @Nullable Path domainsFile)
      throws IOException {
    return domainsFile == null ? fromEnvironment(environment) : fromFile(domainsFile, environment);
  }

  /** The domains the environment variables name; see the class comment. */
  static ClovaConfiguration fromEnvironment(Map<String, String> environment) {
    ClovaDomains.Builder builder = ClovaDomains.builder();
    Map<ClovaEndpoint, ClovaDomain> found = new EnumMap<>(ClovaEndpoint.class);
    Map<ClovaEndpoint, String> secretVariables = new EnumMap<>(ClovaEndpoint.class);
    for (ClovaEndpoint endpoint : ClovaEndpoint.values()) {
      String urlName = urlVariable(endpoint);
      String secretName = secretVariable(endpoint);
      String url = pairedValue(environment, urlName, secretName);
      if (url == null) {
        continue;
      }
      ClovaDomain domain = domain(urlName, url, endpoint);
      add(builder, domain, secretName, value(environment, secretName));
      found.put(endpoint, domain);
      secretVariables.put(endpoint, secretName);
    }
    ClovaDomain plain = null;
    String url = pairedValue(environment, URL_VARIABLE, SECRET_VARIABLE);
    if (url != null) {
      plain = domain(URL_VARIABLE, url, null);
      ClovaDomain same = found.get(plain.endpoint());
      String secret = Objects.requireNonNull(value(environment, SECRET_VARIABLE));
      if (same == null) {
        add(builder, plain, SECRET_VARIABLE, secret);
        found.put(plain.endpoint(), plain);
        secretVariables.put(plain.endpoint(), SECRET_VARIABLE);
      } else if (!same.equals(plain)
          || !secret.equals(value(environment, secretVariable(plain.endpoint())))) {
        throw unusable(
            URL_VARIABLE + " and " + urlVariable(plain.endpoint()) + " both name the "
                + plain.endpoint().label() + " domain, with different URLs or secrets: unset "
                + URL_VARIABLE + " and " + SECRET_VARIABLE + ", or make them the same");
      }
    }
    return new ClovaConfiguration(
        found.isEmpty() ? null : builder.build(), secretVariables, null, plain);
  }

  /** The domains a {@code --domains} properties file names; see the class comment. */
  static ClovaConfiguration fromFile(Path file, Map<String, String> environment) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    String where = file + ": ";
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      int dot = key.indexOf('.');
      String label = dot < 0 ? key : key.substring(0, dot);
      String suffix = dot < 0 ? "" : key.substring(dot);
      if (suffix.equals(".secret")) {
        throw unusable(
            where + key + ": secrets are not read from files; put it in an environment variable and name"
                + " that with " + label + SECRET_ENV_KEY + "=VARIABLE");
      }
      if (!isLabel(label) || !(suffix.equals(URL_KEY) || suffix.equals(SECRET_ENV_KEY))) {
        throw unusable(
            where + "unknown key '" + key + "': keys are TYPE" + URL_KEY + " and TYPE" + SECRET_ENV_KEY
                + ", TYPE one of " + ClovaEndpoint.labels());
      }
    }
    ClovaDomains.Builder builder = ClovaDomains.builder();
    Map<ClovaEndpoint, String> secretVariables = new EnumMap<>(ClovaEndpoint.class);
    for (ClovaEndpoint endpoint : ClovaEndpoint.values()) {
      String urlKey = endpoint.label() + URL_KEY;
      String secretEnvKey = endpoint.label() + SECRET_ENV_KEY;
      String url = blankToNull(properties.getProperty(urlKey));
      String secretName = blankToNull(properties.getProperty(secretEnvKey));
      if (url == null) {
        if (secretName != null) {
          throw unusable(where + secretEnvKey + " is set but " + urlKey + " is not");
        }
        continue;
      }
      ClovaDomain domain = domain(where + urlKey, url, endpoint);
      if (secretName != null && !secretName.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw unusable(
            where + secretEnvKey + " is not the name of an environment variable (letters, digits and _;"
                + " a '#' after a value is not a comment in a properties file)");
      }
      String variable = secretName != null ? secretName : secretVariable(endpoint);
      String secret = value(environment, variable);
      if (secret == null) {
        throw unusable(
            variable + " is not set: export it with the secret of the " + endpoint.label()
                + " domain in " + file);
      }
      add(builder, domain, variable, secret);
      secretVariables.put(endpoint, variable);
    }
    return new ClovaConfiguration(
        secretVariables.isEmpty() ? null : builder.build(), secretVariables, file, null);
  }

  private static boolean isLabel(String label) {
    for (ClovaEndpoint e : ClovaEndpoint.values()) {
      if (e.label().equals(label)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A client builder for the domain of {@code endpoint}, its URL and secret set.
   *
   * @throws CommandFailedException (exit 2) in one line naming what to set when no domain serves it
   */
  ClovaOcrClient.Builder clientBuilder(ClovaEndpoint endpoint) {
    if (domains == null || domains.find(endpoint).isEmpty()) {
      throw unusable(missing(endpoint));
    }
    return domains.clientBuilder(endpoint);
  }

  /** The variable that holds the secret of {@code endpoint}'s domain, for a "check it" hint. */
  String secretSource(ClovaEndpoint endpoint) {
    return secretVariables.getOrDefault(endpoint, secretVariable(endpoint));
  }

  /** What to set so that {@code endpoint} has a domain, in one line. */
  private String missing(ClovaEndpoint endpoint) {
    String wanted = "a …/" + endpoint.path() + " domain";
    if (file != null) {
      return "no CLOVA OCR domain for --type " + endpoint.label() + " in " + file + ": add "
          + endpoint.label() + URL_KEY + "=<the invoke URL of " + wanted + ">, with its secret in "
          + secretVariable(endpoint) + " (or the variable " + endpoint.label() + SECRET_ENV_KEY + " names)";
    }
    return "no CLOVA OCR domain for --type " + endpoint.label() + ": set " + urlVariable(endpoint) + " and "
        + secretVariable(endpoint) + " to the invoke URL and secret of " + wanted
        + (plain == null ? "" : " (" + URL_VARIABLE + " is the " + plain.description() + ")");
  }

  /** The domain {@code url} names, checked to serve {@code expected} when given. */
  private static ClovaDomain domain(String name, String url, @Nullable ClovaEndpoint expected) {
    ClovaDomain domain;
    if (!url.contains("://")) {
      // Not even the shape of a URL: perhaps a secret exported under the URL's name. It is not quoted.
      throw unusable(
          name + " is not an http(s) URL (its " + url.length() + " characters are not shown, in case they"
              + " are a secret): give the invoke URL as the CLOVA OCR console shows it");
    }
    try {
      domain = ClovaDomain.of(url);
    } catch (IllegalArgumentException e) {
      // ClovaDomain's messages quote the URL; most start with "invokeUrl ..."
      String message = String.valueOf(e.getMessage());
      throw new CommandFailedException(
          ExitStatus.UNUSABLE_INPUT,
          message.startsWith("invokeUrl ") ? name + message.substring("invokeUrl".length()) : name + ": " + message,
          e);
    }
    if (expected != null && !domain.serves(expected)) {
      throw unusable(
          name + " is the invoke URL of a " + domain.description() + ", not of a " + expected.callName()
              + " domain (…/" + expected.path() + ")");
    }
    return domain;
  }

  /**
   * The URL of a variable pair, or {@code null} when neither is set.
   *
   * @throws CommandFailedException when only one of the two is set
   */
  private static @Nullable String pairedValue(
      Map<String, String> environment, String urlName, String secretName) {
    String url = value(environment, urlName);
    boolean secret = value(environment, secretName) != null;
    if (url == null && secret) {
      throw unusable(urlName + " is not set, but " + secretName + " is: set both, the domain's invoke URL"
          + " as the CLOVA OCR console shows it and its secret");
    }
    if (url != null && !secret) {
      throw unusable(secretName + " is not set, but " + urlName + " is: each CLOVA OCR domain has its own"
          + " secret key; export it too");
    }
    return url;
  }

  /** Adds the domain with the secret held in {@code variable}; a secret that cannot be sent names the variable. */
  private static void add(
      ClovaDomains.Builder builder, ClovaDomain domain, String variable, @Nullable String secret) {
    try {
      builder.add(domain, Objects.requireNonNull(secret, variable));
    } catch (IllegalArgumentException e) {
      // the builder's messages name the domain and never quote the secret
      throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, variable + ": " + e.getMessage(), e);
    }
  }

  private static @Nullable String value(Map<String, String> environment, String name) {
    return blankToNull(environment.get(name));
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static CommandFailedException unusable(String message) {
    return new CommandFailedException(ExitStatus.UNUSABLE_INPUT, message);
  }

  @Override
  public String toString() {
    return "ClovaConfiguration{" + (domains == null ? "no domains" : domains) + "}";
  }
}
