package io.docstruct.clova.client.internal;

import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.clova.model.request.OcrRequest;
import okhttp3.MultipartBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.Part;
import retrofit2.http.Path;

/**
 * CLOVA OCR endpoints relative to a domain's base URL (the invoke URL without its {@code general}, {@code
 * infer} or {@code document/<kind>} suffix). JSON calls carry {@code url} or base64 {@code data}; multipart
 * calls carry a {@code message} form field (the request without image content) and a streamed {@code file}.
 */
public interface ClovaOcrApi {

  @POST("general")
  Call<ClovaResponse> generalJson(@Body OcrRequest request);

  @Multipart
  @POST("general")
  Call<ClovaResponse> generalMultipart(@Part MultipartBody.Part message, @Part MultipartBody.Part file);

  @POST("infer")
  Call<ClovaResponse> templateJson(@Body OcrRequest request);

  @Multipart
  @POST("infer")
  Call<ClovaResponse> templateMultipart(@Part MultipartBody.Part message, @Part MultipartBody.Part file);

  @POST("document/{kind}")
  Call<ClovaResponse> documentJson(@Path("kind") String kind, @Body OcrRequest request);

  @Multipart
  @POST("document/{kind}")
  Call<ClovaResponse> documentMultipart(
      @Path("kind") String kind, @Part MultipartBody.Part message, @Part MultipartBody.Part file);
}
