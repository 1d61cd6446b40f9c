package io.docstruct.export.pdf;

import io.docstruct.document.PageSize;
import io.docstruct.image.ImageOrientation;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import org.jspecify.annotations.Nullable;

/**
 * Where a page image and the provider's pixels land on a page made for the image. The page shows the image
 * upright, its stored pixels turned by its {@link ImageOrientation} in the content stream (a JPEG's bytes
 * stay as they are), and measures {@code upright pixels × 72 / dpi} points.
 *
 * <p>The provider's pixel frame is its page size ({@code convertedImageInfo}: CLOVA may downscale a photo),
 * else the upright image's size (a size estimated from the polygons is only a lower bound and is not used).
 * OCR services read the upright view, so that frame is upright, unless the photo is stored turned by a
 * quarter turn and the frame has the stored image's shape rather than the upright one's: then the provider
 * read the pixels as stored, and its polygons are turned with the image.
 *
 * <pre>{@code
 * ImagePlacement placement = ImagePlacement.of(4032, 3024, ImageOrientation.RIGHT_TOP, page.size(), 300);
 * PDPage page = new PDPage(new PDRectangle((float) placement.width(), (float) placement.height()));
 * }</pre>
 */
final class ImagePlacement {
  private final double width;
  private final double height;
  private final AffineTransform imageToPage;
  private final AffineTransform providerToPage;
  private final AffineTransform providerToStored;

  private ImagePlacement(
      double width,
      double height,
      AffineTransform imageToPage,
      AffineTransform providerToPage,
      AffineTransform providerToStored) {
    this.width = width;
    this.height = height;
    this.imageToPage = imageToPage;
    this.providerToPage = providerToPage;
    this.providerToStored = providerToStored;
  }

  /**
   * @param storedWidth the image's stored width in pixels
   * @param storedHeight the image's stored height in pixels
   * @param orientation how the stored pixels are shown
   * @param providerSize the provider's page size, or {@code null} when unknown
   * @param dpi the image's resolution: the page measures its upright pixels × 72 / {@code dpi} points
   */
  static ImagePlacement of(
      int storedWidth,
      int storedHeight,
      ImageOrientation orientation,
      @Nullable PageSize providerSize,
      double dpi) {
    double w = storedWidth;
    double h = storedHeight;
    boolean sideways = orientation.swapsSides();
    double uprightWidth = sideways ? h : w;
    double uprightHeight = sideways ? w : h;
    double pageWidth = uprightWidth * 72 / dpi;
    double pageHeight = uprightHeight * 72 / dpi;
    AffineTransform storedToUpright = orientation.toUpright(w, h);
    AffineTransform uprightToPage =
        new AffineTransform(pageWidth / uprightWidth, 0, 0, -pageHeight / uprightHeight, 0, pageHeight);

    boolean given =
        providerSize != null
            && providerSize.source() != PageSize.Source.POLYGON_EXTENT
            && providerSize.width() > 0
            && providerSize.height() > 0
            && Double.isFinite(providerSize.width())
            && Double.isFinite(providerSize.height());
    double frameWidth = given ? providerSize.width() : uprightWidth;
    double frameHeight = given ? providerSize.height() : uprightHeight;
    double frameShape = Math.log(frameWidth / frameHeight);
    boolean stored =
        given
            && sideways
            && w != h
            && Math.abs(frameShape - Math.log(w / h))
                < Math.abs(frameShape - Math.log(uprightWidth / uprightHeight));

    AffineTransform providerToUpright;
    if (stored) {
      providerToUpright = new AffineTransform(storedToUpright);
      providerToUpright.concatenate(AffineTransform.getScaleInstance(w / frameWidth, h / frameHeight));
    } else {
      providerToUpright =
          AffineTransform.getScaleInstance(uprightWidth / frameWidth, uprightHeight / frameHeight);
    }
    AffineTransform providerToPage = new AffineTransform(uprightToPage);
    providerToPage.concatenate(providerToUpright);
    AffineTransform providerToStored;
    try {
      providerToStored = storedToUpright.createInverse();
    } catch (NoninvertibleTransformException e) {
      throw new AssertionError("an orientation is a turn or a mirror", e);
    }
    providerToStored.concatenate(providerToUpright);
    // An image XObject fills the unit square, its first stored row at the top (y = 1).
    AffineTransform imageToPage = new AffineTransform(uprightToPage);
    imageToPage.concatenate(storedToUpright);
    imageToPage.concatenate(new AffineTransform(w, 0, 0, -h, 0, h));
    return new ImagePlacement(pageWidth, pageHeight, imageToPage, providerToPage, providerToStored);
  }

  /** Page width in points. */
  double width() {
    return width;
  }

  /** Page height in points. */
  double height() {
    return height;
  }

  /** The {@code cm} matrix {@code [a b c d e f]} that draws the image XObject upright over the page. */
  double[] imageMatrix() {
    double[] m = new double[6];
    imageToPage.getMatrix(m);
    return m;
  }

  /** How the provider's pixels land on the page, for the text layer. */
  PageFrame pageFrame() {
    return PageFrame.ofImagePage(providerToPage);
  }

  /** From the provider's pixels to the stored image's, for painting redactions into it (a copy). */
  AffineTransform providerToStored() {
    return new AffineTransform(providerToStored);
  }
}
