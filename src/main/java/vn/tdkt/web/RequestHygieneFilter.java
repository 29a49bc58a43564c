package vn.tdkt.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tdkt.format.TextRules;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The first check of everything a client sends to the API, the engine's REST API and the webapps' API, before any
 * of them reads it: the query string and every name and text value of a JSON body must pass {@link TextRules}
 * (NUL, other control characters, lone surrogates are refused: some would even make PostgreSQL fail), and no JSON
 * body may carry a variable serialized as a Java object ({@code application/x-java-serialized-object}: the engine
 * forbids the format, and this answers 400 where the engine's REST API would answer 500). A refusal is 400 with a
 * Vietnamese message naming the field; nothing reaches the application.
 */
public class RequestHygieneFilter extends OncePerRequestFilter {

    static final String JAVA_SERIALIZED = "application/x-java-serialized-object";
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_NESTING = 200;
    private static final JsonFactory PARSER = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build()).build();

    private final long maxJsonBytes;

    public RequestHygieneFilter(long maxJsonBytes) {
        this.maxJsonBytes = maxJsonBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> problem = pathProblem(request.getRequestURI()).or(() -> queryProblem(request.getQueryString()));
        if (problem.isPresent()) {
            refuse(request, response, "BAD_CHARACTER", problem.get());
            return;
        }
        // multipart to the engine's REST APIs (Jersey reads the body through this filter's copy); under /api the servlet
        // container parses the parts itself from the original stream, so it is left unread there
        if (isMultipart(request.getContentType()) && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && request.getContentLengthLong() >= 0 && request.getContentLengthLong() <= maxJsonBytes) {
            byte[] body = request.getInputStream().readNBytes((int) request.getContentLengthLong());
            Optional<String> bad = multipartProblem(request.getContentType(), body);
            if (bad.isPresent()) {
                refuse(request, response, "BAD_CHARACTER", bad.get());
                return;
            }
            chain.doFilter(new CachedBodyRequest(request, body), response);
            return;
        }
        if (!isJson(request.getContentType()) || request.getContentLengthLong() > maxJsonBytes) {
            // bodies that are not JSON are checked where they are read; an oversized body is the size limit's
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(maxJsonBytes + 1, Integer.MAX_VALUE));
        if (body.length > maxJsonBytes) {
            RequestSizeLimitFilter.refuse(request, response, maxJsonBytes);
            return;
        }
        Optional<String[]> bad = jsonProblem(body);
        if (bad.isPresent()) {
            refuse(request, response, bad.get()[0], bad.get()[1]);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return "json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json");
        } catch (RuntimeException e) {
            return false;
        }
    }

    static Optional<String> pathProblem(String uri) {
        if (uri == null || uri.indexOf('%') < 0) {
            return TextRules.problem(uri == null ? "" : uri).map(p -> "Địa chỉ chứa " + p + ".");
        }
        try {
            String decoded = org.springframework.web.util.UriUtils.decode(uri, StandardCharsets.UTF_8);
            return TextRules.problem(decoded).map(p -> "Địa chỉ chứa " + p + ".");
        } catch (IllegalArgumentException e) {
            return Optional.of("Địa chỉ không giải mã được (mã %… sai).");
        }
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    /**
     * The first problem of the text of a multipart body: the value of every field that is not a file, and the name of
     * every file (it becomes a document's or an attachment's name). File contents are not text and are left alone.
     */
    static Optional<String> multipartProblem(String contentType, byte[] body) {
        String boundary = null;
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.toLowerCase(java.util.Locale.ROOT).startsWith("boundary=")) {
                boundary = p.substring("boundary=".length()).replace("\"", "");
            }
        }
        if (boundary == null || boundary.isEmpty()) {
            return Optional.empty(); // not readable as multipart: its reader answers
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int headersStart = at + delimiter.length + 2; // CRLF after the delimiter
            if (headersStart > body.length || (at + delimiter.length + 1 < body.length
                    && body[at + delimiter.length] == '-' && body[at + delimiter.length + 1] == '-')) {
                break; // the closing delimiter
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                break;
            }
            int next = indexOf(body, delimiter, headersEnd + 4);
            int contentEnd = next < 0 ? body.length : Math.max(headersEnd + 4, next - 2);
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            String disposition = headers.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT)
                    .startsWith("content-disposition")).findFirst().orElse("");
            String name = parameter(disposition, "name");
            String fileName = parameter(disposition, "filename");
            if (fileName != null) {
                Optional<String> bad = TextRules.problem(fileName);
                if (bad.isPresent()) {
                    return Optional.of("Tên tệp của trường '" + printable(String.valueOf(name)) + "' chứa " + bad.get() + ".");
                }
            } else {
                String value = new String(body, headersEnd + 4, contentEnd - headersEnd - 4, StandardCharsets.UTF_8);
                Optional<String> bad = TextRules.problem(value);
                if (bad.isPresent()) {
                    return Optional.of("Trường '" + printable(String.valueOf(name)) + "' chứa " + bad.get() + ".");
                }
            }
            at = next;
        }
        return Optional.empty();
    }

    private static String parameter(String disposition, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(?:^|;)\\s*" + name + "=\"([^\"]*)\"")
                .matcher(disposition);
        return m.find() ? m.group(1) : null;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static Optional<String> queryProblem(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name == null || value == null) {
                return Optional.of("Tham số trên địa chỉ không giải mã được (mã %… sai).");
            }
            Optional<String> p = TextRules.problem(name).or(() -> TextRules.problem(value));
            if (p.isPresent()) {
                return Optional.of("Tham số '" + printable(name) + "' chứa " + p.get() + ".");
            }
        }
        return Optional.empty();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** [code, message] of the first problem of a JSON body, or empty; a body that is not JSON is left to its reader. */
    static Optional<String[]> jsonProblem(byte[] body) {
        Deque<String> path = new ArrayDeque<>();
        try (JsonParser p = PARSER.createParser(body)) {
            String field = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case FIELD_NAME -> {
                        field = p.currentName();
                        Optional<String> bad = TextRules.problem(field);
                        if (bad.isPresent()) {
                            return Optional.of(new String[]{"BAD_CHARACTER",
                                    "Tên trường '" + printable(field) + "' chứa " + bad.get() + "."});
                        }
                    }
                    case START_OBJECT, START_ARRAY -> {
                        path.push(field == null ? "" : field);
                        field = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        if (!path.isEmpty()) {
                            path.pop();
                        }
                        field = null;
                    }
                    case VALUE_STRING -> {
                        String text = p.getText();
                        Optional<String> bad = TextRules.problem(text);
                        String name = name(path, field);
                        if (bad.isPresent()) {
                            return Optional.of(new String[]{"BAD_CHARACTER",
                                    "Trường '" + name + "' chứa " + bad.get()
                                            + ": chỉ nhận chữ, số, dấu câu, khoảng trắng và xuống dòng."});
                        }
                        if ("serializationDataFormat".equals(field) && JAVA_SERIALIZED.equalsIgnoreCase(text.strip())) {
                            String variable = variableName(path);
                            return Optional.of(new String[]{"JAVA_SERIALIZATION_REFUSED",
                                    "Không nhận biến '" + printable(variable) + "' dạng đối tượng Java tuần tự hóa ("
                                            + JAVA_SERIALIZED + "): hệ thống không giải mã đối tượng Java do máy"
                                            + " khách gửi. Hãy gửi giá trị dạng JSON (serializationDataFormat"
                                            + " application/json) hoặc kiểu String, Integer, Boolean, Date, Json."});
                        }
                        field = null;
                    }
                    default -> field = null;
                }
            }
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException tooDeep) {
            return Optional.of(new String[]{"JSON_TOO_DEEP", "Nội dung JSON lồng nhau quá sâu (quá "
                    + MAX_NESTING + " tầng): không xử lý."});
        } catch (IOException | RuntimeException malformed) {
            return Optional.empty(); // not JSON after all: the reader of the body answers that
        }
        return Optional.empty();
    }

    /** The variable a {@code valueInfo} belongs to: {@code {"x": {"value": …, "valueInfo": {…}}}} names x. */
    private static String variableName(Deque<String> path) {
        var levels = path.iterator();
        String top = levels.hasNext() ? levels.next() : "";
        if ("valueInfo".equals(top) && levels.hasNext()) {
            return levels.next();
        }
        return top.isEmpty() ? "?" : top;
    }

    private static String name(Deque<String> path, String field) {
        StringBuilder b = new StringBuilder();
        path.descendingIterator().forEachRemaining(s -> {
            if (!s.isEmpty()) {
                b.append(b.length() == 0 ? "" : ".").append(s);
            }
        });
        if (field != null) {
            b.append(b.length() == 0 ? "" : ".").append(field);
        }
        return b.length() == 0 ? "(giá trị)" : printable(b.toString());
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(80).forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT || Character.isSurrogate((char) cp)) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /** 400 in the shape the caller reads: the project's {@link ApiError} under /api, the engine's error DTO elsewhere. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, String code, String message)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Object body;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            body = new ApiError(code, message);
        } else {
            Map<String, Object> dto = new LinkedHashMap<>();
            dto.put("type", "InvalidRequestException");
            dto.put("message", message);
            dto.put("code", 0);
            dto.put("reason", code);
            body = dto;
        }
        JSON.writeValue(response.getOutputStream(), body);
    }

    /** The request with its body already read into memory. */
    public static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        public CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
