package io.docstruct.nhn.client.internal;

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
 * NHN Cloud General OCR endpoints relative to the service root ({@code https://ocr.api.nhncloudservice.com/}).
 * {@code version} is the path's API version ({@code v1.1}, or {@code v1.0} for secret-key auth). Local images
 * go as a multipart part named {@code image}; a public URL goes as JSON {@code {"imageUrl": "…"}}. Answers come
 * back as the raw {@link ResponseBody}: the client keeps the exact bytes and parses them itself.
 */
public interface NhnOcrApi {

  /** General OCR of an image part named {@code image}. */
  @Streaming
  @Multipart
  @POST("{version}/appkeys/{appKey}/general")
  Call<ResponseBody> generalMultipart(
      @Path("version") String version, @Path("appKey") String appKey, @Part MultipartBody.Part image);

  /** General OCR of an image NHN downloads from {@code imageUrl}. */
  @Streaming
  @POST("{version}/appkeys/{appKey}/general")
  Call<ResponseBody> generalJson(
      @Path("version") String version, @Path("appKey") String appKey, @Body ImageUrlRequest request);

  /** General OCR with splitting, of an image part named {@code image}. */
  @Streaming
  @Multipart
  @POST("{version}/appkeys/{appKey}/general/cropping")
  Call<ResponseBody> generalCroppingMultipart(
      @Path("version") String version, @Path("appKey") String appKey, @Part MultipartBody.Part image);

  /** General OCR with splitting, of an image NHN downloads from {@code imageUrl}. */
  @Streaming
  @POST("{version}/appkeys/{appKey}/general/cropping")
  Call<ResponseBody> generalCroppingJson(
      @Path("version") String version, @Path("appKey") String appKey, @Body ImageUrlRequest request);
}
