package io.docstruct.clova.client.internal;

import io.docstruct.clova.model.request.OcrRequest;
import okhttp3.HttpUrl;
import okhttp3.MultipartBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.Part;
import retrofit2.http.Streaming;
import retrofit2.http.Url;

/**
 * A CLOVA OCR call, posted to a domain's invoke URL exactly as given (every domain has its own; nothing is
 * derived from it). JSON calls carry {@code url} or base64 {@code data}; multipart calls carry a {@code
 * message} form field (the request without image content) and a streamed {@code file}. Answers come back as
 * the raw {@link ResponseBody}, not parsed here: the client keeps the exact bytes and parses them itself.
 */
public interface ClovaOcrApi {

  @Streaming
  @POST
  Call<ResponseBody> json(@Url HttpUrl invokeUrl, @Body OcrRequest request);

  @Streaming
  @Multipart
  @POST
  Call<ResponseBody> multipart(
      @Url HttpUrl invokeUrl, @Part MultipartBody.Part message, @Part MultipartBody.Part file);
}
