package vn.tdkt.web;

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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * No request body larger than the limit (the multipart request limit, 12 MB by default) reaches the API, the engine's
 * REST API (whose deployment and variable uploads have no limit of their own) or the webapps' API: a body announced
 * larger is answered 413 with a Vietnamese message naming the limit before it is read; a body sent without its
 * length is cut at the limit and answered the same way when nothing has been answered yet. Tomcat then drains the
 * rest of the body (server.tomcat.max-swallow-size), so the client reads the answer instead of a dropped connection.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;
    private final java.util.function.LongSupplier maxFileBytes;

    /** @param maxFileBytes the largest file (named in the message), read at each refusal: it may be changed */
    public RequestSizeLimitFilter(long maxBytes, java.util.function.LongSupplier maxFileBytes) {
        this.maxBytes = maxBytes;
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            refuse(request, response, maxBytes, length, maxFileBytes.getAsLong());
            return;
        }
        if (length >= 0) {
            chain.doFilter(request, response);
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, maxBytes);
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!limited.exceeded || response.isCommitted()) {
                throw e;
            }
        }
        if (limited.exceeded && !response.isCommitted()) {
            response.reset();
            refuse(request, response, maxBytes, -1, maxFileBytes.getAsLong());
        }
    }

    /** 413 naming the limit, as the API's {@link ApiError} under /api and as the engine's error DTO elsewhere. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        refuse(request, response, limit, -1, -1);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, long limit, long size, long fileLimit)
            throws IOException {
        String message = "Yêu cầu gửi lên" + (size > 0 ? " (" + vn.tdkt.documents.Sizes.format(size) + ")" : "")
                + " lớn hơn giới hạn " + vn.tdkt.documents.Sizes.format(limit) + " của hệ thống"
                + (fileLimit > 0 ? "; mỗi tệp tối đa " + vn.tdkt.documents.Sizes.format(fileLimit) : "")
                + ". Hãy gửi tệp nhỏ hơn hoặc chia thành nhiều lần.";
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Object body;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            body = new ApiError("REQUEST_TOO_LARGE", message);
        } else {
            Map<String, Object> dto = new LinkedHashMap<>();
            dto.put("type", "InvalidRequestException");
            dto.put("message", message);
            dto.put("code", 0);
            body = dto;
        }
        JSON.writeValue(response.getOutputStream(), body);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long max;
        private long read;
        private boolean exceeded;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = in.read(b, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }
                };
            }
            return stream;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                exceeded = true;
                throw new IOException("Request body larger than " + max + " bytes");
            }
        }
    }
}
