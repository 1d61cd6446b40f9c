package io.docstruct.samples.expenses;

import io.docstruct.client.ImageFormat;
import io.docstruct.pipeline.DocumentResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every receipt posted, in the order posted, with its file under the storage folder ({@code expenses.storage},
 * default a new temporary folder) and its result once processed. A receipt whose OCR failed is kept too: nothing
 * posted is lost. In memory: a real application keeps this in its database.
 */
@Component
public class ReceiptStore {
  private final Path root;
  private final Map<String, Receipt> receipts = new LinkedHashMap<>();

  public ReceiptStore(@Value("${expenses.storage:}") String storage) throws IOException {
    this.root = storage.isBlank() ? Files.createTempDirectory("spring-expenses-") : Files.createDirectories(Path.of(storage));
  }

  /** One posted receipt: its id, its file, and its result (null while being processed). */
  public record Receipt(String id, Path file, @Nullable DocumentResult result) {}

  /**
   * Saves an upload in a new folder of its own under a new id. The file keeps the client's base name, reduced
   * to letters, digits, dots, dashes and underscores (it is the image name the OCR service sees, and the name
   * the local server finds its recording by), with the extension of the format its bytes show.
   */
  public Receipt save(byte[] content, @Nullable String clientName, ImageFormat format) {
    String id = UUID.randomUUID().toString();
    try {
      Path dir = Files.createDirectory(root.resolve(id));
      Path file = Files.write(dir.resolve(baseName(clientName) + "." + format.wireName()), content);
      Receipt receipt = new Receipt(id, file, null);
      synchronized (receipts) {
        receipts.put(id, receipt);
      }
      return receipt;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Records the result of a receipt. */
  public Receipt processed(Receipt receipt, DocumentResult result) {
    Receipt done = new Receipt(receipt.id(), receipt.file(), result);
    synchronized (receipts) {
      receipts.put(receipt.id(), done);
    }
    return done;
  }

  private static String baseName(@Nullable String clientName) {
    String name = clientName == null ? "" : clientName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    name = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9._-]", "_");
    name = name.replaceAll("^[.]+", "");
    if (name.length() > 80) {
      name = name.substring(0, 80);
    }
    return name.isEmpty() ? "receipt" : name;
  }

  public Optional<Receipt> find(String id) {
    synchronized (receipts) {
      return Optional.ofNullable(receipts.get(id));
    }
  }

  /** Every receipt with a result, in the order posted. */
  public List<Receipt> all() {
    synchronized (receipts) {
      return new ArrayList<>(receipts.values().stream().filter(r -> r.result() != null).toList());
    }
  }

  /** Where a receipt's searchable PDF goes. */
  public Path pdfOf(Receipt receipt) {
    return receipt.file().resolveSibling("receipt.pdf");
  }

  /** A new temporary file for an export. */
  public Path newExport() throws IOException {
    return Files.createTempFile(root, "export-", ".xlsx");
  }
}
