package vn.tdkt.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses a request that changes something (any method but GET, HEAD, OPTIONS, TRACE) when the browser says it comes
 * from another site: a form or script of a foreign page rides on the browser's credentials (the session cookie, or
 * HTTP Basic credentials the browser remembers), so where the request comes from is checked whatever the
 * credentials. The browser's word, in this order: {@code Origin} (must be this application's own origin or one of
 * {@code tdkt.security.allowed-origins}; "null" is foreign), else {@code Sec-Fetch-Site} (must be same-origin, or
 * none for what the user typed), else {@code Referer}. A request with none of them does not come from a browser
 * page (curl, Camunda Modeler, another server) and passes; a session request still needs its CSRF token.
 */
public class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Set<String> allowedOrigins;

    public CrossSiteRequestFilter(Set<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins.stream().map(CrossSiteRequestFilter::normalise)
                .filter(o -> o != null).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            chain.doFilter(request, response);
            return;
        }
        String foreign = foreignSource(request);
        if (foreign != null) {
            JsonSecurityErrorHandlers.write(request, response, HttpServletResponse.SC_FORBIDDEN, "CROSS_SITE_REQUEST",
                    "Yêu cầu thay đổi dữ liệu gửi từ trang web khác (" + foreign + ") bị từ chối để bảo vệ tài khoản"
                            + " của anh/chị. Hãy thao tác trên chính trang của hệ thống.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** What the browser names as the request's foreign source, or null when it is this application (or no browser). */
    String foreignSource(HttpServletRequest request) {
        String own = ownOrigin(request);
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.isBlank()) {
            String o = normalise(origin.strip());
            return o != null && (o.equals(own) || allowedOrigins.contains(o)) ? null : origin.strip();
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.isBlank()) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            return site.equals("same-origin") || site.equals("none") ? null : "Sec-Fetch-Site: " + site;
        }
        String referer = request.getHeader("Referer");
        if (referer != null && !referer.isBlank()) {
            String r = normalise(referer.strip());
            return r != null && (r.equals(own) || allowedOrigins.contains(r)) ? null : referer.strip();
        }
        return null;
    }

    static String ownOrigin(HttpServletRequest request) {
        return origin(request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /** scheme://host[:port] in lower case without the default port, or null when it is not an http(s) origin. */
    static String normalise(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return origin(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || ("http".equals(s) && port == 80) || ("https".equals(s) && port == 443);
        String h = host.toLowerCase(Locale.ROOT);
        if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        return s + "://" + h + (defaultPort ? "" : ":" + port);
    }
}
