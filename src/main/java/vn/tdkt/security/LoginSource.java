package vn.tdkt.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Where the request being served comes from (the client's address as the servlet container sees it: behind a
 * reverse proxy, set server.forward-headers-strategy so that this is the client's and not the proxy's), for the
 * password checks the engine makes while serving it. Outside a request (the Java API) the source is
 * {@link #SERVER}.
 */
public final class LoginSource {

    public static final String SERVER = "máy chủ";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private LoginSource() { }

    public static String current() {
        String source = CURRENT.get();
        return source == null ? SERVER : source;
    }

    static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null || address.isBlank() ? "không rõ" : address;
    }

    /** Runs for every request, first of all. */
    static final class Filter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String previous = CURRENT.get();
            CURRENT.set(of(request));
            try {
                chain.doFilter(request, response);
            } finally {
                if (previous == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(previous);
                }
            }
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }
    }
}
