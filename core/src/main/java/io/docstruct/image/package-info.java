/**
 * What an image file says about itself before its pixels are decoded: a JPEG's frame header ({@link
 * io.docstruct.image.JpegHeader}) and the EXIF orientation it is shown in ({@link
 * io.docstruct.image.ImageOrientation}). The searchable PDF writer places a photo upright with them, and an
 * offline OCR engine reads it upright, so the two agree on the frame of every polygon.
 *
 * <pre>{@code
 * JpegHeader h = JpegHeader.read(Files.readAllBytes(photo));        // null for anything but a JPEG
 * AffineTransform up = h.orientation().toUpright(h.width(), h.height());
 * }</pre>
 */
@NullMarked
package io.docstruct.image;

import org.jspecify.annotations.NullMarked;
