package vn.tdkt.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plain HTTP calls to the running application, as any client sends them: HTTP Basic preemptively (or no credentials),
 * any method, a JSON, form or multipart body, extra headers (Origin, X-XSRF-TOKEN…), no redirects followed. A
 * {@link #session()} keeps cookies, as a browser does.
 */
public final class Http {

    private final int port;
    private final HttpClient client;

    private Http(int port, HttpClient client) {
        this.port = port;
        this.client = client;
    }

    public static Http to(int port) {
        return new Http(port, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    /** A client that keeps the cookies it is given (a browser's session). */
    public Http session() {
        return new Http(port, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build());
    }

    public record Response(int status, String body, Map<String, List<String>> headers) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
        }
    }

    /** A request body with its content type. */
    public record Body(String contentType, byte[] bytes) {
        public static Body json(String json) {
            return new Body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        public static Body form(String urlEncoded) {
            return new Body("application/x-www-form-urlencoded", urlEncoded.getBytes(StandardCharsets.UTF_8));
        }

        public static Body text(String text) {
            return new Body("text/plain;charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** multipart/form-data: name → String, or a {@link FilePart}. */
    public record FilePart(String fileName, String contentType, byte[] content) { }

    public static Body multipart(Map<String, Object> parts) {
        String boundary = "tdkt-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, Object> p : parts.entrySet()) {
                out.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
                if (p.getValue() instanceof FilePart f) {
                    out.write(("Content-Disposition: form-data; name=\"" + p.getKey() + "\"; filename=\"" + f.fileName()
                            + "\"\r\nContent-Type: " + f.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                    out.write(f.content());
                } else {
                    out.write(("Content-Disposition: form-data; name=\"" + p.getKey() + "\"\r\n\r\n" + p.getValue())
                            .getBytes(StandardCharsets.UTF_8));
                }
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    public Response get(String path, String user) {
        return send("GET", path, user, null, Map.of());
    }

    public Response send(String method, String path, String user, Body body) {
        return send(method, path, user, body, Map.of());
    }

    public Response send(String method, String path, String user, Body body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (body != null) {
            b.header("Content-Type", body.contentType());
        }
        b.header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                    .getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(b::setHeader);
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8),
                    new LinkedHashMap<>(r.headers().map()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
