package vn.tdkt.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Doors of Camunda that stay shut for everyone, signed in or not (403 before Camunda sees the request):
 * <ul>
 *   <li>Camunda Admin's initial setup ({@code /camunda/api/admin/setup/{engine}/user/create}), which lets anyone
 *   create an administrator while the admin group is empty: the application creates its first administrator itself
 *   and never lets the last one go ({@code vn.tdkt.identity}).</li>
 *   <li>The identity verification of both REST APIs ({@code .../identity/verify}): it checks any user's password for
 *   any signed-in caller; nothing of the product uses it.</li>
 * </ul>
 */
public class ClosedEndpointsFilter extends OncePerRequestFilter {

    static final Pattern SETUP = Pattern.compile("/camunda/api/admin/setup(/.*)?");
    static final Pattern VERIFY = Pattern.compile("(/engine-rest|/camunda/api/engine)(/engine/[^/]+)?/identity/verify/?");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SETUP.matcher(path).matches()) {
            JsonSecurityErrorHandlers.write(request, response, HttpServletResponse.SC_FORBIDDEN, "SETUP_CLOSED",
                    "Chức năng tạo quản trị viên ban đầu đã đóng: hệ thống tự tạo quản trị viên đầu tiên khi khởi động"
                            + " (TDKT_ADMIN_ID, TDKT_ADMIN_PASSWORD) và luôn giữ ít nhất một quản trị viên.");
            return;
        }
        if (VERIFY.matcher(path).matches()) {
            JsonSecurityErrorHandlers.write(request, response, HttpServletResponse.SC_FORBIDDEN, "CLOSED",
                    "Chức năng kiểm tra mật khẩu của người khác không được mở.");
            return;
        }
        chain.doFilter(request, response);
    }
}
