package io.docstruct.testing.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.client.ImageFormat;
import io.docstruct.client.ImageSource;
import io.docstruct.client.RetryPolicy;
import io.docstruct.clova.adapt.ClovaAdapter;
import io.docstruct.clova.client.ClovaOcrClient;
import io.docstruct.clova.client.DocumentType;
import io.docstruct.clova.client.GeneralOptions;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.PageSize;
import io.docstruct.document.Word;
import io.docstruct.nhn.client.NhnOcrClient;
import io.docstruct.read.ResponseReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sample recordings and their images, and the server answering each image with its recording. */
class SampleResponseTest {

  @ParameterizedTest
  @EnumSource(SampleResponse.class)
  void everySampleReadsWithoutWarnings(SampleResponse sample) throws IOException {
    OcrDocument doc = read(sample);

    assertThat(doc.pages()).hasSize(1);
    assertThat(doc.warnings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = SampleResponse.class,
      names = {"CLOVA_GENERAL", "CLOVA_RECEIPT", "CLOVA_DINNER"})
  void clovaSampleImagesHaveThePixelSizeTheirResponsesReport(SampleResponse sample) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(sample.readImage()));
    PageSize size = read(sample).pages().get(0).size();

    assertThat(image).isNotNull();
    assertThat(size).isNotNull();
    assertThat(size.source()).isEqualTo(PageSize.Source.CONVERTED_IMAGE_INFO);
    assertThat((double) image.getWidth()).isEqualTo(size.width());
    assertThat((double) image.getHeight()).isEqualTo(size.height());
    assertThat(sample.imageFileName()).isEqualTo(sample.fileName().replace(".json", ".png"));
  }

  @Test
  void theNhnSampleImageIsTheJpegItsResponseNamesAndHoldsEveryBox() throws IOException {
    byte[] bytes = SampleResponse.NHN_GENERAL.readImage();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    PageSize extent = read(SampleResponse.NHN_GENERAL).pages().get(0).size();

    assertThat(ImageFormat.detect(bytes)).isEqualTo(ImageFormat.JPG); // "fileType": "jpg"
    assertThat(bytes.length).isLessThan((int) NhnOcrClient.MAX_IMAGE_BYTES);
    assertThat(extent).isNotNull();
    assertThat(extent.source()).isEqualTo(PageSize.Source.POLYGON_EXTENT);
    assertThat((double) image.getWidth()).isGreaterThanOrEqualTo(extent.width());
    assertThat((double) image.getHeight()).isGreaterThanOrEqualTo(extent.height());
    assertThat(SampleResponse.NHN_GENERAL.imageName()).isEqualTo("nhn-general-statement");
  }

  @Test
  void theNhnSampleHoldsTheStatementHeader() throws IOException {
    assertThat(read(SampleResponse.NHN_GENERAL).pages().get(0).words())
        .extracting(Word::text)
        .containsExactly(
            "주식회사", "한빛상사", "거래명세서", "공급받는자", "㈜누리테크", "품목", "수량", "금액", "A4용지", "5",
            "27,500", "합계", "27,500");
  }

  @Test
  void aServerWithTheSampleResponsesAnswersEachSampleImageThroughTheRealClients() throws IOException {
    try (LocalOcrServer server = LocalOcrServer.builder().secret("s").sampleResponses().start();
        ClovaOcrClient general =
            ClovaOcrClient.builder().invokeUrl(server.invokeUrl("general")).secret("s").build();
        ClovaOcrClient receipts =
            ClovaOcrClient.builder().invokeUrl(server.invokeUrl("receipt")).secret("s").build();
        NhnOcrClient nhn =
            NhnOcrClient.builder()
                .baseUrl(server.baseUrl())
                .appKey("k")
                .userAccessToken("s")
                .retryPolicy(RetryPolicy.none())
                .build()) {
      OcrDocument page =
          ClovaAdapter.adapt(general.general(image(SampleResponse.CLOVA_GENERAL), GeneralOptions.defaults()));
      OcrDocument bakery =
          ClovaAdapter.adapt(receipts.document(DocumentType.RECEIPT, image(SampleResponse.CLOVA_RECEIPT)));
      OcrDocument statement = nhn.generalDocument(image(SampleResponse.NHN_GENERAL));

      assertThat(page.pages().get(0).words()).hasSize(31);
      assertThat(bakery.pages().get(0).fields()).isNotNull();
      assertThat(statement.pages().get(0).words())
          .extracting(Word::text)
          .isEqualTo(read(SampleResponse.NHN_GENERAL).pages().get(0).words().stream().map(Word::text).toList());
      assertThat(server.faultsInjected()).hasSize(3);
    }
  }

  private static ImageSource image(SampleResponse sample) throws IOException {
    return ImageSource.ofBytes(sample.readImage(), sample.imageName());
  }

  private static OcrDocument read(SampleResponse sample) throws IOException {
    try (InputStream in = sample.open()) {
      return ResponseReader.create().read(in, sample.fileName());
    }
  }
}
