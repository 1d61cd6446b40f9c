package io.docstruct.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.docstruct.json.CanonicalJson;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.rules.FiredRule;
import io.docstruct.rules.RuleDefinitionException;
import io.docstruct.rules.RuleResult;
import io.docstruct.rules.Violation;
import io.docstruct.rules.entity.CardInfo;
import io.docstruct.rules.entity.Contact;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.IdentityDocument;
import io.docstruct.rules.entity.MedicalBill;
import io.docstruct.rules.entity.Vendor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code docstruct map RESPONSE.json [--rules FILE]...}: the business entities the rules make of a response
 * (expenses, vendors, contacts, identity documents, cards, medical bills), the violations they found and the
 * rules that fired, as one JSON object:
 *
 * <pre>{@code
 * {"source": "receipt.json", "kind": "clova-receipt",
 *  "expenses": [{"merchant": {"name": "emart everyday", …}, "total": {"amount": 1600, "currency": "KRW"},
 *                "category": {"name": "소모품비"}, …}],
 *  "vendors": [], "contacts": [], "identityDocuments": [], "cards": [], "medicalBills": [],
 *  "violations": [{"rule": "…", "severity": "WARNING", "message": "…", "field": "expense.items"}],
 *  "firedRules": [{"rule": "Map a receipt to an expense", "origin": "built-in:mapping-receipt.drl"}]}
 * }</pre>
 *
 * <p>Personal numbers are masked. A rule file that does not compile is one line on stderr naming the file
 * and line, exit code 2.
 */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    versionProvider = VersionProvider.class,
    header = "Map a response to business entities with the built-in and your own rules.",
    description =
        "Prints, as JSON, the entities the rules build from the response (a receipt becomes an expense"
            + " with an account category, a business license a vendor, a name card a contact…), every"
            + " violation with its severity, and the rules that fired. Add your own DRL files or"
            + " decision tables (.xlsx/.xls) with --rules; they join unit DocumentUnit.",
    footer = {
      "",
      "Examples:",
      "  docstruct map receipt.json",
      "  docstruct map receipt.json --rules policy.drl --rules categories.xlsx"
    })
final class MapCommand implements Callable<Integer> {
  private static final ObjectWriter JSON =
      CanonicalJson.mapper()
          .writerWithDefaultPrettyPrinter()
          .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Parameters(index = "0", paramLabel = "RESPONSE.json", description = "A CLOVA or NHN Cloud OCR response file.")
  Path file;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = "A DRL file or decision table (.xlsx, .xls, .csv) to add; repeatable.")
  List<Path> rules = new ArrayList<>();

  @Spec CommandSpec spec;

  /** The output object, in this order. */
  record MapReport(
      String source,
      String kind,
      List<Expense> expenses,
      List<Vendor> vendors,
      List<Contact> contacts,
      List<IdentityDocument> identityDocuments,
      List<CardInfo> cards,
      List<MedicalBill> medicalBills,
      List<Violation> violations,
      List<FiredRule> firedRules) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    DocStruct pipeline;
    try {
      pipeline = DocStruct.builder().rules(rules).build();
    } catch (RuleDefinitionException e) {
      throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, e.getMessage());
    }
    if (Files.isDirectory(file)) {
      throw new CommandFailedException(
          ExitStatus.UNUSABLE_INPUT, file + ": is a directory, not a response file");
    }
    DocumentResult mapped = pipeline.process(DocumentInput.response(file));
    RuleResult result = mapped.rules();
    if (result == null || mapped.document() == null) {
      // Not read or not mapped. A document whose every page the OCR service could not read is mapped:
      // its entities are empty and its violations say which page, so it is printed like any other.
      throw CommandFailedException.of(Objects.requireNonNull(mapped.failure()), file.toString());
    }
    MapReport report = new MapReport(
        file.toString(),
        mapped.document().kind().label(),
        result.expenses(),
        result.vendors(),
        result.contacts(),
        result.identityDocuments(),
        result.cards(),
        result.medicalBills(),
        result.violations(),
        result.firedRules());
    JSON.writeValue(out, report);
    out.println();
    out.flush();
    return ExitStatus.SUCCESS.code();
  }
}
