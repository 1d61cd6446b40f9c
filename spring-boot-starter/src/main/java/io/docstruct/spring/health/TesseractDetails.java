package io.docstruct.spring.health;

import io.docstruct.ocr.OcrEngine;
import io.docstruct.tesseract.TesseractInstallation;
import io.docstruct.tesseract.TesseractOcrEngine;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code /actuator/health} shows of a Tesseract engine, without running anything: the command, whether it
 * is still there (an executable file at its path, or in a folder of the {@code PATH}), the version and language
 * packs it reported at startup. Loaded only for an engine that is one: docstruct-tesseract is optional here.
 */
final class TesseractDetails {
  private TesseractDetails() {}

  static Map<String, Object> of(OcrEngine engine) {
    TesseractOcrEngine tesseract = (TesseractOcrEngine) engine;
    TesseractInstallation installation = tesseract.installation();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("command", installation.command());
    boolean found = found(installation.command(), System.getenv("PATH"));
    details.put("commandFound", found);
    if (!found) {
      details.put("note", "the command is gone since startup: images fail at the ocr stage until it is installed"
          + " again (sudo apt-get install " + TesseractInstallation.APT_PACKAGES + ")");
    }
    details.put("version", installation.version());
    details.put("languages", String.join("+", tesseract.languages()));
    return details;
  }

  /** Whether {@code command} is an executable file: at its path when it has one, else in a folder of {@code path}. */
  static boolean found(String command, @Nullable String path) {
    try {
      if (command.contains(File.separator)) {
        return Files.isRegularFile(Path.of(command)) && Files.isExecutable(Path.of(command));
      }
      if (path == null) {
        return false;
      }
      for (String folder : path.split(File.pathSeparator)) {
        if (!folder.isEmpty()) {
          Path candidate = Path.of(folder, command);
          if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
            return true;
          }
        }
      }
      return false;
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
