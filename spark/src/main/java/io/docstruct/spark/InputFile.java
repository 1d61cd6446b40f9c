package io.docstruct.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One document to process, as the driver listed it: a saved response with the image(s) or PDF beside it, or an
 * image or PDF without a response (read by OCR when the job has it), named as {@code docstruct batch} names it.
 *
 * @param kind a response, or an image for OCR
 * @param file the response, or the image, as a Hadoop file system URI
 * @param sources what its searchable PDF is made from (the image beside a response, or the image itself)
 * @param name the name shown in outputs: the response's file name; for an image, the response it gets ({@code
 *     BASE.json}), as batch names it once its answer is saved
 * @param folder the name of the folder it is in (a workbook key)
 * @param order where it comes in its folder's outputs: its folder, then the name of its response
 */
public record InputFile(Kind kind, String file, List<String> sources, String name, String folder, String order)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What the input is. */
  public enum Kind {
    /** A saved CLOVA or NHN Cloud response. */
    RESPONSE,
    /** An image or PDF without a response. */
    IMAGE
  }

  public InputFile {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(file, "file == null");
    sources = List.copyOf(sources);
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(folder, "folder == null");
    Objects.requireNonNull(order, "order == null");
  }
}
