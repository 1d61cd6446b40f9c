package io.docstruct.nhn.client.internal;

import io.docstruct.nhn.model.NhnResponse;
import okhttp3.MultipartBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.Part;
import retrofit2.http.Path;

/**
 * NHN Cloud General OCR endpoints relative to the service root ({@code https://ocr.api.nhncloudservice.com/}).
 * {@code version} is the path's API version ({@code v1.1}, or {@code v1.0} for secret-key auth). Local images
 * go as a multipart part named {@code image}; a public URL goes as JSON {@code {"imageUrl": "…"}}.
 */
public interface NhnOcrApi {

  /** General OCR of an image part named {@code image}. */
  @Multipart
  @POST("{version}/appkeys/{appKey}/general")
  Call<NhnResponse> generalMultipart(
      @Path("version") String version, @Path("appKey") String appKey, @Part MultipartBody.Part image);

  /** General OCR of an image NHN downloads from {@code imageUrl}. */
  @POST("{version}/appkeys/{appKey}/general")
  Call<NhnResponse> generalJson(
      @Path("version") String version, @Path("appKey") String appKey, @Body ImageUrlRequest request);

  /** General OCR with splitting, of an image part named {@code image}. */
  @Multipart
  @POST("{version}/appkeys/{appKey}/general/cropping")
  Call<NhnResponse> generalCroppingMultipart(
      @Path("version") String version, @Path("appKey") String appKey, @Part MultipartBody.Part image);

  /** General OCR with splitting, of an image NHN downloads from {@code imageUrl}. */
  @POST("{version}/appkeys/{appKey}/general/cropping")
  Call<NhnResponse> generalCroppingJson(
      @Path("version") String version, @Path("appKey") String appKey, @Body ImageUrlRequest request);
}
