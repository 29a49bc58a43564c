package vn.tdkt.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 requests sent from a chosen local address of the loopback network (127.0.0.2, 127.0.0.3…): the
 * application sees them coming from another machine, as it would see a stranger's requests.
 */
public final class FromAddress {

    private final String address;
    private final int port;

    private FromAddress(String address, int port) {
        this.address = address;
        this.port = port;
    }

    public static FromAddress of(String address, int port) {
        return new FromAddress(address, port);
    }

    public Http.Response basic(String method, String path, String user, String password) {
        return send(method, path, Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))), null, null);
    }

    /** The webapps' login (Tasklist's form), with a CSRF token of this client's own session. */
    public Http.Response webappLogin(String user, String password) {
        Http.Response first = send("GET", "/camunda/app/tasklist/default/", Map.of(), null, null);
        String cookie = first.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream()).filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        String token = first.header("X-XSRF-TOKEN");
        return send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                Map.of("Cookie", cookie, "X-XSRF-TOKEN", token), "application/x-www-form-urlencoded",
                ("username=" + user + "&password=" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Http.Response send(String method, String path, Map<String, String> headers, String contentType, byte[] body) {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(address), 0)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder();
            head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
            head.append("Host: localhost:").append(port).append("\r\n");
            head.append("Accept: application/json\r\n");
            head.append("Connection: close\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (body != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
                head.append("Content-Length: ").append(body.length).append("\r\n");
            } else if (!"GET".equals(method)) {
                head.append("Content-Length: 0\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Http.Response parse(byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip(), k -> new java.util.ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        boolean chunked = headers.entrySet().stream().anyMatch(e -> e.getKey().equalsIgnoreCase("Transfer-Encoding")
                && e.getValue().get(0).toLowerCase(Locale.ROOT).contains("chunked"));
        if (chunked) {
            body = dechunk(new java.io.ByteArrayInputStream(body));
        }
        return new Http.Response(status, new String(body, StandardCharsets.UTF_8), headers);
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            StringBuilder size = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int n = Integer.parseInt(size.toString().split(";")[0].strip(), 16);
            if (n == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(n));
            in.read();
            in.read();
        }
    }
}
