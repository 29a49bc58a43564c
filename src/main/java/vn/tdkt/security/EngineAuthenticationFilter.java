package vn.tdkt.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Hands the user authenticated by Spring Security to the process engine for the duration of the
 * request, so Camunda's authorizations apply to /engine-rest and to the project's /api alike.
 */
public class EngineAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    public EngineAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getDetails() instanceof CamundaIdentityAuthenticationProvider.EngineIdentity id) {
            identityService.setAuthentication(id.userId(), id.groupIds(), id.tenantIds());
            try {
                chain.doFilter(request, response);
            } finally {
                identityService.clearAuthentication();
            }
        } else {
            chain.doFilter(request, response);
        }
    }
}
