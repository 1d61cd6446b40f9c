package io.docstruct.clova.client.internal;

import io.docstruct.clova.model.request.OcrRequest;
import okhttp3.MultipartBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.Part;
import retrofit2.http.Path;
import retrofit2.http.Streaming;

/**
 * CLOVA OCR endpoints relative to a domain's base URL (the invoke URL without its {@code general}, {@code
 * infer} or {@code document/<kind>} suffix). JSON calls carry {@code url} or base64 {@code data}; multipart
 * calls carry a {@code message} form field (the request without image content) and a streamed {@code file}.
 * Answers come back as the raw {@link ResponseBody}, not parsed here: the client keeps the exact bytes and
 * parses them itself.
 */
public interface ClovaOcrApi {

  @Streaming
  @POST("general")
  Call<ResponseBody> generalJson(@Body OcrRequest request);

  @Streaming
  @Multipart
  @POST("general")
  Call<ResponseBody> generalMultipart(@Part MultipartBody.Part message, @Part MultipartBody.Part file);

  @Streaming
  @POST("infer")
  Call<ResponseBody> templateJson(@Body OcrRequest request);

  @Streaming
  @Multipart
  @POST("infer")
  Call<ResponseBody> templateMultipart(@Part MultipartBody.Part message, @Part MultipartBody.Part file);

  @Streaming
  @POST("document/{kind}")
  Call<ResponseBody> documentJson(@Path("kind") String kind, @Body OcrRequest request);

  @Streaming
  @Multipart
  @POST("document/{kind}")
  Call<ResponseBody> documentMultipart(
      @Path("kind") String kind, @Part MultipartBody.Part message, @Part MultipartBody.Part file);
}
