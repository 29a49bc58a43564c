package vn.tdkt.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Calls to /api/dossiers/{businessKey}/documents as one demo user over HTTP Basic. */
final class DossierApi {

    static final String PASSWORD = "demo";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate rest;
    private final String user;

    private DossierApi(TestRestTemplate rest, String user) {
        this.rest = rest;
        this.user = user;
    }

    static DossierApi as(TestRestTemplate rest, String user) {
        return new DossierApi(rest.withBasicAuth(user, PASSWORD), user);
    }

    static String url(String businessKey) {
        return "/api/dossiers/" + businessKey + "/documents";
    }

    /**
     * Uploads content as part "file" with the given name and Content-Type (none when null), and documentType
     * when not null, the way a browser submits a form: one body with a Content-Length and the file name in raw
     * UTF-8. (A chunked body, as RestTemplate streams it, may be cut off by the server's early 413 answer.)
     */
    ResponseEntity<JsonNode> upload(String businessKey, String documentType, String fileName, String contentType,
                                    byte[] content) {
        String boundary = "----tdkt" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (content != null) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\n" + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        if (documentType != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"documentType\"\r\n\r\n"
                    + documentType + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(rest.getRootUri() + url(businessKey)))
                .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            HttpResponse<byte[]> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            HttpHeaders headers = new HttpHeaders();
            answer.headers().map().forEach(headers::addAll);
            return ResponseEntity.status(answer.statusCode()).headers(headers).body(JSON.readTree(answer.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    ResponseEntity<JsonNode> list(String businessKey, boolean all) {
        return rest.exchange(url(businessKey) + (all ? "?all=true" : ""), HttpMethod.GET, null, JsonNode.class);
    }

    /** Where the dossier stands for this user: GET /api/dossiers/{businessKey}. */
    ResponseEntity<JsonNode> state(String businessKey) {
        return rest.exchange("/api/dossiers/" + businessKey, HttpMethod.GET, null, JsonNode.class);
    }

    ResponseEntity<byte[]> download(String businessKey, long id) {
        return rest.exchange(url(businessKey) + "/" + id, HttpMethod.GET, null, byte[].class);
    }

    ResponseEntity<JsonNode> downloadRefused(String businessKey, long id) {
        return rest.exchange(url(businessKey) + "/" + id, HttpMethod.GET, null, JsonNode.class);
    }
}
